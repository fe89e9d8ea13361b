"""Campaigns and their steps: permissions, bad input, the public page, late steps in the to-do, queries."""

from datetime import timedelta

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from actors.tests.factories import ActorFactory, CommuneFactory
from campaigns import helpers
from campaigns.models import Campaign, Step
from campaigns.tests.factories import CampaignFactory, StepFactory
from core.testing import count_queries
from trainings.tests.factories import SessionFactory

CREATE = reverse("campaigns:campaign_create")


def _data(communes, **extra):
    today = timezone.localdate()
    return {
        "title": "Numérique libre dans le Lochois",
        "summary": "",
        "territory_name": "Loches Sud Touraine",
        "communes": [commune.pk for commune in communes],
        "insee_codes": "",
        "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=90)).isoformat(),
        "funding": "fdva",
        "funding_amount": "4500",
        "status": "preparation",
        "outcome": "",
        **extra,
    }


def clients(advisor, coordinator):
    """Three separate clients: anonymous, advisor, coordinator (the fixtures share one client)."""
    anonymous, advisor_client, coordinator_client = Client(), Client(), Client()
    advisor_client.force_login(advisor)
    coordinator_client.force_login(coordinator)
    return anonymous, advisor_client, coordinator_client


def test_create_page_anonymous_advisor_coordinator(advisor, coordinator):
    anonymous, advisor_client, coordinator_client = clients(advisor, coordinator)
    response = anonymous.get(CREATE)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login") + "?next=")
    assert advisor_client.get(CREATE).status_code == 403
    assert coordinator_client.get(CREATE).status_code == 200


def test_coordinator_creates_a_campaign_with_communes_and_codes(coordinator_client, loches, ligueil):
    tours = CommuneFactory(insee_code="37261", name="Tours")
    carrier = ActorFactory()
    response = coordinator_client.post(CREATE, _data([loches, ligueil], insee_codes="37261", carriers=[carrier.pk]))
    assert response.status_code == 302
    campaign = Campaign.objects.get()
    assert response["Location"] == campaign.get_absolute_url()
    assert set(campaign.communes.all()) == {loches, ligueil, tours}
    assert list(campaign.carriers.all()) == [carrier]
    assert str(campaign.funding_amount) == "4500.00"


def test_a_campaign_without_commune_is_refused_and_the_input_kept(coordinator_client, loches):
    response = coordinator_client.post(CREATE, _data([], title="Sans territoire"))
    assert response.status_code == 200
    assert "Choisissez au moins une commune" in response.content.decode()
    assert 'value="Sans territoire"' in response.content.decode()
    assert not Campaign.objects.exists()


def test_a_commune_outside_the_departement_is_refused(coordinator_client, loches):
    response = coordinator_client.post(CREATE, _data([loches], insee_codes="75056"))
    assert response.status_code == 200
    assert "hors d&#x27;Indre-et-Loire" in response.content.decode()
    assert not Campaign.objects.exists()
    # An unknown code of the département, and a forged commune id, are refused too.
    response = coordinator_client.post(CREATE, _data([loches], insee_codes="37999"))
    assert "Code(s) INSEE inconnu(s) du portail : 37999." in response.content.decode()
    response = coordinator_client.post(CREATE, {**_data([]), "communes": ["999999"]})
    assert "pas dans la liste du portail" in response.content.decode()
    assert not Campaign.objects.exists()


def test_ticked_communes_stay_ticked_after_an_error(coordinator_client, loches, ligueil):
    response = coordinator_client.post(CREATE, _data([loches, ligueil], ends_on="2000-01-01"))
    page = response.content.decode()
    assert "La fin de la campagne doit être" in page
    assert page.count("checked") == 2


