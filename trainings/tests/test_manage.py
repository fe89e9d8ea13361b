import csv
import io
from datetime import timedelta

import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from django.utils import timezone

from core.testing import delivered_mail
from trainings.models import Registration, Session
from trainings.tests.conftest import registration_data
from trainings.tests.factories import RegistrationFactory, SessionFactory, TrainingFactory, in_days

pytestmark = pytest.mark.django_db


def local(value):
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


def session_data(training, **overrides):
    start = in_days(20, hour=14)
    data = {
        "training": training.pk,
        "start": local(start),
        "end": local(start + timedelta(hours=3)),
        "status": "planned",
        "venue_name": "Tiers-lieu",
        "address": "2 place Plumereau",
        "online_url": "",
        "capacity": "12",
        "registration_opens_at": "",
        "registration_deadline": "",
    }
    data.update(overrides)
    return data


def coordinator_urls(session, registration):
    return [
        ("get", reverse("trainings:manage_dashboard")),
        ("get", reverse("trainings:session_create")),
        ("get", reverse("trainings:session_update", args=[session.pk])),
        ("get", reverse("trainings:session_duplicate", args=[session.pk])),
        ("get", reverse("trainings:session_cancel", args=[session.pk])),
        ("get", reverse("trainings:session_registrations", args=[session.pk])),
        ("get", reverse("trainings:export_csv", args=[session.pk])),
        ("get", reverse("trainings:registration_add", args=[session.pk])),
        ("get", reverse("trainings:attendance", args=[session.pk])),
        ("get", reverse("trainings:attendance_sheet", args=[session.pk])),
        ("get", reverse("trainings:session_history", args=[session.pk])),
        ("post", reverse("trainings:registration_cancel_by_coordinator", args=[registration.pk])),
    ]


def test_every_coordinator_url_anonymous_is_redirected_to_login(client):
    registration = RegistrationFactory()
    for method, url in coordinator_urls(registration.session, registration):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url


def test_every_coordinator_url_advisor_is_forbidden(advisor_client):
    registration = RegistrationFactory()
    for method, url in coordinator_urls(registration.session, registration):
        assert getattr(advisor_client, method)(url).status_code == 403, url
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"


def test_every_coordinator_url_coordinator_is_allowed(coordinator_client):
    registration = RegistrationFactory()
    for method, url in coordinator_urls(registration.session, registration):
        response = getattr(coordinator_client, method)(url)
        assert response.status_code == (302 if method == "post" else 200), url


def test_registrants_are_shown_to_coordinators_only(client, advisor_client):
    registration = RegistrationFactory(email="secret@example.org")
    assert b"secret@example.org" not in client.get(registration.session.get_absolute_url()).content
    assert b"secret@example.org" not in advisor_client.get(registration.session.get_absolute_url()).content


