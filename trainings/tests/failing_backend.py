"""An e-mail backend that always fails, to test that a mail outage loses no registration."""

from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("serveur de courriel indisponible")
