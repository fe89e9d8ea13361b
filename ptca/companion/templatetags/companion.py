"""Home page helpers of the companion: shortcuts to common products and a few figures.

Loaded with `{% load companion %}` (registered as the template library "companion").
"""

from django import template

from tools_catalog.models import ProprietaryProduct, Tool

register = template.Library()

# The products associations use most, in this order; only those in the catalogue are shown.
COMMON_PRODUCT_SLUGS = [
    "zoom",
    "google-drive",
    "doodle",
    "whatsapp",
    "facebook",
    "microsoft-excel",
    "excel",
    "microsoft-word",
    "google-forms",
    "mailchimp",
    "canva",
    "microsoft-teams",
]


@register.simple_tag
def common_products(limit=8):
    """The published products among COMMON_PRODUCT_SLUGS, in that order (one query)."""
    products = {
        product.slug: product
        for product in ProprietaryProduct.objects.published().filter(slug__in=COMMON_PRODUCT_SLUGS).only("name", "slug")
    }
    return [products[slug] for slug in COMMON_PRODUCT_SLUGS if slug in products][:limit]


@register.simple_tag
def home_figures():
    """Published tools, published actors, sessions to come (not cancelled): one count query each."""
    from actors.models import Actor
    from trainings.models import Session

    sessions = Session.objects.public_upcoming()
    return [
        _figure(Tool.objects.published().count(), "outil libre", "outils libres", "tools_catalog:tool_list"),
        _figure(Actor.objects.published().count(), "acteur", "acteurs", "actors:actor_list"),
        _figure(sessions.count(), "session à venir", "sessions à venir", "trainings:session_list"),
    ]


def _figure(value, singular, plural, url_name):
    return {"value": value, "label": singular if value == 1 else plural, "url": url_name}
