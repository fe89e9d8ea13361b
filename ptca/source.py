"""The source code of the running portal, as an archive anyone can download (AGPL-3.0 section 13).

The AGPL asks a network service to offer its users the source of the version they use, changes
included. The portal therefore serves the files it runs from (`/code-source.tar.gz`), whatever the
operator changed, and needs no repository address to be configured (`SOURCE_CODE_URL` may add one).

Only the listed top-level entries are packed, never what an operator may keep next to the code
(`var/` with the database and media, backups, `.env` files, the virtualenv): an allow-list, kept
complete by a test that compares it with the files under version control.
"""

import functools
import io
import tarfile
from pathlib import Path

from django.conf import settings

SOURCE_ENTRIES = (
    ".ci",
    ".gitignore",
    ".importlinter",
    "LICENSE",
    "Makefile",
    "README.md",
    "accompaniments",
    "actors",
    "bench",
    "campaigns",
    "conftest.py",
    "core",
    "docs",
    "equipment",
    "gunicorn.conf.py",
    "loadtest",
    "manage.py",
    "ptca",
    "pytest.ini",
    "requirements-dev.txt",
    "requirements.txt",
    "ruff.toml",
    "static",
    "surveys",
    "templates",
    "tests",
    "tools_catalog",
    "trainings",
)
SKIPPED_NAMES = {"__pycache__", ".pytest_cache", ".ruff_cache", ".DS_Store"}
SKIPPED_SUFFIXES = (".pyc", ".pyo", ".sqlite3", ".swp")
ARCHIVE_ROOT = "portail-ptca"


def source_files(base_dir=None):
    """Relative paths of the files packed, sorted; symbolic links are never followed."""
    base = Path(base_dir or settings.BASE_DIR)
    files = []
    for entry in SOURCE_ENTRIES:
        path = base / entry
        if path.is_symlink() or not path.exists():
            continue
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        for candidate in candidates:
            relative = candidate.relative_to(base)
            if candidate.is_symlink() or not candidate.is_file():
                continue
            if SKIPPED_NAMES.intersection(relative.parts) or candidate.name.endswith(SKIPPED_SUFFIXES):
                continue
            if any(part.startswith(".") for part in relative.parts[1:]):  # no hidden file inside an entry
                continue
            files.append(relative)
    return sorted(files)


@functools.cache
def source_archive():
    """The gzipped tar of the source, built once per process (the code does not change while it runs)."""
    base = Path(settings.BASE_DIR)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=9) as archive:
        for relative in source_files(base):
            info = archive.gettarinfo(str(base / relative), arcname=f"{ARCHIVE_ROOT}/{relative.as_posix()}")
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            with open(base / relative, "rb") as handle:
                archive.addfile(info, handle)
    return buffer.getvalue()
