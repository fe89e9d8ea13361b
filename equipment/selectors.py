"""Reads of the equipment app: the sheet's "Avant d'acheter du neuf", the guide, the to-do.

`before_buying(...)` runs a fixed number of queries (4 at most) whatever the number of rows:
equivalences of the systems in use, the nearest current offers (distance in SQL, as for actors),
the latest reference prices, the schemes open that day for the commune.
"""

from decimal import Decimal

from django.db.models import F

from actors.geo import distance_km
from equipment import visit as equipment_visit
from equipment.models import FundingScheme, Offer, ReferencePrice
from tools_catalog.models import Equivalence

OFFERS_ON_SHEET = 4
SCHEMES_ON_SHEET = 6
KEEP_ON_SHEET = 2
YEARS = 3
PRODUCTS_OF_SYSTEMS = {
    equipment_visit.WINDOWS_10: "windows",
    equipment_visit.WINDOWS_11: "windows",
    equipment_visit.MACOS: "macos",
}


def nearest_offers(kinds, commune=None, *, today=None, limit=OFFERS_ON_SHEET):
    """Current offers of these kinds, nearest to the commune's centre first (SQL), then cheapest."""
    queryset = Offer.objects.current(today).filter(kind__in=kinds).select_related("actor")
    if commune is not None and commune.latitude is not None:
        queryset = queryset.annotate(
            distance_km=distance_km("actor__latitude", "actor__longitude", commune.latitude, commune.longitude)
        ).order_by(F("distance_km").asc(nulls_last=True), "price_from", "pk")
    else:
        queryset = queryset.order_by("price_from", "actor__name", "pk")
    return list(queryset[:limit])


def latest_prices():
    """{kind: the most recent ReferencePrice} (one query; the table holds a few rows per kind)."""
    prices = {}
    for price in ReferencePrice.objects.order_by("kind", "-observed_on", "-pk"):
        prices.setdefault(price.kind, price)
    return prices


def cost_comparison(computers, offers, prices):
    """Three years for `computers` machines: new with licences and subscriptions vs reconditioned with
    a free suite. None when there is no dated price of a new computer or no reconditioned price."""
    new = prices.get(ReferencePrice.NEW_COMPUTER)
    machine_offers = [offer for offer in offers if offer.kind in (Offer.COMPUTER, Offer.LAPTOP)]
    cheapest = min(machine_offers, key=lambda offer: offer.price_from) if machine_offers else None
    reconditioned = prices.get(ReferencePrice.RECONDITIONED)
    if new is None or (cheapest is None and reconditioned is None):
        return None
    count = computers or 1
    licences = prices.get(ReferencePrice.LICENCES)
    subscriptions = prices.get(ReferencePrice.SUBSCRIPTIONS)
    yearly = (licences.amount if licences else Decimal(0)) + (subscriptions.amount if subscriptions else Decimal(0))
    unit = cheapest.price_from if cheapest else reconditioned.amount
    new_total = count * new.amount + YEARS * count * yearly
    reconditioned_total = count * unit
    return {
        "count": count,
        "count_assumed": not computers,
        "years": YEARS,
        "new_unit": new.amount,
        "yearly": yearly,
        "new_total": new_total,
        "reconditioned_unit": unit,
        "reconditioned_offer": cheapest,
        "reconditioned_total": reconditioned_total,
        "difference": new_total - reconditioned_total,
        "prices": [price for price in (new, licences, subscriptions) if price] + ([] if cheapest else [reconditioned]),
        "missing_yearly": licences is None or subscriptions is None,
    }


def grant_paragraph(answers, offers, comparison):
    """A paragraph to copy into a grant application (informs; the association adapts it)."""
    phones = answers.phones_only
    count = answers.computers or (comparison["count"] if comparison else None)
    what = "téléphones ou tablettes reconditionnés" if phones else "ordinateurs reconditionnés"
    quantity = f"{count} {what}" if count else what
    offer = offers[0] if offers else None
    if offer:
        details = [f"à partir de {offer.price_from:.0f} € l'unité"]
        if offer.warranty_months:
            details.append(f"garantie {offer.warranty_months} mois")
        if offer.system_installed:
            details.append(f"livrés avec {offer.system_installed}")
        where = f" chez {offer.actor.name}, acteur local du réemploi ({', '.join(details)})"
    else:
        where = " auprès d'un acteur local du réemploi"
    text = (
        f"L'association souhaite s'équiper de {quantity}{where}, plutôt que de matériel neuf, "
        "et d'une demi-journée de prise en main des logiciels libres installés"
        + (" pour les bénévoles et salariés qui les utiliseront." if not phones else ".")
    )
    if comparison and not phones:
        text += (
            f" Sur {comparison['years']} ans, le coût estimé est de {comparison['reconditioned_total']:.0f} € "
            f"contre {comparison['new_total']:.0f} € pour du matériel neuf avec licences et abonnements."
        )
    text += " Ce choix prolonge la durée de vie du matériel et évite des abonnements récurrents."
    return text


def before_buying(answers, commune=None, *, today):
    """The sheet's "Avant d'acheter du neuf" as data, or None when it does not apply."""
    if not answers.before_buying:
        return None
    product_slugs = sorted({PRODUCTS_OF_SYSTEMS[key] for key in answers.systems if key in PRODUCTS_OF_SYSTEMS})
    keep = []
    if product_slugs:
        keep = list(
            Equivalence.objects.filter(is_published=True, tool__is_published=True, product__slug__in=product_slugs)
            .select_related("tool", "product")
            .order_by("product__name", "tool__name")[: KEEP_ON_SHEET * len(product_slugs)]
        )
    kinds = [Offer.PHONE] if answers.phones_only else [Offer.COMPUTER, Offer.LAPTOP]
    offers = nearest_offers(kinds, commune, today=today)
    prices = latest_prices() if not answers.phones_only else {}
    comparison = cost_comparison(answers.computers, offers, prices) if not answers.phones_only else None
    schemes = list(FundingScheme.objects.open_on(today, commune)[: SCHEMES_ON_SHEET * 2])
    if answers.funder:
        schemes.sort(key=lambda scheme: scheme.funder_kind != answers.funder)
    return {
        "answers": answers,
        "windows_10": equipment_visit.WINDOWS_10 in answers.systems,
        "keep": keep,
        "offers": offers,
        "comparison": comparison,
        "schemes": schemes[:SCHEMES_ON_SHEET],
        "paragraph": grant_paragraph(answers, offers, comparison),
        "today": today,
        "commune": commune,
    }


def guide_content(today):
    """The public guide: current offers (by actor) and published schemes with their months (2 queries)."""
    offers = list(Offer.objects.current(today).select_related("actor").order_by("actor__name", "kind", "price_from"))
    schemes = list(FundingScheme.objects.published().exclude(closes_on__lt=today).order_by("opens_month", "name"))
    return {"offers": offers, "schemes": schemes, "today": today}


def todo_counts(today):
    """Stale offers and schemes past their date (two queries)."""
    return {
        "stale_offers": Offer.objects.stale(today).count(),
        "past_schemes": FundingScheme.objects.past(today).count(),
    }
