"""The whole territory: commune type-ahead, French order, distances in SQL, the opening-hours grid."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from actors import fields, geo
from actors.models import Actor, Commune
from actors.opening_hours import describe
from actors.tests.factories import ActorFactory, CommuneFactory

LOCHES = {"latitude": "47.12830", "longitude": "0.99530"}
TOURS = {"latitude": "47.39853", "longitude": "0.69599"}


@pytest.fixture
def communes(db):
    made = {
        "tours": CommuneFactory(name="Tours", insee_code="37261", postal_code="37000",
                                postal_codes="37000 37100 37200", **TOURS),
        "loches": CommuneFactory(name="Loches", insee_code="37132", postal_code="37600", **LOCHES),
        "beaulieu": CommuneFactory(name="Beaulieu-lès-Loches", insee_code="37020", postal_code="37600",
                                   latitude="47.12885", longitude="1.02312"),
        "joue": CommuneFactory(name="Joué-lès-Tours", insee_code="37122", postal_code="37300",
                               latitude="47.35220", longitude="0.66310"),
        "epeigne": CommuneFactory(name="Épeigné-les-Bois", insee_code="37098", postal_code="37150",
                                  latitude="47.28000", longitude="1.10000"),
        "esvres": CommuneFactory(name="Esvres", insee_code="37104", postal_code="37320",
                                 latitude="47.28500", longitude="0.78640"),
        "ile": CommuneFactory(name="L'Île-Bouchard", insee_code="37119", postal_code="37220",
                              latitude="47.11890", longitude="0.42530"),
    }  # fmt: skip
    return made


# Commune matching and French order


def test_communes_sort_in_french_order_whatever_the_accents(communes):
    names = list(Commune.objects.values_list("name", flat=True))
    assert names.index("Épeigné-les-Bois") < names.index("Esvres") < names.index("Joué-lès-Tours")


def test_actors_sort_in_french_order(db):
    for name in ("Fabrique", "Écrivains publics", "Eau vive", "zèbre numérique"):
        ActorFactory(name=name)
    assert [a.name for a in Actor.objects.published()] == ["Eau vive", "Écrivains publics", "Fabrique",
                                                           "zèbre numérique"]  # fmt: skip


@pytest.mark.parametrize(
    "typed,expected",
    [
        ("Beaulieu-lès-Loches (37600)", "37020"),
        ("beaulieu les loches", "37020"),
        ("BEAULIEU", "37020"),
        ("ile bouchard", "37119"),
        ("l'île-bouchard", "37119"),
        ("37300", "37122"),
        ("37261", "37261"),
        ("Tours", "37261"),  # exact name beats "Joué-lès-Tours"
        ("37100", "37261"),  # one of Tours' several postal codes
        ("Loches", "37132"),  # exact name beats "Beaulieu-lès-Loches"
    ],
)
def test_a_typed_commune_is_found_accents_case_and_hyphens_ignored(communes, typed, expected):
    assert fields.resolve_commune(typed).insee_code == expected


def test_an_ambiguous_or_unknown_commune_names_the_candidates(communes):
    with pytest.raises(ValidationError) as ambiguous:
        fields.resolve_commune("37600")
    assert "Beaulieu-lès-Loches (37600), Loches (37600)" in ambiguous.value.messages[0]
    with pytest.raises(ValidationError) as unknown:
        fields.resolve_commune("Paris")
    assert "Aucune commune d'Indre-et-Loire ne correspond à « Paris »" in unknown.value.messages[0]


# Distances


def test_near_orders_by_exact_distance_and_filters_with_a_box_then_the_circle(communes):
    loches = ActorFactory(name="A Loches", **LOCHES)
    tours = ActorFactory(name="B Tours", **TOURS)
    nowhere = ActorFactory(name="C nulle part", unplaced=True)
    whole = ActorFactory(name="D départemental", serves_whole_departement=True, **TOURS)
    beaulieu = communes["beaulieu"]
    ordered = list(Actor.objects.near(beaulieu.latitude, beaulieu.longitude))
    assert ordered == [loches, tours, whole, nowhere]
    assert 1.5 < ordered[0].distance_km < 3  # Beaulieu – Loches, about 2.3 km
    assert 38 < ordered[1].distance_km < 40  # Beaulieu – Tours, about 38.8 km
    assert ordered[3].distance_km is None
    inside = list(Actor.objects.near(beaulieu.latitude, beaulieu.longitude, within_km=10))
    assert inside == [loches, whole]  # the whole-département actor stays, marked on the page


def test_the_visit_sheet_lists_helpers_nearest_first_with_their_distance(communes):
    from django.test import RequestFactory

    from actors import helpers
    from core import slots
    from tools_catalog.tests.factories import ToolFactory

    tool = ToolFactory()
    ActorFactory(name="À Tours", tools=[tool], **TOURS)
    ActorFactory(name="À Loches", tools=[tool], serves_whole_departement=True, **LOCHES)
    obj = {"tools": [tool], "needs": [], "commune": communes["beaulieu"]}
    block = helpers.actors_for_visit(None, obj)
    assert [actor.name for actor in block["helpers"]] == ["À Loches", "À Tours"]
    html = slots.render("visit_sheet", RequestFactory().get("/"), obj)
    assert "près de Beaulieu-lès-Loches" in html and "à 2 km" in html and "à 39 km" in html
    assert "Intervient dans tout le département" in html


def test_bounding_box_encloses_the_circle():
    south, north, west, east = geo.bounding_box(47.1, 1.0, 10)
    assert round(north - 47.1, 3) == round(10 / geo.KM_PER_DEGREE, 3)
    assert east - 1.0 > north - 47.1  # a degree of longitude is shorter than one of latitude here
    assert geo.in_departement(Decimal("47.12885"), Decimal("1.02312"))
    assert not geo.in_departement(Decimal("48.85661"), Decimal("2.35222"))


def test_actor_list_near_a_commune_shows_distances_and_the_whole_departement_mark(client, communes):
    ActorFactory(name="Fablab de Loches", **LOCHES)
    ActorFactory(name="Réseau départemental", serves_whole_departement=True, **TOURS)
    ActorFactory(name="Loin", latitude="47.60000", longitude="0.30000")
    response = client.get(reverse("actors:actor_list"), {"pres_de": "Beaulieu-lès-Loches (37600)", "rayon": "20"})
    text = response.text
    assert response.status_code == 200
    assert "du plus proche au plus éloigné de Beaulieu-lès-Loches" in text
    assert text.index("Fablab de Loches") < text.index("Réseau départemental")
    assert "à 2 km" in text and "Intervient dans tout le département" in text and "Loin" not in text
    assert 'list="communes-37"' in text and 'value="Beaulieu-lès-Loches (37600)"' in text


def test_an_unknown_near_commune_is_ignored_with_its_message_next_to_the_field(client, communes):
    ActorFactory(name="Fablab")
    response = client.get(reverse("actors:actor_list"), {"pres_de": "37600"})
    assert response.status_code == 200 and "Fablab" in response.text
    assert "Plusieurs communes correspondent à « 37600 »" in response.text
    assert "Valeur inconnue pour : près de" in response.text


@pytest.mark.parametrize("role", ["anonymous", "advisor", "coordinator"])
def test_near_list_is_public_and_runs_constant_queries(client, advisor, coordinator, communes, role,
                                                       django_assert_max_num_queries):  # fmt: skip
    if role != "anonymous":
        client.force_login(advisor if role == "advisor" else coordinator)
    url = reverse("actors:actor_list") + "?pres_de=Loches&rayon=40"
    counts = []
    for size in (2, 30):
        ActorFactory.create_batch(size, **LOCHES)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200 and "à moins de 1 km" in response.text
        counts.append(len(queries))
    assert counts[0] == counts[1]


# Opening hours grid


def grid(**cells):
    data = {}
    for day, values in cells.items():
        keys = ["1_start", "1_end", "2_start", "2_end"]
        for key, value in zip(keys, values.get("times", []), strict=False):
            data[f"opening_hours_{day}_{key}"] = value
        if values.get("appointment"):
            data[f"opening_hours_{day}_appointment"] = "on"
    return data


def clean_grid(data):
    field = fields.OpeningHoursField(required=False)
    return field.clean(field.widget.value_from_datadict(data, {}, "opening_hours"))


def test_the_grid_writes_osm_syntax_grouping_consecutive_days():
    same = {"times": ["09:00", "12:00", "14:00", "17:30"]}
    value = clean_grid(grid(mo=same, tu=same, we=same, th=same, fr=same, sa={"times": ["10:00", "12:00"]},
                            su={"appointment": True}))  # fmt: skip
    assert value == 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 10:00-12:00; Su "sur rendez-vous"'
    assert describe(value)[-1] == "Dimanche : sur rendez-vous"
    assert clean_grid(grid(tu={"times": ["14h", "17 h 30"], "appointment": True})) == (
        'Tu 14:00-17:30 "sur rendez-vous"'
    )
    assert clean_grid({}) == ""
    assert clean_grid({"opening_hours_ph_off": "on"}) == ""
    assert (
        clean_grid({**grid(sa={"times": ["10:00", "12:00"]}), "opening_hours_ph_off": "on"}) == "Sa 10:00-12:00; PH off"
    )


@pytest.mark.parametrize(
    "cells,message",
    [
        ({"tu": {"times": ["14:00", "12:00"]}}, "Mardi : la plage 14:00–12:00 finit avant de commencer."),
        ({"we": {"times": ["09:00", "12:00", "11:00", "13:00"]}}, "Mercredi : les deux plages se chevauchent"),
        ({"mo": {"times": ["09:00", ""]}}, "Lundi : indiquez l'heure d'ouverture et l'heure de fermeture"),
        ({"fr": {"times": ["9h", "midi"]}}, "Vendredi : « midi » n'est pas une heure"),
    ],
)
def test_inverted_overlapping_or_incomplete_ranges_are_refused(cells, message):
    with pytest.raises(ValidationError) as error:
        clean_grid(grid(**cells))
    assert any(message in text for text in error.value.messages)


def test_existing_values_read_back_into_the_grid_and_others_stay_as_text():
    assert fields.grid_from_osm("Mo-We 09:00-12:00; Fr 14:00-18:00")["Tu"] == {
        "appointment": False, "1_start": "09:00", "1_end": "12:00"}  # fmt: skip
    assert fields.grid_from_osm("Mo-Fr 09:00-12:00; PH off")["PH"] == {"closed": True}
    assert fields.grid_from_osm("Mo-Fr 09:00-12:00; PH 10:00-12:00") is None
    widget = fields.OpeningHoursWidget()
    html = widget.render("opening_hours", "Mo-Fr 09:00-12:00; PH 10:00-12:00", {"id": "id_opening_hours"})
    assert "la grille ne sait pas afficher" in html and 'value="Mo-Fr 09:00-12:00; PH 10:00-12:00"' in html
    html = widget.render("opening_hours", "Mo-Fr 09:00-12:00; PH off", {"id": "id_opening_hours"})
    assert 'name="opening_hours_ph_off" id="id_opening_hours_ph_off" checked' in html
    html = widget.render("opening_hours", "Sa 10:00-12:00", {"id": "id_opening_hours"})
    assert 'name="opening_hours_sa_1_start" id="id_opening_hours_sa_1_start" value="10:00"' in html


def test_the_actor_form_keeps_a_refused_grid_and_says_why_next_to_it(coordinator_client, communes):
    from actors.tests.test_edit import form_data

    data = form_data(**grid(tu={"times": ["14:00", "12:00"]}, mo={"times": ["09:00", "12:00"]}))
    response = coordinator_client.post(reverse("actors:actor_create"), data)
    assert response.status_code == 200 and not Actor.objects.exists()
    assert "Mardi : la plage 14:00–12:00 finit avant de commencer." in response.text
    assert 'value="14:00"' in response.text and 'href="#id_opening_hours"' in response.text
    data = form_data(**grid(tu={"times": ["09:00", "12:00"], "appointment": True}))
    assert coordinator_client.post(reverse("actors:actor_create"), data).status_code == 302
    actor = Actor.objects.get()
    assert actor.opening_hours == 'Tu 09:00-12:00 "sur rendez-vous"'
    page = coordinator_client.get(reverse("actors:actor_update", args=[actor.slug])).text
    assert 'id="id_opening_hours_tu_1_start" value="09:00"' in page
    assert 'name="opening_hours_tu_appointment" id="id_opening_hours_tu_appointment" checked' in page
    assert "Mardi : de 9 h à 12 h (sur rendez-vous)" in coordinator_client.get(actor.get_absolute_url()).text


def test_a_commune_text_with_a_nul_character_is_refused_before_any_query(db, django_assert_num_queries):
    from actors.fields import CommuneField

    field = CommuneField()
    with django_assert_num_queries(0), pytest.raises(ValidationError) as error:
        field.clean("Tours\x00")
    assert error.value.messages == ["Ce texte contient un caractère non autorisé."]
