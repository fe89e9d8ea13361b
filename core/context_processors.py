from django.conf import settings

from core.roles import is_advisor, is_coordinator


def portal(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "DEBUG": settings.DEBUG,
        "is_coordinator": is_coordinator(getattr(request, "user", None)),
        "is_advisor": is_advisor(getattr(request, "user", None)),
    }
