"""The town-hall kit of a step: kit page, poster and flyer, with or without sessions linked to the step."""

import re
from datetime import timedelta

from django.conf import settings
from django.test import Client
from django.urls import reverse

from actors.tests.factories import ActorFactory
from campaigns.tests.factories import CampaignFactory, StepFactory, TownHallFactory
from campaigns.tests.test_kit import expected_matrix, qr_matrix_from_svg
from core.testing import count_queries
from trainings.tests.factories import SessionFactory, TrainingFactory

SITE = settings.SITE_URL.rstrip("/")


def _urls(step, query="?commune=37132"):
    args = [step.campaign.slug, step.pk]
    return [reverse(f"campaigns:{name}", args=args) + query for name in ("step_kit", "step_poster", "step_flyer")]


def test_step_kit_pages_permissions(advisor, coordinator, loches):
    step = StepFactory(campaign=CampaignFactory(communes=[loches]))
    advisor_client, client = Client(), Client()
    advisor_client.force_login(advisor)
    client.force_login(coordinator)
    for url in _urls(step):
        assert Client().get(url).status_code == 302
        assert advisor_client.get(url).status_code == 403
        assert client.get(url).status_code == 200


def test_a_step_without_session_points_to_the_campaign_page_with_the_channel(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches], territory_name="Lochois")
    step = StepFactory(campaign=campaign, title="Soirée d'interconnaissance", description="Se rencontrer entre assos.")
    step.actors.set([ActorFactory(name="Ligue de l'enseignement 37")])
    TownHallFactory(commune=loches, email="accueil@loches.example.org")
    kit_url, poster_url, flyer_url = _urls(step)
    link = f"{SITE}{campaign.get_absolute_url()}?canal=mairie-37132"
    page = coordinator_client.get(kit_url).content.decode()
    assert link in page and "Kit mairie : Soirée d&#x27;interconnaissance" in page
    assert "avec Ligue de l&#x27;enseignement 37" in page  # where: the actors linked to the step
    assert 'href="mailto:accueil@loches.example.org' in page
    assert f'href="{poster_url}"' in page and f'href="{flyer_url}"' in page
    poster = coordinator_client.get(poster_url).content.decode()
    assert step.due_on.strftime("%Y") in poster and "Avec Ligue de l&#x27;enseignement 37" in poster
    svg = re.search(r"<svg.*?</svg>", poster, re.S).group(0)
    assert qr_matrix_from_svg(svg) == expected_matrix(link)
    assert "poster-a5.css" in coordinator_client.get(flyer_url).content.decode()
    # Without actors, the poster says where with the campaign's territory.
    step.actors.clear()
    assert "Sur le territoire : Lochois" in coordinator_client.get(poster_url).content.decode()


def test_a_step_with_sessions_points_to_its_next_session(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    step = StepFactory(campaign=campaign)
    past = SessionFactory(commune=loches, past=True)
    cancelled = SessionFactory(commune=loches, cancelled=True)
    next_one = SessionFactory(commune=loches, training=TrainingFactory(title="Atelier 1"))
    later = SessionFactory(commune=loches, start=next_one.start + timedelta(days=30))
    step.sessions.set([past, cancelled, later, next_one])
    link = f"{SITE}{next_one.get_absolute_url()}?canal=mairie-37132"
    kit_url, poster_url, _ = _urls(step)
    assert link in coordinator_client.get(kit_url).content.decode()
    poster = coordinator_client.get(poster_url).content.decode()
    assert "Prochain atelier : « Atelier 1 »" in poster
    svg = re.search(r"<svg.*?</svg>", poster, re.S).group(0)
    assert qr_matrix_from_svg(svg) == expected_matrix(link)


def test_bad_input_gives_a_404_or_the_choice_again(coordinator_client, loches, ligueil):
    campaign = CampaignFactory(communes=[loches])
    other_step = StepFactory(campaign=CampaignFactory(communes=[loches]))
    step = StepFactory(campaign=campaign)
    # Another campaign's step, an unknown step, an unknown campaign: 404.
    for name in ("step_kit", "step_poster", "step_flyer"):
        assert (
            coordinator_client.get(reverse(f"campaigns:{name}", args=[campaign.slug, other_step.pk])).status_code == 404
        )
        assert coordinator_client.get(reverse(f"campaigns:{name}", args=[campaign.slug, 999999])).status_code == 404
        assert coordinator_client.get(reverse(f"campaigns:{name}", args=["inconnue", step.pk])).status_code == 404
    # An unknown INSEE code or a commune outside the campaign: the kit asks again, a poster is a 404.
    for code in ("99999", "37130", "abc"):
        kit_url, poster_url, flyer_url = _urls(step, f"?commune={code}")
        page = coordinator_client.get(kit_url)
        assert page.status_code == 200 and "Lien d'inscription pour cette mairie" not in page.content.decode()
        assert coordinator_client.get(poster_url).status_code == 404
        assert coordinator_client.get(flyer_url).status_code == 404
    # No commune chosen: a poster without channel code (the kit page only offers the choice).
    assert coordinator_client.get(_urls(step, "")[1]).status_code == 200


def test_step_kit_queries_are_constant(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    step = StepFactory(campaign=campaign)
    step.sessions.set([SessionFactory(commune=loches)])
    step.actors.set([ActorFactory()])
    urls = _urls(step)
    small = [count_queries(lambda url=url: coordinator_client.get(url)) for url in urls]
    step.sessions.add(*[SessionFactory(commune=loches) for _ in range(6)])
    step.actors.add(*[ActorFactory() for _ in range(6)])
    campaign.carriers.set([ActorFactory() for _ in range(4)])
    assert [count_queries(lambda url=url: coordinator_client.get(url)) for url in urls] == small


def test_campaign_page_links_to_step_kits_and_keeps_the_channel(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    step = StepFactory(campaign=campaign)
    session = SessionFactory(commune=loches)
    step.sessions.set([session])
    page = coordinator_client.get(campaign.get_absolute_url()).content.decode()
    assert reverse("campaigns:step_kit", args=[campaign.slug, step.pk]) in page
    assert "?canal=" not in page
    page = coordinator_client.get(reverse("campaigns:step_update", args=[campaign.slug, step.pk])).content.decode()
    assert reverse("campaigns:step_kit", args=[campaign.slug, step.pk]) in page
    # A visit from a step's poster: the links to the sessions keep the town hall's code; an unknown one is dropped.
    public = Client()
    page = public.get(campaign.get_absolute_url() + "?canal=mairie-37132").content.decode()
    assert f'href="{session.get_absolute_url()}?canal=mairie-37132"' in page
    assert reverse("campaigns:step_kit", args=[campaign.slug, step.pk]) not in page
    page = public.get(campaign.get_absolute_url() + "?canal=mairie-00000").content.decode()
    assert "?canal=" not in page
