from datetime import timedelta

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from trainings.models import Session
from trainings.tests.factories import SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def events_by_uid(calendar):
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_feed_parses_back_with_every_required_property(client):
    session = SessionFactory(venue_name="Maison des associations", address="1 rue X")
    calendar = parse(client.get(reverse("trainings:feed")))
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert "Formations" in str(calendar["X-WR-CALNAME"])
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Paris"]
    event = events_by_uid(calendar)[f"session-{session.pk}@testserver"]
    assert event.get("DTSTART").params["TZID"] == "Europe/Paris"
    assert event.decoded("DTSTART") == session.start
    assert event.decoded("DTEND") == session.end
    for name in ["DTSTAMP", "LAST-MODIFIED", "SEQUENCE", "STATUS", "LOCATION", "URL", "DESCRIPTION", "SUMMARY"]:
        assert name in event, name
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "Maison des associations, 1 rue X"
    assert str(event["URL"]) == f"http://testserver/formations/sessions/{session.pk}/"


def test_feed_contents_upcoming_published_and_recent_cancellations(client):
    planned = SessionFactory(status=Session.Status.PLANNED)
    cancelled = SessionFactory(cancelled=True)
    old_cancelled = SessionFactory(cancelled=True, cancelled_at=timezone.now() - timedelta(days=40))
    past = SessionFactory(past=True)
    hidden = SessionFactory(training=TrainingFactory(hidden=True))
    events = events_by_uid(parse(client.get(reverse("trainings:feed"))))
    assert str(events[f"session-{planned.pk}@testserver"]["STATUS"]) == "TENTATIVE"
    assert str(events[f"session-{cancelled.pk}@testserver"]["STATUS"]) == "CANCELLED"
    for absent in [old_cancelled, past, hidden]:
        assert f"session-{absent.pk}@testserver" not in events


def test_feed_accepts_the_list_filters(client):
    remote = SessionFactory(training=TrainingFactory(remote=True, accompagnateurs=True))
    SessionFactory()
    events = events_by_uid(parse(client.get(reverse("trainings:feed") + "?format=remote")))
    assert list(events) == [f"session-{remote.pk}@testserver"]
    events = events_by_uid(parse(client.get(reverse("trainings:feed") + "?public=accompagnateurs")))
    assert list(events) == [f"session-{remote.pk}@testserver"]
    # Unknown values are ignored rather than failing.
    assert len(events_by_uid(parse(client.get(reverse("trainings:feed") + "?format=zzz&commune=00000")))) == 2


def test_an_update_keeps_the_uid_and_raises_the_sequence(client):
    session = SessionFactory()
    url = reverse("trainings:session_ics", args=[session.pk])
    before = parse(client.get(url)).walk("VEVENT")[0]
    session = Session.objects.get(pk=session.pk)
    session.start += timedelta(hours=2)
    session.end += timedelta(hours=2)
    session.save()
    after = parse(client.get(url)).walk("VEVENT")[0]
    assert str(after["UID"]) == str(before["UID"]) == f"session-{session.pk}@testserver"
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after.decoded("DTSTART") == session.start


def test_public_feeds_never_carry_the_online_link(client):
    session = SessionFactory(online=True)
    for url in [reverse("trainings:feed"), reverse("trainings:session_ics", args=[session.pk])]:
        assert b"salle-secrete" not in client.get(url).content


def test_session_ics_of_a_hidden_module_is_a_404(client):
    session = SessionFactory(training=TrainingFactory(hidden=True))
    assert client.get(reverse("trainings:session_ics", args=[session.pk])).status_code == 404


@pytest.mark.parametrize("size", [2, 25])
def test_feed_runs_a_constant_number_of_queries(client, django_assert_max_num_queries, size):
    SessionFactory.create_batch(size)
    with django_assert_max_num_queries(3):
        response = client.get(reverse("trainings:feed"))
    assert len(parse(response).walk("VEVENT")) == size


def test_the_cached_feed_follows_every_change(client):
    from trainings import services

    session = SessionFactory()
    url = reverse("trainings:feed")
    uid = f"session-{session.pk}@testserver"
    before = events_by_uid(parse(client.get(url)))[uid]
    assert events_by_uid(parse(client.get(url)))[uid]["SEQUENCE"] == before["SEQUENCE"]  # served from the cache
    services.session_cancel(session=session, message="Salle indisponible.")
    after = events_by_uid(parse(client.get(url)))[uid]
    assert str(after["STATUS"]) == "CANCELLED" and after["SEQUENCE"] > before["SEQUENCE"]
    assert "Salle indisponible." in str(after["DESCRIPTION"])
    training = session.training
    training.title = "Nouveau titre"
    training.save()
    assert "Nouveau titre" in str(events_by_uid(parse(client.get(url)))[uid]["SUMMARY"])
    new = SessionFactory()
    assert f"session-{new.pk}@testserver" in events_by_uid(parse(client.get(url)))
