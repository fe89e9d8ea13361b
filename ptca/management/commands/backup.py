"""`manage.py backup [--output FILE]`: the whole portal (database and MEDIA_ROOT) in one file (ptca/backup.py)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ptca.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Sauvegarde tout le portail (base de données et fichiers de MEDIA_ROOT) dans un seul fichier .tar."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Fichier à écrire (par défaut var/sauvegardes/ptca-AAAA-MM-JJ-HHMMSS.tar).",
        )

    def handle(self, *args, output=None, **options):
        if output is None:
            stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M%S")
            output = Path(settings.BASE_DIR) / "var" / "sauvegardes" / f"ptca-{stamp}.tar"
        try:
            manifest = create_backup(output)
        except BackupError as error:
            raise CommandError(f"Sauvegarde impossible : {error}") from error
        self.stdout.write(
            f"Sauvegarde écrite : {output} ({manifest['bytes'] / 1e6:.1f} Mo, base {manifest['database']}, "
            f"{manifest['rows']} lignes dans {len(manifest['tables'])} tables, {manifest['media_files']} fichiers) "
            f"en {manifest['seconds']:.1f} s."
        )
