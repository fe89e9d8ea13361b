"""The public inventory of actions (/actions/, CSV, JSON) and the widgets partners embed."""

import json
import re
from datetime import date

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from actors.models import Commune
from actors.tests.factories import ActorFactory, CommuneFactory
from campaigns.models import Action, Campaign
from campaigns.tests.factories import ActionFactory, CampaignFactory
from core.exports import OPEN_DATA_LICENCE
from core.testing import count_queries
from tools_catalog.tests.factories import EquivalenceFactory, ProprietaryProductFactory, ToolFactory
from trainings.tests.factories import SessionFactory, TrainingFactory

INVENTORY = reverse("campaigns:inventory")


def test_the_inventory_lists_public_campaigns_and_actions_with_filters(client, loches, ligueil):
    CampaignFactory(
        title="Campagne du Lochois", communes=[loches], starts_on=date(2026, 1, 5), ends_on=date(2026, 6, 30)
    )
    CampaignFactory(title="En préparation", communes=[loches], status=Campaign.Status.PREPARATION)
    stand = ActionFactory(title="Stand à Ligueil", starts_on=date(2025, 9, 6))
    stand.communes.add(ligueil)
    ActionFactory(title="Action cachée", is_published=False)
    page = client.get(INVENTORY).content.decode()
    assert "Campagne du Lochois" in page and "Stand à Ligueil" in page
    assert "En préparation" not in page and "Action cachée" not in page
    page = client.get(INVENTORY + "?commune=37130").content.decode()
    assert "Stand à Ligueil" in page and "Campagne du Lochois" not in page
    page = client.get(INVENTORY + "?annee=2026").content.decode()
    assert "Campagne du Lochois" in page and "Stand à Ligueil" not in page
    page = client.get(INVENTORY + "?type=stand").content.decode()
    assert "Stand à Ligueil" in page and "Campagne du Lochois" not in page


def test_unknown_filters_are_ignored_and_said(client, loches):
    ActionFactory(title="Stand")
    response = client.get(INVENTORY + "?commune=75056&annee=douze&type=%3Cscript%3E")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Filtre ignoré (valeur inconnue) : commune, annee, type." in page
    assert "Stand" in page


def test_the_exports_carry_the_open_data_licence(client, loches):
    campaign = CampaignFactory(title="Campagne", communes=[loches], carriers=[ActorFactory(name="Ligue")])
    ActionFactory(title="=SOMME(A1)")
    data = json.loads(client.get(reverse("campaigns:inventory_json")).content)
    assert data["licence"] == OPEN_DATA_LICENCE
    assert data["format"] == "ptca-actions/1"
    first = next(item for item in data["actions"] if item["type"] == "campagne")
    assert first["titre"] == "Campagne" and first["communes"] == ["37132"] and first["porteurs"] == ["Ligue"]
    assert first["url"].endswith(campaign.get_absolute_url())
    response = client.get(reverse("campaigns:inventory_csv") + "?type=stand")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert text.splitlines()[0] == (
        '"type";"titre";"debut";"fin";"lieu";"communes";"porteurs";"bilan";"url";"licence_donnees";"source_donnees"'
    )
    assert "'=SOMME(A1)" in text and "Campagne" not in text
    assert f'<{OPEN_DATA_LICENCE["url"]}>; rel="license"' in response["Link"]


@pytest.mark.parametrize("url_name", ["inventory", "inventory_csv", "inventory_json"])
def test_the_inventory_runs_the_same_queries_at_two_sizes(client, db, url_name):
    url = reverse(f"campaigns:{url_name}")

    def get():
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        return response

    CampaignFactory()
    ActionFactory().communes.add(CommuneFactory())
    get()
    small = count_queries(get)
    for _ in range(15):
        CampaignFactory(communes=[CommuneFactory(), CommuneFactory()], carriers=[ActorFactory()])
        action = ActionFactory()
        action.communes.add(CommuneFactory())
        action.carriers.add(ActorFactory())
    assert count_queries(get) == small


def test_action_pages_permissions_and_bad_input(advisor, coordinator, loches):
    url = reverse("campaigns:action_create")
    advisor_client, client = Client(), Client()
    advisor_client.force_login(advisor)
    client.force_login(coordinator)
    assert Client().get(url).status_code == 302
    assert advisor_client.get(url).status_code == 403
    data = {"title": "Stand", "kind": "stand", "starts_on": "2026-05-02", "ends_on": "2026-05-01", "place": "Loches",
            "communes": [loches.pk], "outcome": "", "is_published": "on"}  # fmt: skip
    response = client.post(url, data)
    assert response.status_code == 200
    assert "La fin doit être" in response.content.decode()
    assert not Action.objects.exists()
    data["ends_on"] = ""
    assert client.post(url, data).status_code == 302
    assert list(Action.objects.get().communes.all()) == [loches]


# --- Widgets ---------------------------------------------------------------------------------------

WIDGETS = ["widget_trainings", "widget_actors", "widget_alternatives"]


@pytest.mark.parametrize("url_name", WIDGETS)
def test_widgets_may_be_framed_by_any_origin_set_no_cookie_and_cache(client, url_name, loches):
    response = client.get(reverse(f"campaigns:{url_name}") + "?commune=37132&produit=zoom")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert not response.cookies
    assert "Set-Cookie" not in str(response.serialize_headers())
    assert "public" in response["Cache-Control"] and "max-age=600" in response["Cache-Control"]
    assert "http" not in response.content.decode().split("<body>")[0].replace(
        'href="/static/', ""
    )  # nothing third-party in the head


