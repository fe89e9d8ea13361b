"""Workshop links: answering together from one venue, outside the per-client limit, within a quota."""

import html
from datetime import timedelta

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from surveys import services
from surveys.models import Response, WorkshopLink
from surveys.tests.factories import survey_with_every_type, valid_post

pytestmark = pytest.mark.django_db


def text_of(response):
    return html.unescape(response.content.decode())


def make_link(survey, *, quota=25, starts=-1, ends=2, label="Atelier de la médiathèque"):
    now = timezone.now()
    return services.workshop_link_create(
        survey=survey,
        label=label,
        starts_at=now + timedelta(hours=starts),
        ends_at=now + timedelta(hours=ends),
        quota=quota,
    )


@pytest.fixture
def setup():
    return survey_with_every_type()


def test_the_token_is_unguessable_and_unique(setup):
    survey, _q, _c = setup
    first, second = make_link(survey), make_link(survey)
    assert len(first.token) >= 32 and first.token != second.token
    assert first.get_absolute_url() == f"/enquetes/{survey.slug}/atelier/{first.token}/"


@override_settings(SURVEYS_RATE_LIMIT=(20, 3600))
def test_25_submissions_from_one_address_pass_the_26th_is_refused(setup):
    survey, q, choices = setup
    link = make_link(survey, quota=25)
    client = Client(REMOTE_ADDR="203.0.113.7")
    url = link.get_absolute_url()
    assert "Vous répondez par le lien de l'atelier « Atelier de la médiathèque »" in text_of(client.get(url))
    for _ in range(25):
        response = client.post(url, valid_post(survey, q, choices))
        assert response.status_code == 303
    assert Response.objects.count() == 25
    refused = client.post(url, valid_post(survey, q, choices))
    assert refused.status_code == 403
    assert "a déjà reçu le nombre de réponses prévu (25)" in text_of(refused)
    assert Response.objects.count() == 25
    link.refresh_from_db()
    assert link.used == 25 and link.state() == "full"
    assert client.get(url).status_code == 403
    # Without the link, the normal limit applies (the 25 workshop answers were not counted in it).
    normal = reverse("surveys:survey_detail", args=[survey.slug])
    for _ in range(20):
        assert client.post(normal, valid_post(survey, q, choices)).status_code == 303
    assert client.post(normal, valid_post(survey, q, choices)).status_code == 429


@pytest.mark.parametrize(
    ("token", "status", "message"),
    [
        ("forged-token-that-does-not-exist", 404, "n'existe pas ou a été mal recopié"),
        ("x" * 500, 404, "n'existe pas"),
    ],
)
def test_forged_link(client, setup, token, status, message):
    survey, q, choices = setup
    url = reverse("surveys:workshop_answer", args=[survey.slug, token])
    for response in (client.get(url), client.post(url, valid_post(survey, q, choices))):
        assert response.status_code == status
        assert message in text_of(response)
    assert not Response.objects.exists()


def test_a_link_of_another_survey_is_refused(client, setup):
    survey, q, choices = setup
    other, _q, _c = survey_with_every_type()
    link = make_link(other)
    response = client.get(reverse("surveys:workshop_answer", args=[survey.slug, link.token]))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("starts", "ends", "status", "message"),
    [(-3, -1, 410, "l'atelier est terminé"), (1, 3, 403, "n'est pas encore valable")],
)
def test_expired_or_not_yet_valid_link(client, setup, starts, ends, status, message):
    survey, q, choices = setup
    link = make_link(survey, starts=starts, ends=ends)
    response = client.post(link.get_absolute_url(), valid_post(survey, q, choices))
    assert response.status_code == status
    assert message in text_of(response)
    assert not Response.objects.exists()


def test_a_link_expiring_while_the_form_is_open_stores_nothing(client, setup):
    survey, q, choices = setup
    link = make_link(survey)
    url = link.get_absolute_url()
    WorkshopLink.objects.filter(pk=link.pk).update(ends_at=timezone.now() - timedelta(seconds=1))
    response = client.post(url, valid_post(survey, q, choices))
    assert response.status_code == 410
    assert not Response.objects.exists()


