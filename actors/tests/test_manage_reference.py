"""The coordinators' pages of the actors' reference lists: kinds of service (list, add, edit, delete when
unused) and the communes (read-only, searched)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from actors import services
from actors.models import Service
from actors.tests.factories import ActorFactory, CommuneFactory, ServiceFactory
from core.testing import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def clients(advisor, coordinator):
    anonymous, advisor_client, coordinator_client = Client(), Client(), Client()
    advisor_client.force_login(advisor)
    coordinator_client.force_login(coordinator)
    return anonymous, advisor_client, coordinator_client


def test_pages_are_for_coordinators_only(clients):
    anonymous, advisor_client, coordinator_client = clients
    service = ServiceFactory()
    for url in (
        reverse("actors:service_list"),
        reverse("actors:service_create"),
        reverse("actors:service_update", args=[service.pk]),
        reverse("actors:service_history", args=[service.pk]),
        reverse("actors:commune_list"),
    ):
        response = anonymous.get(url)
        assert response.status_code == 302 and "/compte/login/" in response["Location"]
        assert advisor_client.get(url).status_code == 403
        assert coordinator_client.get(url).status_code == 200
    delete = reverse("actors:service_delete", args=[service.pk])
    assert anonymous.post(delete).status_code == 302
    assert advisor_client.post(delete).status_code == 403
    assert Service.objects.filter(pk=service.pk).exists()
    assert coordinator_client.get(delete).status_code == 405


def test_add_a_service_with_the_slug_made_from_the_name(coordinator_client):
    ServiceFactory(name="Aide aux démarches", slug="aide-aux-demarches")
    response = coordinator_client.post(
        reverse("actors:service_create"), {"name": "Aide aux démarches en ligne", "slug": "", "position": "20"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("actors:service_list")
    service = Service.objects.get(name="Aide aux démarches en ligne")
    assert service.slug == "aide-aux-demarches-en-ligne" and service.position == 20
    page = coordinator_client.get(reverse("actors:service_list")).content.decode()
    assert "Aide aux démarches en ligne" in page and "enregistré" in page


def test_edit_a_service_keeps_or_changes_its_slug(coordinator_client):
    service = ServiceFactory(name="Formation", slug="formation", position=10)
    url = reverse("actors:service_update", args=[service.pk])
    data = {"name": "Formations", "slug": "formation", "position": "5", "version": "1"}
    assert coordinator_client.post(url, data).status_code == 302
    service.refresh_from_db()
    assert (service.name, service.slug, service.position) == ("Formations", "formation", 5)
    html = coordinator_client.get(reverse("actors:service_history", args=[service.pk])).content.decode()
    assert "Modification" in html and "nom" in html and "coord" in html


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": "", "slug": "", "position": "1"}, "name", "Ce champ est obligatoire."),
        ({"name": "Formation", "slug": "x", "position": "1"}, "name", "Un service porte déjà ce nom."),
        ({"name": "Autre", "slug": "formation", "position": "1"}, "slug", "Un service utilise déjà cet identifiant"),
        ({"name": "Autre", "slug": "pas un slug!", "position": "1"}, "slug", "lettres"),
        ({"name": "Autre", "slug": "", "position": "-3"}, "position", "supérieure ou égale à 0"),
        ({"name": "Autre", "slug": "", "position": "abc"}, "position", "Saisissez un nombre entier."),
    ],
)
def test_bad_input_is_explained_next_to_the_field_and_nothing_saved(coordinator_client, data, field, message):
    ServiceFactory(name="Formation", slug="formation")
    before = Service.objects.count()
    response = coordinator_client.post(reverse("actors:service_create"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert any(message in error for error in form.errors[field]), form.errors
    html = response.content.decode()
    assert "field--error" in html and 'class="error-summary"' in html
    if data["name"]:
        assert f'value="{data["name"]}"' in html  # input kept
    assert Service.objects.count() == before


def test_a_service_actors_offer_cannot_be_deleted(coordinator_client):
    used = ServiceFactory(name="Reconditionnement", slug="reconditionnement")
    ActorFactory().services.add(used)
    unused = ServiceFactory(name="Ancien service", slug="ancien-service")
    page = coordinator_client.get(reverse("actors:service_list")).content.decode()
    assert "Suppression impossible : 1 acteur le propose." in page
    response = coordinator_client.post(reverse("actors:service_delete", args=[used.pk]), follow=True)
    assert Service.objects.filter(pk=used.pk).exists()
    assert "1 acteur(s) proposent ce service" in response.content.decode()
    coordinator_client.post(reverse("actors:service_delete", args=[unused.pk]))
    assert not Service.objects.filter(pk=unused.pk).exists()


def test_the_service_list_runs_the_same_queries_whatever_its_size(coordinator_client):
    def page():
        assert coordinator_client.get(reverse("actors:service_list")).status_code == 200

    ServiceFactory.create_batch(2)
    small = count_queries(page)
    for service in ServiceFactory.create_batch(30):
        ActorFactory().services.add(service)
    assert count_queries(page) == small


def test_the_communes_are_searched_by_name_or_postal_code(coordinator_client):
    CommuneFactory(
        name="Beaulieu-lès-Loches",
        insee_code="37020",
        postal_code="37600",
        postal_codes="37600",
        epci_name="CC Loches Sud Touraine",
    )
    CommuneFactory(name="Amboise", insee_code="37003", postal_code="37400", postal_codes="37400")
    url = reverse("actors:commune_list")
    html = coordinator_client.get(url, {"recherche": "beaulieu les"}).content.decode()
    assert "Beaulieu-lès-Loches" in html and "CC Loches Sud Touraine" in html and "Amboise" not in html
    html = coordinator_client.get(url, {"recherche": "37400"}).content.decode()
    assert "Amboise" in html and "Beaulieu" not in html
    html = coordinator_client.get(url, {"recherche": "zzz"}).content.decode()
    assert "Aucune commune ne correspond" in html
    assert coordinator_client.get(url, {"page": "abc"}).status_code == 200


def test_the_commune_list_runs_the_same_queries_whatever_its_size(coordinator_client):
    def page():
        assert coordinator_client.get(reverse("actors:commune_list")).status_code == 200

    CommuneFactory.create_batch(3)
    small = count_queries(page)
    CommuneFactory.create_batch(120)
    assert count_queries(page) == small


def test_a_stale_service_edit_answers_409_with_the_other_values_and_keeps_the_input(coordinator_client):
    service = ServiceFactory(name="Formation", slug="formation", position=10)
    url = reverse("actors:service_update", args=[service.pk])
    page = coordinator_client.get(url).content.decode()
    assert 'name="version" value="1"' in page
    # Someone else saves first (the same service as the page does).
    services.save_service(service=service, name="Formations numériques", slug="formation", position=10, version=1)
    mine = {"name": "Ateliers", "slug": "formation", "position": "7", "version": "1"}
    response = coordinator_client.post(url, mine)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Quelqu'un a modifié ce service" in html
    assert "Formations numériques" in html  # their value
    assert 'value="Ateliers"' in html and 'value="7"' in html  # my input, kept in the form
    assert 'name="version" value="2"' in html  # saving again replaces their version knowingly
    service.refresh_from_db()
    assert (service.name, service.position, service.version) == ("Formations numériques", 10, 2)
    # Saving again with the version now shown works.
    assert coordinator_client.post(url, {**mine, "version": "2"}).status_code == 302
    service.refresh_from_db()
    assert (service.name, service.position, service.version) == ("Ateliers", 7, 3)


def test_every_write_of_a_service_moves_its_version(coordinator_client):
    service = services.save_service(name="Formation")
    assert service.version == 1
    service = services.save_service(service=service, name="Formations", slug="formation", position=3, version=1)
    assert service.version == 2
    with pytest.raises(services.StaleServiceError):
        services.save_service(service=service, name="Autre", slug="formation", position=3, version=1)
    with pytest.raises(TypeError):
        services.save_service(service=service, name="Autre", slug="formation", position=3)
    assert Service.objects.get(pk=service.pk).name == "Formations"
    # The admin's page and the list's "ordre" column move it too (a services page opened before answers 409).
    staff = Client()
    admin_user = get_user_model().objects.create_superuser("chef", "chef@example.org", "x")
    staff.force_login(admin_user)
    change = reverse("admin:actors_service_change", args=[service.pk])
    data = {"name": "Formations au numérique", "slug": "formation", "position": "3"}
    assert staff.post(change, data).status_code == 302
    service.refresh_from_db()
    assert service.name == "Formations au numérique" and service.version == 3
    changelist = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-0-id": str(service.pk),
        "form-0-position": "9",
        "_save": "Enregistrer",
    }
    assert staff.post(reverse("admin:actors_service_changelist"), changelist).status_code == 302
    service.refresh_from_db()
    assert service.position == 9 and service.version == 4
    stale = {"name": "Ateliers", "slug": "formation", "position": "1", "version": "2"}
    assert coordinator_client.post(reverse("actors:service_update", args=[service.pk]), stale).status_code == 409
    # The version is not a change of its own in the history.
    from actors.selectors import service_history

    assert all("version" not in (entry.changes_dict or {}) for entry in service_history(service))
