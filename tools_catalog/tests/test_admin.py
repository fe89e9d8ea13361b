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

MODELS = ["need", "hoster", "tool", "proprietaryproduct", "equivalence", "guide", "hostedoffer"]


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
        "hostedoffer": equivalence.tool.offers.get(),
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
        "maintenance_status": "active",
        "privacy_notes": "",
        "offers-TOTAL_FORMS": "0",
        "offers-INITIAL_FORMS": "0",
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
        "equivalences-0-is_published": "on",
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
            "maintenance_status": "active",
            "offers-TOTAL_FORMS": "0",
            "offers-INITIAL_FORMS": "0",
            "equivalences-TOTAL_FORMS": "0",
            "equivalences-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "n&#x27;est pas un identifiant de licence SPDX reconnu" in response.content.decode()
    assert not Tool.objects.filter(slug="x").exists()


def tool_form_data(tool, **changes):
    data = {
        "name": tool.name,
        "slug": tool.slug,
        "summary": tool.summary,
        "description": tool.description,
        "is_published": "on",
        "licence": tool.licence,
        "licence_evidence_url": tool.licence_evidence_url,
        "licence_checked_on": tool.licence_checked_on.isoformat() if tool.licence_checked_on else "",
        "licence_checked_by": tool.licence_checked_by,
        "maintenance_status": tool.maintenance_status,
        "access": tool.access,
        "platforms": '["web"]',
        "cost_model": tool.cost_model,
        "ease": tool.ease,
        "available_in_french": "on",
        "website": tool.website,
        "source_url": tool.source_url,
        "tags": "",
        "privacy_notes": "",
        "offers-TOTAL_FORMS": "0",
        "offers-INITIAL_FORMS": "0",
        "equivalences-TOTAL_FORMS": "0",
        "equivalences-INITIAL_FORMS": "0",
    }
    data.update(changes)
    return data


@pytest.fixture
def staff_coordinator(client, coordinator):
    coordinator.is_staff = True
    coordinator.first_name, coordinator.last_name = "Camille", "Martin"
    coordinator.save()
    client.force_login(coordinator)
    return coordinator


def test_admin_refuses_redundant_licence_expressions_in_french(client, staff_coordinator):
    tool = ToolFactory(name="GnuCash", slug="gnucash")
    url = reverse("admin:tools_catalog_tool_change", args=[tool.pk])
    response = client.post(url, tool_form_data(tool, licence="GPL-2.0-or-later OR GPL-3.0-or-later"))
    assert response.status_code == 200
    assert "est redondant : GPL-2.0-or-later permet déjà GPL-3.0-or-later" in response.content.decode()
    tool.refresh_from_db()
    assert tool.licence == "AGPL-3.0-or-later"


def test_changing_the_licence_with_its_evidence_dates_the_check(client, staff_coordinator):
    from django.utils import timezone

    tool = ToolFactory(name="GnuCash", slug="gnucash")
    url = reverse("admin:tools_catalog_tool_change", args=[tool.pk])
    evidence = "https://github.com/Gnucash/gnucash/blob/stable/LICENSE"
    response = client.post(url, tool_form_data(tool, licence="GPL-2.0-only", licence_evidence_url=evidence))
    assert response.status_code == 302
    tool.refresh_from_db()
    assert (tool.licence, tool.licence_evidence_url) == ("GPL-2.0-only", evidence)
    assert tool.licence_checked_on == timezone.localdate()
    assert tool.licence_checked_by == "Camille Martin"
    # A check date needs its evidence: no evidence, a French error next to the field.
    response = client.post(url, tool_form_data(tool, licence_evidence_url="", licence_checked_on="2026-01-05"))
    assert response.status_code == 200
    assert "Indiquez la preuve vérifiée" in response.content.decode()


def test_admin_distribution_licence_and_maintenance_rules(client, staff_coordinator):
    tool = ToolFactory(name="Debian", slug="debian")
    url = reverse("admin:tools_catalog_tool_change", args=[tool.pk])
    response = client.post(url, tool_form_data(tool, licence="distribution : nombreuses licences libres"))
    assert response.status_code == 302
    response = client.post(url, tool_form_data(tool, maintenance_status="frozen"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Indiquez depuis quand" in html and "Dites pourquoi, et ce qu&#x27;il faut utiliser à la place." in html


def test_admin_offers_inline_and_mark_checked_action(client, staff_coordinator):
    from django.utils import timezone

    from tools_catalog.models import HostedOffer

    hoster = HosterFactory(name="Framasoft", chatons=True)
    tool = ToolFactory(name="Framaforms", slug="framaforms", hosters=[hoster])
    offer = tool.offers.get()
    url = reverse("admin:tools_catalog_tool_change", args=[tool.pk])
    data = tool_form_data(
        tool,
        **{
            "offers-TOTAL_FORMS": "1",
            "offers-INITIAL_FORMS": "1",
            "offers-0-id": offer.pk,
            "offers-0-tool": tool.pk,
            "offers-0-hoster": hoster.pk,
            "offers-0-position": "100",
            "offers-0-status": "frozen",
            "offers-0-status_since": "2021-07-01",
            "offers-0-status_note": "Yakforms ne reçoit plus de développement ; Drupal 7 est en fin de vie.",
            "offers-0-evidence_url": "https://framaforms.org/",
            "offers-0-conditions": "Gratuit, sans publicité",
        },
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["inline_admin_formsets"][0].formset.errors
    offer.refresh_from_db()
    assert offer.status == "frozen" and offer.conditions == "Gratuit, sans publicité"

    changelist = reverse("admin:tools_catalog_hostedoffer_changelist")
    other = HostedOffer.objects.create(tool=ToolFactory(), hoster=HosterFactory())  # no source
    response = client.post(
        changelist, {"action": "mark_checked", "_selected_action": [offer.pk, other.pk]}, follow=True
    )
    offer.refresh_from_db()
    assert offer.checked_on == timezone.localdate() and offer.checked_by == "Camille Martin"
    html = response.content.decode()
    assert "1 élément(s) marqué(s)" in html and "n&#x27;a pas de source" in html


def test_reports_and_words_are_read_only_in_the_admin(client, staff_coordinator):
    from tools_catalog.models import CatalogueReport

    report = CatalogueReport.objects.create(tool=ToolFactory(), message="Licence fausse.")
    assert client.get(reverse("admin:tools_catalog_cataloguereport_changelist")).status_code == 200
    assert client.get(reverse("admin:tools_catalog_cataloguereport_change", args=[report.pk])).status_code == 200
    assert client.get(reverse("admin:tools_catalog_cataloguereport_add")).status_code == 403
    assert client.get(reverse("admin:tools_catalog_searchword_changelist") + "?q=outil").status_code == 200
