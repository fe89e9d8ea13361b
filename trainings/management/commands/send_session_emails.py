"""Queue the e-mails around each session: reminders, waiting-list notices, follow-ups (idempotent)."""

from django.core.management.base import BaseCommand

from trainings import services


class Command(BaseCommand):
    help = (
        "Met dans la file d'envoi les rappels (TRAININGS_REMINDER_DAYS jours avant), les messages « toujours en "
        "liste d'attente » (la veille) et les suivis après la session (ressources, questionnaire d'avis). "
        "Chaque courriel part une fois, même si la commande tourne deux fois ou s'interrompt. `mail_worker` "
        "le fait déjà toutes les 10 minutes ; sans lui, à lancer toutes les heures (cron)."
    )

    def handle(self, *args, **options):
        result = services.session_emails_send()
        self.stdout.write(
            f"{result.reminders} rappel(s), {result.waitlist_notices} message(s) de liste d'attente, "
            f"{result.followups} suivi(s) mis dans la file d'envoi ; {result.failed} en échec (réessayés au "
            "prochain passage)."
        )
