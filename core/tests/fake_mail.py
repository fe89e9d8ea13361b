"""A fake delivery backend for the outbox tests: it fails as told, then delivers into `sent`."""

from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    failures = []  # exceptions to raise, one per send attempt, in order; then success
    sent = []
    opened = 0
    closed = 0
    instances = set()  # ids of the backends that were asked to send

    @classmethod
    def reset(cls, *failures):
        cls.failures = list(failures)
        cls.sent = []
        cls.opened = cls.closed = 0
        cls.instances = set()

    def open(self):
        type(self).opened += 1
        return True

    def close(self):
        type(self).closed += 1

    def send_messages(self, email_messages):
        cls = type(self)
        cls.instances.add(id(self))
        if cls.failures:
            raise cls.failures.pop(0)
        cls.sent.extend(email_messages)
        return len(email_messages)
