"""One backup of the whole portal, and its restore into an empty database (`manage.py backup` / `restore`).

A backup is one tar file: `manifest.json` (format, date, database, row count of every table), the
database dumped with its own tool, and `media/` (every file of MEDIA_ROOT: the e-mail attachments).

- **PostgreSQL**: `pg_dump --format=custom`, taken in a snapshot that the row counts of the manifest
  share (`pg_export_snapshot`), so the counts describe exactly what the dump holds; restored with
  `pg_restore --single-transaction --exit-on-error`.
- **SQLite**: the sqlite3 online backup API (a consistent copy, even while the portal writes); restored
  with the same API.

Why the databases' own tools rather than `dumpdata` (or django-dbbackup): they copy every table,
sequence, index and extension as it is (the edit history, the outbox, the sessions included), with no
natural-key pitfalls, and the restore is one transaction; django-dbbackup wraps the same tools but
splits database and media in two command pairs and restores SQLite by replaying SQL text. The
portable JSON copy of docs/deployment.md stays the way to move from SQLite to PostgreSQL.

The restore refuses a database that has tables and a MEDIA_ROOT that has files, and checks the row
count of every table against the manifest before saying it succeeded.
"""

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.postgresql.client import DatabaseClient as PostgresClient
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = "ptca-sauvegarde/1"
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
DUMP_NAMES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the operator, in French."""


def _quote(connection, table):
    return connection.ops.quote_name(table)


def _count_rows(cursor, connection, tables):
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {_quote(connection, table)}")  # noqa: S608 - names from introspection
        counts[table] = cursor.fetchone()[0]
    return counts


def _pg_env(settings_dict):
    """Connection of pg_dump / pg_restore, through libpq's environment variables (no password in argv)."""
    _args, env = PostgresClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(env or {})}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("NAME", "PGDATABASE")):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def _run(command, *, env=None):
    tool = command[0]
    if not shutil.which(tool):
        raise BackupError(
            f"{tool} est introuvable : installez le client PostgreSQL (apt-get install postgresql-client)."
        )
    result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603 - fixed tool, no shell
    if result.returncode:
        raise BackupError(f"{tool} a échoué (code {result.returncode}) : {result.stderr.strip()[-2000:]}")


def _dump_postgresql(connection, target):
    """pg_dump in an exported snapshot; the counts are read in the same snapshot."""
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        raw.rollback()  # start from a fresh transaction: SET TRANSACTION must be its first statement
        with raw.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            _run(
                ["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
                env=_pg_env(connection.settings_dict),
            )
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = ANY (current_schemas(false))")
            tables = [row[0] for row in cursor.fetchall()]
            counts = _count_rows(cursor, connection, tables)
        raw.rollback()
    finally:
        raw.close()
    return counts


def _dump_sqlite(connection, target):
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
        cursor = destination.cursor()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        counts = _count_rows(cursor, connection, _portal_tables(row[0] for row in cursor.fetchall()))
    finally:
        destination.close()
    return counts


def _media_files(media_root):
    """Regular files under MEDIA_ROOT, relative and sorted (links are never followed)."""
    root = Path(media_root)
    if not root.is_dir():
        return []
    return sorted(path.relative_to(root) for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def _applied_migrations(connection):
    latest = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        latest[app] = max(latest.get(app, name), name)
    return latest


def create_backup(output, *, using=DEFAULT_DB_ALIAS):
    """Write the backup to `output` (created 0600, renamed into place when complete); returns the manifest."""
    connection = connections[using]
    vendor = connection.vendor
    if vendor not in DUMP_NAMES:
        raise BackupError(f"base {vendor} non prise en charge : PostgreSQL ou SQLite seulement.")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".ptca-sauvegarde-") as workdir:
        dump = Path(workdir) / DUMP_NAMES[vendor]
        counts = _dump_postgresql(connection, dump) if vendor == "postgresql" else _dump_sqlite(connection, dump)
        media = _media_files(media_root)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.localtime().isoformat(timespec="seconds"),
            "database": vendor,
            "dump": DUMP_NAMES[vendor],
            "migrations": _applied_migrations(connection),
            "tables": counts,
            "rows": sum(counts.values()),
            "media_files": len(media),
            "media_bytes": sum((media_root / path).stat().st_size for path in media),
        }
        (Path(workdir) / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")
        partial = output.with_name(output.name + ".partiel")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # personal data inside
        with os.fdopen(descriptor, "wb") as handle, tarfile.open(fileobj=handle, mode="w") as archive:
            archive.add(Path(workdir) / MANIFEST, arcname=MANIFEST)
            archive.add(dump, arcname=DUMP_NAMES[vendor])
            for path in media:
                archive.add(media_root / path, arcname=MEDIA_PREFIX + path.as_posix(), recursive=False)
        partial.replace(output)
    manifest["seconds"] = time.monotonic() - started
    manifest["bytes"] = output.stat().st_size
    return manifest


def read_manifest(archive):
    try:
        member = archive.getmember(MANIFEST)
        manifest = json.loads(archive.extractfile(member).read().decode("utf-8"))
    except (KeyError, ValueError, AttributeError) as error:
        raise BackupError(
            "ce fichier n'est pas une sauvegarde du portail (manifest.json absent ou illisible)."
        ) from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"format de sauvegarde inconnu : {manifest.get('format')!r} (attendu : {FORMAT}).")
    return manifest


