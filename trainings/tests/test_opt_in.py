"""Public registrations cannot be flooded nor used as a mail relay (issue 13, item 2).

Double opt-in (a request holds a place until its e-mailed link confirms it, or expires and frees
it), the same answer whatever the address, rate limits per client and per session, a daily cap
of e-mails per address, single-line identity fields, and links sent by e-mail only.
"""

import logging
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core.testing import delivered_mail
from core.validators import SINGLE_LINE_MESSAGE
from trainings import selectors, services
from trainings.models import Registration, Session
from trainings.tests.conftest import registration_data
from trainings.tests.factories import RegistrationFactory, SessionFactory

pytestmark = pytest.mark.django_db

HELD, PENDING, EXPIRED = Registration.Status.HELD, Registration.Status.PENDING, Registration.Status.EXPIRED
CONFIRMED, WAITLISTED = Registration.Status.CONFIRMED, Registration.Status.WAITLISTED


def request(session, email="camille@example.org", **kwargs):
    data = {"first_name": "Camille", "last_name": "Durand", "email": email, "consent": True}
    data.update(kwargs)
    return services.registration_request(session=session, **data)


def places_left(session):
    return Session.objects.with_places_left().get(pk=session.pk).places_left


def expire(*registrations):
    """Move time: the hold ended a minute ago (as if REGISTRATION_HOLD_MINUTES had passed)."""
    Registration.objects.filter(pk__in=[r.pk for r in registrations]).update(
        hold_expires_at=timezone.now() - timedelta(minutes=1)
    )


def links_in(text):
    return re.findall(r"/formations/inscription/[\w-]+/", text)


# Holding a place ----------------------------------------------------------------------------------


def test_a_request_holds_a_place_for_the_configured_time_and_mails_only_a_link(settings):
    settings.REGISTRATION_HOLD_MINUTES = 45
    session = SessionFactory(capacity=2, online=True)
    before = timezone.now()
    result = request(session, first_name="Gagnez", last_name="http://spam.example", organisation="Achetez ici")
    registration = result.registration
    assert result.outcome == "held" and registration.status == HELD
    assert before + timedelta(minutes=45) <= registration.hold_expires_at <= timezone.now() + timedelta(minutes=45)
    assert places_left(session) == 1
    assert session.registrations.taking_a_place().count() == 1
    [message] = delivered_mail()
    assert message.to == ["camille@example.org"]
    assert message.subject.startswith("[Formation] Confirmez votre inscription")
    assert links_in(message.body) == [registration.get_manage_url()]
    # Nothing typed in the form travels in the mail; the online link waits for the confirmation.
    for typed in ["Gagnez", "spam.example", "Achetez"]:
        assert typed not in message.body and typed not in message.subject
    assert "salle-secrete" not in message.body
    assert not message.attachments


def test_confirming_within_the_hold_confirms_and_sends_the_online_link_and_the_ics():
    session = SessionFactory(capacity=1, online=True)
    held = request(session).registration
    request(session, email="autre@example.org")  # full meanwhile: does not take the held place
    result = services.registration_confirm(registration=held)
    assert result.confirmed and result.rank is None
    confirmation = delivered_mail()[-1]
    assert "Inscription confirmée" in confirmation.subject
    assert "https://visio.example.org/salle-secrete" in confirmation.body
    assert any(name.endswith(".ics") for name, *_ in confirmation.attachments)
    # Twice (a double tap): nothing changes, nothing is sent again.
    count = len(delivered_mail())
    assert services.registration_confirm(registration=held).confirmed
    assert len(delivered_mail()) == count


