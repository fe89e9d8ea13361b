from core.text import normalize_search_text


def test_accents_case_and_spaces_are_normalised():
    assert normalize_search_text("Visioconférence  Zoom") == "visioconference zoom"


def test_control_characters_count_as_spaces():
    """A NUL in a query string would make PostgreSQL refuse the whole query (a 500)."""
    assert normalize_search_text("\x00\x01") == ""
    assert normalize_search_text("Tours\x00Nord") == "tours nord"