def _portal_tables(names):
    """Tables of the portal, without SQLite's own (sqlite_sequence, sqlite_stat1 written by ANALYZE…)."""
    return [name for name in names if not name.startswith("sqlite_")]


def _tables(connection):
    with connection.cursor() as cursor:
        return _portal_tables(connection.introspection.table_names(cursor))


def _current_counts(connection):
    with connection.cursor() as cursor:
        return _count_rows(cursor, connection, _tables(connection))


def _restore_postgresql(connection, dump):
    settings_dict = connection.settings_dict
    connection.close()  # pg_restore works in its own session
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={settings_dict['NAME']}",
            str(dump),
        ],
        env=_pg_env(settings_dict),
    )


def _restore_sqlite(connection, dump):
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def restore_backup(path, *, using=DEFAULT_DB_ALIAS):
    """Restore the backup at `path` into the empty database `using` and the empty MEDIA_ROOT; returns the manifest."""
    connection = connections[using]
    media_root = Path(settings.MEDIA_ROOT)
    started = time.monotonic()
    try:
        archive = tarfile.open(path, mode="r:*")  # noqa: SIM115 - closed by the `with archive` below
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"impossible de lire la sauvegarde {path} : {error}") from error
    with archive:
        manifest = read_manifest(archive)
        if manifest["database"] != connection.vendor:
            raise BackupError(
                f"sauvegarde {manifest['database']}, base configurée {connection.vendor} : restaurez dans le même "
                "moteur (pour passer de SQLite à PostgreSQL, voir la copie JSON de docs/deployment.md)."
            )
        if tables := _tables(connection):
            raise BackupError(
                f"la base cible n'est pas vide ({len(tables)} tables) : restaurez dans une base neuve, sans migrate."
            )
        if _media_files(media_root):
            raise BackupError(f"le dossier des fichiers {media_root} n'est pas vide : videz-le ou changez MEDIA_ROOT.")
        media_members = [
            member for member in archive.getmembers() if member.name.startswith(MEDIA_PREFIX) and member.isfile()
        ]
        with tempfile.TemporaryDirectory(prefix=".ptca-restauration-") as workdir:
            archive.extract(manifest["dump"], path=workdir, filter="data")
            dump = Path(workdir) / manifest["dump"]
            if connection.vendor == "postgresql":
                _restore_postgresql(connection, dump)
            else:
                _restore_sqlite(connection, dump)
        counts = _current_counts(connection)
        if counts != manifest["tables"]:
            differences = {
                table: (manifest["tables"].get(table), counts.get(table))
                for table in sorted(set(counts) | set(manifest["tables"]))
                if counts.get(table) != manifest["tables"].get(table)
            }
            raise BackupError(f"la base restaurée diffère de la sauvegarde (table : attendu, trouvé) : {differences}")
        media_root.mkdir(parents=True, exist_ok=True)
        for member in media_members:
            member.name = member.name[len(MEDIA_PREFIX) :]
            archive.extract(member, path=media_root, filter="data")
    with contextlib.suppress(OSError):
        manifest["bytes"] = Path(path).stat().st_size
    manifest["seconds"] = time.monotonic() - started
    return manifest
