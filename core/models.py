"""The kernel's only model: what each seeded object was when the release shipped it (see core/seed.py)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class SeedRecord(models.Model):
    """One shipped entry (a tool, an actor, a commune…) and the version of it that this portal took in.

    `shipped` holds the entry's values as shipped when the object was created or last updated from a
    release (the common ancestor of a three-way comparison); a coordinator's edits are whatever
    differs from it in the database. `upstream` holds a newer shipped version not applied yet.
    """

    class Status(models.TextChoices):
        CURRENT = "current", "À jour"
        UPDATE = "update", "Mise à jour livrée, non modifiée ici"
        CONFLICT = "conflict", "Modifiée ici et dans la version livrée"
        REMOVED = "removed", "Retirée de la version livrée"
        DELETED = "deleted", "Supprimée ici"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name="type de contenu")
    key = models.CharField("clé livrée", max_length=255, help_text="Identifiant de l'entrée dans le contenu livré.")
    object_id = models.PositiveBigIntegerField("objet", null=True, blank=True)
    shipped = models.JSONField("version livrée appliquée", default=dict)
    shipped_hash = models.CharField("empreinte de la version livrée", max_length=64)
    upstream = models.JSONField("nouvelle version livrée", null=True, blank=True)
    status = models.CharField("état", max_length=10, choices=Status.choices, default=Status.CURRENT)
    created_at = models.DateTimeField("créée le", auto_now_add=True)
    updated_at = models.DateTimeField("modifiée le", auto_now=True)

    class Meta:
        verbose_name = "entrée du contenu livré"
        verbose_name_plural = "contenu livré"
        ordering = ["content_type_id", "key"]
        constraints = [models.UniqueConstraint(fields=["content_type", "key"], name="unique_seed_record_per_key")]
        indexes = [models.Index(fields=["content_type", "object_id"], name="seed_record_object")]

    def __str__(self):
        return f"{self.content_type.name} « {self.key} »"
