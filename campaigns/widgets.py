"""Widgets for partners' sites: small pages that any site may show in an iframe.

Only these pages relax the framing rules (`frame-ancestors *` and no X-Frame-Options); every other
page of the portal keeps `frame-ancestors 'none'` and `X-Frame-Options: DENY`. They are rendered
without the request (no context processor reads the session: no cookie, no `Vary: Cookie`), load
only the portal's own style sheet, and are cached (shared caches and the portal's cache, 10 minutes).
An unknown filter value is ignored and said in the widget, never an error.

The portal's cache is keyed on the validated, normalised filters only (`_cached`), not on the address:
junk parameters, repeated or reordered ones and unknown values map to the entries that valid input
already uses (an unknown value adds at most the variant that says it was ignored), so a flood of
query strings cannot fill the shared cache and evict the rate-limit counters.
"""

import hashlib
import time
from functools import wraps

from csp.decorators import csp_replace
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, urlencode
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from actors.models import Actor, Commune
from tools_catalog.cache import catalogue_version
from tools_catalog.models import Equivalence, ProprietaryProduct
from trainings.models import Audience, Session, Training

CACHE_SECONDS = 600
LIMIT = 5


def embeddable(view):
    """Frameable by any origin, cached, rendered without the request."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response

    return require_GET(xframe_options_exempt(csp_replace({"frame-ancestors": ["*"]})(wrapper)))


def _cached(name, filters, render):
    """The widget's page for these validated filters, from the portal's cache or `render()`d and kept.

    `filters` holds only normalised valid values and the names of the ignored ones (a bounded set),
    never the raw query string. A hit keeps the headers of the first response (`Expires`, `Age`), so
    that shared caches do not keep the page longer than 10 minutes after it was rendered.
    """
    fingerprint = f"{settings.SITE_URL}|{name}|{filters!r}"
    key = f"campaigns-widget:{name}:" + hashlib.sha256(fingerprint.encode()).hexdigest()
    entry = cache.get(key)
    hit = entry is not None
    if not hit:
        entry = (int(time.time()), render())
        cache.set(key, entry, CACHE_SECONDS)
    rendered_at, content = entry
    response = HttpResponse(content)
    response["Expires"] = http_date(rendered_at + CACHE_SECONDS)
    if hit:
        response["Age"] = str(max(0, int(time.time()) - rendered_at))
    return response


def _absolute(path, **params):
    query = {key: value for key, value in params.items() if value}
    return settings.SITE_URL.rstrip("/") + path + (f"?{urlencode(query)}" if query else "")


def _render(template, context):
    context = {"SITE_URL": settings.SITE_URL.rstrip("/"), "SITE_NAME": settings.SITE_NAME, **context}
    return render_to_string(template, context)


def _commune(value, ignored):
    if not value:
        return None
    commune = Commune.objects.filter(insee_code=str(value)[:5]).first() if str(value)[:5].isdigit() else None
    if commune is None:
        ignored.append("commune")
    return commune


@embeddable
def trainings_widget(request):
    """Public widget "Prochaines formations" (?commune=37132 and/or ?public=benevoles)."""
    ignored = []
    commune = _commune(request.GET.get("commune"), ignored)
    audience = request.GET.get("public", "")
    if audience and audience not in Audience.values:
        ignored.append("public")
        audience = ""

    def render():
        sessions = Session.objects.public_upcoming().for_display()
        if commune is not None:
            sessions = sessions.filter(commune=commune)
        if audience:
            sessions = sessions.filter(training__in=Training.objects.for_audience(audience))
        rows = [(session, _absolute(session.get_absolute_url(), canal="widget")) for session in sessions[:LIMIT]]
        return _render(
            "campaigns/widgets/trainings.html",
            {
                "rows": rows,
                "commune": commune,
                "audience": dict(Audience.choices).get(audience, ""),
                "ignored": ignored,
                "more_url": _absolute("/formations/", commune=commune.insee_code if commune else ""),
            },
        )

    filters = (("commune", commune.insee_code if commune else ""), ("public", audience), ("ignored", tuple(ignored)))
    return _cached("formations", filters, render)


@embeddable
def actors_widget(request):
    """Public widget "Acteurs près de chez vous" (?commune=37132): the nearest published actors."""
    ignored = []
    commune = _commune(request.GET.get("commune"), ignored)

    def render():
        actors = Actor.objects.published()
        if commune is not None:
            actors = actors.nearest_to(commune.latitude, commune.longitude)
        rows = [
            (actor, _absolute(actor.get_absolute_url()))
            for actor in actors.only("name", "acronym", "slug", "summary", "commune")[:LIMIT]
        ]
        return _render(
            "campaigns/widgets/actors.html",
            {"rows": rows, "commune": commune, "ignored": ignored, "more_url": _absolute("/acteurs/")},
        )

    filters = (("commune", commune.insee_code if commune else ""), ("ignored", tuple(ignored)))
    return _cached("acteurs", filters, render)


@embeddable
def alternatives_widget(request):
    """Public widget "Alternatives libres à …" (?produit=<slug of a proprietary product>)."""
    ignored = []
    slug = request.GET.get("produit", "")[:120]
    product = ProprietaryProduct.objects.published().filter(slug=slug).first() if slug else None
    if slug and product is None:
        ignored.append("produit")

    def render():
        rows = []
        if product is not None:
            equivalences = (
                Equivalence.objects.published().filter(product=product).for_display().select_related("tool")[:LIMIT]
            )
            rows = [(equivalence.tool, _absolute(equivalence.tool.get_absolute_url())) for equivalence in equivalences]
        return _render(
            "campaigns/widgets/alternatives.html",
            {
                "product": product,
                "rows": rows,
                "ignored": ignored,
                "more_url": _absolute(product.get_absolute_url()) if product else _absolute("/outils/"),
            },
        )

    # The catalogue's version: a tool edited by a coordinator shows at once (tools_catalog/cache.py).
    filters = (("produit", product.slug if product else ""), ("ignored", tuple(ignored)), catalogue_version())
    return _cached("alternatives", filters, render)