def test_on_a_full_session_a_request_holds_nothing_and_joins_the_queue_when_confirmed_in_that_order(full_session):
    session, confirmed, waiting = full_session
    first = request(session, email="premiere@example.org").registration
    second = request(session, email="seconde@example.org").registration
    assert first.status == second.status == PENDING
    assert "complète" in delivered_mail()[-1].body
    assert session.registrations.waitlisted().count() == 2  # unconfirmed requests are not in the queue
    # The queue counts confirmations: the second one confirms first and passes ahead.
    assert services.registration_confirm(registration=second).rank == 3
    assert services.registration_confirm(registration=first).rank == 4
    assert "rang 4" in delivered_mail()[-1].subject
    for person in [confirmed[0], confirmed[1], waiting[0]]:  # three places freed, one after the other
        services.registration_cancel(registration=person)
    queue = [(r.email, r.waitlist_rank) for r in session.registrations.with_rank().filter(status=WAITLISTED)]
    assert queue == [("premiere@example.org", 1)]
    assert Registration.objects.get(pk=second.pk).status == CONFIRMED


def test_a_confirmed_request_of_a_full_session_takes_a_place_freed_meanwhile():
    session = SessionFactory(capacity=1)
    holder = request(session, email="a@example.org").registration
    late = request(session, email="b@example.org").registration
    assert late.status == PENDING
    services.registration_cancel(registration=holder)  # the held place is free again, nobody waits
    assert services.registration_confirm(registration=late).confirmed


# Expiry ---------------------------------------------------------------------------------------------


def test_an_expired_hold_counts_for_nothing_even_before_the_job_runs():
    session = SessionFactory(capacity=1)
    held = request(session).registration
    assert places_left(session) == 0
    expire(held)
    assert places_left(session) == 1
    assert session.registrations.taking_a_place().count() == 0
    # A new request takes the place at once: it expires the old hold itself, under the lock.
    assert request(session, email="autre@example.org").outcome == "held"
    held.refresh_from_db()
    assert held.status == EXPIRED


def test_expiry_frees_the_places_promotes_the_waiting_list_in_order_and_mails_them():
    session = SessionFactory(capacity=2)
    holds = [request(session, email=f"hold{i}@example.org").registration for i in range(2)]
    waiting = []
    for index in range(3):
        pending = request(session, email=f"attente{index}@example.org").registration
        waiting.append(pending)
    for pending in reversed(waiting):  # confirmed in the reverse order: that is the queue's order
        services.registration_confirm(registration=pending)
    sent = len(delivered_mail())
    expire(*holds)
    out = StringIO()
    call_command("expire_registration_holds", stdout=out)
    assert "2 demande(s) expirée(s), 2 personne(s)" in out.getvalue()
    statuses = {r.pk: r.status for r in session.registrations.all()}
    assert [statuses[r.pk] for r in holds] == [EXPIRED, EXPIRED]
    assert [statuses[r.pk] for r in waiting] == [WAITLISTED, CONFIRMED, CONFIRMED]
    assert Registration.objects.get(pk=waiting[0].pk).compute_waitlist_rank() == 1
    promotions = delivered_mail()[sent:]
    assert [m.to[0] for m in promotions] == ["attente2@example.org", "attente1@example.org"]
    assert all("place s'est libérée" in m.subject for m in promotions)
    # What the expired requests held is erased; their links explain what happened.
    expired = Registration.objects.get(pk=holds[0].pk)
    assert (expired.first_name, expired.last_name, expired.organisation) == ("Demande", "expirée", "")
    assert expired.email.endswith("@anonyme.invalid") and "hold0" not in expired.email
    with pytest.raises(services.RegistrationExpired):
        services.registration_confirm(registration=holds[0])
    # Nothing left to do the second time.
    assert services.registration_holds_expire().expired == 0


def test_an_expired_request_may_be_made_again_with_the_same_address(client):
    session = SessionFactory(capacity=1)
    old = request(session).registration
    expire(old)
    html = client.get(old.get_manage_url()).content.decode()
    assert "Demande expirée" in html and "Confirmer mon inscription" not in html
    response = client.post(reverse("trainings:registration_confirm", args=[old.token]), follow=True)
    assert "pas été confirmée à temps" in response.content.decode()
    new = request(session).registration
    assert new.pk != old.pk and new.status == HELD


def test_a_withdrawn_hold_frees_its_place_at_once_without_a_receipt():
    session = SessionFactory(capacity=1)
    held = request(session).registration
    assert services.registration_cancel(registration=held) == []
    assert places_left(session) == 1
    assert len(delivered_mail()) == 1  # the request only


