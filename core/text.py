"""Text normalisation shared by search on SQLite and PostgreSQL."""

import unicodedata


def normalize_search_text(text):
    """Lower-case, accent-free, single-spaced: "Visioconférence  Zoom" -> "visioconference zoom"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.casefold().split())
