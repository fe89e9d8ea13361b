"""Coordinators' pages of training modules (list, create with prefill, edit with optimistic locking,
history) and the sessions list's periods with attendance from the list."""

import re
from datetime import timedelta

import pytest
from django.contrib.admin.sites import site
from django.urls import reverse
from django.utils import timezone

from core.testing import count_queries
from trainings.admin import TrainingAdmin
from trainings.models import FeedbackResponse, Registration, Training
from trainings.tests.factories import NeedFactory, RegistrationFactory, SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def module_urls(training):
    return [
        reverse("trainings:training_manage_list"),
        reverse("trainings:training_create"),
        reverse("trainings:training_manage", args=[training.slug]),
        reverse("trainings:training_update", args=[training.slug]),
        reverse("trainings:training_history", args=[training.slug]),
    ]


def test_module_pages_send_anonymous_visitors_to_the_login(client):
    for url in module_urls(TrainingFactory()):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url
    assert client.post(reverse("trainings:training_create"), module_data()).status_code == 302
    assert not Training.objects.filter(title="Bien choisir sa visio").exists()


def test_module_pages_are_forbidden_to_advisors(advisor_client):
    training = TrainingFactory()
    for url in module_urls(training):
        assert advisor_client.get(url).status_code == 403, url
    assert advisor_client.post(reverse("trainings:training_create"), module_data()).status_code == 403
    assert advisor_client.post(module_urls(training)[3], module_data(version=1)).status_code == 403
    assert Training.objects.count() == 1


def test_module_pages_are_open_to_coordinators(coordinator_client):
    for url in module_urls(TrainingFactory()):
        assert coordinator_client.get(url).status_code == 200, url


def module_data(**overrides):
    data = {
        "title": "Bien choisir sa visio",
        "slug": "",
        "summary": "Comparer les outils de visioconférence libres.",
        "audiences": ["informateurs"],
        "format": "onsite",
        "duration": "3 heures",
        "objectives": "- Savoir choisir",
        "programme": "",
        "prerequisites": "",
        "resources": "- <https://exemple.org/fiche.pdf>",
        "proposed_from": "",
        "is_published": "on",
        "version": "1",
        "site_web": "",
    }
    data.update(overrides)
    return data


def test_the_create_form_is_prefilled_from_the_needs_board_link(coordinator_client):
    need = NeedFactory(slug="visioconference", name="Visioconférence")
    other = NeedFactory(slug="autre-besoin")
    url = reverse("trainings:training_create")
    query = {
        "titre": "Visio  libre",
        "besoin": ["visioconference", "inconnu"],
        "origine": "Proposée suite à l'enquête « 2026 » (n = 42)",
    }
    html = coordinator_client.get(url, query).content.decode()
    assert 'value="Visio libre"' in html
    assert "Proposée suite à l&#x27;enquête « 2026 » (n = 42)" in html
    assert re.search(rf'name="needs" value="{need.pk}"[^>]* checked', html)
    assert not re.search(rf'name="needs" value="{other.pk}"[^>]* checked', html)
    assert "prérempli depuis le tableau des besoins" in html
    # Hostile values: cut, never a 500.
    assert (
        coordinator_client.get(url, {"titre": "x" * 5000, "besoin": "<script>", "origine": "y" * 5000}).status_code
        == 200
    )


