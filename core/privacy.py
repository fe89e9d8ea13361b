"""Erasing personal data where the portal copied it: the e-mail outbox.

The edit history has its own eraser (`core.history.erase_personal_data`). The outbox
(django-post-office, core/mail.py) keeps each message sent, with its recipient, its text (which
names the person) and its attachments (an invitation names the attendee): when a person's data is
anonymised, the messages sent to that address before the limit go too.
"""

from django.db import transaction
from django.db.models import Q
from post_office.models import Email

from core.mail import emails_delete

BATCH = 200


def erase_outbox_messages(addresses, *, before) -> int:
    """Delete the outbox messages (with their logs and attachments) sent to `addresses` before `before`.

    Messages created after `before` stay: the same person may be registered to a later session.
    Returns the number of messages deleted.
    """
    addresses = sorted({address.strip().lower() for address in addresses if address and address.strip()})
    deleted = 0
    for start in range(0, len(addresses), BATCH):
        condition = Q()
        for address in addresses[start : start + BATCH]:
            condition |= Q(to__iexact=address)
        with transaction.atomic():
            deleted += emails_delete(Email.objects.filter(condition, created__lt=before))
    return deleted
