"""The coordinators' catalogue pages in a browser: axe on every new page, and the journey of issue 15
(sign in, land on the space, add a tool with two platforms and two needs, add an equivalence from a
product by keyboard alone, handle an error report)."""

import pytest

from tools_catalog.models import CatalogueReport, Equivalence, HostedOffer, Tool
from tools_catalog.tests.factories import (
    EquivalenceFactory,
    GuideFactory,
    HosterFactory,
    NeedFactory,
    ProprietaryProductFactory,
    ToolFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_PRESSES = 120


def tab_to(page, label, *, tag=None):
    """Press Tab until the focused element's label or text starts with `label` (keyboard only)."""
    for _ in range(MAX_PRESSES):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
              const el = document.activeElement;
              if (!el) { return null; }
              const text = (el.labels && el.labels.length ? el.labels[0].textContent : el.textContent) || "";
              return {tag: el.tagName.toLowerCase(), text: text.replace(/\\s+/g, " ").trim()};
            }"""
        )
        if focused and focused["text"].startswith(label) and (tag is None or focused["tag"] == tag):
            return
    pytest.fail(f"« {label} » jamais atteint au clavier")


@pytest.fixture
def catalogue(db):
    visio = NeedFactory(visio=True)
    polls = NeedFactory(name="Sondages et dates", slug="sondages")
    for index in range(12):
        NeedFactory(name=f"Autre besoin {index}", slug=f"autre-besoin-{index}")
    HosterFactory(name="Framasoft", chatons=True)
    zoom = ProprietaryProductFactory(zoom=True, needs=[visio])
    jitsi = ToolFactory(name="Jitsi Meet", slug="jitsi-meet", needs=[visio])
    equivalence = EquivalenceFactory(product=zoom, tool=jitsi)
    GuideFactory(title="Le libre en bref", slug="le-libre-en-bref")
    HostedOffer.objects.create(tool=jitsi, hoster=HosterFactory(name="Chaton"))
    return {"visio": visio, "polls": polls, "zoom": zoom, "jitsi": jitsi, "equivalence": equivalence}


def test_every_new_page_is_axe_clean(live_server, page, coordinator, login_in_browser, catalogue, accessible):
    from tools_catalog.manage_views import KINDS

    report = CatalogueReport.objects.create(tool=catalogue["jitsi"], message="La licence a changé.")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("heading", name="Espace coordination").wait_for()
    accessible(page)
    entries = {
        "tool": catalogue["jitsi"],
        "product": catalogue["zoom"],
        "equivalence": catalogue["equivalence"],
        "need": catalogue["visio"],
        "guide": None,
        "hoster": None,
        "offer": HostedOffer.objects.first(),
    }
    for key, kind in KINDS.items():
        entry = entries[key] or kind.model.objects.first()
        for url in (kind.url("list"), kind.url("create"), kind.url("update", entry.pk), kind.url("history", entry.pk)):
            page.goto(live_server.url + url)
            page.locator("h1").wait_for()
            accessible(page)
    # A form with its errors, and the preview.
    page.goto(live_server.url + KINDS["tool"].url("create"))
    page.get_by_role("button", name="Enregistrer").click()
    page.locator("#error-summary").wait_for()
    accessible(page)
    page.goto(live_server.url + KINDS["equivalence"].url("update", catalogue["equivalence"].pk))
    page.get_by_role("button", name="Aperçu").click()
    page.get_by_role("heading", name="Aperçu (rien n'est enregistré)").wait_for()
    accessible(page)
    page.goto(f"{live_server.url}/outils/gestion/signalements/{report.pk}/")
    page.get_by_role("heading", name="Le signalement", exact=True).wait_for()
    accessible(page)


def test_a_stale_form_shows_the_other_values_accessibly(live_server, page, coordinator, login_in_browser, accessible):
    tool = ToolFactory(summary="Avant.")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("heading", name="Espace coordination").wait_for()
    page.goto(f"{live_server.url}/outils/gestion/outils/{tool.pk}/")
    Tool.objects.filter(pk=tool.pk).update(summary="Changé par Paul.")
    page.get_by_label("Résumé en une ligne").fill("Changé par Marie.")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_role("heading", name="Quelqu'un a modifié cette fiche pendant que vous la modifiiez").wait_for()
    assert page.get_by_role("cell", name="Changé par Paul.").is_visible()
    accessible(page)


def test_coordinator_journey(live_server, page, coordinator, login_in_browser, catalogue, accessible):
    report = CatalogueReport.objects.create(
        tool=catalogue["jitsi"], message="Le projet est passé en MPL-2.0.", contact_email="marie@example.org"
    )
    # Sign in, land on the space.
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("heading", name="Espace coordination").wait_for()
    assert page.url == f"{live_server.url}/coordination/"

    # Add a tool with two platforms and two needs; the filter box narrows the long list of needs.
    page.get_by_role("navigation", name="Catalogue des outils").get_by_role("link", name="Outils libres").click()
    page.get_by_role("link", name="Ajouter un outil libre").click()
    page.get_by_role("heading", name="Ajouter un outil libre").wait_for()
    page.locator("#id_name").fill("Framadate")
    page.get_by_label("Résumé en une ligne").fill("Trouver une date de réunion.")
    page.get_by_label("Accès").select_option("online")
    page.get_by_label("Web", exact=True).check()
    page.get_by_label("Android", exact=True).check()
    needs_filter = page.get_by_label("Filtrer la liste").first
    needs_filter.fill("visio")
    assert not page.get_by_label("Autre besoin 3").is_visible()
    page.get_by_label("Visioconférence").check()
    needs_filter.fill("sondage")
    page.get_by_label("Sondages et dates").check()
    needs_filter.fill("")
    page.get_by_text("Choisis (2) : Visioconférence, Sondages et dates").wait_for()
    page.get_by_label("Modèle de coût").select_option("free")
    page.get_by_label("Facilité de prise en main").select_option("easy")
    page.get_by_label("Licence (expression SPDX)").fill("AGPL-3.0-or-later")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Enregistré.").wait_for()
    tool = Tool.objects.get(name="Framadate")
    assert tool.platforms == ["web", "android"]
    assert sorted(need.slug for need in tool.needs.all()) == ["sondages", "visioconference"]
    accessible(page)

    # From the product, add an equivalence by keyboard alone.
    page.goto(f"{live_server.url}/outils/gestion/produits/{catalogue['zoom'].pk}/")
    page.get_by_role("heading", name="Modifier « Zoom »").wait_for()
    tab_to(page, "Ajouter une alternative libre")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Ajouter une équivalence").wait_for()
    tab_to(page, "Outil libre", tag="select")
    page.keyboard.type("Framadate")
    tab_to(page, "Couverture", tag="select")
    page.keyboard.type("Partielle")
    tab_to(page, "Ce que l'association perd", tag="textarea")
    page.keyboard.type("Pas d'**intégration** avec l'agenda.")
    tab_to(page, "Ce que l'association gagne", tag="textarea")
    page.keyboard.type("Aucun compte à créer.")
    tab_to(page, "Effort de migration", tag="select")
    page.keyboard.type("Faible")
    tab_to(page, "Aperçu", tag="button")
    page.keyboard.press("Enter")
    page.get_by_role("heading", name="Aperçu (rien n'est enregistré)").wait_for()
    assert page.locator(".preview__body strong", has_text="intégration").is_visible()
    assert not Equivalence.objects.filter(tool=tool).exists()
    tab_to(page, "Enregistrer", tag="button")
    page.keyboard.press("Enter")
    page.get_by_text("Enregistré.").wait_for()
    equivalence = Equivalence.objects.get(tool=tool)
    assert equivalence.product == catalogue["zoom"] and equivalence.coverage == "partial"
    assert equivalence.migration_effort == "low"

    # Handle the error report from the to-do: correct the entry and close the report in one step.
    page.goto(f"{live_server.url}/coordination/")
    page.get_by_role("link", name="1 signalement d'erreur ou d'alternative à traiter").click()
    page.get_by_role("link", name="Traiter à côté de la fiche").click()
    page.get_by_role("heading", name="Le signalement", exact=True).wait_for()
    assert page.get_by_text("Le projet est passé en MPL-2.0.").is_visible()
    page.get_by_label("Licence (expression SPDX)").fill("MPL-2.0")
    page.get_by_label("Ce qui a été fait (facultatif)").fill("Licence corrigée.")
    page.get_by_role("button", name="Corriger et clore").click()
    page.get_by_text("est corrigé et clos").wait_for()
    report.refresh_from_db()
    catalogue["jitsi"].refresh_from_db()
    assert catalogue["jitsi"].licence == "MPL-2.0"
    assert report.status == CatalogueReport.Status.ACCEPTED and report.contact_email == ""


def test_leaving_a_modified_form_warns_saving_does_not(live_server, page, coordinator, login_in_browser):
    login_in_browser(page, "coord", "motdepasse-coord")
    page.get_by_role("heading", name="Espace coordination").wait_for()
    page.goto(f"{live_server.url}/outils/gestion/besoins/ajouter/")
    page.locator("#id_name").fill("Comptabilité")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.get_by_role("navigation", name="Fil d'Ariane").get_by_role("link", name="Besoins").click()
    for _ in range(50):  # the dialog event comes asynchronously
        if dialogs:
            break
        page.wait_for_timeout(100)
    assert dialogs == ["beforeunload"]
    assert page.url.endswith("/outils/gestion/besoins/ajouter/")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Enregistré.").wait_for()
    assert dialogs == ["beforeunload"]  # no second warning when saving


def test_main_pages_on_a_phone(live_server, new_page, coordinator, catalogue, accessible):
    from django.test import Client

    report = CatalogueReport.objects.create(equivalence=catalogue["equivalence"], message="Étapes dépassées.")
    client = Client()
    client.force_login(coordinator)
    page = new_page("phone")
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    for path in (
        "/coordination/",
        "/outils/gestion/outils/",
        "/outils/gestion/outils/ajouter/",
        f"/outils/gestion/equivalences/{catalogue['equivalence'].pk}/",
        f"/outils/gestion/signalements/{report.pk}/",
    ):
        page.goto(live_server.url + path)
        page.locator("h1").wait_for()
        accessible(page)
        wide = page.evaluate(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > 380"
            " && !e.closest('.table-wrap')).map(e => e.tagName + '.' + e.className).slice(0, 5)"
        )
        assert wide == [], (path, wide)
