"""The code is free software: the full AGPL text, the licence on the legal page, the source offered to every visitor."""

import hashlib
import io
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from ptca import source

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR)
# sha256 of the GNU AGPL v3 as published by the FSF (gnu.org/licenses/agpl-3.0.txt), 661 lines.
AGPL_3_SHA256 = "8486a10c4393cee1c25392769ddd3b2d6c242d6ec7928e1414efff7dfb2f07ef"


def test_licence_file_is_the_full_agpl_3_text():
    text = (BASE_DIR / "LICENSE").read_bytes()
    assert hashlib.sha256(text).hexdigest() == AGPL_3_SHA256
    assert text.decode().splitlines()[0].strip() == "GNU AFFERO GENERAL PUBLIC LICENSE"
    assert "13. Remote Network Interaction; Use with the GNU General Public License." in text.decode()


def test_legal_page_names_the_licence_and_offers_the_source(client):
    html = client.get(reverse("legal")).content.decode()
    assert "AGPL-3.0-or-later" in html
    assert 'href="https://www.gnu.org/licenses/agpl-3.0.html" rel="license"' in html
    assert f'href="{reverse("source_code")}"' in html
    assert "Dépôt du code source" not in html  # no repository configured


def test_legal_page_links_the_repository_when_one_is_configured(client, settings):
    settings.SOURCE_CODE_URL = "https://forge.example.org/ptca/portail"
    html = client.get(reverse("legal")).content.decode()
    assert '<a href="https://forge.example.org/ptca/portail">Dépôt du code source</a>' in html


def test_every_page_footer_leads_to_the_licence(client):
    html = client.get(reverse("home")).content.decode()
    assert f'href="{reverse("legal")}#licence"' in html


def test_source_archive_holds_the_running_code_and_its_licence(client):
    response = client.get(reverse("source_code"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gzip"
    assert "portail-ptca-source.tar.gz" in response["Content-Disposition"]
    with tarfile.open(fileobj=io.BytesIO(response.content)) as archive:
        members = {member.name: member for member in archive.getmembers()}
        assert all(member.isfile() for member in members.values())
        assert all(name.startswith("portail-ptca/") for name in members)
        for path in ("LICENSE", "manage.py", "requirements.txt", "ptca/source.py", "templates/base.html"):
            packed = archive.extractfile(f"portail-ptca/{path}").read()
            assert packed == (BASE_DIR / path).read_bytes()
    assert not [name for name in members if "__pycache__" in name or name.endswith(".pyc")]
    assert not [name for name in members if name.startswith(("portail-ptca/var/", "portail-ptca/.venv/"))]


def test_source_files_leave_out_what_an_operator_keeps_next_to_the_code(tmp_path):
    """Databases, media, backups, environment files and links to elsewhere are never packed."""
    (tmp_path / "manage.py").write_text("print()")
    (tmp_path / "ptca").mkdir()
    (tmp_path / "ptca" / "views.py").write_text("x = 1")
    (tmp_path / "ptca" / "__pycache__").mkdir()
    (tmp_path / "ptca" / "__pycache__" / "views.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "ptca" / ".env").write_text("SECRET_KEY=x")
    (tmp_path / "ptca" / "local.sqlite3").write_bytes(b"\0")
    (tmp_path / "ptca" / "passwd").symlink_to("/etc/passwd")
    (tmp_path / "var" / "media").mkdir(parents=True)
    (tmp_path / "var" / "db.sqlite3").write_bytes(b"\0")
    (tmp_path / "ptca-content.json").write_text("[]")
    (tmp_path / ".env").write_text("SECRET_KEY=x")
    (tmp_path / "docs").symlink_to("/etc")
    assert [path.as_posix() for path in source.source_files(tmp_path)] == ["manage.py", "ptca/views.py"]


def test_every_file_under_version_control_is_offered():
    """The allow-list of ptca/source.py keeps up with the repository (a new top-level folder must be added)."""
    if not shutil.which("git") or not (BASE_DIR / ".git").exists():
        pytest.skip("pas de dépôt git : la liste des fichiers suivis n'est pas disponible")
    tracked = subprocess.run(  # noqa: S603
        ["git", "ls-files", "-z"],
        cwd=BASE_DIR,
        capture_output=True,
        check=True,  # noqa: S607
    ).stdout.decode()
    tracked = {Path(name) for name in tracked.split("\0") if name and (BASE_DIR / name).is_file()}
    missing = sorted(str(path) for path in tracked - set(source.source_files(BASE_DIR)))
    assert not missing, f"fichiers suivis absents de l'archive (ajouter à SOURCE_ENTRIES) : {missing}"
