"""Helpers shared by the open-data and coordinator CSV exports of every app."""

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # UTF-8 byte order mark: spreadsheet software then reads accents correctly


def neutralise(value):
    """A CSV cell that a spreadsheet will not run as a formula (prefixed with an apostrophe)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text