# The same answer, the owner told by e-mail -------------------------------------------------------


@pytest.mark.parametrize("trait", [{}, {"waitlisted": True}])
def test_an_address_already_registered_gets_the_same_answer_and_its_owner_an_email(client, trait):
    session = SessionFactory(capacity=1, online=True)
    if trait:
        RegistrationFactory(session=session)
    owner = RegistrationFactory(session=session, email="camille.durand@example.org", **trait)
    fresh = client.post(session.get_absolute_url(), registration_data(email="nouvelle@example.org"))
    again = client.post(session.get_absolute_url(), registration_data(first_name="Usurpateur"))
    assert (fresh.status_code, fresh["Location"]) == (again.status_code, again["Location"])
    assert client.get(fresh["Location"]).content == client.get(again["Location"]).content
    owner.refresh_from_db()
    assert owner.first_name != "Usurpateur" and owner.status == (WAITLISTED if trait else CONFIRMED)
    assert session.registrations.filter(email="camille.durand@example.org").count() == 1
    notice = next(m for m in delivered_mail() if m.to == ["camille.durand@example.org"])
    assert "déjà inscrit·e" in notice.subject
    assert owner.get_manage_url() in notice.body and "Usurpateur" not in notice.body
    if trait:
        assert "rang 1" in notice.body


def test_a_new_request_for_an_unconfirmed_address_updates_it_and_sends_the_link_again():
    session = SessionFactory()
    first = request(session, first_name="Camile").registration
    second = request(session, first_name="Camille")
    assert second.outcome == "resent" and second.registration.pk == first.pk
    first.refresh_from_db()
    assert first.first_name == "Camille" and first.hold_expires_at == second.registration.hold_expires_at
    assert [links_in(m.body) for m in delivered_mail()] == [[first.get_manage_url()]] * 2


# Caps and rate limits ----------------------------------------------------------------------------


def test_a_daily_cap_of_emails_per_address_refuses_more_requests_and_sends_nothing(settings):
    settings.REGISTRATION_EMAILS_PER_ADDRESS = 3
    sessions = SessionFactory.create_batch(4)
    for session in sessions[:3]:
        request(session, email="cible@example.org")
    with pytest.raises(services.TooManyEmails) as error:
        request(sessions[3], email="CIBLE@example.org ")
    assert "plusieurs courriels à cette adresse aujourd'hui" in error.value.message
    assert not sessions[3].registrations.exists()
    assert len(delivered_mail()) == 3
    assert request(sessions[3], email="autre@example.org").outcome == "held"  # other addresses are not affected
    # The cache holds a keyed hash, never the address.
    key = services.address_mail_limit()._cache_key(services.address_key("cible@example.org"))
    assert cache.get(key) == 4 and "cible" not in key


def test_coordinators_registering_a_colleague_skip_the_opt_in_and_the_cap(settings, coordinator):
    settings.REGISTRATION_EMAILS_PER_ADDRESS = 1
    session = SessionFactory(capacity=1)
    result = services.registration_create(
        session=session, first_name="Dominique", last_name="Petit", email="d@example.org", consent=True,
        registered_by=coordinator,
    )  # fmt: skip
    assert result.confirmed and result.registration.hold_expires_at is None
    assert "Inscription confirmée" in delivered_mail()[0].subject
    # Facing a request that awaits its confirmation, the coordinator is told so.
    other = SessionFactory()
    request(other, email="e@example.org")
    with pytest.raises(services.AlreadyRegistered) as error:
        services.registration_create(
            session=other, first_name="E", last_name="F", email="e@example.org", consent=True,
            registered_by=coordinator,
        )  # fmt: skip
    assert "en attente de confirmation" in error.value.message


