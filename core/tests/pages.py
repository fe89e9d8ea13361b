"""Test helper: the values a browser would submit from a page's form, read from its HTML."""

from html.parser import HTMLParser

SKIPPED_INPUTS = {"submit", "button", "reset", "image", "file"}


class _FormReader(HTMLParser):
    """Collects the successful controls of one form (or of the whole page when form_id is None)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = form_id is None
        self.values = {}  # name -> list of values, in page order
        self.select = None
        self.option = None
        self.textarea = None

    def _add(self, name, value):
        self.values.setdefault(name, []).append(value)

    def _close_option(self):
        if self.option is not None and "selected" in self.option:
            self._add(self.select, self.option.get("value", ""))
        self.option = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "option" and self.select:
            self._close_option()
            self.option = attrs
        elif tag == "input" and name and attrs.get("type", "text") not in SKIPPED_INPUTS:
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            else:
                self._add(name, attrs.get("value") or "")
        elif tag == "select" and name:
            self.select = name
            self.values.setdefault(name, [])
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag in ("option", "select") and self.select:
            self._close_option()
            if tag == "select":
                self.select = None
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            self._add(name, text.removeprefix("\n"))
            self.textarea = None
        elif tag == "form" and self.form_id is not None:
            self.inside = False


def form_data(response, form_id=None) -> dict:
    """{name: value, or a list for several values} of the form `form_id` (or of the whole page), as a
    browser would post it unchanged: change a few values, then post it back with the test client."""
    reader = _FormReader(form_id)
    reader.feed(response.content.decode())
    reader.close()
    return {name: values[0] if len(values) == 1 else values for name, values in reader.values.items()}
