"""Browser: a coordinator manages the kinds of service, looks a commune up and chooses between a local
edit and the shipped version, keyboard only for the service form; axe on every page."""

import copy
from io import StringIO

import pytest
from django.core.management import call_command

from actors.tests.factories import CommuneFactory
from tools_catalog import content as catalogue
from tools_catalog.models import Tool

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reference_lists_and_shipped_content(
    live_server, new_page, accessible, login_in_browser, coordinator, monkeypatch
):
    call_command("seed_content", stdout=StringIO())
    Tool.objects.filter(slug="jitsi-meet").update(summary="Résumé d'ici.")
    tools = copy.deepcopy(catalogue.TOOLS)
    next(item for item in tools if item["slug"] == "jitsi-meet")["summary"] = "Résumé livré."
    monkeypatch.setattr(catalogue, "TOOLS", tools)
    CommuneFactory(
        name="Beaulieu-lès-Loches", insee_code="37020", postal_code="37600", epci_name="CC Loches Sud Touraine"
    )

    page = new_page("desktop")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("heading", name="Espace coordination").wait_for()
    page.get_by_role("link", name="Services proposés").click()
    page.get_by_role("heading", name="Services proposés par les acteurs").wait_for()
    accessible(page)

    # Keyboard only: open the form, submit it empty, read the error, fill it in.
    page.get_by_role("link", name="Ajouter un service").focus()
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Ajouter un service").wait_for()
    page.get_by_label("Nom").focus()
    page.keyboard.press("Enter")
    page.get_by_text("Une erreur empêche l'enregistrement").wait_for()
    accessible(page)
    page.get_by_label("Nom").focus()
    page.keyboard.type("Aide aux démarches en ligne")
    page.keyboard.press("Enter")
    page.get_by_text("Service « Aide aux démarches en ligne » enregistré.").wait_for()
    assert "aide-aux-demarches-en-ligne" in page.locator("table").inner_text()

    page.goto(f"{live_server.url}/acteurs/communes/")
    page.get_by_label("Nom ou code postal").fill("beaulieu les")
    page.get_by_label("Nom ou code postal").press("Enter")
    page.get_by_text("pour « beaulieu les »").wait_for()
    assert "CC Loches Sud Touraine" in page.locator("table").inner_text()
    accessible(page)

    page.goto(f"{live_server.url}/coordination/contenu-livre/")
    page.get_by_role("heading", name="Modifiées ici et dans la version livrée (1)").wait_for()
    accessible(page)
    page.get_by_role("button", name="Prendre la version livrée").first.click()
    page.get_by_text("Version livrée prise pour").wait_for()
    assert Tool.objects.get(slug="jitsi-meet").summary == "Résumé livré."