def test_rate_limit_per_client(client, settings):
    settings.REGISTRATION_RATE_LIMIT = (3, 3600)
    session = SessionFactory()
    for index in range(3):
        assert (
            client.post(session.get_absolute_url(), registration_data(email=f"p{index}@example.org")).status_code == 302
        )
    response = client.post(session.get_absolute_url(), registration_data(email="p9@example.org"))
    html = response.content.decode()
    assert response.status_code == 429
    assert "cette connexion en peu de temps" in html and 'value="Durand"' in html
    assert not Registration.objects.filter(email="p9@example.org").exists()
    # Another client is not affected.
    other = client.post(session.get_absolute_url(), registration_data(email="p8@example.org"), REMOTE_ADDR="192.0.2.8")
    assert other.status_code == 302


def test_rate_limit_per_session_from_many_clients(client, settings):
    settings.REGISTRATION_SESSION_RATE_LIMIT = (2, 3600)
    session, elsewhere = SessionFactory(), SessionFactory()
    for index in range(2):
        answer = client.post(
            session.get_absolute_url(), registration_data(email=f"p{index}@example.org"), REMOTE_ADDR=f"192.0.2.{index}"
        )
        assert answer.status_code == 302
    response = client.post(session.get_absolute_url(), registration_data(), REMOTE_ADDR="192.0.2.50")
    assert response.status_code == 429 and "pour cette session en ce moment" in response.content.decode()
    assert session.registrations.count() == 2
    assert client.post(elsewhere.get_absolute_url(), registration_data(), REMOTE_ADDR="192.0.2.50").status_code == 302


def test_the_mail_cap_is_a_french_message_next_to_the_address(client, settings):
    settings.REGISTRATION_EMAILS_PER_ADDRESS = 1
    session = SessionFactory()
    client.post(session.get_absolute_url(), registration_data())
    response = client.post(session.get_absolute_url(), registration_data(first_name="Encore"))
    assert response.status_code == 429
    assert response.context["form"].errors["email"] == [services.TOO_MANY_EMAILS]
    assert len(delivered_mail()) == 1
    assert Registration.objects.get().first_name == "Camille"


def test_refusals_are_logged_without_personal_data(settings, caplog):
    settings.REGISTRATION_EMAILS_PER_ADDRESS = 1
    session = SessionFactory()
    request(session, email="secret.person@example.org")
    with caplog.at_level(logging.INFO, logger="trainings.services"), pytest.raises(services.TooManyEmails):
        request(session, email="secret.person@example.org")
    lines = [r.getMessage() for r in caplog.records if r.name == "trainings.services"]
    assert lines == [f"registration refused: session={session.pk} reason=mail-cap"]


# Single-line identity -----------------------------------------------------------------------------

HOSTILE = ["Camille\nBcc: x@example.org", "Ca\r\nmille", "Ca\tmille", "Ca\x00mille", "Ca\u2028mille", "Ca\u202emille"]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name", ["first_name", "last_name", "organisation", "role"])
def test_identity_fields_refuse_line_breaks_and_control_characters(client, name, value):
    session = SessionFactory()
    response = client.post(session.get_absolute_url(), registration_data(**{name: value}))
    assert response.status_code == 200
    expected = "Le caractère nul n’est pas autorisé." if "\x00" in value else SINGLE_LINE_MESSAGE  # Django's own
    assert response.context["form"].errors[name] == [expected]
    assert 'id="error-summary"' in response.content.decode()
    assert not Registration.objects.exists() and not delivered_mail()


@pytest.mark.parametrize("value", HOSTILE)
def test_the_services_refuse_them_too(value, coordinator):
    session = SessionFactory()
    with pytest.raises(ValidationError) as error:
        request(session, organisation=value)
    assert "organisation" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.registration_create(
            session=session, first_name=value, last_name="D", email="c@example.org", consent=True,
            registered_by=coordinator,
        )  # fmt: skip
    registration = RegistrationFactory(session=session)
    with pytest.raises(ValidationError):
        services.registration_update(registration=registration, fields={"role": value})
    assert not session.registrations.exclude(pk=registration.pk).exists()


def test_ordinary_names_are_accepted():
    session = SessionFactory()
    result = request(session, first_name="Anne-Éloïse", last_name="N'Diaye O’Brien", role="Bénévole · trésorière")
    assert result.registration.last_name == "N'Diaye O’Brien"


