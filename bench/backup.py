"""How long `manage.py backup` and `restore` take at the benchmark's data size (figures in docs/deployment.md).

Usage: python -m bench.backup [--size 1] [--files 2000] [--only sqlite|postgresql]

For each database (fresh, as `make bench` makes them): migrate, generate every app's benchmark data
(`<app>/bench.py`), add `--files` e-mail attachments (.ics of 2 KB) to a MEDIA_ROOT, time the backup,
then time its restore into a new empty database and an empty MEDIA_ROOT. Each step runs in its own
process, like an operator's command.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import import_module
from pathlib import Path

from bench.__main__ import BASE_DIR, postgres_answers, recreate_postgres

APPS = ["tools_catalog", "actors", "trainings", "surveys"]
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PTCA 37//bench//FR\r\nBEGIN:VEVENT\r\n"
    + "DESCRIPTION:" + "Session de formation. " * 80 + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)  # fmt: skip


def child(mode, media_root, *args):
    """Run inside a process whose DATABASE_URL is the database to work on."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from ptca.backup import create_backup, restore_backup

    settings.MEDIA_ROOT = media_root
    if mode == "fill":
        size, files = int(args[0]), int(args[1])
        call_command("migrate", verbosity=0, interactive=False)
        for app in APPS:
            import_module(f"{app}.bench").generate(size=size)
        folder = Path(media_root) / "post_office_attachments" / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(files):
            (folder / f"session-{index}.ics").write_text(ICS, encoding="utf-8")
        return {}
    manifest = create_backup(args[0]) if mode == "backup" else restore_backup(args[0])
    return {key: manifest[key] for key in ("rows", "media_files", "seconds", "bytes")} | {
        "tables": len(manifest["tables"])
    }


def run(url, mode, media_root, *args):
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    env.pop("DEBUG", None)
    started = time.monotonic()
    result = subprocess.run(  # noqa: S603 - this interpreter, this module
        [sys.executable, "-m", "bench.backup", "--child", mode, str(media_root), *map(str, args)],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"{mode} a échoué :\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1]) | {"wall": time.monotonic() - started}


def sqlite_url(path):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    pg_url = os.environ.get("BENCH_PG_URL", "postgres://postgres:postgres@127.0.0.1:5432/ptca_bench")
    runs = []
    if args.only in (None, "postgresql"):
        if postgres_answers(pg_url):
            runs.append(("postgresql", pg_url, pg_url + "_restore"))
        else:
            print(f"PostgreSQL ne répond pas ({pg_url}) : mesure sur SQLite seulement.", file=sys.stderr)
    if args.only in (None, "sqlite"):
        (BASE_DIR / "var").mkdir(exist_ok=True)
        runs.append(("sqlite", BASE_DIR / "var" / "bench.sqlite3", BASE_DIR / "var" / "bench-restore.sqlite3"))
    print("| database | rows | tables | media files | backup size | backup | restore (checked) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for engine, source, target in runs:
        with tempfile.TemporaryDirectory(prefix="ptca-bench-backup-") as workdir:
            work = Path(workdir)
            if engine == "postgresql":
                recreate_postgres(source)
                recreate_postgres(target)
            else:
                source, target = sqlite_url(source), sqlite_url(target)
            run(source, "fill", work / "media", args.size, args.files)
            archive = work / "ptca.tar"
            backup = run(source, "backup", work / "media", archive)
            restore = run(target, "restore", work / "media-restored", archive)
            assert restore["rows"] == backup["rows"]
            print(
                f"| {engine} | {backup['rows']:,} | {backup['tables']} | {backup['media_files']:,} |"
                f" {backup['bytes'] / 1e6:.0f} MB | {backup['seconds']:.1f} s | {restore['seconds']:.1f} s |",
                flush=True,
            )
            shutil.rmtree(work / "media-restored", ignore_errors=True)


if __name__ == "__main__":
    main()
