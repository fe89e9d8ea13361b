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


def test_identifiers_are_never_localised():
    """USE_THOUSAND_SEPARATOR renders the integer 1389 as "1 389": an id, a form value or a data
    attribute built from a primary key must go through `unlocalize` (or `stringformat`)."""
    import re

    bare_identifier = re.compile(r"\{\{ ?[\w.]*(\.pk|\.id|_id) ?\}\}")
    # A form value is often a primary key under another name (a commune's checkbox was "item.value"):
    # every value attribute goes through unlocalize, whatever its name.
    bare_value = re.compile(r'(value|data-value)="[^"{]*\{\{ ?[\w.]+ ?\}\}')
    offenders = []
    for directory in TEMPLATE_DIRS:
        if ".venv" in directory.parts:
            continue
        for path in directory.rglob("*.html"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if bare_identifier.search(line) or bare_value.search(line):
                    offenders.append(f"{path.relative_to(BASE_DIR)}:{number}")
    assert offenders == []


def test_a_large_primary_key_renders_without_a_separator():
    from django.template import Context, Template
    from django.utils import translation

    with translation.override("fr"):
        rendered = Template('{% load l10n %}<input value="{{ pk|unlocalize }}">{{ pk }}').render(Context({"pk": 1389}))
    assert rendered.startswith('<input value="1389">') and rendered != '<input value="1389">1389'
