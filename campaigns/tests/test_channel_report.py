"""The channel code on registrations (?canal=…) and the funder report per campaign."""

import pytest
from django.test import Client
from django.urls import reverse

from actors.tests.factories import ActorFactory, CommuneFactory
from campaigns.models import Step
from campaigns.tests.factories import CampaignFactory, StepFactory
from core.testing import count_queries
from trainings import services as training_services
from trainings.channels import channel_label, clean_channel
from trainings.models import Registration
from trainings.tests.factories import RegistrationFactory, SessionFactory

FORM = {
    "first_name": "Camille",
    "last_name": "Durand",
    "email": "camille@example.org",
    "organisation": "",
    "role": "",
    "consent": "on",
}


def test_known_codes_are_kept_and_unknown_ones_ignored(loches):
    assert clean_channel("mairie-37132") == "mairie-37132"
    assert clean_channel(" MAIRIE-37132 ") == "mairie-37132"
    assert clean_channel("widget") == "widget"
    assert clean_channel("mairie-37999") == ""  # no such commune in the portal
    assert clean_channel("mairie-75056") == ""
    assert clean_channel("jean.dupont@example.org") == ""
    assert clean_channel("x" * 5000) == ""
    assert channel_label("mairie-37132", {"37132": "Loches"}) == "Mairie de Loches"


def test_the_session_page_keeps_the_code_through_the_form(client, loches):
    session = SessionFactory(commune=loches)
    url = session.get_absolute_url()
    page = client.get(url + "?canal=mairie-37132").content.decode()
    assert 'type="hidden" name="canal" value="mairie-37132"' in page
    response = client.post(url, {**FORM, "canal": "mairie-37132"})
    assert response.status_code == 302
    assert Registration.objects.get().channel == "mairie-37132"


def test_an_unknown_code_is_ignored_never_an_error(client, loches):
    session = SessionFactory(commune=loches)
    response = client.post(session.get_absolute_url(), {**FORM, "canal": "<script>mairie-00000"})
    assert response.status_code == 302
    assert Registration.objects.get().channel == ""


def _report_url(campaign):
    return reverse("campaigns:report", args=[campaign.slug])


def test_report_permissions(advisor, coordinator, loches):
    campaign = CampaignFactory(communes=[loches])
    advisor_client, coordinator_client = Client(), Client()
    advisor_client.force_login(advisor)
    coordinator_client.force_login(coordinator)
    for url in (_report_url(campaign), reverse("campaigns:report_csv", args=[campaign.slug])):
        response = Client().get(url)
        assert response.status_code == 302
        assert advisor_client.get(url).status_code == 403
        assert coordinator_client.get(url).status_code == 200


def test_the_report_counts_sessions_attendance_communes_channels_and_steps(coordinator_client, loches, ligueil):
    campaign = CampaignFactory(communes=[loches, ligueil], carriers=[ActorFactory(name="Ligue de l'enseignement")])
    at_loches, at_ligueil = SessionFactory(commune=loches, past=True), SessionFactory(commune=ligueil)
    RegistrationFactory(session=at_loches, status=Registration.Status.ATTENDED, channel="mairie-37132")
    RegistrationFactory(session=at_loches, status=Registration.Status.ABSENT, channel="mairie-37132")
    RegistrationFactory(session=at_loches, status=Registration.Status.CANCELLED, channel="mairie-37132")
    RegistrationFactory(session=at_ligueil, channel="widget")
    RegistrationFactory(session=at_ligueil)
    StepFactory(campaign=campaign, title="Soirée", due_on=campaign.starts_on, status=Step.Status.DONE)
    StepFactory(campaign=campaign, title="Atelier en retard", due_on=campaign.starts_on)
    report = coordinator_client.get(_report_url(campaign)).context["report"]
    assert [session.registered for session in report.sessions] == [2, 2]
    assert report.total_attended == 1
    assert {row["session__commune__name"]: row["n"] for row in report.per_commune} == {"Loches": 2, "Ligueil": 2}
    assert {row["label"]: row["n"] for row in report.per_channel} == {
        "Mairie de Loches": 2,
        "Bloc intégré sur le site d'un partenaire": 1,
        "Sans code (site du portail, bouche-à-oreille…)": 1,
    }
    assert (report.steps_done, report.steps_late) == (1, 1)
    assert [actor.name for actor in report.actors] == ["Ligue de l'enseignement"]
    csv = coordinator_client.get(reverse("campaigns:report_csv", args=[campaign.slug]))
    text = b"".join(csv.streaming_content).decode("utf-8-sig")
    assert '"inscriptions par canal";"Mairie de Loches";2;"mairie-37132"' in text
    assert '"étape";"Atelier en retard";' in text and '"en retard"' in text


def test_a_registration_through_the_town_hall_link_counts_for_that_town_hall(client, coordinator, loches):
    campaign = CampaignFactory(communes=[loches])
    session = SessionFactory(commune=loches)
    client.post(session.get_absolute_url() + "?canal=mairie-37132", {**FORM, "canal": "mairie-37132"})
    training_services.registration_confirm(registration=Registration.objects.get())
    coordinator_client = Client()
    coordinator_client.force_login(coordinator)
    report = coordinator_client.get(_report_url(campaign)).context["report"]
    assert report.per_channel == [{"code": "mairie-37132", "label": "Mairie de Loches", "n": 1}]


@pytest.mark.parametrize("url_name", ["report", "report_csv"])
def test_the_report_runs_the_same_queries_at_two_sizes(coordinator_client, url_name):
    communes = [CommuneFactory() for _ in range(3)]
    campaign = CampaignFactory(communes=communes)
    RegistrationFactory(session=SessionFactory(commune=communes[0]), channel=f"mairie-{communes[0].insee_code}")
    StepFactory(campaign=campaign)
    url = reverse(f"campaigns:{url_name}", args=[campaign.slug])

    def get():
        response = coordinator_client.get(url)
        if url_name == "report_csv":
            b"".join(response.streaming_content)
        return response

    get()
    small = count_queries(get)
    more = [CommuneFactory() for _ in range(30)]
    campaign.communes.add(*more)
    for i, commune in enumerate(more):
        session = SessionFactory(commune=commune)
        RegistrationFactory.create_batch(3, session=session, channel=f"mairie-{commune.insee_code}" if i % 2 else "")
        StepFactory(campaign=campaign)
    campaign.carriers.add(*ActorFactory.create_batch(5))
    assert count_queries(get) == small
