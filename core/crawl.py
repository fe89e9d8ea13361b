"""A small same-site crawler over the demo content, used by the portal-wide sweeps."""

from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

SKIP_PREFIXES = ("/admin/", "/static/", "/compte/logout/", "/__bench__/")
SKIP_SUFFIXES = (".ics", ".csv", ".json")


class LinkAndFormParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.forms = []
        self._form = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self._form = {
                "action": attrs.get("action") or "",
                "method": (attrs.get("method") or "get").lower(),
                "fields": {},
            }
            self.forms.append(self._form)
        elif self._form is not None and tag in {"input", "textarea"} and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"}:
                self._form["fields"].setdefault(attrs["name"], attrs.get("value", "on"))
            elif kind not in {"submit", "button", "file"}:
                self._form["fields"][attrs["name"]] = {"kind": kind, "value": attrs.get("value", "")}
        elif self._form is not None and tag == "select" and attrs.get("name"):
            self._select = attrs["name"]
        elif self._form is not None and tag == "option" and self._select:
            self._form["fields"].setdefault(self._select, attrs.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def parse(html):
    parser = LinkAndFormParser()
    parser.feed(html)
    return parser


def crawl(client, start="/", limit=400, per_prefix=12):
    """Breadth-first over same-site links; at most `per_prefix` pages per first two path segments."""
    seen, pages, counts = {start}, {}, {}
    queue = deque([start])
    while queue and len(pages) < limit:
        url = queue.popleft()
        response = client.get(url)
        pages[url] = response
        if "text/html" not in response.get("Content-Type", ""):
            continue
        for href in parse(response.content.decode()).links:
            absolute, _ = urldefrag(urljoin(url, href))
            parts = urlsplit(absolute)
            if parts.netloc not in ("", "testserver") or not parts.path.startswith("/"):
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path in seen or parts.path.startswith(SKIP_PREFIXES) or parts.path.endswith(SKIP_SUFFIXES):
                continue
            key = "/".join(parts.path.split("/")[:3]) + ("?" if parts.query else "")
            if counts.get(key, 0) >= per_prefix:
                continue
            counts[key] = counts.get(key, 0) + 1
            seen.add(path)
            queue.append(path)
    return pages
