"""Typo tolerance on every database: fill the table of distinct words, store the search texts as
words (punctuation removed, so that "d'information" is the word "information"), and, on
PostgreSQL, give the word table its own trigram GIN index.

Every row is kept; only derived columns are recomputed.
"""

from collections import defaultdict

from django.db import migrations

from tools_catalog.words import refresh_search_words, words_text

INDEX = (
    "CREATE INDEX IF NOT EXISTS tools_catalog_searchword_word_trgm "
    "ON tools_catalog_searchword USING gin (word gin_trgm_ops)"
)
DROP_INDEX = "DROP INDEX IF EXISTS tools_catalog_searchword_word_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_INDEX)


def recompute(apps, schema_editor):
    Tool = apps.get_model("tools_catalog", "Tool")
    Product = apps.get_model("tools_catalog", "ProprietaryProduct")
    Need = apps.get_model("tools_catalog", "Need")
    Equivalence = apps.get_model("tools_catalog", "Equivalence")
    SearchWord = apps.get_model("tools_catalog", "SearchWord")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")

    products = []
    for product in Product.objects.all().iterator(1000):
        aliases = [alias.strip() for alias in product.aliases.split(",") if alias.strip()]
        product.search_text = words_text(" ".join([product.name, product.vendor, *aliases]))
        keys = [words_text(key) for key in [product.name, *product.aliases.split(",")]]
        product.match_keys = "|" + "|".join(dict.fromkeys(key for key in keys if key)) + "|"
        products.append(product)
    Product.objects.bulk_update(products, ["search_text", "match_keys"], batch_size=500)

    tool_type = ContentType.objects.filter(app_label="tools_catalog", model="tool").first()
    ids = list(Tool.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), 1000):
        batch = ids[start : start + 1000]
        parts = defaultdict(list)
        for tool_id, name in Tool.needs.through.objects.filter(tool_id__in=batch).values_list(
            "tool_id", "need__name"
        ):
            parts[tool_id].append(name)
        if tool_type is not None:
            for tool_id, name in TaggedItem.objects.filter(content_type=tool_type, object_id__in=batch).values_list(
                "object_id", "tag__name"
            ):
                parts[tool_id].append(name)
        for tool_id, name, aliases in Equivalence.objects.filter(
            tool_id__in=batch, product__is_published=True
        ).values_list("tool_id", "product__name", "product__aliases"):
            parts[tool_id].extend([name, aliases.replace(",", " ")])
        tools = list(Tool.objects.filter(pk__in=batch).only("pk", "name", "summary", "search_text"))
        for tool in tools:
            tool.search_text = words_text(" ".join([tool.name, tool.summary, *parts[tool.pk]]))
        Tool.objects.bulk_update(tools, ["search_text"], batch_size=500)

    refresh_search_words(
        models={
            "Tool": Tool,
            "ProprietaryProduct": Product,
            "Need": Need,
            "TaggedItem": TaggedItem,
            "ContentType": ContentType,
            "SearchWord": SearchWord,
        }
    )


class Migration(migrations.Migration):
    dependencies = [
        ("tools_catalog", "0006_facts_maintenance_reports_words"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index, elidable=False),
        migrations.RunPython(recompute, migrations.RunPython.noop),
    ]
