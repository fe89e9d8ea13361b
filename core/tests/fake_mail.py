"""A fake delivery backend for the outbox tests: it fails as told, then delivers into `sent`."""

from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    failures = []  # exceptions to raise, one per send attempt, in order; then success
    sent = []
    opened = 0
    closed = 0
    # The backends that were asked to send, kept alive: a set of id()s would count one backend twice as one,
    # since CPython reuses the id of a collected object (a flaky failure in CI).
    instances = []

    @classmethod
    def reset(cls, *failures):
        cls.failures = list(failures)
        cls.sent = []
        cls.opened = cls.closed = 0
        cls.instances = []

    def open(self):
        type(self).opened += 1
        return True

    def close(self):
        type(self).closed += 1

    def send_messages(self, email_messages):
        cls = type(self)
        if not any(backend is self for backend in cls.instances):
            cls.instances.append(self)
        if cls.failures:
            raise cls.failures.pop(0)
        cls.sent.extend(email_messages)
        return len(email_messages)
