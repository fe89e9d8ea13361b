"""Rebuild the catalogue's search data: every tool's search text and the table of distinct words.

Signals keep both current; run this after a bulk import that sends no signal, or to repair.
"""

from django.core.management.base import BaseCommand

from tools_catalog.cache import bump_catalogue_version
from tools_catalog.models import SearchWord
from tools_catalog.search import refresh_search_text
from tools_catalog.words import refresh_search_words


class Command(BaseCommand):
    help = "Reconstruit le texte de recherche des outils et la table des mots du catalogue (fautes de frappe)."

    def handle(self, *args, **options):
        refresh_search_text()
        changes = refresh_search_words()
        bump_catalogue_version()
        self.stdout.write(
            f"Texte de recherche reconstruit ; table des mots : {SearchWord.objects.count()} mots, "
            f"{changes} changement(s)."
        )
