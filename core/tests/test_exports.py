import pytest

from core.exports import neutralise


@pytest.mark.parametrize(
    "value,expected",
    [("=1+1", "'=1+1"), ("+33 2", "'+33 2"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("Tours", "Tours"), (None, ""), (12, "12"), ("a=b", "a=b")],
)  # fmt: skip
def test_neutralise(value, expected):
    assert neutralise(value) == expected
