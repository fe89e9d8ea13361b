"""The only writers of equipment rows: offers, reference prices and funding schemes.

Every save locks the row and compares the `version` the coordinator's form was opened with: when a
second coordinator saved meanwhile, StaleVersionError is raised and nothing is written (the form
shows the message and keeps the input). History is recorded by django-auditlog (apps.py).
"""

from django.db import transaction
from django.utils import timezone


class StaleVersionError(Exception):
    """The row changed since the form was opened."""

    message = (
        "Cette fiche a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte. "
        "Rechargez la page pour voir sa version actuelle : vos changements n'ont pas été enregistrés."
    )


@transaction.atomic
def save_entry(form, *, version=None):
    """Save a valid ModelForm of Offer, ReferencePrice or FundingScheme.

    `version`: the row's version when the form was opened (None for a new row). Returns the row.
    """
    instance = form.instance
    if instance.pk:
        current = type(instance).objects.select_for_update().only("version").get(pk=instance.pk)
        if version is not None and current.version != version:
            raise StaleVersionError
        instance.version = current.version + 1
    row = form.save()
    return row


@transaction.atomic
def offer_mark_verified(offer, *, today=None):
    """ "Vérifié aujourd'hui": the offer is current again for 6 months."""
    type(offer).objects.select_for_update().filter(pk=offer.pk).exists()
    offer.verified_on = today or timezone.localdate()
    offer.version += 1
    offer.save(update_fields=["verified_on", "version", "updated_at"])
    return offer
