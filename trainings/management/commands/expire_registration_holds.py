"""Expire the registration requests not confirmed in time and promote the waiting lists (e-mails)."""

from django.core.management.base import BaseCommand

from trainings import services


class Command(BaseCommand):
    help = (
        "Marque expirées les demandes d'inscription non confirmées à temps (REGISTRATION_HOLD_MINUTES), "
        "efface ce qui y avait été saisi et donne les places libérées à la liste d'attente, dans l'ordre, "
        "avec un courriel aux personnes confirmées. À lancer toutes les 5 minutes (cron) : les places sont "
        "justes sans elle, elle fait partir les promotions à l'heure."
    )

    def handle(self, *args, **options):
        result = services.registration_holds_expire()
        self.stdout.write(
            f"{result.expired} demande(s) expirée(s), {len(result.promoted)} personne(s) passée(s) de la liste "
            "d'attente aux confirmés."
        )