@pytest.mark.parametrize("url", ["/", "/actions/", "/integrer/", "/formations/"])
def test_every_other_page_refuses_to_be_framed(client, db, url):
    response = client.get(url)
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_trainings_widget_filters_by_commune_and_audience(client, loches, ligueil):
    volunteers = TrainingFactory(title="Atelier bénévoles", audiences=["benevoles"])
    SessionFactory(training=volunteers, commune=loches)
    SessionFactory(training=TrainingFactory(title="Atelier salariés", audiences=["salaries"]), commune=ligueil)
    url = reverse("campaigns:widget_trainings")
    page = client.get(url + "?commune=37132").content.decode()
    assert "Atelier bénévoles" in page and "Atelier salariés" not in page
    assert "?canal=widget" in page
    page = client.get(url + "?public=salaries").content.decode()
    assert "Atelier salariés" in page and "Atelier bénévoles" not in page
    page = client.get(url + "?public=pirates&commune=abc").content.decode()
    assert "Réglage ignoré (valeur inconnue) : commune, public." in page
    assert "Atelier salariés" in page and "Atelier bénévoles" in page


def test_the_actors_and_alternatives_widgets(client, loches):
    ActorFactory(name="Tiers-lieu de Loches", latitude="47.13", longitude="0.99")
    zoom = ProprietaryProductFactory(name="Zoom", slug="zoom")
    EquivalenceFactory(product=zoom, tool=ToolFactory(name="Jitsi Meet"), is_published=True)
    page = client.get(reverse("campaigns:widget_actors") + "?commune=37132").content.decode()
    assert "Acteurs près de Loches" in page and "Tiers-lieu de Loches" in page
    page = client.get(reverse("campaigns:widget_alternatives") + "?produit=zoom").content.decode()
    assert "Alternatives libres à Zoom" in page and "Jitsi Meet" in page
    page = client.get(reverse("campaigns:widget_alternatives") + "?produit=inconnu").content.decode()
    assert "Réglage ignoré (valeur inconnue) : produit." in page


@pytest.mark.parametrize("url_name", WIDGETS)
def test_widgets_run_the_same_queries_at_two_sizes(client, url_name, loches):
    url = reverse(f"campaigns:{url_name}") + "?commune=37132&produit=zoom"
    zoom = ProprietaryProductFactory(name="Zoom", slug="zoom")
    EquivalenceFactory(product=zoom, tool=ToolFactory(), is_published=True)
    SessionFactory(commune=loches)
    ActorFactory()

    def get():
        cache.clear()  # measure the view, not the cache
        return Client().get(url)

    small = count_queries(get)
    for _ in range(10):
        EquivalenceFactory(product=zoom, tool=ToolFactory(), is_published=True)
        SessionFactory(commune=loches)
        ActorFactory()
    assert count_queries(get) == small


def test_the_embed_page_shows_code_and_preview(client, db):
    ProprietaryProductFactory(name="Zoom", slug="zoom")
    page = client.get(reverse("campaigns:embed")).content.decode()
    assert "/widgets/formations/?commune=37261" in page and "&lt;iframe src=" in page
    assert '<iframe class="embed__preview' in page
    assert "/widgets/alternatives/?produit=zoom" in page


def _checked(html, name, value):
    """Whether the checkbox `name`=`value` is on the page, and ticked."""
    match = re.search(rf'<input type="checkbox" name="{name}" value="{re.escape(str(value))}"[^>]*>', html)
    assert match, f"no checkbox {name}={value}"
    return re.search(r"\schecked[\s>]", match.group(0)) is not None


def test_action_communes_and_carriers_are_checkboxes_kept_on_error(coordinator, loches):
    client = Client()
    client.force_login(coordinator)
    url = reverse("campaigns:action_create")
    epci = {"epci_code": "200043156", "epci_name": "CC Loches Sud Touraine"}
    Commune.objects.filter(pk=loches.pk).update(**epci)
    perrusson = CommuneFactory(insee_code="37100", name="Perrusson", **epci)
    tours, amboise = (
        CommuneFactory(insee_code="37261", name="Tours"),
        CommuneFactory(insee_code="37003", name="Amboise"),
    )
    first, second, other = (
        ActorFactory(name="Atelier A"),
        ActorFactory(name="Atelier B"),
        ActorFactory(name="Atelier C"),
    )
    html = client.get(url).content.decode()
    assert "<select multiple" not in html and 'name="communes"' in html
    assert re.search(rf'<input type="checkbox" name="carriers" value="{first.pk}"[^>]*data-filtrable="1"', html)
    assert "Toutes les communes de CC Loches Sud Touraine" in html
    for asset in ("actors/communes.js", "actors/actors.css", "tools_catalog/manage.js"):
        assert asset in html
    data = {"title": "Stand", "kind": "stand", "starts_on": "2026-05-02", "ends_on": "2026-05-01", "place": "Loches",
            "communes": [tours.pk, amboise.pk, "epci:200043156"], "carriers": [first.pk, second.pk],
            "outcome": "", "is_published": "on"}  # fmt: skip
    html = client.post(url, data).content.decode()
    assert "La fin doit être" in html and not Action.objects.exists()
    assert _checked(html, "communes", tours.pk) and _checked(html, "communes", amboise.pk)
    assert _checked(html, "communes", "epci:200043156")
    assert _checked(html, "carriers", first.pk) and _checked(html, "carriers", second.pk)
    assert not _checked(html, "carriers", other.pk)
    data["ends_on"] = ""
    assert client.post(url, data).status_code == 302
    action = Action.objects.get()
    assert set(action.communes.all()) == {tours, amboise, loches, perrusson}
    assert set(action.carriers.all()) == {first, second}
    html = client.get(reverse("campaigns:action_update", args=[action.pk])).content.decode()
    assert _checked(html, "communes", perrusson.pk) and _checked(html, "carriers", second.pk)
