"""The shipped content in the admin: what each seeded entry is here and in the release, and the choice
between the two when both changed (the same run as `seed_content --take-upstream/--keep-local`)."""

from django.contrib import admin, messages
from django.contrib.contenttypes.models import ContentType
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from core.models import SeedRecord
from core.seed import SeedError, comparison, display
from ptca.seed import kinds, seeder


def _kind_names():
    return {ContentType.objects.get_for_model(kind.model).pk: kind.name for kind in kinds()}


@admin.register(SeedRecord)
class SeedRecordAdmin(admin.ModelAdmin):
    list_display = ["key", "content_type", "status", "updated_at"]
    list_filter = ["status", "content_type"]
    search_fields = ["key"]
    list_select_related = ["content_type"]
    actions = ["take_upstream", "keep_local"]
    fields = ["content_type", "key", "status", "object_link", "differences", "shipped_hash", "updated_at"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # a record is the memory of what was shipped: deleting it would lose that

    def has_change_permission(self, request, obj=None):
        # The page of one record is read-only; the change permission allows the two actions.
        return obj is None and super().has_change_permission(request)

    @admin.display(description="objet")
    def object_link(self, record):
        model = record.content_type.model_class()
        obj = model.objects.filter(pk=record.object_id).first() if record.object_id else None
        if obj is None:
            return "supprimé ici"
        url = obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else ""
        return format_html('<a href="{}">{}</a>', url, obj) if url else str(obj)

    @admin.display(description="différences")
    def differences(self, record):
        """Every field that differs, with the three versions (computed from the release's content now)."""
        item = self._item(record)
        if item is None:
            return "Retirée de la version livrée, ou supprimée ici : rien à comparer."
        rows = comparison(item)
        if not rows:
            return "Aucune : cette entrée est ici telle que la version livrée."
        head = mark_safe(  # noqa: S308 - a constant
            "<tr><th scope='col'>Champ</th><th scope='col'>Ici</th><th scope='col'>Version livrée appliquée</th>"
            "<th scope='col'>Nouvelle version livrée</th></tr>"
        )
        body = format_html_join(
            "",
            "<tr><th scope='row'>{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            (
                (
                    row["label"],
                    linebreaksbr(display(item.kind, row["name"], row["here"])),
                    linebreaksbr(display(item.kind, row["name"], row["base"])),
                    linebreaksbr(display(item.kind, row["name"], row["upstream"]))
                    if row["changed_upstream"]
                    else "(inchangée)",
                )
                for row in rows
            ),
        )
        return format_html("<table>{}{}</table>", head, body)

    def _item(self, record):
        name = _kind_names().get(record.content_type_id)
        report = seeder().run(write=False, mode="check", log=False)  # a read: not a run to log
        return next((i for i in report.items if i.kind.name == name and i.key == record.key and i.here), None)

    def _choose(self, request, queryset, option, done):
        names = _kind_names()
        records = list(queryset)
        selectors = [f"{names[r.content_type_id]}:{r.key}" for r in records if r.status in ("update", "conflict")]
        if not selectors:
            self.message_user(
                request, "Aucune des entrées choisies n'a de version livrée en attente.", messages.WARNING
            )
            return
        try:
            report = seeder().run(write=True, create=False, mode="admin", **{option: selectors})
        except SeedError as error:
            self.message_user(request, str(error), messages.ERROR)
            return
        count = sum(1 for item in report.items if item.applied or item.kept)
        self.message_user(request, f"{done} pour {count} entrée(s).", messages.SUCCESS)
        for note in report.notes:
            self.message_user(request, note, messages.WARNING)

    @admin.action(
        description="Prendre la version livrée (ses changements remplacent ceux d'ici)", permissions=["change"]
    )
    def take_upstream(self, request, queryset):
        self._choose(request, queryset, "take_upstream", "Version livrée prise")

    @admin.action(description="Garder la version d'ici (prendre acte de la version livrée)", permissions=["change"])
    def keep_local(self, request, queryset):
        self._choose(request, queryset, "keep_local", "Version d'ici gardée")
