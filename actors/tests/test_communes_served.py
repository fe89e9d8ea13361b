"""The communes an actor serves: checkboxes grouped by intercommunality (issue 15: no Ctrl-click list)."""

import pytest
from django.urls import reverse

from actors.models import Actor
from actors.tests.factories import CommuneFactory
from actors.tests.test_edit import form_data
from core.testing import count_queries

pytestmark = pytest.mark.django_db

LOCHES_SUD = {"epci_code": "200043081", "epci_name": "CC Loches Sud Touraine"}
TVI = {"epci_code": "200043131", "epci_name": "CC Touraine Vallée de l'Indre"}


@pytest.fixture
def lochois():
    return [
        CommuneFactory(name="Beaulieu-lès-Loches", insee_code="37020", **LOCHES_SUD),
        CommuneFactory(name="Loches", insee_code="37132", **LOCHES_SUD),
        CommuneFactory(name="Perrusson", insee_code="37183", **LOCHES_SUD),
        CommuneFactory(name="Montbazon", insee_code="37154", **TVI),
    ]


def test_a_plain_post_with_three_communes_keeps_three(coordinator_client, lochois):
    chosen = [commune.pk for commune in lochois[:3]]
    response = coordinator_client.post(reverse("actors:actor_create"), form_data(communes_served=chosen))
    assert response.status_code == 302
    actor = Actor.objects.get(slug="nouvel-acteur")
    assert sorted(actor.communes_served.values_list("pk", flat=True)) == sorted(chosen)


def test_choices_are_kept_after_an_error_elsewhere(coordinator_client, lochois):
    beaulieu, loches, perrusson, montbazon = lochois
    data = form_data(summary="", communes_served=[beaulieu.pk, loches.pk, montbazon.pk])
    response = coordinator_client.post(reverse("actors:actor_create"), data)
    assert response.status_code == 200 and not Actor.objects.exists()
    html = response.text
    for commune in (beaulieu, loches, montbazon):
        assert f'value="{commune.pk}" id="id_communes_served_{commune.pk}" checked' in html
    assert f'value="{perrusson.pk}" id="id_communes_served_{perrusson.pk}">' in html
    assert "Communes choisies (3) : Beaulieu-lès-Loches, Loches, Montbazon." in html
    assert "(2 choisies sur 3)" in html and "(1 choisie sur 1)" in html
    assert html.count('<details class="communes-served__group" data-communes-group open>') == 2


def test_groups_without_a_chosen_commune_are_closed_and_the_old_help_is_gone(coordinator_client, lochois):
    html = coordinator_client.get(reverse("actors:actor_create")).text
    assert '<select name="communes_served"' not in html
    assert "Ouvrez une intercommunalité pour cocher ses communes" in html
    assert "Aucune commune choisie." in html
    assert html.count('<details class="communes-served__group" data-communes-group>') >= 2
    assert "Toutes les communes de CC Loches Sud Touraine" in html
    assert html.index("CC Loches Sud Touraine") < html.index("CC Touraine Vallée de l&#x27;Indre")


def test_a_whole_intercommunality_means_all_its_communes(coordinator_client, lochois):
    data = form_data(communes_served=[f"epci:{LOCHES_SUD['epci_code']}", lochois[3].pk])
    assert coordinator_client.post(reverse("actors:actor_create"), data).status_code == 302
    actor = Actor.objects.get(slug="nouvel-acteur")
    assert set(actor.communes_served.all()) == set(lochois)


@pytest.mark.parametrize("bad", ["999999", "abc", "epci:123456789"])
def test_unknown_communes_are_refused_next_to_the_field_with_the_choices_kept(coordinator_client, lochois, bad):
    data = form_data(name="Gardé", communes_served=[lochois[0].pk, bad])
    response = coordinator_client.post(reverse("actors:actor_create"), data)
    assert response.status_code == 200 and not Actor.objects.exists()
    assert "communes_served" in response.context["form"].errors
    assert "Cette commune n&#x27;est pas dans la liste" in response.text
    assert f'id="id_communes_served_{lochois[0].pk}" checked' in response.text
    assert "Gardé" in response.text


def test_the_form_runs_one_query_for_the_communes_whatever_their_number(coordinator_client, lochois):
    url = reverse("actors:actor_create")
    small = count_queries(lambda: coordinator_client.get(url))
    for index in range(60):
        CommuneFactory(name=f"Commune {index}", insee_code=f"37{500 + index}", epci_code=f"2000{index % 6:05d}",
                       epci_name=f"CC {index % 6}")  # fmt: skip
    assert count_queries(lambda: coordinator_client.get(url)) == small


def test_the_edit_form_shows_the_saved_communes_ticked_in_their_open_group(coordinator_client, lochois):
    from actors.tests.factories import ActorFactory

    actor = ActorFactory()
    actor.communes_served.add(lochois[1])
    html = coordinator_client.get(reverse("actors:actor_update", args=[actor.slug])).text
    assert f'id="id_communes_served_{lochois[1].pk}" checked' in html
    assert "Communes choisies (1) : Loches." in html and "(1 choisie sur 3)" in html
    assert html.count('<details class="communes-served__group" data-communes-group open>') == 1


def test_a_commune_with_a_primary_key_of_a_thousand_or_more_is_sent_back_as_is(coordinator_client):
    """With the French thousands separator, pk 2345 rendered as "2 345" and the form refused its own
    checkbox (found on PostgreSQL, where ids pass 999 quickly)."""
    commune = CommuneFactory(pk=2345, name="Beaulieu-lès-Loches", insee_code="37020", **LOCHES_SUD)
    html = coordinator_client.get(reverse("actors:actor_create")).text
    assert 'value="2345" id="id_communes_served_2345"' in html
    response = coordinator_client.post(reverse("actors:actor_create"), form_data(communes_served=["2345"]))
    assert response.status_code == 302
    assert list(Actor.objects.get(slug="nouvel-acteur").communes_served.all()) == [commune]
