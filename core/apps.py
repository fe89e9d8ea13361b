from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel: helpers every app may use. It imports no app (checked by import-linter)."""

    name = "core"
    verbose_name = "Noyau"

    def ready(self):
        from core import checks  # noqa: F401 - registers the system checks