def test_create_a_session(coordinator_client):
    training = TrainingFactory()
    data = session_data(training)
    response = coordinator_client.post(reverse("trainings:session_create"), data)
    session = Session.objects.get()
    assert response.status_code == 302
    assert (session.capacity, session.venue_name, session.sequence) == (12, "Tiers-lieu", 0)
    assert local(session.start) == data["start"]


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"capacity": "0"}, "capacity", "Il faut au moins une place."),
        ({"capacity": "-3"}, "capacity", "Il faut au moins une place."),
        ({"capacity": "douze"}, "capacity", "Indiquez un nombre entier."),
        ({"end": local(in_days(20, hour=10))}, "end", "La fin doit être après le début."),
        (
            {"registration_deadline": local(in_days(25))},
            "registration_deadline",
            "La date limite d&#x27;inscription doit être avant",
        ),
        (
            {"start": local(in_days(-2)), "end": local(in_days(-2, hour=12))},
            "start",
            "ne peut pas commencer dans le passé",
        ),
        ({"start": "pas une date"}, "start", "Indiquez une date et une heure valides."),
        ({"online_url": "pas une adresse web"}, "online_url", "Indiquez une adresse web complète"),
    ],
)
def test_bad_session_input_gives_french_errors_and_saves_nothing(coordinator_client, overrides, field, message):
    training = TrainingFactory()
    response = coordinator_client.post(reverse("trainings:session_create"), session_data(training, **overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'id="id_{field}"' in html and 'aria-invalid="true"' in html
    assert 'id="error-summary"' in html
    assert 'value="Tiers-lieu"' in html
    assert not Session.objects.exists()


def test_edit_moves_the_session_and_notifies_registrants(coordinator_client, full_session):
    session, confirmed, waiting = full_session
    data = session_data(
        session.training,
        start=local(session.start + timedelta(days=1)),
        end=local(session.end + timedelta(days=1)),
        capacity="2",
    )
    response = coordinator_client.post(reverse("trainings:session_update", args=[session.pk]), data, follow=True)
    assert "4 personnes inscrites prévenues par courriel" in response.content.decode()
    assert Session.objects.get(pk=session.pk).sequence == 1
    assert len(delivered_mail()) == 4


def test_capacity_cannot_go_below_confirmed_people(coordinator_client, full_session):
    session, confirmed, waiting = full_session
    data = session_data(session.training, start=local(session.start), end=local(session.end), capacity="1")
    response = coordinator_client.post(reverse("trainings:session_update", args=[session.pk]), data)
    assert "2 personnes sont déjà confirmées" in response.content.decode()


def test_duplicate_prefills_a_week_later_without_registrations(coordinator_client, full_session):
    session, confirmed, waiting = full_session
    response = coordinator_client.get(reverse("trainings:session_duplicate", args=[session.pk]))
    html = response.content.decode()
    assert local(session.start + timedelta(days=7)) in html
    data = session_data(
        session.training, start=local(session.start + timedelta(days=7)), end=local(session.end + timedelta(days=7))
    )
    response = coordinator_client.post(reverse("trainings:session_duplicate", args=[session.pk]), data)
    assert response.status_code == 302
    copy = Session.objects.exclude(pk=session.pk).get()
    assert copy.registrations.count() == 0


def test_cancel_asks_for_a_message_and_notifies(coordinator_client, full_session):
    session, confirmed, waiting = full_session
    url = reverse("trainings:session_cancel", args=[session.pk])
    response = coordinator_client.post(url, {"message": ""})
    assert "Écrivez un message pour les personnes inscrites." in response.content.decode()
    assert not Session.objects.get(pk=session.pk).is_cancelled
    coordinator_client.post(url, {"message": "Intervenant malade, nouvelle date bientôt."})
    assert Session.objects.get(pk=session.pk).is_cancelled
    assert len(delivered_mail()) == 4
    assert all("Intervenant malade" in message.body for message in delivered_mail())
    # A cancelled session cannot be edited: duplicate it instead.
    response = coordinator_client.get(reverse("trainings:session_update", args=[session.pk]))
    assert response.status_code == 302


def test_register_a_colleague(coordinator_client, coordinator):
    session = SessionFactory(registration_deadline=timezone.now() - timedelta(hours=2))
    data = registration_data()
    data.pop("site_web")
    response = coordinator_client.post(reverse("trainings:registration_add", args=[session.pk]), data)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.registered_by == coordinator
    assert delivered_mail()[0].to == ["camille.durand@example.org"]
    response = coordinator_client.post(reverse("trainings:registration_add", args=[session.pk]), data)
    assert "déjà inscrite" in response.content.decode()
    assert Registration.objects.count() == 1


def test_registrants_page_shows_statuses_and_ranks(coordinator_client, full_session):
    session, confirmed, waiting = full_session
    html = coordinator_client.get(reverse("trainings:session_registrations", args=[session.pk])).content.decode()
    assert confirmed[0].email in html and "rang 2" in html
    assert html.index(confirmed[0].email) < html.index(waiting[0].email) < html.index(waiting[1].email)


def test_coordinator_cancels_a_registration_and_the_waitlist_moves_up(coordinator_client, full_session):
    session, confirmed, waiting = full_session
    response = coordinator_client.post(
        reverse("trainings:registration_cancel_by_coordinator", args=[confirmed[1].pk]), follow=True
    )
    assert "passe de la liste d&#x27;attente aux confirmés" in response.content.decode()
    assert Registration.objects.get(pk=waiting[0].pk).status == "confirmed"


def test_attendance_only_from_the_day_of_the_session(coordinator_client):
    upcoming = RegistrationFactory()
    response = coordinator_client.get(reverse("trainings:attendance", args=[upcoming.session_id]))
    assert "à partir du jour de la session" in response.content.decode()
    done = RegistrationFactory(session=SessionFactory(past=True))
    other = RegistrationFactory(session=done.session)
    url = reverse("trainings:attendance", args=[done.session_id])
    response = coordinator_client.post(url, {f"r{done.pk}": "attended", f"r{other.pk}": "bogus"})
    assert "Choisissez présente, absente ou non renseigné." in response.content.decode()
    assert Registration.objects.get(pk=done.pk).status == "confirmed"  # nothing half-saved
    response = coordinator_client.post(url, {f"r{done.pk}": "attended", f"r{other.pk}": "absent"})
    assert response.status_code == 302
    assert dict(Registration.objects.values_list("pk", "status"))[done.pk] == "attended"


def test_csv_export_has_a_bom_and_neutralised_formulas(coordinator_client):
    registration = RegistrationFactory(last_name='=HYPERLINK("http://x")', organisation="@SUM(A1)", first_name="Zoé")
    response = coordinator_client.get(reverse("trainings:export_csv", args=[registration.session_id]))
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="inscrits-')
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content[1:]), delimiter=";"))
    assert rows[0][0] == "Nom"
    assert rows[1][0].startswith("'=") and rows[1][3] == "'@SUM(A1)" and rows[1][1] == "Zoé"


def test_printable_attendance_sheet_lists_confirmed_people(coordinator_client, full_session):
    session, confirmed, waiting = full_session
    html = coordinator_client.get(reverse("trainings:attendance_sheet", args=[session.pk])).content.decode()
    assert confirmed[0].first_name in html and waiting[0].first_name not in html
    assert "Signature" in html


def test_history_shows_changes_without_personal_data(coordinator_client, coordinator):
    training = TrainingFactory()
    coordinator_client.post(reverse("trainings:session_create"), session_data(training))
    session = Session.objects.get()
    coordinator_client.post(
        reverse("trainings:registration_add", args=[session.pk]), {**registration_data(), "site_web": ""}
    )
    assert LogEntry.objects.filter(object_repr__isnull=False).exists()
    html = coordinator_client.get(reverse("trainings:session_history", args=[session.pk])).content.decode()
    assert "Création" in html and "coord" in html
    assert "Inscription n°" in html
    assert all("email" not in (entry.changes_dict or {}) for entry in LogEntry.objects.all())
