"""Finding 4: personal data is really erased, wherever the portal copied it.

`purge_registrations` anonymises registrations and erases their copies in the edit history
(django-auditlog) and in the e-mail outbox; public requests leave no client address in the
history (and the addresses recorded before are erased by a migration); error reports keep no
reporter address, and the reply e-mail of a report nobody handles is erased after
REPORT_EMAIL_RETENTION_DAYS; the privacy notice states what is kept, why and for how long.
"""

import datetime
import importlib
import logging
from io import StringIO

import pytest
from auditlog.models import LogEntry
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone
from post_office.models import Email

from actors import services as actor_services
from actors.models import ErrorReport
from actors.tests.factories import ActorFactory
from core import jobs
from core.history import ERASED_REPR, erase_personal_data
from core.mail import queue_email
from tools_catalog import services as catalogue_services
from tools_catalog.models import CatalogueReport
from tools_catalog.tests.factories import ToolFactory
from trainings.models import Registration
from trainings.tests.factories import RegistrationFactory, SessionFactory, in_days

pytestmark = pytest.mark.django_db
ADDRESS = "203.0.113.77"


def history_text(model):
    """Every text the history holds about `model`'s objects, in one string."""
    entries = LogEntry.objects.filter(content_type=ContentType.objects.get_for_model(model))
    return " ".join(
        f"{e.object_repr} {e.changes} {e.changes_text} {e.serialized_data} {e.additional_data} {e.remote_addr}"
        for e in entries
    )


def test_purge_erases_the_registrants_names_from_the_history(settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    old = RegistrationFactory(
        session=SessionFactory(start=in_days(-400)),
        first_name="Camille",
        last_name="Dupuis",
        email="camille@example.org",
    )
    recent = RegistrationFactory(session=SessionFactory(start=in_days(-30)), first_name="Dominique", last_name="Lenoir")
    # A history entry as any configuration could have left it: personal values in the changes.
    LogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Registration),
        object_pk=str(old.pk),
        object_id=old.pk,
        object_repr=str(old),
        action=LogEntry.Action.UPDATE,
        changes={"email": ["camille@example.org", "c.dupuis@example.org"], "status": ["confirmed", "attended"]},
        serialized_data={"model": "trainings.registration", "pk": old.pk, "fields": {"last_name": "Dupuis"}},
        additional_data={"note": "Camille Dupuis a appelé"},
        remote_addr=ADDRESS,
    )
    assert "Camille" in history_text(Registration) and "Dupuis" in history_text(Registration)

    out = StringIO()
    call_command("purge_registrations", stdout=out)

    text = history_text(Registration)
    for personal in ("Camille", "Dupuis", "camille@example.org", "c.dupuis", ADDRESS):
        assert personal not in text
    # The history still says what happened (which fields, the status change), not about whom.
    entry = LogEntry.objects.get(object_pk=str(old.pk), action=LogEntry.Action.UPDATE)
    assert entry.object_repr == ERASED_REPR
    assert entry.changes["status"] == ["confirmed", "attended"]
    assert set(entry.changes) == {"email", "status"}
    # The recent registration keeps its history.
    assert "Dominique" in text and "Lenoir" in text
    assert "entrée(s) d'historique" in out.getvalue()
    # Running again changes nothing more.
    assert erase_personal_data(Registration, [old.pk], ["email"]) == 0
    assert recent.pk


def test_purge_also_erases_registrations_anonymised_by_an_earlier_version(settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    old = RegistrationFactory(session=SessionFactory(start=in_days(-400)), first_name="Sacha", last_name="Bernard")
    Registration.objects.filter(pk=old.pk).update(first_name="Personne", anonymised_at=timezone.now())
    assert "Bernard" in history_text(Registration)
    call_command("purge_registrations", stdout=StringIO())
    assert "Bernard" not in history_text(Registration) and "Sacha" not in history_text(Registration)


def test_purge_erases_the_messages_sent_to_anonymised_registrants(settings):
    settings.REGISTRATION_RETENTION_MONTHS = 12
    old = RegistrationFactory(session=SessionFactory(start=in_days(-400)), email="ancien@example.org")
    RegistrationFactory(session=SessionFactory(start=in_days(10)), email="ancien@example.org")
    sent_then = queue_email(to="ancien@example.org", subject="Inscription", body=f"Bonjour {old.first_name}")
    Email.objects.filter(pk=sent_then.pk).update(created=timezone.now() - datetime.timedelta(days=420))
    sent_now = queue_email(to="ancien@example.org", subject="Rappel", body="Votre session de la semaine prochaine")
    other = queue_email(to="autre@example.org", subject="Inscription", body="Bonjour")
    Email.objects.filter(pk=other.pk).update(created=timezone.now() - datetime.timedelta(days=420))
    call_command("purge_registrations", stdout=StringIO())
    remaining = set(Email.objects.values_list("pk", flat=True))
    assert sent_then.pk not in remaining
    assert sent_now.pk in remaining  # the same person's later registration still needs it
    assert other.pk in remaining


def test_public_requests_record_no_client_address_in_the_history(client, caplog):
    actor = ActorFactory(slug="maison-du-libre")
    with caplog.at_level(logging.DEBUG):
        response = client.post(
            "/acteurs/maison-du-libre/signaler/",
            {"message": "Les horaires ont changé.", "contact_email": "moi@example.org"},
            REMOTE_ADDR=ADDRESS,
        )
    assert response.status_code == 302
    report = ErrorReport.objects.get(actor=actor)
    entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(ErrorReport), object_pk=str(report.pk))
    assert entry.remote_addr is None and entry.remote_port is None
    assert "moi@example.org" not in history_text(ErrorReport)
    # Nor in the logs of the report flow.
    assert all(ADDRESS not in record.getMessage() for record in caplog.records)


