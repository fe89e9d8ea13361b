"""Keep the denormalised search text of tools current (see tools_catalog.search.refresh_search_text).

A tool's text holds its name, summary, needs, tags and the products it replaces, so it is
rebuilt when any of them changes: the tool itself, its needs or tags (m2m_changed), its
equivalences, a need renamed, a tag renamed, a product renamed or given new aliases.

They also keep the table of distinct words current (tools_catalog/words.py: typo corrections)
when a name, summary, alias, need, synonym or tag changes.

They also bump the catalogue version (tools_catalog/cache.py) whenever what the list page
counts changes (tools, needs, tags and their links), so the cached counts are never stale.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag, TaggedItem

from tools_catalog.cache import bump_catalogue_version
from tools_catalog.models import Equivalence, Need, ProprietaryProduct, Tool
from tools_catalog.search import refresh_search_text
from tools_catalog.words import refresh_search_words


def _refresh(tool_ids):
    ids = list(tool_ids)
    if ids:
        refresh_search_text(ids)


def tool_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh([instance.pk])


def tool_relations_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if isinstance(instance, Tool):
        _refresh([instance.pk])
    elif isinstance(instance, Need) and pk_set:
        _refresh(pk_set)


def tags_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(instance, Tool):
        _refresh([instance.pk])


def equivalence_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _refresh([instance.tool_id])


def need_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        _refresh(Tool.needs.through.objects.filter(need_id=instance.pk).values_list("tool_id", flat=True))


def product_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        _refresh(Equivalence.objects.filter(product_id=instance.pk).values_list("tool_id", flat=True))


def tag_saved(sender, instance, created, raw=False, **kwargs):
    if not raw and not created:
        items = TaggedItem.objects.filter(
            tag_id=instance.pk, content_type__app_label="tools_catalog", content_type__model="tool"
        )
        _refresh(items.values_list("object_id", flat=True))


def catalogue_changed(sender, **kwargs):
    bump_catalogue_version()


def words_changed(sender, raw=False, **kwargs):
    """A name, alias, summary, need or tag changed: bring the word table in line (by difference)."""
    if raw:
        return
    if kwargs.get("action") and kwargs["action"] not in {"post_add", "post_remove", "post_clear"}:
        return
    refresh_search_words()


def connect():
    post_save.connect(tool_saved, sender=Tool, dispatch_uid="tools_catalog.search.tool")
    m2m_changed.connect(tool_relations_changed, sender=Tool.needs.through, dispatch_uid="tools_catalog.search.needs")
    m2m_changed.connect(tags_changed, sender=TaggedItem, dispatch_uid="tools_catalog.search.tags")
    post_save.connect(equivalence_changed, sender=Equivalence, dispatch_uid="tools_catalog.search.eq_saved")
    post_delete.connect(equivalence_changed, sender=Equivalence, dispatch_uid="tools_catalog.search.eq_deleted")
    post_save.connect(need_saved, sender=Need, dispatch_uid="tools_catalog.search.need")
    post_save.connect(product_saved, sender=ProprietaryProduct, dispatch_uid="tools_catalog.search.product")
    post_save.connect(tag_saved, sender=Tag, dispatch_uid="tools_catalog.search.tag")
    for model in (Tool, Need, Tag):
        for signal in (post_save, post_delete):
            signal.connect(catalogue_changed, sender=model, dispatch_uid=f"tools_catalog.version.{model.__name__}")
    for through in (Tool.needs.through, TaggedItem):
        m2m_changed.connect(catalogue_changed, sender=through, dispatch_uid=f"tools_catalog.version.{through.__name__}")
    for model in (Tool, ProprietaryProduct, Need, Tag):
        for signal in (post_save, post_delete):
            signal.connect(words_changed, sender=model, dispatch_uid=f"tools_catalog.words.{model.__name__}")
    m2m_changed.connect(words_changed, sender=TaggedItem, dispatch_uid="tools_catalog.words.tags")
    post_save.connect(catalogue_changed, sender=TaggedItem, dispatch_uid="tools_catalog.version.tagged_saved")
    post_delete.connect(catalogue_changed, sender=TaggedItem, dispatch_uid="tools_catalog.version.tagged_deleted")
