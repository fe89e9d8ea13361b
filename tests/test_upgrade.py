"""The upgrade path of docs/deployment.md keeps every row: a database migrated and filled at the previous
release, then migrated to this version (the leaf nodes of today's migration graph, whatever was added since).

At each release, set PREVIOUS_RELEASE to the commit (or tag) of the release and RELEASE_MIGRATIONS to the
last migration of every app there (the last `[X]` line of each app in `manage.py showmigrations`, run on
that release). A migration that deliberately rewrites a column lists it in REWRITTEN_COLUMNS with its reason.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.apps import apps as current_apps
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django_test_migrations import sql
from django_test_migrations.migrator import Migrator

from tests import rows

PREVIOUS_RELEASE = "ede489c"
RELEASE_MIGRATIONS = [
    ("actors", "0003_error_report"),
    ("admin", "0003_logentry_add_action_flag_choices"),
    ("auditlog", "0017_add_actor_email"),
    ("auth", "0012_alter_user_first_name_max_length"),
    ("axes", "0010_accessattemptexpiration"),
    ("contenttypes", "0002_remove_content_type_name"),
    ("ptca", "0001_roles"),
    ("sessions", "0001_initial"),
    ("surveys", "0001_initial"),
    ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ("tools_catalog", "0004_business_model_donation"),
    ("trainings", "0001_initial"),
]
# (table, column): why a migration since the release changes its values on purpose.
REWRITTEN_COLUMNS = {
    # ptca.0002: the history keeps no client address any more (privacy); the rows stay, the addresses go.
    ("auditlog_logentry", "remote_addr"): "ptca.0002_erase_history_addresses",
    ("auditlog_logentry", "remote_port"): "ptca.0002_erase_history_addresses",
    # Search columns derived from names and aliases, recomputed with word-prefix matching (issue 14).
    ("tools_catalog_proprietaryproduct", "search_text"): "tools_catalog search text recomputed",
    ("tools_catalog_proprietaryproduct", "match_keys"): "tools_catalog search text recomputed",
    ("tools_catalog_tool", "search_text"): "tools_catalog search text recomputed",
    # actors.0004: the French sort key of communes is recomputed from the name (issue 15).
    ("actors_commune", "search_name"): "actors.0004_commune_epci_postal_codes_sort_names",
}


class ReleaseMigrator(Migrator):
    """django-test-migrations' Migrator, started at exactly the release.

    Its `apply_initial_migration` applies a "broad" plan: everything that comes before the targets in
    the full plan, so the migrations of apps added since the release (post_office…) would be there
    already. The release has only its targets and their dependencies.
    """

    def apply_release(self, targets):
        sql.drop_models_tables(self._database)
        sql.flush_django_migrations_table(self._database)
        self._executor.loader.build_graph()
        plan = self._executor.migration_plan(targets, clean_start=True)
        return self._migrate(targets, plan=plan)


@pytest.fixture
def release_migrator(request, transactional_db):
    migrator = ReleaseMigrator()
    request.addfinalizer(migrator.reset)  # back to the latest schema for the other tests
    return migrator


def release_closure(loader):
    """Every migration applied at the release: the release targets and all they depend on."""
    return {node for target in RELEASE_MIGRATIONS for node in loader.graph.forwards_plan(target)}


def test_release_migrations_are_those_of_the_release_commit():
    """The list above matches the migration files of our apps at PREVIOUS_RELEASE (when git can tell)."""
    base = Path(settings.BASE_DIR)
    if not shutil.which("git") or not (base / ".git").exists():
        pytest.skip("pas de dépôt git : la version précédente n'est pas consultable")
    files = subprocess.run(  # noqa: S603
        ["git", "ls-tree", "-r", "--name-only", PREVIOUS_RELEASE],  # noqa: S607
        cwd=base,
        capture_output=True,
        text=True,
    )
    if files.returncode:
        pytest.skip(f"{PREVIOUS_RELEASE} absent de ce clone (clone partiel)")
    loader = MigrationLoader(None, ignore_no_migrations=True)
    local_apps = {  # our apps: in the checkout, not installed packages (the virtualenv may live in it)
        app.label
        for app in current_apps.get_app_configs()
        if Path(app.path).is_relative_to(base) and "site-packages" not in Path(app.path).parts
    }
    at_release = {
        (parts[0], Path(parts[2]).stem)
        for parts in (Path(name).parts for name in files.stdout.splitlines())
        if len(parts) == 3 and parts[1] == "migrations" and parts[2].endswith(".py") and parts[2] != "__init__.py"
    }
    assert at_release == {node for node in release_closure(loader) if node[0] in local_apps}


def test_upgrade_from_the_previous_release_keeps_every_row(release_migrator):
    migrator = release_migrator
    old_state = migrator.apply_release(RELEASE_MIGRATIONS)
    loader = MigrationLoader(connection)
    assert set(MigrationRecorder(connection).applied_migrations()) == release_closure(loader)

    created = rows.fill_every_model(old_state.apps)
    assert all(created.values())
    before = rows.snapshot(old_state.apps)
    assert sum(len(table) for table in before.values()) >= 3 * len(before)

    latest = sorted(loader.graph.leaf_nodes())
    migrator.apply_tested_migration(latest)
    assert set(MigrationRecorder(connection).applied_migrations()) == set(loader.graph.nodes)

    old_models = {model._meta.db_table: model for model in old_state.apps.get_models(include_auto_created=True)}
    tables = set(connection.introspection.table_names())
    assert not sorted(set(before) - tables), "tables de la version précédente disparues"
    for table, old_rows in before.items():
        new_rows = rows.table_rows(table, old_models[table]._meta.pk.column)
        assert new_rows.keys() == old_rows.keys(), f"{table} : lignes perdues ou ajoutées"
        for pk, old in old_rows.items():
            new = new_rows[pk]
            changed = {
                column: (value, new[column])
                for column, value in old.items()
                if column in new and new[column] != value and (table, column) not in REWRITTEN_COLUMNS
            }
            assert not changed, f"{table} #{pk} : valeurs changées {changed}"

    # Today's models read every migrated row.
    for model in current_apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy and model._meta.db_table in before:
            assert len(list(model._base_manager.all())) == len(before[model._meta.db_table]), model._meta.label
