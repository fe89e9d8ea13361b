"""Backups of docs/deployment.md: `manage.py backup` / `restore` (the whole portal, into an empty database)
and the portable JSON copy (dumpdata/loaddata) used to move from SQLite to PostgreSQL."""

import io
import json
import tarfile
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection

from core.mail import queue_email
from ptca import backup
from tests import rows

pytestmark = pytest.mark.django_db(transaction=True)


def every_row():
    """Every row of every table (the models of all installed apps, and the migration history)."""
    tables = rows.snapshot(apps)
    tables["django_migrations"] = rows.table_rows("django_migrations", "id")
    return tables


def media_files(root):
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}


def wipe_database():
    """Leave the test database with no table at all, as a database just created for a restore."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
    else:
        with connection.constraint_checks_disabled(), connection.cursor() as cursor:
            for table in connection.introspection.table_names(cursor):
                cursor.execute(f"DROP TABLE {connection.ops.quote_name(table)}")
    assert connection.introspection.table_names() == []


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def rebuilt_database():
    """Whatever happens in the test, the database has its full schema afterwards (it is reused)."""
    yield
    if "django_migrations" not in connection.introspection.table_names():
        wipe_database()
        call_command("migrate", verbosity=0)


def test_backup_then_restore_into_an_empty_database_keeps_every_row_and_file(tmp_path, media_root, rebuilt_database):
    created = rows.fill_every_model(apps)
    assert all(created.values())
    queue_email(
        to="inscrite@example.org",
        subject="Confirmation",
        body="Votre inscription est confirmée.",
        attachments=[("session.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")],
    )
    (media_root / "divers").mkdir(parents=True)
    (media_root / "divers" / "note é.txt").write_bytes(b"\x00\xffdonn\xc3\xa9es")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # SQLite then has a table of its own (sqlite_stat1), never counted
    before, files_before = every_row(), media_files(media_root)
    assert len(files_before) == 2 and all(before.values())

    archive = tmp_path / "sauvegardes" / "ptca.tar"
    out = StringIO()
    call_command("backup", "--output", str(archive), stdout=out)
    assert f"Sauvegarde écrite : {archive}" in out.getvalue()
    assert archive.stat().st_mode & 0o077 == 0  # personal data: readable by its owner only
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["database"] == connection.vendor
    assert manifest["tables"]["trainings_session"] == len(before["trainings_session"])
    assert manifest["media_files"] == 2

    wipe_database()
    for path in media_root.rglob("*"):
        if path.is_file():
            path.unlink()
    (media_root / "reste.txt").write_text("fichier d'avant")
    with pytest.raises(CommandError, match="MEDIA_ROOT|n'est pas vide"):
        call_command("restore", str(archive), stdout=StringIO())
    assert connection.introspection.table_names() == []  # refused before touching anything
    (media_root / "reste.txt").unlink()

    out = StringIO()
    call_command("restore", str(archive), stdout=out)
    assert "nombres vérifiés" in out.getvalue()
    assert every_row() == before
    assert media_files(media_root) == files_before


def test_restore_refuses_a_database_that_is_not_empty(tmp_path, media_root):
    rows.fill_every_model(apps, rows=1)
    archive = tmp_path / "ptca.tar"
    call_command("backup", "--output", str(archive), stdout=StringIO())
    before = every_row()
    with pytest.raises(CommandError, match="la base cible n'est pas vide"):
        call_command("restore", str(archive), stdout=StringIO())
    assert every_row() == before


def _archive(path, manifest):
    with tarfile.open(path, "w") as tar:
        data = json.dumps(manifest).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"pas une archive"), "impossible de lire la sauvegarde"),
        (lambda p: _archive(p, {"format": "autre/9"}), "format de sauvegarde inconnu"),
        (
            lambda p: _archive(p, {"format": backup.FORMAT, "database": "oracle", "dump": "x", "tables": {}}),
            "restaurez dans le même moteur",
        ),
    ],
)
def test_restore_refuses_what_is_not_a_backup_of_this_engine(tmp_path, media_root, make, message):
    path = tmp_path / "fichier.tar"
    make(path)
    before = every_row()
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(path), stdout=StringIO())
    assert every_row() == before


@pytest.mark.django_db
def test_a_tar_without_manifest_is_refused(tmp_path, media_root):
    path = tmp_path / "vide.tar"
    with tarfile.open(path, "w"):
        pass
    with pytest.raises(CommandError, match="manifest.json absent"):
        call_command("restore", str(path), stdout=StringIO())


def test_backup_leaves_no_partial_file_when_it_fails(tmp_path, media_root, monkeypatch):
    def broken(*args, **kwargs):
        raise backup.BackupError("disque plein")

    monkeypatch.setattr(backup, "_media_files", broken)
    with pytest.raises(CommandError, match="Sauvegarde impossible : disque plein"):
        call_command("backup", "--output", str(tmp_path / "ptca.tar"), stdout=StringIO())
    assert [path.name for path in tmp_path.iterdir() if path != media_root] == []  # no .partiel, no work folder


# The portable JSON copy (moving between engines): accounts by natural keys, content with its ids.
EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes", "admin.logentry", "auditlog", "post_office"]
CONTENT_APPS = {"tools_catalog", "actors", "trainings", "surveys", "taggit", "auth"}


def content_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in CONTENT_APPS and model._meta.label != "auth.Permission"
    }


def test_dumpdata_loaddata_round_trip_restores_all_content(tmp_path, coordinator):
    from actors.tests.factories import ActorFactory
    from tools_catalog.tests.factories import HosterFactory, NeedFactory, ToolFactory
    from trainings.tests.factories import RegistrationFactory

    need = NeedFactory()
    for index in range(3):
        tool = ToolFactory(needs=[need], hosters=[HosterFactory()])
        tool.tags.add("réunion", "visio", f"étiquette {index}")  # several tags per tool: no collapse
        ActorFactory(tools=[tool], needs=[need])
    RegistrationFactory.create_batch(2)
    before = content_counts()
    assert before["taggit.TaggedItem"] == 9
    accounts, content = tmp_path / "ptca-accounts.json", tmp_path / "ptca-content.json"
    # Accounts by natural keys (groups by name: migrations recreate them with other ids).
    call_command(
        "dumpdata", "auth.group", "auth.user", "--natural-foreign", "--natural-primary", "--output", str(accounts)
    )
    # Content with its own ids. Not --natural-primary: taggit's TaggedItem natural key is its
    # object_id alone, so several tags of one tool would collapse into one.
    call_command(
        "dumpdata",
        "--natural-foreign",
        "--output",
        str(content),
        "--exclude=auth",
        *[f"--exclude={label}" for label in EXCLUDE],
    )
    assert json.loads(content.read_text(encoding="utf-8"))

    call_command("flush", "--no-input")
    assert all(count == 0 for label, count in content_counts().items() if not label.startswith("auth."))

    call_command("loaddata", str(accounts), stdout=StringIO())
    call_command("loaddata", str(content), stdout=StringIO())
    assert content_counts() == before
