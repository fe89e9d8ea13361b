from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.test import Client
from django.urls import reverse

from actors.models import Actor, ErrorReport
from actors.tests.factories import ActorFactory, CommuneFactory, ErrorReportFactory, ServiceFactory, ToolFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def communes():
    tours = CommuneFactory(name="Tours", insee_code="37261", postal_code="37000", postal_codes="37000 37100 37200",
                           latitude="47.39853", longitude="0.69599")  # fmt: skip
    beaulieu = CommuneFactory(name="Beaulieu-lès-Loches", insee_code="37020", postal_code="37600",
                              latitude="47.12885", longitude="1.02312")  # fmt: skip
    return tours, beaulieu


def form_data(actor=None, **overrides):
    CommuneFactory(name="Tours", insee_code="37261", postal_code="37000", postal_codes="37000 37100 37200")
    data = {
        "version": actor.version if actor else 1,
        "name": actor.name if actor else "Nouvel acteur",
        "acronym": "",
        "slug": actor.slug if actor else "nouvel-acteur",
        "kind": "association",
        "summary": "Aide les associations.",
        "description": "",
        "street": "",
        "address_complement": "",
        "postal_code": "37000",
        "commune": "Tours (37000)",
        "point_commune": "37261",
        "latitude": "47.39414",
        "longitude": "0.68484",
        "website": "",
        "email": "",
        "phone": "",
        "opening_hours_osm": "",
        "accessibility_notes": "",
        "acceslibre_url": "",
        "siret": "",
        "rna": "",
    }
    data.update(overrides)
    return data


def edit_urls(actor, report):
    return [
        ("get", reverse("actors:actor_create")),
        ("get", reverse("actors:actor_update", args=[actor.slug])),
        ("post", reverse("actors:actor_verify", args=[actor.slug])),
        ("post", reverse("actors:actor_publication", args=[actor.slug])),
        ("get", reverse("actors:actor_history", args=[actor.slug])),
        ("get", reverse("actors:dashboard")),
        ("post", reverse("actors:report_handle", args=[report.pk])),
    ]


def test_every_edit_url_anonymous_redirects_to_login(client):
    actor = ActorFactory()
    for method, url in edit_urls(actor, ErrorReportFactory(actor=actor)):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url


def test_every_edit_url_advisor_gets_403(advisor_client):
    actor = ActorFactory()
    for method, url in edit_urls(actor, ErrorReportFactory(actor=actor)):
        assert getattr(advisor_client, method)(url).status_code == 403, url
    assert advisor_client.post(reverse("actors:actor_create"), form_data()).status_code == 403
    assert not Actor.objects.filter(slug="nouvel-acteur").exists()


def test_every_edit_url_coordinator_allowed(coordinator_client):
    actor = ActorFactory()
    report = ErrorReportFactory(actor=actor)
    for method, url in edit_urls(actor, report):
        response = getattr(coordinator_client, method)(url)
        assert response.status_code == (302 if method == "post" else 200), url


def test_coordinator_creates_an_actor(coordinator_client, coordinator):
    service = ServiceFactory()
    tool = ToolFactory()
    response = coordinator_client.post(
        reverse("actors:actor_create"),
        form_data(
            services=[service.pk],
            tools=[tool.pk],
            publics=["associations", "volunteers"],
            access_modes=["email"],
            siret="732 829 320 00074",
            rna="w372001234",
            website="example.org",
        ),
    )
    actor = Actor.objects.get(slug="nouvel-acteur")
    assert response.status_code == 302 and response["Location"] == actor.get_absolute_url()
    assert actor.siret == "73282932000074" and actor.rna == "W372001234"
    assert actor.website == "https://example.org"
    assert list(actor.tools.all()) == [tool] and actor.publics == ["associations", "volunteers"]
    assert actor.verified_by == coordinator and actor.version == 1


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("postal_code", "370", "Le code postal compte 5 chiffres"),
        ("siret", "73282932000075", "Ce SIRET n&#x27;est pas valide"),
        ("rna", "X123", "Le numéro RNA commence par W"),
        ("email", "pas-un-courriel", "Saisissez une adresse de courriel valide"),
        ("website", "http://", "Saisissez une URL valide"),
        ("phone", "12345", "Indiquez un numéro français"),
        ("commune", "Paris", "Aucune commune d&#x27;Indre-et-Loire ne correspond à « Paris »"),
        ("commune", "37", "Plusieurs communes correspondent"),
        ("postal_code", "37600", "Le code postal de Tours est 37000 ou 37100 ou 37200"),
        ("opening_hours_osm", "lundi 9h-12h", "Horaires non reconnus"),
        ("name", "x" * 300, "Assurez-vous que cette valeur comporte au plus 200 caractères"),
        ("slug", "nouveau", "Cet identifiant est réservé"),
        ("summary", "", "Ce champ est obligatoire"),
    ],
)
def test_french_errors_next_to_fields_with_input_kept(coordinator_client, field, value, message):
    kept = ("summary", "Gardé") if field == "name" else ("name", "Gardé")
    response = coordinator_client.post(reverse("actors:actor_create"), form_data(**{kept[0]: kept[1], field: value}))
    assert response.status_code == 200
    assert message in response.text
    assert field.removesuffix("_osm") in response.context["form"].errors
    assert "Gardé" in response.text
    assert 'id="error-summary"' in response.text
    assert not Actor.objects.exists()


