"""The full-département migration keeps every commune and actor row, fills the new keys and fixes the
four communes first shipped under another commune's INSEE code."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("actors", "0003_error_report"), ("core", "0001_initial")]
AFTER = [("actors", "0004_commune_epci_postal_codes_sort_names")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_the_communes_migration_keeps_every_row_and_fixes_wrong_codes():
    apps = migrate(BEFORE)
    try:
        Commune, Actor = apps.get_model("actors", "Commune"), apps.get_model("actors", "Actor")
        ContentType, SeedRecord = apps.get_model("contenttypes", "ContentType"), apps.get_model("core", "SeedRecord")
        place = {"latitude": "47.2", "longitude": "0.8"}
        cormery = Commune.objects.create(insee_code="37085", name="Cormery", postal_code="37320", **place)
        tours = Commune.objects.create(insee_code="37261", name="Tours", postal_code="37000", **place)
        content_type, _ = ContentType.objects.get_or_create(app_label="actors", model="commune")
        SeedRecord.objects.create(
            content_type=content_type, key="37085", object_id=cormery.pk, shipped={}, shipped_hash="x"
        )
        actor = Actor.objects.create(
            name="Écrivains publics", slug="ecrivains", kind="association", summary="Aide",
            commune="Cormery", insee_code="37085", postal_code="37320",
        )  # fmt: skip
        apps = migrate(AFTER)
        Commune, Actor = apps.get_model("actors", "Commune"), apps.get_model("actors", "Actor")
        SeedRecord = apps.get_model("core", "SeedRecord")
        assert Commune.objects.count() == 2
        cormery = Commune.objects.get(pk=cormery.pk)
        assert (cormery.insee_code, cormery.name, cormery.postal_codes) == ("37083", "Cormery", "37320")
        assert SeedRecord.objects.get(object_id=cormery.pk).key == "37083"
        tours = Commune.objects.get(pk=tours.pk)
        assert (tours.search_name, tours.search_words, tours.postal_codes) == ("tours", "tours", "37000")
        actor = Actor.objects.get(pk=actor.pk)
        assert (actor.sort_name, actor.insee_code) == ("ecrivains publics", "37083")
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