def test_create_a_module_with_a_slug_made_from_the_title(coordinator_client):
    need = NeedFactory()
    response = coordinator_client.post(
        reverse("trainings:training_create"),
        module_data(needs=[need.pk], proposed_from="Proposée suite à l'enquête « Vos outils » (n = 42)"),
    )
    training = Training.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:training_manage", args=["bien-choisir-sa-visio"])
    assert (training.slug, training.version, list(training.needs.all())) == ("bien-choisir-sa-visio", 1, [need])
    page = coordinator_client.get(response["Location"]).content.decode()
    assert "Enregistré : le module « Bien choisir sa visio » est créé." in page
    assert f'href="{training.get_absolute_url()}"' in page
    # The origin shows on the public pages of the module and of its sessions.
    session = SessionFactory(training=training)
    for public in (training.get_absolute_url(), session.get_absolute_url()):
        assert (
            "Proposée suite à l&#x27;enquête « Vos outils » (n = 42)" in coordinator_client.get(public).content.decode()
        )


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"title": ""}, "Indiquez le titre du module."),
        ({"summary": ""}, "Écrivez un résumé d&#x27;une ou deux phrases."),
        ({"duration": ""}, "Indiquez la durée"),
        ({"slug": "gestion"}, "Cet identifiant est réservé par le portail"),
        ({"slug": "Pas un slug !"}, "Utilisez seulement des minuscules sans accents"),
        ({"format": "papier"}, "Sélectionnez un choix valide"),
        ({"audiences": ["extraterrestres"]}, "Sélectionnez un choix valide"),
        ({"needs": ["999999"]}, "Sélectionnez un choix valide"),
        ({"title": "Existant"}, "Un module porte déjà ce titre."),
        ({"proposed_from": "x" * 301}, "Assurez-vous que cette valeur comporte au plus 300 caractères"),
    ],
)
def test_bad_input_gives_a_french_message_keeps_the_input_and_saves_nothing(coordinator_client, overrides, message):
    TrainingFactory(title="Existant", slug="existant")
    response = coordinator_client.post(reverse("trainings:training_create"), module_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Comparer les outils de visioconférence libres." in html or overrides.get("summary") == ""
    assert Training.objects.count() == 1


def test_a_stale_edit_answers_409_with_the_other_values_and_saves_nothing(coordinator_client):
    training = TrainingFactory(title="Visio", slug="visio", duration="3 heures")
    url = reverse("trainings:training_update", args=[training.slug])
    coordinator_client.post(url, module_data(title="Visio", slug="visio", duration="2 heures", version="1"))
    assert Training.objects.get().version == 2
    response = coordinator_client.post(url, module_data(title="Visio", slug="visio", duration="4 heures", version="1"))
    html = response.content.decode()
    assert response.status_code == 409
    assert "Quelqu'un a modifié ce module" in html
    assert "<td>2 heures</td><td>4 heures</td>" in html
    assert 'name="version" value="2"' in html
    assert Training.objects.get().duration == "2 heures"
    # Saving again from the refreshed form wins.
    assert (
        coordinator_client.post(
            url, module_data(title="Visio", slug="visio", duration="4 heures", version="2")
        ).status_code
        == 302
    )
    assert Training.objects.get().duration == "4 heures"


def test_a_save_in_the_admin_makes_an_open_form_stale(coordinator_client):
    training = TrainingFactory(title="Visio", slug="visio")
    training.duration = "1 heure"
    TrainingAdmin(Training, site).save_model(None, training, None, change=True)
    url = reverse("trainings:training_update", args=[training.slug])
    assert coordinator_client.post(url, module_data(title="Visio", slug="visio", version="1")).status_code == 409


def test_the_history_lists_changes(coordinator_client):
    training = TrainingFactory(title="Visio", slug="visio")
    coordinator_client.post(
        reverse("trainings:training_update", args=[training.slug]),
        module_data(title="Visio", slug="visio", duration="2 heures"),
    )
    html = coordinator_client.get(reverse("trainings:training_history", args=["visio"])).content.decode()
    assert "durée" in html


def test_the_module_list_runs_the_same_queries_for_1_and_25_modules(coordinator_client):
    url = reverse("trainings:training_manage_list")

    def module():
        session = SessionFactory(past=True)
        FeedbackResponse.objects.create(session=session, usefulness=4)
        SessionFactory(training=session.training)

    module()
    coordinator_client.get(url)
    small = count_queries(lambda: coordinator_client.get(url))
    for _ in range(24):
        module()
    response = coordinator_client.get(url)
    assert count_queries(lambda: coordinator_client.get(url)) == small
    assert response.content.decode().count("Page publique<span") == 25


def test_the_module_page_runs_the_same_queries_for_1_and_25_sessions(coordinator_client):
    training = TrainingFactory()
    url = reverse("trainings:training_manage", args=[training.slug])
    first = SessionFactory(training=training, past=True)
    for _ in range(5):  # results and free texts shown from 5 answers
        FeedbackResponse.objects.create(session=first, usefulness=3, comment="Bien")
    coordinator_client.get(url)
    small = count_queries(lambda: coordinator_client.get(url))
    for index in range(24):
        session = SessionFactory(training=training, start=timezone.now() - timedelta(days=index + 1))
        RegistrationFactory(session=session)
        FeedbackResponse.objects.create(session=session, usefulness=3, comment="Bien")
    assert count_queries(lambda: coordinator_client.get(url)) == small


def test_create_a_session_of_this_module_preselects_it(coordinator_client):
    training = TrainingFactory()
    html = coordinator_client.get(reverse("trainings:session_create"), {"module": training.pk}).content.decode()
    assert f'<option value="{training.pk}" selected>' in html
    assert coordinator_client.get(reverse("trainings:session_create"), {"module": "abc"}).status_code == 200


# --- The sessions list: to come, past, cancelled -------------------------------------------------------------


def test_the_list_has_upcoming_past_and_cancelled_sessions(coordinator_client):
    upcoming = SessionFactory(training=TrainingFactory(title="Module à venir"))
    past = SessionFactory(training=TrainingFactory(title="Module passé"), past=True)
    cancelled = SessionFactory(training=TrainingFactory(title="Module annulé"), cancelled=True)
    RegistrationFactory(session=past)
    url = reverse("trainings:manage_dashboard")
    pages = {
        period: coordinator_client.get(url, {"periode": period}).content.decode()
        for period in ["a-venir", "passees", "annulees"]
    }
    assert "Module à venir" in pages["a-venir"] and "Module passé" not in pages["a-venir"]
    assert "Module annulé" not in pages["a-venir"]
    assert "Module passé" in pages["passees"] and "Module à venir" not in pages["passees"]
    assert "Module annulé" in pages["annulees"] and "Module passé" not in pages["annulees"]
    # Attendance straight from the list, for the past session, with what is left to record.
    attendance = reverse("trainings:attendance", args=[past.pk])
    assert f'href="{attendance}"' in pages["passees"] and "(1 à noter)" in pages["passees"]
    assert reverse("trainings:attendance", args=[upcoming.pk]) not in pages["a-venir"]
    assert reverse("trainings:attendance", args=[cancelled.pk]) not in pages["annulees"]
    # An unknown period is the default one, never an error.
    assert "Module à venir" in coordinator_client.get(url, {"periode": "<script>"}).content.decode()


def test_attendance_opens_on_the_day_of_the_session(coordinator_client):
    today = timezone.localtime().replace(hour=23, minute=0, second=0, microsecond=0)
    if today <= timezone.now():  # pragma: no cover - a run at 23:xx Paris time
        pytest.skip("le jour touche à sa fin")
    session = SessionFactory(start=today, end=today + timedelta(minutes=30))
    registration = RegistrationFactory(session=session)
    html = coordinator_client.get(reverse("trainings:manage_dashboard")).content.decode()
    assert f'href="{reverse("trainings:attendance", args=[session.pk])}"' in html
    url = reverse("trainings:attendance", args=[session.pk])
    assert coordinator_client.post(url, {f"r{registration.pk}": "attended"}).status_code == 302
    assert Registration.objects.get(pk=registration.pk).status == "attended"


@pytest.mark.parametrize("period", ["a-venir", "passees", "annulees"])
def test_each_period_runs_the_same_queries_for_1_and_25_sessions(coordinator_client, period):
    url = reverse("trainings:manage_dashboard") + f"?periode={period}"
    traits = {"a-venir": {}, "passees": {"past": True}, "annulees": {"cancelled": True}}[period]

    def session():
        RegistrationFactory(session=SessionFactory(**traits))

    session()
    coordinator_client.get(url)
    small = count_queries(lambda: coordinator_client.get(url))
    for _ in range(24):
        session()
    assert count_queries(lambda: coordinator_client.get(url)) == small