def test_service_refuses_a_full_link_inside_the_transaction(setup):
    survey, q, _c = setup
    link = make_link(survey, quota=1)
    services.submit_response(survey=survey, nonce="n" * 20, answers=[], workshop_link=link)
    with pytest.raises(services.WorkshopLinkRefused):
        services.submit_response(survey=survey, nonce="m" * 20, answers=[], workshop_link=link)
    assert Response.objects.count() == 1


# Coordinator page ----------------------------------------------------------------------------


def links_url(survey):
    return reverse("surveys:workshop_links", args=[survey.slug])


def test_permissions(advisor_client, coordinator, setup):
    survey, _q, _c = setup
    client = Client()
    response = client.get(links_url(survey))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))
    assert advisor_client.get(links_url(survey)).status_code == 403
    link = make_link(survey)
    revoke = reverse("surveys:workshop_link_revoke", args=[survey.slug, link.pk])
    assert client.post(revoke).status_code == 302
    assert advisor_client.post(revoke).status_code == 403
    link.refresh_from_db()
    assert link.revoked_at is None


def test_coordinator_creates_lists_and_revokes(coordinator_client, setup):
    survey, _q, _c = setup
    client = Client()
    page = coordinator_client.get(links_url(survey))
    assert page.status_code == 200 and "Créer un lien" in text_of(page)
    start = timezone.localtime()
    response = coordinator_client.post(
        links_url(survey),
        {
            "label": "Atelier du 12 mars",
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
            "quota": "25",
        },
        follow=True,
    )
    content = text_of(response)
    link = WorkshopLink.objects.get()
    assert "Lien d'atelier « Atelier du 12 mars » créé" in content
    assert f"http://testserver/enquetes/{survey.slug}/atelier/{link.token}/" in content
    assert "0 sur 25" in content and "valable" in content
    assert client.get(link.get_absolute_url()).status_code == 200
    revoked = coordinator_client.post(reverse("surveys:workshop_link_revoke", args=[survey.slug, link.pk]), follow=True)
    assert "ne permet plus de répondre" in text_of(revoked)
    refused = client.get(link.get_absolute_url())
    assert refused.status_code == 410 and "retiré par la coordination" in text_of(refused)


@pytest.mark.parametrize(
    ("changes", "field_message"),
    [
        ({"label": ""}, "Donnez un nom à l'atelier."),
        ({"quota": "0"}, "supérieure ou égale à 1"),
        ({"quota": "100000"}, "inférieure ou égale à 500"),
        ({"quota": "vingt"}, "Indiquez un nombre entier."),
        ({"ends_at": "2020-01-01T10:00"}, "La fin doit venir après le début."),
        ({"ends_at": "2099-01-01T10:00"}, "7 jours au plus"),
        ({"starts_at": "demain"}, "Indiquez une date et une heure valables."),
    ],
)
def test_bad_input_gets_a_french_message_and_nothing_is_created(coordinator_client, setup, changes, field_message):
    survey, _q, _c = setup
    start = timezone.localtime()
    data = {
        "label": "Atelier <b>gras</b>",
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
        "quota": "25",
        **changes,
    }
    response = coordinator_client.post(links_url(survey), data)
    assert response.status_code == 200
    content = text_of(response)
    assert field_message in content
    assert not WorkshopLink.objects.exists()


def test_the_page_runs_the_same_queries_for_1_and_20_links(coordinator_client, setup):
    from core.testing import count_queries

    survey, _q, _c = setup
    make_link(survey)
    coordinator_client.get(links_url(survey))
    small = count_queries(lambda: coordinator_client.get(links_url(survey)))
    for index in range(19):
        make_link(survey, label=f"Atelier {index}")
    assert count_queries(lambda: coordinator_client.get(links_url(survey))) == small


def test_the_survey_list_links_to_the_page(coordinator_client, setup):
    survey, _q, _c = setup
    assert links_url(survey) in coordinator_client.get(reverse("surveys:survey_list")).content.decode()
