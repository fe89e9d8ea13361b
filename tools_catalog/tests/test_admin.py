import pytest
from auditlog.models import LogEntry
from django.urls import reverse

from tools_catalog.models import Equivalence, Tool
from tools_catalog.tests.factories import (
    EquivalenceFactory,
    GuideFactory,
    HosterFactory,
    NeedFactory,
    ProprietaryProductFactory,
    ToolFactory,
)

pytestmark = pytest.mark.django_db

MODELS = ["need", "hoster", "tool", "proprietaryproduct", "equivalence", "guide"]


@pytest.fixture
def objects():
    equivalence = EquivalenceFactory(tool=ToolFactory(needs=[NeedFactory()], hosters=[HosterFactory()]))
    return {
        "need": equivalence.tool.needs.get(),
        "hoster": equivalence.tool.hosters.get(),
        "tool": equivalence.tool,
        "proprietaryproduct": equivalence.product,
        "equivalence": equivalence,
        "guide": GuideFactory(),
    }


@pytest.mark.parametrize("model", MODELS)
def test_admin_pages_for_coordinators_only(client, coordinator, advisor, objects, model):
    obj = objects[model]
    urls = [
        reverse(f"admin:tools_catalog_{model}_changelist") + "?q=a",
        reverse(f"admin:tools_catalog_{model}_add"),
        reverse(f"admin:tools_catalog_{model}_change", args=[obj.pk]),
        reverse(f"admin:tools_catalog_{model}_auditlog", args=[obj.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(advisor)
    for url in urls:
        response = client.get(url)  # not staff: the admin sends to its own login page
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login") + "?next="), url
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_autocomplete_of_products_and_tools(client, coordinator):
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    ProprietaryProductFactory(zoom=True)
    ToolFactory(jitsi=True)
    url = reverse("admin:autocomplete")
    for model, term, expected in [("equivalence", "zoo", "Zoom"), ("equivalence", "jits", "Jitsi Meet")]:
        field = "product" if expected == "Zoom" else "tool"
        response = client.get(
            url, {"app_label": "tools_catalog", "model_name": model, "field_name": field, "term": term}
        )
        assert [item["text"] for item in response.json()["results"]] == [expected]


def test_admin_history_records_changes_tags_and_m2m(client, coordinator):
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    need = NeedFactory(name="Visioconférence")
    product = ProprietaryProductFactory(zoom=True)
    tool = ToolFactory(jitsi=True)
    url = reverse("admin:tools_catalog_tool_change", args=[tool.pk])
    data = {
        "name": "Jitsi Meet",
        "slug": "jitsi-meet",
        "summary": "Visio sans compte, dans le navigateur.",
        "description": "",
        "is_published": "on",
        "licence": "Apache-2.0",
        "access": "online",
        "platforms": '["web", "android"]',
        "cost_model": "free",
        "ease": "easy",
        "available_in_french": "on",
        "website": "https://jitsi.org/",
        "source_url": "",
        "needs": [need.pk],
        "tags": "visio, réunion",
        "hosters": [],
        "privacy_notes": "",
        "equivalences-TOTAL_FORMS": "1",
        "equivalences-INITIAL_FORMS": "0",
        "equivalences-MIN_NUM_FORMS": "0",
        "equivalences-MAX_NUM_FORMS": "1000",
        "equivalences-0-product": product.pk,
        "equivalences-0-coverage": "full",
        "equivalences-0-migration_effort": "low",
        "equivalences-0-losses": "Pas de webinaire.",
        "equivalences-0-gains": "Pas de compte.",
        "equivalences-0-migration_steps": "1. Créez un salon.",
        "equivalences-0-cost_note": "",
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    tool.refresh_from_db()
    assert tool.summary == "Visio sans compte, dans le navigateur."
    assert Equivalence.objects.filter(tool=tool, product=product).exists()
    assert "zoom" in tool.search_text and "visioconference" in tool.search_text and "reunion" in tool.search_text

    entries = LogEntry.objects.get_for_object(tool)
    update = entries.filter(action=LogEntry.Action.UPDATE).order_by("timestamp")
    changed_fields = set()
    for entry in update:
        changed_fields |= set(entry.changes_dict)
        assert entry.actor == coordinator
    assert {"summary", "needs", "tags"} <= changed_fields
    tags_entry = next(entry for entry in update if "tags" in entry.changes_dict)
    assert set(tags_entry.changes_dict["tags"]["objects"]) == {"visio", "réunion"}
    assert LogEntry.objects.get_for_model(Equivalence).filter(action=LogEntry.Action.CREATE).count() == 1

    history = client.get(reverse("admin:tools_catalog_tool_auditlog", args=[tool.pk]))
    assert history.status_code == 200
    html = history.content.decode()
    assert "Résumé en une ligne" in html and "Visio sans compte, dans le navigateur." in html
    assert coordinator.username in html


def test_admin_refuses_unknown_licence_in_french(client, coordinator):
    coordinator.is_staff = True
    coordinator.save()
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:tools_catalog_tool_add"),
        {
            "name": "X",
            "slug": "x",
            "summary": "x",
            "licence": "gpl",
            "access": "online",
            "platforms": '["web"]',
            "cost_model": "free",
            "ease": "easy",
            "equivalences-TOTAL_FORMS": "0",
            "equivalences-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "n&#x27;est pas un identifiant de licence SPDX reconnu" in response.content.decode()
    assert not Tool.objects.filter(slug="x").exists()
