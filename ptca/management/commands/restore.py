"""`manage.py restore FILE`: a backup of `manage.py backup` into an empty database and MEDIA_ROOT (ptca/backup.py)."""

from django.core.management.base import BaseCommand, CommandError

from ptca.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restaure une sauvegarde de « manage.py backup » dans une base de données vide et un MEDIA_ROOT vide, "
        "puis vérifie le nombre de lignes de chaque table."
    )
    requires_system_checks = []  # the database is empty until the restore: nothing to check yet

    def add_arguments(self, parser):
        parser.add_argument("file", help="Fichier de sauvegarde (.tar) écrit par « manage.py backup ».")

    def handle(self, *args, file, **options):
        try:
            manifest = restore_backup(file)
        except BackupError as error:
            raise CommandError(f"Restauration impossible : {error}") from error
        self.stdout.write(
            f"Sauvegarde du {manifest['created_at']} restaurée : {manifest['rows']} lignes dans "
            f"{len(manifest['tables'])} tables (nombres vérifiés), {manifest['media_files']} fichiers, "
            f"en {manifest['seconds']:.1f} s. Étape suivante : manage.py migrate (sans effet si la version est la même)."
        )
