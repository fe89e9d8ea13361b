from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel: helpers every app may use. It imports no app (checked by import-linter)."""

    name = "core"
    verbose_name = "Noyau"

    def ready(self):
        from post_office.signals import email_queued

        from core.mail import deliver_after_commit

        # Every queued message (ours and Django's own, such as the password reset) leaves after the
        # commit when EMAIL_DELIVER_ON_COMMIT is on (development).
        email_queued.connect(deliver_after_commit, dispatch_uid="core.mail.deliver_after_commit")

        from django.contrib.auth.signals import user_logged_in

        from core import checks  # noqa: F401 - registers the system checks
        from core.middleware import SessionIdleMiddleware

        user_logged_in.connect(SessionIdleMiddleware.mark_seen, dispatch_uid="core.session_seen")
