"""Text normalisation shared by search on SQLite and PostgreSQL."""

import unicodedata


def normalize_search_text(text):
    """Lower-case, accent-free, single-spaced: "Visioconférence  Zoom" -> "visioconference zoom"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    # Control characters (NUL included, which PostgreSQL refuses in any query) count as spaces.
    stripped = "".join(
        " " if unicodedata.category(char) == "Cc" else char for char in decomposed if not unicodedata.combining(char)
    )
    return " ".join(stripped.casefold().split())
