"""Load the town halls of the département from the public-administration directory's CSV.

    python manage.py load_town_halls annuaire-mairies-37.csv

Idempotent: run it again with a newer file, unchanged town halls stay as they are. All or nothing:
when a row is broken, each bad row is reported with its line number and nothing is written.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from campaigns import services, townhalls


class Command(BaseCommand):
    help = "Charge les mairies depuis le CSV de l'annuaire de l'administration (tout ou rien)."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Fichier CSV de l'annuaire (export de la base de données locales).")

    def handle(self, *args, path, **options):
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"Fichier introuvable : {path}")
        try:
            text = file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise CommandError("Le fichier n'est pas en UTF-8 : réenregistrez-le en UTF-8.") from error
        try:
            rows = townhalls.parse(text)
        except townhalls.DirectoryFormatError as error:
            raise CommandError(str(error)) from error
        result = services.town_halls_load(rows)
        if result.errors:
            for line, message in result.errors:
                self.stderr.write(f"ligne {line} : {message}")
            raise CommandError(
                f"{len(result.errors)} ligne(s) en erreur : aucune mairie n'a été chargée. "
                "Corrigez ces lignes (ou retirez-les) puis relancez."
            )
        self.stdout.write(
            f"Mairies : {result.created} ajoutée(s), {result.updated} mise(s) à jour, {result.unchanged} inchangée(s), "
            f"{result.skipped} ligne(s) ignorée(s) (autre type ou hors du département)."
        )
