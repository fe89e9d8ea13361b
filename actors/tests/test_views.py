import json

import pytest
from django.test import Client
from django.urls import reverse

from actors.models import Actor
from actors.tests.factories import ActorFactory, CommuneFactory, NeedFactory, ServiceFactory, ToolFactory

pytestmark = pytest.mark.django_db

LIST = reverse("actors:actor_list")
MAP = reverse("actors:actor_map_data")


def test_list_shows_published_actors_only(client):
    ActorFactory(name="FunLab Tours")
    ActorFactory(name="Fiche masquée", hidden=True)
    response = client.get(LIST)
    assert response.status_code == 200
    assert "FunLab Tours" in response.text
    assert "Fiche masquée" not in response.text
    assert "data-actors-map" in response.text
    assert "<script>" not in response.text and 'style="' not in response.text


def test_search_is_accent_and_case_insensitive(client):
    ActorFactory(name="Ligue de l'enseignement", summary="Éducation populaire")
    ActorFactory(name="Autre")
    response = client.get(LIST, {"q": "EDUCATION"})
    assert "Ligue de l&#x27;enseignement" in response.text
    assert "Autre" not in [a.name for a in response.context["actors"]]


def test_filters_by_kind_service_public_tool_need_commune(client):
    tool, need = ToolFactory(slug="nextcloud"), NeedFactory(slug="fichiers")
    other_tool = ToolFactory()
    other_tool.needs.add(need)
    service = ServiceFactory(slug="formation")
    commune = CommuneFactory(insee_code="37003", name="Amboise")
    match = ActorFactory(
        kind=Actor.Kind.THIRD_PLACE, tools=[tool], services=[service], publics=["volunteers"], insee_code="37003"
    )
    via_need = ActorFactory(needs=[need])
    via_tool_need = ActorFactory(tools=[other_tool])
    whole = ActorFactory(serves_whole_departement=True, insee_code="37261")
    served = ActorFactory(insee_code="37261")
    served.communes_served.add(commune)
    other = ActorFactory(insee_code="37261")

    def names(**params):
        return {a.pk for a in client.get(LIST, params).context["page_obj"].object_list}

    assert names(kind="third_place") == {match.pk}
    assert names(service="formation") == {match.pk}
    assert names(public="volunteers") == {match.pk}
    assert names(tool="nextcloud") == {match.pk}
    assert names(need="fichiers") == {via_need.pk, via_tool_need.pk}
    assert names(commune="37003") == {match.pk, whole.pk, served.pk}
    assert other.pk not in names(commune="37003")
    assert names(tool="nextcloud", kind="association") == set()


def test_unknown_filter_values_are_ignored_with_a_message(client):
    ActorFactory.create_batch(2)
    response = client.get(LIST, {"kind": "inconnu", "tool": "pas-un-outil", "commune": "<script>", "page": "zz"})
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 2
    assert "Valeur inconnue pour : type de structure, outil, commune" in response.text
    assert "<script>" not in response.text


def test_pagination_keeps_filters(client):
    ActorFactory.create_batch(25, kind=Actor.Kind.ASSOCIATION)
    response = client.get(LIST, {"kind": "association"})
    assert "kind=association&amp;page=2" in response.text
    response = client.get(LIST, {"kind": "association", "page": 2})
    assert len(response.context["page_obj"].object_list) == 5


def test_map_json_uses_the_same_filters(client):
    tool = ToolFactory(slug="jitsi")
    placed = ActorFactory(name="Placé", tools=[tool])
    ActorFactory(name="Sans adresse", unplaced=True, tools=[tool])
    ActorFactory(name="Autre outil")
    response = client.get(MAP, {"tool": "jitsi"})
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["count"] == 1
    assert data["actors"][0] == {
        "name": "Placé",
        "url": placed.get_absolute_url(),
        "lat": 47.39414,
        "lon": 0.68484,
        "commune": "Tours",
        "approximate": False,
    }
    list_page = client.get(LIST, {"tool": "jitsi"})
    assert f'data-source="{MAP}?tool=jitsi"' in list_page.text


@pytest.mark.parametrize(
    "query",
    ["tool=%00", "kind[]=x", "q=" + "x" * 5000, "commune=37261&commune=zz", "page=-1", "{}", "q=%7B%22a%22%3A"],
)
def test_malformed_requests_never_fail(client, query):
    ActorFactory()
    assert client.get(f"{MAP}?{query}").status_code == 200
    assert client.get(f"{LIST}?{query}").status_code == 200


def test_map_json_reports_ignored_filters(client):
    data = client.get(MAP, {"kind": "nope"}).json()
    assert data["ignored_filters"] == ["type de structure"]
    assert client.post(MAP, data="{pas du json", content_type="application/json").status_code == 405


def test_detail_shows_every_public_field(client):
    tool = ToolFactory(name="Nextcloud", slug="nextcloud")
    need = NeedFactory(name="Partager des fichiers", slug="partage")
    service = ServiceFactory(name="Formation", slug="formation")
    actor = ActorFactory(
        name="Informatique participative",
        acronym="IP",
        description="Du **libre** <script>alert(1)</script>",
        tools=[tool],
        needs=[need],
        services=[service],
        publics=["associations", "volunteers"],
        street="1 rue de l'Exemple",
        website="https://example.org/",
        email="contact@example.org",
        phone="02 47 00 00 00",
        opening_hours="Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00",
        access_modes=["walk_in", "phone"],
        accessibility_notes="Plain-pied.",
        siret="73282932000074",
        rna="W372001234",
    )
    response = client.get(actor.get_absolute_url())
    text = response.text
    assert response.status_code == 200
    for expected in [
        "Informatique participative (IP)",
        "<strong>libre</strong>",
        "Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h 30",
        "Samedi : de 10 h à 12 h",
        f'href="{tool.get_absolute_url()}"',
        "Partager des fichiers",
        "Formation",
        "Associations, Bénévoles",
        "contact@example.org",
        "02 47 00 00 00",
        "Se présenter sur place, Téléphoner",
        "Plain-pied.",
        "73282932000074",
        "W372001234",
        'data-lat="47.39414"',
        "Vérifié le",
        "Signaler une erreur",
    ]:
        assert expected in text, expected
    assert "<script>alert" not in text


def test_detail_warns_when_verification_is_old(client):
    actor = ActorFactory(stale=True)
    assert "cette fiche a plus d'un an" in client.get(actor.get_absolute_url()).text
    fresh = ActorFactory()
    assert "plus d'un an" not in client.get(fresh.get_absolute_url()).text


def test_hidden_actor_is_404_for_the_public_but_visible_to_coordinators(coordinator_client):
    actor = ActorFactory(hidden=True)
    assert Client().get(actor.get_absolute_url()).status_code == 404
    response = coordinator_client.get(actor.get_absolute_url())
    assert response.status_code == 200
    assert "Masqué" in response.text


@pytest.mark.parametrize("slug", ["inconnu", "..%2F..%2Fetc", "a" * 300, "%3Cscript%3E"])
def test_tampered_slugs_give_404(client, slug):
    assert client.get(f"{LIST}{slug}/").status_code == 404


def test_exports_linked_from_list(client):
    text = client.get(LIST).text
    assert reverse("actors:export_csv") in text and reverse("actors:export_data_inclusion") in text


def test_json_detail_escaping_in_map(client):
    ActorFactory(name='Acteur "<b>gras</b>"')
    data = json.loads(client.get(MAP).content)
    assert data["actors"][0]["name"] == 'Acteur "<b>gras</b>"'
