"""In Chromium, as a coordinator on a desktop: create a module and a session of it, then record the
attendance of a past session from the sessions list; axe on every page. The anonymous feedback page too."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from trainings import services
from trainings.models import FeedbackResponse, Registration, Session, Training
from trainings.tests.factories import RegistrationFactory, SessionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_coordinator_creates_a_module_and_a_session_and_records_a_past_attendance(
    live_server, page, accessible, coordinator, login_in_browser
):
    past = SessionFactory(past=True)
    came = RegistrationFactory(session=past, first_name="Camille", last_name="Durand")
    login_in_browser(page, "coord", "motdepasse-coord")
    page.wait_for_url(re.compile(r".*/(?!compte/login).*"))

    page.goto(f"{live_server.url}/formations/gestion/")
    page.get_by_role("heading", name="Suivi des inscriptions").wait_for()
    accessible(page)
    page.get_by_role("link", name="Modules de formation").click()
    page.get_by_role("heading", name="Modules de formation").wait_for()
    accessible(page)
    page.get_by_role("link", name="Créer un module").click()
    page.get_by_role("heading", name="Créer un module de formation").wait_for()
    page.get_by_role("button", name="Enregistrer").click()  # empty: errors first
    page.locator("#error-summary").wait_for()
    accessible(page)
    page.get_by_label("Titre").fill("Bien choisir sa visio")
    page.get_by_label("Résumé").fill("Comparer les outils de visioconférence libres.")
    page.get_by_label("Durée").fill("3 heures")
    page.get_by_label("Ressources (Markdown)").fill("- <https://exemple.org/fiche.pdf>")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("Enregistré : le module « Bien choisir sa visio » est créé.").wait_for()
    accessible(page)
    training = Training.objects.get(title="Bien choisir sa visio")
    assert training.slug == "bien-choisir-sa-visio"

    page.get_by_role("link", name="Créer une session de ce module").click()
    page.get_by_role("heading", name="Créer une session").wait_for()
    start = timezone.localtime() + timedelta(days=20)
    page.locator("#id_start").fill(f"{start:%Y-%m-%d}T14:00")
    page.locator("#id_end").fill(f"{start:%Y-%m-%d}T17:00")
    page.get_by_label("Nombre de places").fill("12")
    page.get_by_role("button", name="Enregistrer").click()
    page.get_by_text("La session est créée").wait_for()
    assert Session.objects.filter(training=training).count() == 1

    page.goto(f"{live_server.url}/formations/gestion/")
    page.get_by_role("link", name="Passées").click()
    page.get_by_role("cell", name=past.training.title).wait_for()
    accessible(page)
    page.get_by_role("link", name=re.compile(r"^Noter les présences")).click()
    page.get_by_role("heading", name=re.compile("Présences à la session")).wait_for()
    accessible(page)
    page.get_by_role("group", name="Camille Durand").get_by_label("Présente").check()
    page.get_by_role("button", name="Enregistrer les présences").click()
    page.get_by_text("Présences enregistrées (1 changement).").wait_for()
    assert Registration.objects.get(pk=came.pk).status == Registration.Status.ATTENDED

    for path in [
        f"/formations/gestion/modules/{training.slug}/modifier/",
        f"/formations/gestion/modules/{training.slug}/historique/",
        "/formations/gestion/?periode=annulees",
    ]:
        assert page.goto(f"{live_server.url}{path}").status == 200, path
        accessible(page)


def test_the_anonymous_feedback_page_on_a_phone(live_server, new_page, accessible):
    session = SessionFactory(start=timezone.now() - timedelta(hours=5))
    page = new_page("phone")
    url = f"{live_server.url}/formations/avis/{services.feedback_token(session)}/"
    page.goto(url)
    page.get_by_role("heading", name=re.compile("Votre avis")).wait_for()
    accessible(page)
    page.get_by_role("button", name="Envoyer mon avis").click()
    page.locator("#error-summary").wait_for()
    accessible(page)
    page.get_by_label("4", exact=True).check()
    page.get_by_label("Qu'allez-vous utiliser dans votre travail ?").fill("Le tableur partagé")
    page.get_by_role("button", name="Envoyer mon avis").click()
    page.get_by_role("heading", name="Merci pour votre avis").wait_for()
    accessible(page)
    assert FeedbackResponse.objects.get().usefulness == 4