def test_a_step_due_before_the_campaign_starts_is_refused(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    url = reverse("campaigns:step_create", args=[campaign.slug])
    early = (campaign.starts_on - timedelta(days=1)).isoformat()
    response = coordinator_client.post(url, {"title": "Soirée", "due_on": early, "owner_name": "Moi", "status": "todo"})
    assert response.status_code == 200
    assert "avant le début de la campagne" in response.content.decode()
    assert 'value="Soirée"' in response.content.decode()
    assert not Step.objects.exists()
    ok = campaign.starts_on.isoformat()
    response = coordinator_client.post(url, {"title": "Soirée", "due_on": ok, "owner_name": "Moi", "status": "todo"})
    assert response.status_code == 302
    assert Step.objects.get().title == "Soirée"


def test_a_step_needs_an_owner(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    url = reverse("campaigns:step_create", args=[campaign.slug])
    response = coordinator_client.post(
        url, {"title": "Bilan", "due_on": campaign.ends_on.isoformat(), "status": "todo"}
    )
    assert "Choisissez un compte ou écrivez le nom" in response.content.decode()


def test_moving_the_start_after_a_step_is_refused(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    StepFactory(campaign=campaign, due_on=campaign.starts_on)
    url = reverse("campaigns:campaign_update", args=[campaign.slug])
    data = _data([loches], title=campaign.title, starts_on=(campaign.starts_on + timedelta(days=5)).isoformat())
    response = coordinator_client.post(url, data)
    assert response.status_code == 200
    assert "déplacez-les d&#x27;abord" in response.content.decode()
    campaign.refresh_from_db()
    assert campaign.starts_on == timezone.localdate() - timedelta(days=30)


def test_step_pages_permissions(advisor, coordinator, loches):
    client, advisor_client, coordinator_client = clients(advisor, coordinator)
    step = StepFactory(campaign=CampaignFactory(communes=[loches]))
    url = reverse("campaigns:step_update", args=[step.campaign.slug, step.pk])
    assert client.get(url).status_code == 302
    assert advisor_client.get(url).status_code == 403
    assert coordinator_client.get(url).status_code == 200


def test_a_campaign_in_preparation_is_for_the_network_only(advisor, coordinator, loches):
    client, advisor_client, coordinator_client = clients(advisor, coordinator)
    campaign = CampaignFactory(communes=[loches], status=Campaign.Status.PREPARATION)
    url = campaign.get_absolute_url()
    assert client.get(url).status_code == 302
    assert advisor_client.get(url).status_code == 200
    assert coordinator_client.get(url).status_code == 200
    assert campaign.title not in client.get(reverse("campaigns:campaign_list")).content.decode()
    campaign.status = Campaign.Status.ONGOING
    campaign.save()
    response = client.get(url)
    assert response.status_code == 200
    assert "Modifier" not in response.content.decode()


def test_the_campaign_page_shows_steps_sessions_and_actors(client, loches):
    actor = ActorFactory(name="Tiers-lieu du Lochois", latitude="47.1", longitude="0.99")
    actor.communes_served.add(loches)
    campaign = CampaignFactory(communes=[loches])
    session = SessionFactory(commune=loches)
    step = StepFactory(campaign=campaign, title="Atelier 1")
    step.sessions.add(session)
    StepFactory(campaign=campaign, title="Soirée", due_on=campaign.starts_on, status=Step.Status.PLANNED)
    page = client.get(campaign.get_absolute_url()).content.decode()
    assert "Atelier 1" in page and "Tiers-lieu du Lochois" in page and session.training.title in page
    assert "En retard" in page  # the evening was due a month ago
    markers = client.get(reverse("campaigns:campaign_map_data", args=[campaign.slug])).json()
    assert [marker["name"] for marker in markers["actors"]] == ["Tiers-lieu du Lochois"]


def test_late_steps_show_in_the_coordinator_todo(rf, coordinator, advisor, loches):
    campaign = CampaignFactory(communes=[loches])
    StepFactory(campaign=campaign, title="Soirée en retard", due_on=campaign.starts_on)
    StepFactory(campaign=campaign, title="Faite", due_on=campaign.starts_on, status=Step.Status.DONE)
    StepFactory(campaign=campaign, title="À venir", due_on=timezone.localdate() + timedelta(days=3))
    request = rf.get("/")
    request.user = advisor
    assert helpers.coordinator_todo(request) is None
    request.user = coordinator
    block = helpers.coordinator_todo(request)
    assert [step.title for step in block["late_steps"]] == ["Soirée en retard"]


def test_the_home_page_lists_late_steps_for_coordinators(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    StepFactory(campaign=campaign, title="Soirée en retard", due_on=campaign.starts_on)
    assert "Soirée en retard" in coordinator_client.get("/coordination/").content.decode()


def test_todo_provider_runs_one_query(rf, coordinator, loches, django_assert_num_queries):
    campaign = CampaignFactory(communes=[loches])
    StepFactory.create_batch(8, campaign=campaign, due_on=campaign.starts_on)
    request = rf.get("/")
    request.user = coordinator
    request.user.groups.all()  # the role check is cached per user after the first call
    helpers.coordinator_todo(request)
    with django_assert_num_queries(1):
        helpers.coordinator_todo(request)


def test_the_campaign_page_runs_the_same_queries_for_small_and_large_campaigns(client, coordinator_client):
    communes = [CommuneFactory() for _ in range(3)]
    campaign = CampaignFactory(communes=communes, carriers=[ActorFactory()])
    step = StepFactory(campaign=campaign)
    step.sessions.add(SessionFactory(commune=communes[0]))
    url = campaign.get_absolute_url()
    client.get(url)
    small = count_queries(lambda: client.get(url))
    more = [CommuneFactory() for _ in range(40)]
    campaign.communes.add(*more)
    campaign.carriers.add(*ActorFactory.create_batch(5))
    for i in range(12):
        step = StepFactory(campaign=campaign)
        step.sessions.add(SessionFactory(commune=more[i]))
        step.actors.add(ActorFactory())
    assert count_queries(lambda: client.get(url)) == small


def test_an_intercommunality_adds_all_its_communes(coordinator_client, loches):
    loches.epci_code, loches.epci_name = "200071587", "CC Loches Sud Touraine"
    loches.save()
    ligueil = CommuneFactory(
        insee_code="37130", name="Ligueil", epci_code="200071587", epci_name="CC Loches Sud Touraine"
    )
    tours = CommuneFactory(insee_code="37261", name="Tours", epci_code="243700754", epci_name="Tours Métropole")
    response = coordinator_client.post(CREATE, _data([tours], territory_name="", intercommunality="200071587"))
    assert response.status_code == 302
    campaign = Campaign.objects.get()
    assert set(campaign.communes.all()) == {loches, ligueil, tours}
    assert campaign.territory_name == "CC Loches Sud Touraine"
    response = coordinator_client.post(CREATE, _data([tours], intercommunality="999999999"))
    assert "Cette intercommunalité n&#x27;est pas connue du portail." in response.content.decode()


def test_the_campaign_page_shows_the_next_sessions_and_counts_the_rest(client, loches, monkeypatch):
    from campaigns import selectors

    monkeypatch.setattr(selectors, "PAGE_SESSIONS", 2)
    campaign = CampaignFactory(communes=[loches])
    for _ in range(3):
        SessionFactory(commune=loches)
    SessionFactory(commune=loches, past=True)
    page = client.get(campaign.get_absolute_url()).content.decode()
    assert "Et 1 autre : voir" in page
    assert "1 session déjà passée pendant la campagne." in page
