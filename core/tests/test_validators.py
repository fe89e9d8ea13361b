import pytest
from django.core.exceptions import ValidationError

from core.validators import SINGLE_LINE_MESSAGE, forbidden_characters, single_line


@pytest.mark.parametrize(
    "value",
    ["a\nb", "a\rb", "a\tb", "a\x00b", "a\x1bb", "a\x7fb", "a\x85b", "a\u2028b", "a\u2029b", "a\u202eb", "a\u2066b"],
)
def test_line_breaks_controls_and_direction_overrides_are_refused(value):
    with pytest.raises(ValidationError) as error:
        single_line(value)
    assert error.value.messages == [SINGLE_LINE_MESSAGE]
    assert forbidden_characters(value)


@pytest.mark.parametrize("value", ["", "Anne-Éloïse N'Diaye", "O’Brien · trésorière", "李 小龙", "👩\u200d💻 Zoé"])
def test_ordinary_text_passes(value):
    single_line(value)
    assert forbidden_characters(value) == []
