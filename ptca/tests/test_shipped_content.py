"""/coordination/contenu-livre/: a release's changes to content edited here, both versions side by side,
and the coordinator's explicit choice (the same code path as seed_content --take-upstream / --keep-local)."""

import copy
import logging
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from core.models import SeedRecord
from core.testing import count_queries
from tools_catalog import content as catalogue
from tools_catalog.models import Tool

pytestmark = pytest.mark.django_db

URL = "/coordination/contenu-livre/"


def seed(*args):
    call_command("seed_content", *args, stdout=StringIO())


def release(monkeypatch, changes):
    """A new release where each tool slug of `changes` ships a new summary."""
    tools = copy.deepcopy(catalogue.TOOLS)
    for item in tools:
        if item["slug"] in changes:
            item["summary"] = changes[item["slug"]]
    monkeypatch.setattr(catalogue, "TOOLS", tools)


@pytest.fixture
def conflict(monkeypatch):
    seed()
    Tool.objects.filter(slug="jitsi-meet").update(summary="Résumé d'ici.")
    release(monkeypatch, {"jitsi-meet": "Résumé livré."})


def test_the_page_is_for_coordinators_only(advisor, coordinator):
    anonymous, advisor_client, coordinator_client = Client(), Client(), Client()
    advisor_client.force_login(advisor)
    coordinator_client.force_login(coordinator)
    assert reverse("seed_content") == URL
    response = anonymous.get(URL)
    assert response.status_code == 302 and "/compte/login/" in response["Location"]
    assert advisor_client.get(URL).status_code == 403
    assert coordinator_client.get(URL).status_code == 200
    choose = reverse("seed_content_choose")
    assert anonymous.post(choose, {"entree": "outil:jitsi-meet", "choix": "prendre"}).status_code == 302
    assert advisor_client.post(choose, {"entree": "outil:jitsi-meet", "choix": "prendre"}).status_code == 403
    assert coordinator_client.get(choose).status_code == 405


def test_a_conflict_shows_both_versions_and_taking_upstream_applies_it(coordinator_client, conflict, caplog):
    html = coordinator_client.get(URL).content.decode()
    assert "Modifiées ici et dans la version livrée (1)" in html
    assert "Résumé d&#x27;ici." in html and "Résumé livré." in html
    assert "Garder la version d'ici" in html and "Prendre la version livrée" in html
    with caplog.at_level(logging.INFO, logger="ptca.seed"):
        response = coordinator_client.post(
            reverse("seed_content_choose"), {"entree": "outil:jitsi-meet", "choix": "prendre"}, follow=True
        )
    assert "Version livrée prise pour" in response.content.decode()
    assert Tool.objects.get(slug="jitsi-meet").summary == "Résumé livré."
    assert SeedRecord.objects.get(key="jitsi-meet").status == SeedRecord.Status.CURRENT
    assert "Modifiées ici et dans la version livrée (1)" not in response.content.decode()
    assert any("choice=take_upstream entry=outil:jitsi-meet" in r.getMessage() for r in caplog.records)


def test_keeping_here_records_the_choice_and_stops_offering_it(coordinator_client, conflict, caplog):
    with caplog.at_level(logging.INFO, logger="ptca.seed"):
        response = coordinator_client.post(
            reverse("seed_content_choose"), {"entree": "outil:jitsi-meet", "choix": "garder"}, follow=True
        )
    assert "Version d&#x27;ici gardée" in response.content.decode()
    assert Tool.objects.get(slug="jitsi-meet").summary == "Résumé d'ici."
    record = SeedRecord.objects.get(key="jitsi-meet")
    assert record.status == SeedRecord.Status.CURRENT and record.shipped["summary"] == "Résumé livré."
    assert "Modifiées ici et dans la version livrée (0)" in coordinator_client.get(URL).content.decode()
    assert any("choice=keep_local entry=outil:jitsi-meet" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entree": "outil:jitsi-meet", "choix": "effacer"}, "Choix inconnu"),
        ({"entree": "outil:inconnu", "choix": "prendre"}, "n&#x27;attend plus de choix"),
        ({"entree": "", "choix": "garder"}, "n&#x27;attend plus de choix"),
    ],
)
def test_a_bad_or_stale_choice_changes_nothing(coordinator_client, conflict, data, message):
    response = coordinator_client.post(reverse("seed_content_choose"), data, follow=True)
    assert response.status_code == 200 and message in response.content.decode()
    assert Tool.objects.get(slug="jitsi-meet").summary == "Résumé d'ici."
    assert SeedRecord.objects.get(key="jitsi-meet").shipped["summary"] != "Résumé livré."
    assert "Modifiées ici et dans la version livrée (1)" in coordinator_client.get(URL).content.decode()


def test_an_upstream_change_not_edited_here_is_listed_and_can_be_taken(coordinator_client, monkeypatch):
    seed()
    release(monkeypatch, {"nextcloud": "Nouveau résumé livré."})
    html = coordinator_client.get(URL).content.decode()
    assert "Mises à jour livrées, pas encore appliquées (1)" in html and "Nouveau résumé livré." in html
    coordinator_client.post(reverse("seed_content_choose"), {"entree": "outil:nextcloud", "choix": "prendre"})
    assert Tool.objects.get(slug="nextcloud").summary == "Nouveau résumé livré."


def test_the_page_runs_the_same_queries_whatever_the_number_of_conflicts(coordinator_client, monkeypatch):
    seed()
    slugs = [item["slug"] for item in catalogue.TOOLS]

    def page():
        assert coordinator_client.get(URL).status_code == 200

    Tool.objects.filter(slug=slugs[0]).update(summary="Ici.")
    release(monkeypatch, {slugs[0]: "Livré."})
    small = count_queries(page)
    Tool.objects.filter(slug__in=slugs[:8]).update(summary="Ici.")
    release(monkeypatch, dict.fromkeys(slugs[:8], "Livré."))
    assert "(8)" in coordinator_client.get(URL).content.decode()
    assert count_queries(page) == small


def test_the_coordination_space_lists_the_conflicts_of_the_last_run(coordinator_client, conflict, advisor):
    assert "Contenu livré à arbitrer" not in coordinator_client.get(reverse("coordination")).content.decode()
    seed()  # the release's run records the conflict
    html = coordinator_client.get(reverse("coordination")).content.decode()
    assert "Contenu livré à arbitrer" in html and "1 fiche modifiée ici" in html
    coordinator_client.post(reverse("seed_content_choose"), {"entree": "outil:jitsi-meet", "choix": "garder"})
    assert "Contenu livré à arbitrer" not in coordinator_client.get(reverse("coordination")).content.decode()
