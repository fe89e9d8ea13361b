"""The dumpdata/loaddata round trip of docs/deployment.md restores all content."""

import json
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command

pytestmark = pytest.mark.django_db(transaction=True)

EXCLUDE = ["contenttypes", "auth.permission", "sessions", "axes", "admin.logentry", "auditlog"]
CONTENT_APPS = {"tools_catalog", "actors", "trainings", "surveys", "taggit", "auth"}


def content_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in CONTENT_APPS and model._meta.label != "auth.Permission"
    }


def test_dumpdata_loaddata_round_trip_restores_all_content(tmp_path, settings):
    settings.DEBUG = True  # demo_data (fictional sessions and answers on top of the seed) refuses otherwise
    call_command("demo_data", stdout=StringIO())
    settings.DEBUG = False
    before = content_counts()
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