def test_signed_in_requests_record_no_address_either(coordinator_client, coordinator):
    actor = ActorFactory()
    coordinator_client.post(f"/acteurs/{actor.slug}/signaler/", {"message": "Adresse changée."}, REMOTE_ADDR=ADDRESS)
    entry = LogEntry.objects.get(content_type=ContentType.objects.get_for_model(ErrorReport))
    assert entry.actor == coordinator  # who, yes
    assert entry.remote_addr is None  # from where, no


def test_the_migration_erases_the_addresses_recorded_before():
    actor = ActorFactory()
    LogEntry.objects.filter(object_pk=str(actor.pk)).update(remote_addr=ADDRESS, remote_port=44321)
    assert LogEntry.objects.filter(remote_addr=ADDRESS).exists()
    migration = importlib.import_module("ptca.migrations.0002_erase_history_addresses")
    migration.erase_addresses(apps, None)
    assert not LogEntry.objects.filter(remote_addr__isnull=False).exists()
    assert not LogEntry.objects.filter(remote_port__isnull=False).exists()
    assert LogEntry.objects.filter(object_pk=str(actor.pk)).exists()  # rows are kept


def test_the_privacy_notice_says_what_is_kept_why_and_how_long(client, settings):
    settings.REGISTRATION_RETENTION_MONTHS = 9
    settings.FOLLOWUP_RETENTION_MONTHS = 30
    settings.REPORT_EMAIL_RETENTION_DAYS = 120
    html = client.get("/mentions-legales/").content.decode()
    for expected in (
        "9 mois après la fin de la session",
        "historique des modifications, courriels envoyés",
        "Aucune adresse IP n'y est notée",
        "effacé dès que le signalement est traité",
        "8 heures sans activité",
        "Connexions réussies : 180 jours",
        "ni écrits dans l'adresse de la page",
        # Follow-ups of associations: what, who sees it, how long, and what the anonymisation erases.
        "Accompagnements d'associations",
        "son numéro RNA (facultatif) et les notes de visite",
        "30 mois après la fin de l'accompagnement, puis anonymisés",
        "le nom, le numéro RNA, les notes de visite et le lien de lecture sont effacés",
        # Reports nobody handles: the reply e-mail does not stay forever.
        "l'annuaire ou le catalogue des outils",
        "au plus tard 120 jours après l'envoi si personne ne l'a traité",
    ):
        assert expected in html.replace("&#x27;", "'"), expected


def test_security_logs_are_purged_after_their_retention(settings):
    from axes.models import AccessAttempt, AccessLog

    old = timezone.now() - datetime.timedelta(days=200)
    stale = AccessLog.objects.create(username="coord", ip_address=ADDRESS, user_agent="x")
    AccessLog.objects.create(username="coord", ip_address=ADDRESS, user_agent="x")
    AccessLog.objects.filter(pk=stale.pk).update(attempt_time=old)
    attempt = AccessAttempt.objects.create(username="coord", ip_address=ADDRESS, user_agent="x", failures_since_start=3)
    AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=old)
    out = StringIO()
    call_command("purge_security_logs", stdout=out)
    assert AccessLog.objects.count() == 1 and not AccessAttempt.objects.exists()
    assert "1 connexion(s) réussie(s)" in out.getvalue()


def test_unhandled_reports_lose_their_reply_email_after_the_retention(settings):
    settings.REPORT_EMAIL_RETENTION_DAYS = 180
    actor, tool = ActorFactory(), ToolFactory()

    def actor_report(email, days_ago):
        report = actor_services.error_report_create(
            client_key="test", actor=actor, message="Les horaires ont changé.", contact_email=email
        )
        ErrorReport.objects.filter(pk=report.pk).update(created_at=timezone.now() - datetime.timedelta(days=days_ago))
        return report

    def catalogue_report(email, days_ago):
        report = catalogue_services.catalogue_report_create(
            client_key="test", target=tool, kind="error", message="La licence a changé.", contact_email=email
        )
        CatalogueReport.objects.filter(pk=report.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
        return report

    old_actor, recent_actor = actor_report("ancien@example.org", 200), actor_report("recent@example.org", 10)
    old_tool, recent_tool = catalogue_report("ancienne@example.org", 200), catalogue_report("recente@example.org", 10)

    call_command("mail_worker", "--once", stdout=StringIO())  # the worker runs the registered daily jobs

    for model, old, recent, recent_email in (
        (ErrorReport, old_actor, recent_actor, "recent@example.org"),
        (CatalogueReport, old_tool, recent_tool, "recente@example.org"),
    ):
        old, recent = model.objects.get(pk=old.pk), model.objects.get(pk=recent.pk)
        assert old.contact_email == ""
        assert old.message and not old.is_handled  # the report itself stays, still to handle
        assert recent.contact_email == recent_email
    # Nor is any address in the history (contact_email is kept out of it).
    history = history_text(ErrorReport) + history_text(CatalogueReport)
    for email in ("ancien@example.org", "ancienne@example.org", "recent@example.org", "recente@example.org"):
        assert email not in history
    # Running again changes nothing more.
    assert actor_services.error_report_emails_expire() == 0
    assert catalogue_services.catalogue_report_emails_expire() == 0


def test_the_retention_jobs_are_registered_daily():
    expected = {
        "actors.report_emails": actor_services.error_report_emails_expire,
        "tools_catalog.report_emails": catalogue_services.catalogue_report_emails_expire,
    }
    registered = jobs.registered()
    for name, function in expected.items():
        assert registered[name] == (function, 24 * 3600), name