def test_a_marker_outside_the_departement_is_refused_with_the_input_kept(coordinator_client):
    response = coordinator_client.post(
        reverse("actors:actor_create"), form_data(latitude="48.85661", longitude="2.35222")
    )
    assert response.status_code == 200 and not Actor.objects.exists()
    assert "Le point placé sur la carte est hors d&#x27;Indre-et-Loire" in response.text
    assert "commune" in response.context["form"].errors
    assert 'value="48.85661"' in response.text and 'value="Tours (37000)"' in response.text


def test_without_javascript_the_commune_centre_is_used_and_the_slug_made_from_the_name(coordinator_client, communes):
    _, beaulieu = communes
    data = form_data(name="Écrivains publics du Lochois", slug="", commune="beaulieu les loches", postal_code="",
                     point_commune="", latitude="", longitude="")  # fmt: skip
    response = coordinator_client.post(reverse("actors:actor_create"), data)
    assert response.status_code == 302
    actor = Actor.objects.get()
    assert actor.slug == "ecrivains-publics-du-lochois"
    assert (actor.commune, actor.insee_code, actor.postal_code) == ("Beaulieu-lès-Loches", "37020", "37600")
    assert (str(actor.latitude), str(actor.longitude)) == (beaulieu.latitude, beaulieu.longitude)
    assert actor.location_is_approximate
    again = coordinator_client.post(reverse("actors:actor_create"), dict(data, name="Écrivains publics du Lochois "))
    assert again.status_code == 200  # same name: refused, never a second slug for the same name
    ActorFactory(name="Autre", slug="ecrivains-publics")
    coordinator_client.post(reverse("actors:actor_create"), dict(data, name="Écrivains publics"))
    assert Actor.objects.filter(slug="ecrivains-publics-2").exists()


def test_a_point_placed_on_the_map_is_kept_then_replaced_by_the_centre_when_the_commune_changes(
    coordinator_client, communes
):
    tours, beaulieu = communes
    coordinator_client.post(reverse("actors:actor_create"), form_data())
    actor = Actor.objects.get()
    assert (str(actor.latitude), str(actor.longitude), actor.location_is_approximate) == ("47.39414", "0.68484", False)
    page = coordinator_client.get(reverse("actors:actor_update", args=[actor.slug])).text
    assert 'value="Tours (37000)"' in page and 'name="point_commune" value="37261"' in page
    # The commune changes, the point was placed for Tours: the new commune's centre is used.
    response = coordinator_client.post(
        reverse("actors:actor_update", args=[actor.slug]), form_data(actor, commune="Beaulieu-lès-Loches (37600)",
                                                                      postal_code="")
    )  # fmt: skip
    assert response.status_code == 302
    actor.refresh_from_db()
    assert (actor.insee_code, actor.latitude, actor.location_is_approximate) == (
        "37020",
        Decimal(beaulieu.latitude),
        True,
    )


