"""The coordinators' outbox page: counts, masked addresses, retry of failed messages, to-do item."""

import datetime
import re

import pytest
from django.core import mail as django_mail
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone
from post_office.models import STATUS, Email, Log

from core import slots
from core.mail import deliver_queued, queue_email
from core.testing import delivered_mail
from ptca import outbox

pytestmark = pytest.mark.django_db

URL = reverse("outbox")


def make_email(
    status,
    *,
    to="camille.durand@example.org",
    subject="Inscription confirmée",
    failures=0,
    kind="trainings.confirmation",
):
    email = queue_email(to=to, subject=subject, body="Bonjour.", kind=kind)
    Email.objects.filter(pk=email.pk).update(status=status)
    for index in range(failures):
        Log.objects.create(
            email=email,
            status=STATUS.failed,
            message=f"tentative {index + 1} : 550 5.1.1 <{to}>: Recipient address rejected",
            exception_type="SMTPRecipientsRefused",
        )
    email.refresh_from_db()
    return email


def populate(count):
    for index in range(count):
        status = [STATUS.sent, STATUS.queued, STATUS.requeued, STATUS.failed][index % 4]
        make_email(status, to=f"personne{index}@example.org", subject=f"Message {index}", failures=index % 3)


def test_anonymous_is_sent_to_login_and_advisor_is_refused(advisor_client):
    response = Client().get(URL)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert advisor_client.get(URL).status_code == 403


def test_page_shows_counts_and_messages_with_addresses_masked(coordinator_client):
    make_email(STATUS.sent, subject="Inscription confirmée : Nextcloud")
    make_email(STATUS.queued, subject="Session modifiée", kind="trainings.session_update")
    make_email(STATUS.failed, to="inconnu@example.org", subject="Refusé", failures=2)
    make_email(STATUS.sent, to="dominique@example.org", subject="Réinitialisation", kind="")

    response = coordinator_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["counts"] == {"total": 4, "sent": 2, "waiting": 1, "failed": 1, "overdue": 0}
    assert "c***@example.org" in html and "i***@example.org" in html and "d***@example.org" in html
    assert not re.search(r"camille|inconnu@|dominique", html)  # no address, not even in the server's answer
    rows = {row.subject: row for row in response.context["rows"]}
    assert rows["Refusé"].attempts == 2 and rows["Refusé"].can_retry
    assert rows["Refusé"].last_error == "tentative 2 : 550 5.1.1 <i***@example.org>: Recipient address rejected"
    assert (
        rows["Inscription confirmée : Nextcloud"].attempts == 1
        and not rows["Inscription confirmée : Nextcloud"].can_retry
    )
    assert rows["Session modifiée"].kind == "Formation : session modifiée" and rows["Session modifiée"].attempts == 0
    assert rows["Réinitialisation"].kind == outbox.OTHER_KIND
    assert html.count(">Réessayer<") == 1


def test_status_filter_in_french_and_unknown_value(coordinator_client):
    make_email(STATUS.sent, subject="Parti")
    make_email(STATUS.failed, subject="Échoué")
    make_email(STATUS.requeued, subject="Réessayé plus tard")
    subjects = lambda response: [row.subject for row in response.context["rows"]]  # noqa: E731
    assert subjects(coordinator_client.get(URL + "?statut=echec")) == ["Échoué"]
    assert subjects(coordinator_client.get(URL + "?statut=attente")) == ["Réessayé plus tard"]
    assert subjects(coordinator_client.get(URL + "?statut=envoye")) == ["Parti"]
    response = coordinator_client.get(URL + "?statut=<script>")
    assert response.status_code == 200 and len(response.context["rows"]) == 3
    assert "Valeur inconnue pour « statut »" in response.content.decode()
    assert coordinator_client.get(URL + "?page=abc").status_code == 200


def test_overdue_messages_warn_that_the_worker_is_not_running(coordinator_client):
    email = make_email(STATUS.queued)
    assert "ne tourne probablement pas" not in coordinator_client.get(URL).content.decode()
    Email.objects.filter(pk=email.pk).update(created=timezone.now() - datetime.timedelta(minutes=20))
    assert "ne tourne probablement pas" in coordinator_client.get(URL).content.decode()


def test_page_runs_a_constant_number_of_queries(coordinator_client, django_assert_num_queries):
    populate(3)
    coordinator_client.get(URL)  # session and user cached in the same way for both sizes
    with django_assert_num_queries(5) as small:
        assert coordinator_client.get(URL).status_code == 200
    populate(80)  # more than a page
    with django_assert_num_queries(len(small.captured_queries)):
        response = coordinator_client.get(URL)
    assert len(response.context["rows"]) == outbox.PAGE_SIZE
    assert coordinator_client.get(URL + "?page=2").status_code == 200


