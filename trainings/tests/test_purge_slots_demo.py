from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from actors import seed as actors_seed
from core import slots
from core.seed import Seeder
from tools_catalog import seed as catalogue_seed
from trainings import bench, demo, helpers
from trainings import seed as trainings_seed
from trainings.models import Audience, Registration, Session, Training
from trainings.tests.factories import (
    ActorFactory,
    CommuneFactory,
    NeedFactory,
    RegistrationFactory,
    SessionFactory,
    ToolFactory,
    TrainingFactory,
    in_days,
)

pytestmark = pytest.mark.django_db


def test_purge_anonymises_registrations_older_than_the_setting(settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    old = RegistrationFactory(session=SessionFactory(start=in_days(-400)), email="vieux@example.org")
    kept = RegistrationFactory(session=SessionFactory(start=in_days(-100)), email="recent@example.org")
    out = StringIO()
    call_command("purge_registrations", stdout=out)
    assert "1 inscription(s) anonymisée(s)" in out.getvalue()
    old.refresh_from_db()
    kept.refresh_from_db()
    assert old.anonymised_at and old.first_name == "Personne" and "vieux" not in old.email
    assert kept.email == "recent@example.org"
    call_command("purge_registrations", "--months", "3", stdout=out)
    kept.refresh_from_db()
    assert kept.anonymised_at
    # Running again changes nothing.
    out = StringIO()
    call_command("purge_registrations", stdout=out)
    assert "0 inscription(s)" in out.getvalue()


def test_purge_refuses_negative_months():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("purge_registrations", "--months", "-1", stdout=StringIO())


@pytest.fixture
def request_for(rf=RequestFactory()):
    def make(user=None):
        from django.contrib.auth.models import AnonymousUser

        request = rf.get("/")
        request.user = user or AnonymousUser()
        return request

    return make


def test_tool_slot_lists_sessions_of_trainings_linked_to_the_tool_or_its_needs(request_for, django_assert_num_queries):
    need = NeedFactory()
    tool = ToolFactory(needs=[need])
    by_tool = SessionFactory(training=TrainingFactory(tools=[tool]))
    by_need = SessionFactory(training=TrainingFactory(needs=[need]), start=in_days(12))
    SessionFactory()  # unrelated
    SessionFactory(training=TrainingFactory(tools=[tool]), past=True)
    with django_assert_num_queries(1):
        block = helpers.sessions_for_tool(request_for(), tool)
    assert block["sessions"] == [by_tool, by_need]
    html = slots.render("tool_detail", request_for(), tool)
    assert "Prochaines formations" in html
    assert helpers.sessions_for_tool(request_for(), ToolFactory()) is None


def test_actor_slot_lists_sessions_as_organiser_speaker_or_host(request_for, django_assert_num_queries):
    actor = ActorFactory()
    hosted = SessionFactory(host=actor)
    organised = SessionFactory(training=TrainingFactory(organisers=[actor]), start=in_days(11))
    spoken = SessionFactory(training=TrainingFactory(speakers=[actor]), start=in_days(12))
    SessionFactory()
    with django_assert_num_queries(1):
        block = helpers.sessions_for_actor(request_for(), actor)
    assert block["sessions"] == [hosted, organised, spoken]


def test_home_slot_shows_the_next_three_sessions(request_for, django_assert_num_queries):
    sessions = [SessionFactory(start=in_days(day)) for day in [5, 2, 9, 20]]
    SessionFactory(cancelled=True, start=in_days(1))
    with django_assert_num_queries(1):
        block = helpers.next_sessions(request_for())
    assert block["sessions"] == [sessions[1], sessions[0], sessions[2]]
    assert "Toutes les formations" in slots.render("home", request_for())


def test_coordinator_todo_slot(request_for, coordinator, advisor, full_session, django_assert_num_queries):
    session, confirmed, waiting = full_session
    quiet = SessionFactory(start=in_days(5), capacity=30)
    SessionFactory(start=in_days(60), capacity=30)  # far away: not yet a worry
    to_record = SessionFactory(start=in_days(-3))
    RegistrationFactory(session=to_record)
    RegistrationFactory(session=SessionFactory(start=in_days(-3)), status="attended")  # recorded
    RegistrationFactory(session=SessionFactory(start=in_days(-60)))  # too old for the to-do
    assert helpers.coordinator_todo(request_for(advisor)) is None
    request = request_for(coordinator)
    request.user._is_coordinator = True
    with django_assert_num_queries(2):
        block = helpers.coordinator_todo(request)
    assert set(block["sessions"]) == {session, quiet}
    assert block["attendance"] == [to_record]
    html = slots.render("coordinator_todo", request)
    assert "2 personnes en liste d&#x27;attente" in html or "2 personnes en liste d'attente" in html
    assert "Présences à noter" in html and reverse("trainings:attendance", args=[to_record.pk]) in html


def test_visit_sheet_slot_prefers_the_commune(request_for, django_assert_num_queries):
    need = NeedFactory()
    tool = ToolFactory()
    here = CommuneFactory()
    for_volunteers = [Audience.BENEVOLES]
    elsewhere = SessionFactory(training=TrainingFactory(tools=[tool], audiences=for_volunteers), start=in_days(3))
    local = SessionFactory(
        training=TrainingFactory(needs=[need], audiences=for_volunteers), start=in_days(8), commune=here
    )
    with django_assert_num_queries(1):
        block = helpers.sessions_for_visit(request_for(), {"tools": [tool], "needs": [need], "commune": here})
    assert block["sessions"] == [local, elsewhere]
    assert "dans votre commune" in slots.render(
        "visit_sheet", request_for(), {"tools": [tool], "needs": [need], "commune": here}
    )
    assert helpers.sessions_for_visit(request_for(), {"tools": [], "needs": [], "commune": None}) is None


def test_visit_sheet_slot_leaves_out_modules_for_advisors_and_says_when_a_session_is_full(
    request_for, django_assert_num_queries
):
    tool = ToolFactory()

    def session(audiences, days, **kwargs):
        return SessionFactory(
            training=TrainingFactory(tools=[tool], audiences=audiences), start=in_days(days), **kwargs
        )

    advisors = session([Audience.INFORMATEURS, Audience.ACCOMPAGNATEURS], 2)
    employees = session([Audience.SALARIES, Audience.ACCOMPAGNATEURS], 3)
    everyone = session([], 4)
    volunteers = session([Audience.BENEVOLES, Audience.INFORMATEURS], 5, capacity=1)
    RegistrationFactory(session=volunteers)
    RegistrationFactory(session=volunteers, status=Registration.Status.WAITLISTED)
    with django_assert_num_queries(1):
        block = helpers.sessions_for_visit(request_for(), {"tools": [tool], "staff": "benevoles"})
    assert block["sessions"] == [everyone, volunteers]
    assert advisors not in block["sessions"]
    # With employees (or staff not given), the module for employees is proposed; never the advisors' one.
    for staff in ("salaries", None):
        block = helpers.sessions_for_visit(request_for(), {"tools": [tool], "staff": staff})
        assert block["sessions"] == [employees, everyone, volunteers]
    html = slots.render("visit_sheet", request_for(), {"tools": [tool], "staff": "benevoles"})
    line_of_full = html.split(volunteers.training.title)[1].split("</li>")[0]
    assert "Complet, liste d&#x27;attente." in line_of_full or "Complet, liste d'attente." in line_of_full
    assert "liste d" not in html.split(everyone.training.title)[1].split("</li>")[0]


def test_modules_are_seeded_with_their_links_and_demo_sessions_never_touch_them():
    Seeder([*catalogue_seed.KINDS, *actors_seed.KINDS, *trainings_seed.KINDS]).run()
    assert Training.objects.count() == 3 and not Session.objects.exists()  # sessions are demo data only
    first = Training.objects.get(slug="numerique-libre-associations-enjeux-acteurs")
    assert [actor.slug for actor in first.organisers.all()] == ["ptca37"]
    assert sorted(tool.slug for tool in first.tools.all()) == ["jitsi-meet", "libreoffice", "nextcloud"]
    Training.objects.filter(pk=first.pk).update(summary="Résumé revu par la coordination.")
    demo.load(stdout=StringIO())
    counts = (Training.objects.count(), Session.objects.count(), Registration.objects.count())
    demo.load(stdout=StringIO())
    assert (Training.objects.count(), Session.objects.count(), Registration.objects.count()) == counts
    assert Training.objects.get(pk=first.pk).summary == "Résumé revu par la coordination."
    assert counts[1] == len(demo.SESSIONS)
    assert Session.objects.upcoming().published().count() >= 5
    full = Session.objects.with_places_left().filter(places_left=0, waitlist_count__gt=0)
    assert full.count() == 1
    registrations = Registration.objects.count()
    assert registrations > 0
    assert Registration.objects.filter(email__endswith="@example.org").count() == registrations


def test_demo_sessions_are_skipped_without_seeded_modules():
    out = StringIO()
    demo.load(stdout=out)
    assert not Session.objects.exists()
    assert f"0 sessions de démonstration ({len(demo.SESSIONS)} sans module ou commune)" in out.getvalue()


def test_bench_generates_sessions_and_registrations(monkeypatch, client):
    monkeypatch.setattr(bench, "SESSIONS", 40)
    bench.generate(size=1)
    assert Session.objects.count() == 40
    assert Registration.objects.count() == 400
    for label, url in bench.pages():
        assert client.get(url).status_code == 200, label


def test_old_cancellations_leave_the_list():
    SessionFactory(cancelled=True, cancelled_at=timezone.now() - timedelta(days=31))
    assert not Session.objects.listed().exists()
