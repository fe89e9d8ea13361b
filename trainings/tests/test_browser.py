"""End-to-end in Chromium: register, confirmation, cancel by the management link, promotion; axe on every page."""

import re

import pytest
from django.utils import timezone

from core.testing import delivered_mail
from trainings.tests.factories import RegistrationFactory, SessionFactory, TrainingFactory, in_days

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_registration(page, first, last, email):
    page.locator("#id_first_name").fill(first)
    page.locator("#id_last_name").fill(last)
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("J'accepte que ces informations servent à organiser cette session").check()


def test_register_confirm_cancel_and_promote(live_server, new_page, accessible):
    session = SessionFactory(capacity=1, online=True)
    page = new_page("phone")
    page.goto(f"{live_server.url}{session.get_absolute_url()}")
    accessible(page)
    fill_registration(page, "Camille", "Durand", "camille@example.org")
    page.get_by_role("button", name="S'inscrire").click()
    page.get_by_role("heading", name="Votre inscription est confirmée").wait_for()
    accessible(page)

    other = new_page("desktop")
    other.goto(f"{live_server.url}{session.get_absolute_url()}")
    fill_registration(other, "Dominique", "Petit", "dominique@example.org")
    other.get_by_role("button", name="Rejoindre la liste d'attente").click()
    other.get_by_text("rang 1").wait_for()
    accessible(other)

    manage_url = re.search(r"https?://\S+/formations/inscription/\S+/", delivered_mail()[0].body).group(0)
    path = manage_url.split("/formations/", 1)[1]
    page.goto(f"{live_server.url}/formations/{path}")
    page.get_by_text("salle-secrete").first.wait_for()
    accessible(page)
    page.get_by_role("button", name="Annuler mon inscription").click()
    page.get_by_text("Votre inscription est annulée").wait_for()
    accessible(page)
    promoted = [m for m in delivered_mail() if m.to == ["dominique@example.org"] and "place s'est libérée" in m.subject]
    assert len(promoted) == 1
    assert any(name.endswith(".ics") for name, *_ in promoted[0].attachments)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_public_page_type_is_accessible(live_server, new_page, accessible, viewport):
    training = TrainingFactory(title="Le numérique libre pour les associations")
    session = SessionFactory(training=training, capacity=1, start=in_days(2))
    RegistrationFactory(session=session)
    RegistrationFactory(session=session, waitlisted=True)
    SessionFactory(training=training, past=True)
    SessionFactory(training=training, cancelled=True, start=in_days(4))
    today = timezone.localdate()
    page = new_page(viewport)
    for path in [
        "/formations/",
        "/formations/?format=remote&public=zzz",
        f"/formations/calendrier/{today.year}/{today.month}/",
        "/formations/archives/",
        training.get_absolute_url(),
        session.get_absolute_url(),
    ]:
        page.goto(f"{live_server.url}{path}")
        accessible(page)
    # The registration form with errors.
    page.goto(f"{live_server.url}{session.get_absolute_url()}")
    page.get_by_label("Courriel").fill("pas-une-adresse")
    page.get_by_role("button", name="Rejoindre la liste d'attente").click()
    page.locator("#error-summary").wait_for()
    accessible(page)


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_coordinator_page_type_is_accessible(
    live_server, new_page, accessible, login_in_browser, coordinator, viewport
):
    session = SessionFactory(capacity=2)
    RegistrationFactory(session=session)
    RegistrationFactory(session=session)
    RegistrationFactory(session=session, waitlisted=True)
    past = SessionFactory(past=True)
    RegistrationFactory(session=past)
    page = new_page(viewport)
    login_in_browser(page, "coord", "motdepasse-coord")
    page.wait_for_url(re.compile(r".*/(?!compte/login).*"))
    for path in [
        "/formations/gestion/",
        "/formations/gestion/sessions/nouvelle/",
        f"/formations/gestion/sessions/{session.pk}/modifier/",
        f"/formations/gestion/sessions/{session.pk}/dupliquer/",
        f"/formations/gestion/sessions/{session.pk}/annuler/",
        f"/formations/gestion/sessions/{session.pk}/inscrits/",
        f"/formations/gestion/sessions/{session.pk}/inscrire/",
        f"/formations/gestion/sessions/{session.pk}/historique/",
        f"/formations/gestion/sessions/{past.pk}/presences/",
        f"/formations/gestion/sessions/{past.pk}/emargement/",
    ]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        accessible(page)
    # A form with errors.
    page.goto(f"{live_server.url}/formations/gestion/sessions/{session.pk}/annuler/")
    page.get_by_role("button", name="Annuler la session et prévenir les inscrits").click()
    page.locator("#error-summary").wait_for()
    accessible(page)
