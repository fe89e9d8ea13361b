"""Load the curated content a network starts from; take in a new release's content without losing an edit."""

from django.core.management.base import BaseCommand, CommandError

from core.seed import SeedError, report_lines
from ptca.seed import seeder


class Command(BaseCommand):
    help = (
        "Charge le contenu livré (besoins, outils, produits, équivalences, guides, hébergeurs, acteurs du groupe "
        "de travail, communes, modules de formation, enquête) : crée ce qui manque, ne remplace jamais ce qui "
        "existe. --check montre ce qu'apporte la version livrée, --update applique ce qui n'a pas été modifié ici."
    )

    def add_arguments(self, parser):
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--check",
            action="store_true",
            help="N'écrit rien : liste les nouveautés, les mises à jour et les conflits avec leurs deux valeurs.",
        )
        mode.add_argument(
            "--update",
            action="store_true",
            help="Applique aussi les changements livrés des entrées qui n'ont pas été modifiées ici.",
        )
        parser.add_argument(
            "--take-upstream",
            action="append",
            default=[],
            metavar="CLÉ",
            help="Prend la version livrée pour cette entrée modifiée ici (par exemple outil:jitsi-meet). Répétable.",
        )
        parser.add_argument(
            "--keep-local",
            action="append",
            default=[],
            metavar="CLÉ",
            help="Garde la version d'ici pour cette entrée et prend acte de la version livrée. Répétable.",
        )

    def handle(self, *args, check=False, update=False, take_upstream=(), keep_local=(), **options):
        if check and (take_upstream or keep_local):
            raise CommandError("--check n'écrit rien : il ne se combine pas avec --take-upstream ou --keep-local.")
        try:
            report = seeder().run(
                write=not check, create=True, update=update, take_upstream=take_upstream, keep_local=keep_local
            )
        except SeedError as error:
            raise CommandError(str(error)) from error
        for line in report_lines(report, detailed=check):
            self.stdout.write(line)