# Links only by e-mail -----------------------------------------------------------------------------


def test_no_response_to_a_registration_shows_a_management_or_online_link(client, settings):
    settings.REGISTRATION_EMAILS_PER_ADDRESS = 2
    session = SessionFactory(capacity=1, online=True)
    RegistrationFactory(session=session, email="deja@example.org")
    full = SessionFactory(capacity=1, online=True)
    RegistrationFactory(session=full)
    attempts = [
        (SessionFactory(online=True), registration_data(email="nouvelle@example.org")),  # a place held
        (full, registration_data(email="nouvelle@example.org")),  # full: pending
        (session, registration_data(email="deja@example.org")),  # already registered
        (session, registration_data(email="deja@example.org")),  # again
        (session, registration_data(email="deja@example.org")),  # over the mail cap
        (session, registration_data(email="deja@example.org", first_name="A\nB")),  # refused input
    ]
    for target, data in attempts:
        response = client.post(target.get_absolute_url(), data, follow=True)
        pages = [response.content.decode(), *(url for url, _ in response.redirect_chain)]
        for page in pages:
            assert "salle-secrete" not in page
            assert not links_in(page), links_in(page)
            for token in Registration.objects.values_list("token", flat=True):
                assert token not in page


# Coordinators' pages ------------------------------------------------------------------------------


def test_coordinators_see_held_places_and_requests_but_not_expired_ones(coordinator_client):
    session = SessionFactory(capacity=2)
    RegistrationFactory(session=session, first_name="Confirmée")
    held = request(session, first_name="Réservée").registration
    request(session, email="b@example.org", first_name="Attendue")  # full: pending
    gone = request(SessionFactory(), first_name="Perdue")  # elsewhere
    expire(gone.registration)
    services.registration_holds_expire()
    html = coordinator_client.get(reverse("trainings:session_registrations", args=[session.pk])).content.decode()
    assert "1</strong> place réservée en attente de confirmation" in html
    assert "À confirmer (place réservée)" in html and "À confirmer (liste d&#x27;attente)" in html
    assert [r.first_name for r in selectors.registrations_taking_a_place(session)] == ["Confirmée"]
    assert held.pk in {r.pk for r in selectors.registrations_for_listing(session)}
    assert not selectors.registrations_for_listing(gone.registration.session).exists()


def test_the_capacity_cannot_drop_below_confirmed_and_held_places():
    session = SessionFactory(capacity=3)
    RegistrationFactory(session=session)
    request(session)
    with pytest.raises(services.SessionError) as error:
        services.session_update(session=session, fields={"capacity": 1})
    assert error.value.message == (
        "2 places sont déjà prises, dont 1 réservée en attente de confirmation : la capacité ne peut pas être "
        "inférieure à 2."
    )
    services.session_update(session=session, fields={"capacity": 2})


def test_a_cancelled_session_cannot_be_confirmed_and_its_requests_get_no_mail():
    session = SessionFactory(capacity=2)
    held = request(session).registration
    notified = services.session_cancel(session=session, message="Salle indisponible.")
    assert notified == []
    with pytest.raises(services.RegistrationClosed):
        services.registration_confirm(registration=held)


def test_the_job_numbers_people_the_previous_release_put_on_the_waiting_list(full_session):
    """An upgrade without downtime: between `migrate` and the restart, the old code adds waiting
    people without a queue number; the next run of the job gives them one, in their order."""
    session, confirmed, waiting = full_session
    late = [RegistrationFactory(session=session, waitlisted=True) for _ in range(2)]
    Registration.objects.filter(pk__in=[r.pk for r in late]).update(queue_number=None)
    assert Registration.objects.get(pk=late[0].pk).compute_waitlist_rank() is None
    services.registration_holds_expire()
    assert [Registration.objects.get(pk=r.pk).compute_waitlist_rank() for r in late] == [3, 4]


def test_the_mail_worker_expires_holds_through_its_registered_job():
    from core import jobs
    from trainings import services

    function, every = jobs.registered()["trainings.registration_holds"]
    assert function is services.registration_holds_expire
    assert every <= 300
