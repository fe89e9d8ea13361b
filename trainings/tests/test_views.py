from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core.testing import delivered_mail
from trainings import services
from trainings.models import Registration
from trainings.tests.conftest import registration_data
from trainings.tests.factories import (
    CommuneFactory,
    RegistrationFactory,
    SessionFactory,
    TrainingFactory,
    in_days,
)

pytestmark = pytest.mark.django_db


def test_list_groups_upcoming_sessions_by_month_with_places_left(client):
    soon = SessionFactory(capacity=5, training=TrainingFactory(title="Module proche"))
    RegistrationFactory.create_batch(2, session=soon)
    later = SessionFactory(start=in_days(70), training=TrainingFactory(title="Module lointain"))
    SessionFactory(past=True, training=TrainingFactory(title="Module passé"))
    response = client.get(reverse("trainings:session_list"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "3 places libres sur 5" in html
    assert html.index(soon.get_absolute_url()) < html.index(later.get_absolute_url())
    assert "/formations/sessions/" + str(soon.pk + 2) + "/" not in html
    first_month = timezone.localtime(soon.start).strftime("%Y-%m")
    last_month = timezone.localtime(later.start).strftime("%Y-%m")
    assert f'id="mois-{first_month}"' in html and f'id="mois-{last_month}"' in html


def test_full_and_cancelled_sessions_are_marked(client, full_session):
    SessionFactory(cancelled=True)
    html = client.get(reverse("trainings:session_list")).content.decode()
    assert "Complet : liste d'attente (2 personnes)" in html
    assert "Annulée" in html


def test_list_filters_are_in_the_url(client):
    tours = CommuneFactory(name="Tours", insee_code="37261")
    remote = SessionFactory(training=TrainingFactory(title="À distance", remote=True, accompagnateurs=True))
    onsite = SessionFactory(training=TrainingFactory(title="Sur place"), commune=tours)
    url = reverse("trainings:session_list")
    remote_url, onsite_url = remote.get_absolute_url(), onsite.get_absolute_url()
    html = client.get(url + "?format=remote").content.decode()
    assert remote_url in html and onsite_url not in html
    html = client.get(url + "?public=accompagnateurs").content.decode()
    assert remote_url in html and onsite_url not in html
    html = client.get(url + "?commune=37261").content.decode()
    assert onsite_url in html and remote_url not in html
    html = client.get(url + f"?module={onsite.training.slug}").content.decode()
    assert onsite_url in html and "1 session à venir" in html
    response = client.get(url + "?format=inconnu&public=zzz")
    assert response.status_code == 200
    assert "Valeur inconnue pour" in response.content.decode()
    assert "2 sessions à venir" in response.content.decode()


@pytest.mark.parametrize("size", [2, 25])
def test_list_calendar_and_archive_run_a_constant_number_of_queries(client, django_assert_max_num_queries, size):
    today = timezone.localdate()
    for index in range(size):
        session = SessionFactory(start=in_days(1 + index % 20), training=TrainingFactory())
        RegistrationFactory(session=session)
        SessionFactory(past=True, training=session.training)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("trainings:session_list")).status_code == 200
    with django_assert_max_num_queries(5):
        assert client.get(reverse("trainings:calendar_month", args=[today.year, today.month])).status_code == 200
    with django_assert_max_num_queries(5):
        assert client.get(reverse("trainings:archive")).status_code == 200


def test_month_calendar_is_an_accessible_table(client):
    session = SessionFactory(start=in_days(1))
    local = timezone.localtime(session.start)
    response = client.get(reverse("trainings:calendar_month", args=[local.year, local.month]))
    html = response.content.decode()
    assert "<caption>" in html
    assert html.count('<th scope="col">') == 7
    assert session.get_absolute_url() in html
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert client.get(reverse("trainings:calendar")).status_code == 302


@pytest.mark.parametrize("year, month", [(2025, 13), (2025, 0), (1500, 1)])
def test_month_calendar_refuses_impossible_months(client, year, month):
    assert client.get(f"/formations/calendrier/{year}/{month}/").status_code == 404


def test_archive_lists_past_sessions(client):
    past = SessionFactory(past=True, training=TrainingFactory(title="Session d'hier"))
    SessionFactory(training=TrainingFactory(title="Session de demain"))
    html = client.get(reverse("trainings:archive")).content.decode()
    assert past.training.title.replace("'", "&#x27;") in html and "Session de demain" not in html


def test_module_page_lists_its_sessions_and_renders_markdown(client):
    training = TrainingFactory(programme="1. Accueil\n2. **Enjeux**<script>alert(1)</script>")
    session = SessionFactory(training=training)
    html = client.get(training.get_absolute_url()).content.decode()
    assert session.get_absolute_url() in html
    assert "<strong>Enjeux</strong>" in html and "<script>alert" not in html
    assert client.get(TrainingFactory(hidden=True).get_absolute_url()).status_code == 404


def test_session_page_explains_why_each_field_is_asked(client):
    session = SessionFactory()
    html = client.get(session.get_absolute_url()).content.decode()
    for text in ["feuille d'émargement", "lien pour annuler", "Facultatif", "anonymisées", 'class="honeypot"']:
        assert text in html, text


def test_registration_request_then_the_emailed_link_confirms_it(client):
    session = SessionFactory(capacity=1)
    response = client.post(session.get_absolute_url(), registration_data())
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.HELD
    assert response.status_code == 302
    assert response["Location"] == reverse("trainings:registration_requested", args=[session.pk])
    html = client.get(response["Location"]).content.decode()
    assert "Vérifiez votre messagerie" in html and "30 minutes" in html
    [request] = delivered_mail()
    manage_url = registration.get_manage_url()
    assert manage_url in request.body
    # The person opens the link: a page with a button (a mail filter opening the link confirms nothing).
    html = client.get(manage_url).content.decode()
    assert "Confirmer mon inscription" in html and "Une place vous est réservée" in html
    assert Registration.objects.get().status == Registration.Status.HELD
    response = client.post(reverse("trainings:registration_confirm", args=[registration.token]), follow=True)
    assert "Votre inscription est confirmée" in response.content.decode()
    assert Registration.objects.get().status == Registration.Status.CONFIRMED
    assert "confirmée" in delivered_mail()[-1].subject
    # Full now: the next person's confirmation puts them on the waiting list.
    client.post(session.get_absolute_url(), registration_data(email="autre@example.org"))
    other = Registration.objects.get(email="autre@example.org")
    assert other.status == Registration.Status.PENDING
    response = client.post(reverse("trainings:registration_confirm", args=[other.token]), follow=True)
    html = response.content.decode()
    assert "liste d&#x27;attente, au rang 1" in html


def test_a_double_click_gives_the_same_answer_and_one_row(client):
    session = SessionFactory()
    first = client.post(session.get_absolute_url(), registration_data())
    second = client.post(session.get_absolute_url(), registration_data())
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Registration.objects.count() == 1
    assert [message.subject.split(" :")[0] for message in delivered_mail()] == [
        "[Formation] Confirmez votre inscription"
    ] * 2


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"email": "pas-une-adresse"}, "Saisissez une adresse courriel valide"),
        ({"email": ""}, "Indiquez votre adresse courriel."),
        ({"first_name": ""}, "Indiquez votre prénom."),
        ({"consent": ""}, "Cochez cette case pour vous inscrire"),
    ],
)
def test_bad_registration_input_gives_french_errors_and_keeps_the_input(client, overrides, message):
    session = SessionFactory()
    response = client.post(session.get_absolute_url(), registration_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'id="error-summary"' in html
    assert 'value="Durand"' in html
    assert not Registration.objects.exists()


def test_honeypot_stores_nothing(client, caplog):
    session = SessionFactory()
    response = client.post(session.get_absolute_url(), registration_data(site_web="https://spam.example"))
    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert not delivered_mail()
    assert "honeypot filled: scope=trainings.request" in caplog.messages


def test_closed_session_says_why(client):
    late = SessionFactory(registration_deadline=timezone.now() - timedelta(hours=1))
    html = client.get(late.get_absolute_url()).content.decode()
    assert "date limite d&#x27;inscription est passée" in html
    response = client.post(late.get_absolute_url(), registration_data())
    assert response.status_code == 409
    assert not Registration.objects.exists()
    cancelled = SessionFactory(cancelled=True)
    html = client.get(cancelled.get_absolute_url()).content.decode()
    assert "Session annulée" in html and "L&#x27;intervenant est malade." in html


def test_unknown_or_hidden_session_is_a_404(client):
    assert client.get(reverse("trainings:session_detail", args=[999999])).status_code == 404
    hidden = SessionFactory(training=TrainingFactory(hidden=True))
    assert client.get(hidden.get_absolute_url()).status_code == 404


def test_the_online_link_is_only_sent_by_email(client):
    session = SessionFactory(online=True, capacity=1)
    confirmed = RegistrationFactory(session=session)
    waiting = RegistrationFactory(session=session, waitlisted=True)
    assert b"salle-secrete" not in client.get(session.get_absolute_url()).content
    html = client.get(confirmed.get_manage_url()).content.decode()
    assert "salle-secrete" not in html and "Envoyé par courriel" in html
    html = client.get(waiting.get_manage_url()).content.decode()
    assert "salle-secrete" not in html and "rang 1" in html


@pytest.mark.parametrize("suffix, status", [("", 200), ("annuler/", 200), ("confirmer/", 302)])
def test_tampered_unknown_or_anonymised_tokens_are_404(client, suffix, status):
    registration = RegistrationFactory()
    base = reverse("trainings:registration_manage", args=[registration.token])
    assert client.get(base + suffix).status_code == status
    tampered = registration.token[:-1] + ("A" if registration.token[-1] != "A" else "B")
    for token in [tampered, "x", "a" * 200, registration.token.upper()]:
        assert client.get(f"/formations/inscription/{token}/{suffix}").status_code == 404, token
    assert client.post(f"/formations/inscription/{tampered}/annuler/").status_code == 404
    assert client.post(f"/formations/inscription/{tampered}/confirmer/").status_code == 404
    services.registrations_anonymise(older_than=timezone.now() + timedelta(days=365))
    assert client.get(base + suffix).status_code == 404


def test_cancel_through_the_management_link_asks_first_then_promotes_the_first_waitlisted(client, full_session):
    session, confirmed, waiting = full_session
    url = reverse("trainings:registration_cancel", args=[confirmed[0].token])
    html = client.get(confirmed[0].get_manage_url()).content.decode()
    assert f'href="{url}"' in html and f'action="{url}"' not in html  # a link to a page that asks, not a button
    # GET (one tap on the link, or a mail filter opening it) only asks.
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200 and "Annuler mon inscription ?" in html and 'method="post"' in html
    assert Registration.objects.get(pk=confirmed[0].pk).status == "confirmed"
    assert delivered_mail() == []
    response = client.post(url, follow=True)
    assert "Votre inscription est annulée" in response.content.decode()
    assert Registration.objects.get(pk=confirmed[0].pk).status == "cancelled"
    assert Registration.objects.get(pk=waiting[0].pk).status == "confirmed"
    assert [m.to[0] for m in delivered_mail()] == [confirmed[0].email, waiting[0].email]
    # A second post (double click) changes nothing; the page no longer offers to cancel.
    client.post(url)
    assert len(delivered_mail()) == 2
    assert client.get(url).status_code == 302


def test_leave_the_waiting_list(client, full_session):
    session, confirmed, waiting = full_session
    response = client.post(reverse("trainings:registration_cancel", args=[waiting[0].token]), follow=True)
    assert "Vous avez quitté la liste d&#x27;attente." in response.content.decode()
    assert Registration.objects.get(pk=waiting[1].pk).compute_waitlist_rank() == 1


def test_cannot_cancel_once_the_session_started(client):
    registration = RegistrationFactory(session=SessionFactory(past=True))
    response = client.post(reverse("trainings:registration_cancel", args=[registration.token]), follow=True)
    assert "a commencé" in response.content.decode()
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"
