"""PostgreSQL only: unaccent and pg_trgm, and the indexes of the catalogue search.

On SQLite this migration does nothing (search there uses the accent-free `search_text`).
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

INDEXES = [
    "CREATE INDEX IF NOT EXISTS tools_catalog_tool_search_vector_gin ON tools_catalog_tool USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS tools_catalog_tool_search_text_trgm "
    "ON tools_catalog_tool USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS tools_catalog_product_match_keys_trgm "
    "ON tools_catalog_proprietaryproduct USING gin (match_keys gin_trgm_ops)",
]
DROP_INDEXES = [
    "DROP INDEX IF EXISTS tools_catalog_tool_search_vector_gin",
    "DROP INDEX IF EXISTS tools_catalog_tool_search_text_trgm",
    "DROP INDEX IF EXISTS tools_catalog_product_match_keys_trgm",
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in INDEXES:
            schema_editor.execute(statement)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP_INDEXES:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("tools_catalog", "0002_search_fields"),
    ]

    operations = [
        # Django's CreateExtension does nothing on other databases.
        UnaccentExtension(),
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
