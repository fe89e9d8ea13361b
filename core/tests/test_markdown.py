import pytest

from core.markdown import render_markdown

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[clic](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src='https://evil.example'></iframe>",
    '<p style="background:url(x)">x</p>',
    "<svg onload=alert(1)>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_cannot_inject_scripts(payload):
    html = render_markdown(payload).lower()
    assert "<script" not in html
    assert "javascript:" not in html
    assert "onerror" not in html
    assert "onload" not in html
    assert "<iframe" not in html
    assert "style=" not in html


def test_markdown_keeps_useful_formatting():
    html = render_markdown("## Étapes\n\n1. **Exporter**\n2. [Importer](https://example.org)")
    assert "<h2>Étapes</h2>" in html
    assert "<strong>Exporter</strong>" in html
    assert 'href="https://example.org"' in html
    assert 'rel="noopener noreferrer"' in html
