from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel: helpers every app may use. It imports no app (checked by import-linter)."""

    name = "core"
    verbose_name = "Noyau"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from core import checks  # noqa: F401 - registers the system checks
        from core.middleware import SessionIdleMiddleware

        user_logged_in.connect(SessionIdleMiddleware.mark_seen, dispatch_uid="core.session_seen")
