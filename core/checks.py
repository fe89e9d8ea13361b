"""System checks of the kernel (run by `manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.caches, deploy=True)
def shared_cache_for_rate_limits(app_configs=None, **kwargs):
    """Rate limits and the per-username login cap count in the default cache: it must be shared.

    With the local-memory cache each gunicorn worker counts on its own, so a limit of 5 becomes
    5 × workers × servers. Production needs Redis (REDIS_URL), unless the operator states that a
    single process serves the portal (RATE_LIMIT_LOCAL_CACHE_OK=1).
    """
    if settings.DEBUG or getattr(settings, "RATE_LIMIT_LOCAL_CACHE_OK", False):
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if "redis" in backend.lower():
        return []
    return [
        Warning(
            "Les limites d'envoi et de connexion sont comptées dans un cache local à chaque processus "
            f"({backend}) : avec plusieurs workers ou serveurs, elles ne protègent plus.",
            hint="Définissez REDIS_URL (cache partagé), ou RATE_LIMIT_LOCAL_CACHE_OK=1 si un seul processus "
            "sert le portail.",
            id="core.W001",
        )
    ]
