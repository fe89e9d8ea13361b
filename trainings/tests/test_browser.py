"""End-to-end in Chromium: register, confirm by the e-mailed link, cancel (after a confirmation page), expiry and
promotion; axe on every page."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.testing import delivered_mail
from trainings.models import Registration
from trainings.tests.factories import RegistrationFactory, SessionFactory, TrainingFactory, in_days

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def fill_registration(page, first, last, email):
    page.locator("#id_first_name").fill(first)
    page.locator("#id_last_name").fill(last)
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("J'accepte que ces informations servent à organiser cette session").check()


def emailed_link(live_server, address, subject_start="[Formation] Confirmez"):
    """The personal link of the last e-mail to `address`, read from the outbox, on the test server."""
    message = [m for m in delivered_mail() if m.to == [address] and m.subject.startswith(subject_start)][-1]
    path = re.search(r"https?://[^/\s]+(/formations/inscription/\S+/)", message.body).group(1)
    return f"{live_server.url}{path}"


def test_register_on_a_phone_open_the_emailed_link_confirm_then_cancel_and_promote(live_server, new_page, accessible):
    session = SessionFactory(capacity=1, online=True)
    page = new_page("phone")
    page.goto(f"{live_server.url}{session.get_absolute_url()}")
    accessible(page)
    fill_registration(page, "Camille", "Durand", "camille@example.org")
    page.get_by_role("button", name="S'inscrire").click()
    page.get_by_role("heading", name="Vérifiez votre messagerie").wait_for()
    accessible(page)
    assert "/formations/inscription/" not in page.content() and "salle-secrete" not in page.content()

    page.goto(emailed_link(live_server, "camille@example.org"))
    page.get_by_role("heading", name="Confirmer mon inscription").wait_for()
    accessible(page)
    page.get_by_role("button", name="Confirmer mon inscription").click()
    page.get_by_text("Votre inscription est confirmée").wait_for()
    accessible(page)
    assert Registration.objects.get(email="camille@example.org").status == Registration.Status.CONFIRMED
    confirmation = [m for m in delivered_mail() if "Inscription confirmée" in m.subject]
    assert len(confirmation) == 1 and "salle-secrete" in confirmation[0].body

    other = new_page("desktop")
    other.goto(f"{live_server.url}{session.get_absolute_url()}")
    fill_registration(other, "Dominique", "Petit", "dominique@example.org")
    other.get_by_role("button", name="Rejoindre la liste d'attente").click()
    other.get_by_role("heading", name="Vérifiez votre messagerie").wait_for()
    other.goto(emailed_link(live_server, "dominique@example.org"))
    other.get_by_role("button", name="Confirmer mon inscription").click()
    other.get_by_text("au rang 1").first.wait_for()
    accessible(other)

    # Cancelling asks first: the link opens a page, only its button cancels.
    page.get_by_role("link", name="Annuler mon inscription").click()
    page.get_by_role("heading", name="Annuler mon inscription ?").wait_for()
    accessible(page)
    assert Registration.objects.get(email="camille@example.org").status == Registration.Status.CONFIRMED
    page.get_by_role("button", name="Oui, annuler mon inscription").click()
    page.get_by_text("Votre inscription est annulée").wait_for()
    accessible(page)
    promoted = [m for m in delivered_mail() if m.to == ["dominique@example.org"] and "place s'est libérée" in m.subject]
    assert len(promoted) == 1
    assert any(name.endswith(".ics") for name, *_ in promoted[0].attachments)


def test_an_unconfirmed_hold_expires_and_the_next_person_is_promoted(live_server, new_page, accessible):
    session = SessionFactory(capacity=1)
    first, second = new_page("phone"), new_page("phone")
    first.goto(f"{live_server.url}{session.get_absolute_url()}")
    fill_registration(first, "Alix", "Martin", "alix@example.org")
    first.get_by_role("button", name="S'inscrire").click()
    first.get_by_role("heading", name="Vérifiez votre messagerie").wait_for()

    second.goto(f"{live_server.url}{session.get_absolute_url()}")
    second.get_by_text("1 place réservée en attente de confirmation").wait_for()
    fill_registration(second, "Sacha", "Bernard", "sacha@example.org")
    second.get_by_role("button", name="Rejoindre la liste d'attente").click()
    second.get_by_role("heading", name="Vérifiez votre messagerie").wait_for()
    second.goto(emailed_link(live_server, "sacha@example.org"))
    second.get_by_role("button", name="Confirmer mon inscription").click()
    second.get_by_text("au rang 1").first.wait_for()

    # Alix never opens the link: move time past the hold, then the job runs (cron or mail worker).
    Registration.objects.filter(email="alix@example.org").update(hold_expires_at=timezone.now() - timedelta(minutes=1))
    call_command("expire_registration_holds", stdout=StringIO())
    promotion = [m for m in delivered_mail() if m.to == ["sacha@example.org"] and "place s'est libérée" in m.subject]
    assert len(promotion) == 1
    second.goto(emailed_link(live_server, "sacha@example.org", "[Formation] Une place s'est libérée"))
    second.get_by_text("Confirmée", exact=True).wait_for()
    accessible(second)

    first.goto(emailed_link(live_server, "alix@example.org"))
    first.get_by_role("heading", name="Demande expirée").wait_for()
    assert first.get_by_role("button", name="Confirmer mon inscription").count() == 0
    accessible(first)


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
