"""The town-hall kit: poster and flyer with the QR code of the session page and the town hall's channel code."""

import re

import segno
from django.conf import settings
from django.test import Client
from django.urls import reverse

from campaigns.tests.factories import CampaignFactory, TownHallFactory
from trainings.tests.factories import SessionFactory


def qr_matrix_from_svg(svg):
    """The dark modules of a segno SVG (one path of horizontal strokes, one module wide, border 2)."""
    path = re.search(r'\sd="([^"]+)"', svg).group(1)
    dark, x, y = set(), 0.0, 0.0
    for command, a, b in re.findall(r"([MmHhVv])\s*(-?[\d.]+)(?:[ ,](-?[\d.]+))?", path):
        a = float(a)
        if command == "M":
            x, y = a, float(b)
        elif command == "m":
            x, y = x + a, y + float(b)
        elif command == "h":
            for i in range(int(round(a))):
                dark.add((int(y), int(x) + i))
            x += a
        else:
            raise AssertionError(f"unexpected path command {command}")
    return dark


def expected_matrix(url):
    code = segno.make(url, error="m", boost_error=False, micro=False)
    return {(row + 2, col + 2) for row, line in enumerate(code.matrix) for col, value in enumerate(line) if value}


def test_kit_pages_permissions(advisor, coordinator, loches):
    campaign = CampaignFactory(communes=[loches])
    session = SessionFactory(commune=loches)
    advisor_client, client = Client(), Client()
    advisor_client.force_login(advisor)
    client.force_login(coordinator)
    for name in ("kit", "poster", "flyer"):
        url = reverse(f"campaigns:{name}", args=[campaign.slug, session.pk]) + "?commune=37132"
        assert Client().get(url).status_code == 302
        assert advisor_client.get(url).status_code == 403
        assert client.get(url).status_code == 200


def test_the_kit_gives_texts_and_links_for_the_chosen_town_hall(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    TownHallFactory(commune=loches, email="accueil@loches.example.org")
    session = SessionFactory(commune=loches)
    url = reverse("campaigns:kit", args=[campaign.slug, session.pk])
    page = coordinator_client.get(url + "?commune=37132").content.decode()
    link = f"{settings.SITE_URL.rstrip('/')}/formations/sessions/{session.pk}/?canal=mairie-37132"
    assert session.get_absolute_url() in link
    assert link in page
    assert "Texte pour le bulletin" in page and "Objet : Atelier pour les associations de Loches" in page
    assert 'href="mailto:accueil@loches.example.org' in page
    # A commune outside the campaign is not offered, and gives the choice again (no 500, no link).
    page = coordinator_client.get(url + "?commune=99999").content.decode()
    assert "Lien d'inscription pour cette mairie" not in page and "canal=mairie-99999" not in page
    # A poster is never printed without the channel code it was asked for.
    poster_url = reverse("campaigns:poster", args=[campaign.slug, session.pk])
    assert coordinator_client.get(poster_url + "?commune=99999").status_code == 404


def test_the_poster_qr_code_encodes_the_session_link_with_the_channel(coordinator_client, loches):
    campaign = CampaignFactory(communes=[loches])
    session = SessionFactory(commune=loches)
    url = reverse("campaigns:poster", args=[campaign.slug, session.pk]) + "?commune=37132"
    page = coordinator_client.get(url).content.decode()
    link = settings.SITE_URL.rstrip("/") + session.get_absolute_url() + "?canal=mairie-37132"
    svg = re.search(r"<svg.*?</svg>", page, re.S).group(0)
    assert qr_matrix_from_svg(svg) == expected_matrix(link)
    assert qr_matrix_from_svg(svg) != expected_matrix(settings.SITE_URL.rstrip("/") + session.get_absolute_url())
    assert "@page { size: A4" in (settings.BASE_DIR / "campaigns/static/campaigns/poster-a4.css").read_text()