def test_retry_requeues_a_failed_message_which_then_leaves(coordinator_client):
    email = make_email(STATUS.failed, failures=1)
    Email.objects.filter(pk=email.pk).update(number_of_retries=8)
    retry_url = reverse("outbox_retry", args=[email.pk])
    assert coordinator_client.get(retry_url).status_code == 405
    response = coordinator_client.post(retry_url, {"statut": "echec"}, follow=True)
    assert response.redirect_chain[-1][0] == URL + "?statut=echec"
    assert "est remis dans la file d&#x27;envoi" in response.content.decode()
    email.refresh_from_db()
    assert email.status == STATUS.requeued and email.number_of_retries == 0
    assert email.scheduled_time <= timezone.now()
    assert deliver_queued()["sent"] == 1
    row = outbox.outbox_row(outbox.outbox_messages().get(pk=email.pk))
    assert row.status_label == "Envoyé" and row.attempts == 2  # one failure, then the retry that left


def test_retry_refuses_a_message_that_is_not_failed(coordinator_client):
    email = make_email(STATUS.sent)
    response = coordinator_client.post(reverse("outbox_retry", args=[email.pk]), follow=True)
    assert "n&#x27;est pas en échec" in response.content.decode()
    email.refresh_from_db()
    assert email.status == STATUS.sent
    assert coordinator_client.post(reverse("outbox_retry", args=[email.pk + 1000])).status_code == 404


def test_retry_is_for_coordinators_only(advisor_client):
    email = make_email(STATUS.failed)
    retry_url = reverse("outbox_retry", args=[email.pk])
    response = Client().post(retry_url)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert advisor_client.post(retry_url).status_code == 403
    email.refresh_from_db()
    assert email.status == STATUS.failed


def test_coordinator_todo_lists_failed_emails_in_one_query(coordinator, advisor, django_assert_num_queries):
    request = RequestFactory().get("/")
    request.user = advisor
    make_email(STATUS.failed)
    assert outbox.coordinator_todo(request) is None
    request.user = coordinator
    coordinator._is_coordinator = True
    with django_assert_num_queries(1):
        block = outbox.coordinator_todo(request)
    assert block["failed"] == 1 and block["overdue"] == 0
    html = slots.render("coordinator_todo", request)
    assert "1 courriel en échec" in html and URL + "?statut=echec" in html
    Email.objects.update(status=STATUS.sent)
    assert outbox.coordinator_todo(request) is None


def test_coordination_space_links_coordinators_to_the_outbox(coordinator_client, advisor):
    make_email(STATUS.failed)
    html = coordinator_client.get(reverse("coordination")).content.decode()
    assert "1 courriel en échec" in html and f'href="{URL}"' in html
    advisor_site = Client()
    advisor_site.force_login(advisor)
    assert advisor_site.get(reverse("coordination")).status_code == 403
    html = advisor_site.get(reverse("home")).content.decode()
    assert "courriel en échec" not in html and URL not in html


@override_settings(EMAIL_BACKEND="post_office.EmailBackend")  # Django's test runner replaced it with locmem
def test_password_reset_goes_through_the_outbox(coordinator_client, advisor):
    response = Client().post("/compte/password_reset/", {"email": "conseil@example.org"})
    assert response.status_code == 302
    email = Email.objects.get()
    assert email.to == ["conseil@example.org"] and email.status == STATUS.queued
    assert django_mail.outbox == []  # nothing left before the worker's pass
    [message] = delivered_mail()
    assert "/compte/reset/" in message.body
    row = coordinator_client.get(URL).context["rows"][0]
    assert (row.recipients, row.status_label, row.kind) == ("c***@example.org", "Envoyé", outbox.OTHER_KIND)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_outbox_page_passes_axe_and_retries_by_keyboard(
    live_server, new_page, accessible, login_in_browser, coordinator, viewport
):
    make_email(STATUS.failed, to="inconnu@example.org", subject="Refusé", failures=1)
    make_email(STATUS.sent, subject="Parti")
    page = new_page(viewport)
    login_in_browser(page, coordinator.username, "motdepasse-coord")
    page.goto(live_server.url + URL)
    assert page.locator("h1").inner_text() == "Courriels du portail"
    accessible(page)
    button = page.get_by_role("button", name=re.compile("^Réessayer"))
    button.focus()
    page.keyboard.press("Enter")
    # Enter starts a navigation that wait_for_load_state() does not wait for: wait for its message.
    page.get_by_text("est remis dans la file d'envoi").wait_for()
    assert Email.objects.get(subject="Refusé").status == STATUS.requeued
    accessible(page)