def test_update_increments_version_and_records_history(coordinator_client, coordinator):
    actor = ActorFactory(summary="Ancien résumé")
    response = coordinator_client.post(
        reverse("actors:actor_update", args=[actor.slug]), form_data(actor, summary="Nouveau résumé")
    )
    assert response.status_code == 302
    actor.refresh_from_db()
    assert actor.summary == "Nouveau résumé" and actor.version == 2
    history = coordinator_client.get(reverse("actors:actor_history", args=[actor.slug]))
    assert "présentation en une ligne" in history.text
    assert "coord" in history.text
    entry = LogEntry.objects.get_for_object(actor).filter(action=LogEntry.Action.UPDATE).first()
    assert entry.actor == coordinator


def test_stale_edit_does_not_overwrite_and_shows_the_other_values(client, coordinator, django_user_model):
    from django.contrib.auth.models import Group

    other = django_user_model.objects.create_user("autre", first_name="Alex", last_name="Autre")
    other.groups.add(Group.objects.get(name="Coordinateurs"))
    actor = ActorFactory(summary="Version initiale")
    first, second = Client(), Client()
    first.force_login(other)
    second.force_login(coordinator)
    url = reverse("actors:actor_update", args=[actor.slug])
    # Both open the form at version 1.
    assert 'name="version" value="1"' in first.get(url).text
    assert 'name="version" value="1"' in second.get(url).text
    assert first.post(url, form_data(actor, summary="Par Alex")).status_code == 302
    response = second.post(url, form_data(actor, summary="Par moi", phone="02 47 00 00 00"))
    assert response.status_code == 409
    actor.refresh_from_db()
    assert actor.summary == "Par Alex" and actor.version == 2 and actor.phone == ""
    assert "Quelqu&#x27;un a modifié cette fiche" in response.text or "Quelqu'un a modifié cette fiche" in response.text
    assert "Par Alex" in response.text and "Alex Autre" in response.text
    assert 'value="Par moi"' in response.text  # my input is kept
    assert 'name="version" value="2"' in response.text
    # A deliberate second save (now at version 2) goes through.
    assert second.post(url, form_data(actor, summary="Par moi")).status_code == 302
    actor.refresh_from_db()
    assert actor.summary == "Par moi" and actor.version == 3


def test_tampered_version_is_a_form_error(coordinator_client):
    actor = ActorFactory()
    url = reverse("actors:actor_update", args=[actor.slug])
    response = coordinator_client.post(url, form_data(actor, version="abc"))
    assert response.status_code == 200 and "version" in response.context["form"].errors


def test_verify_and_publication(coordinator_client, coordinator):
    actor = ActorFactory(stale=True)
    coordinator_client.post(reverse("actors:actor_verify", args=[actor.slug]))
    actor.refresh_from_db()
    assert not actor.is_stale and actor.verified_by == coordinator
    coordinator_client.post(reverse("actors:actor_publication", args=[actor.slug]), {"publish": "0"})
    actor.refresh_from_db()
    assert actor.is_published is False and Actor.objects.filter(pk=actor.pk).exists()
    assert Client().get(actor.get_absolute_url()).status_code == 404
    assert actor.name not in Client().get(reverse("actors:actor_list")).text
    coordinator_client.post(reverse("actors:actor_publication", args=[actor.slug]), {"publish": "1"})
    actor.refresh_from_db()
    assert actor.is_published is True


def test_dashboard_lists_stale_actors_and_open_reports(coordinator_client):
    stale = ActorFactory(name="Ancienne fiche", stale=True)
    ActorFactory(name="Fiche fraîche")
    report = ErrorReportFactory(actor=stale, message="Le téléphone a changé", contact_email="a@example.org")
    response = coordinator_client.get(reverse("actors:dashboard"))
    assert "Ancienne fiche" in response.text and "Fiche fraîche" not in response.text
    assert "Le téléphone a changé" in response.text
    coordinator_client.post(reverse("actors:report_handle", args=[report.pk]))
    report.refresh_from_db()
    assert report.is_handled and report.contact_email == ""
    assert ErrorReport.objects.open().count() == 0
    assert "Le téléphone a changé" not in coordinator_client.get(reverse("actors:dashboard")).text


def test_oversized_fields_are_refused_without_500(coordinator_client):
    response = coordinator_client.post(
        reverse("actors:actor_create"), form_data(summary="x" * 10_000, opening_hours_osm="Mo " * 200)
    )
    assert response.status_code == 200
    assert {"summary", "opening_hours"} <= set(response.context["form"].errors)
