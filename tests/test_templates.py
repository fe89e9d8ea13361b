"""Every template compiles, and every template is used somewhere (no dead templates)."""

from pathlib import Path

import pytest
from django.template.loader import get_template

BASE_DIR = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = [BASE_DIR / "templates", *BASE_DIR.glob("*/templates")]
# Used by Django itself, by name, without appearing in our code.
USED_BY_DJANGO = {
    "400.html", "403.html", "403_csrf.html", "404.html", "500.html",
    "registration/login.html", "registration/password_change_form.html", "registration/password_change_done.html",
    "registration/password_reset_form.html", "registration/password_reset_done.html",
    "registration/password_reset_confirm.html", "registration/password_reset_complete.html",
    "registration/password_reset_email.html", "registration/password_reset_subject.txt",
    "components/form.html", "components/field.html",
}  # fmt: skip


def all_templates():
    for directory in TEMPLATE_DIRS:
        if directory.parent.name in {"node_modules", ".venv"} or ".venv" in directory.parts:
            continue
        for path in directory.rglob("*"):
            if path.is_file() and path.suffix in {".html", ".txt", ".ics", ".xml"}:
                yield path.relative_to(directory).as_posix()


TEMPLATES = sorted(set(all_templates()))


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_compiles(name):
    get_template(name)


def test_every_template_is_used():
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for pattern in ("*/*.py", "*/**/*.py", "*/**/*.html", "templates/**/*.html", "*/**/*.txt")
        for path in BASE_DIR.glob(pattern)
        if ".venv" not in path.parts and "tests" not in path.parts
    )
    unused = [name for name in TEMPLATES if name not in USED_BY_DJANGO and name not in sources]
    assert unused == []
