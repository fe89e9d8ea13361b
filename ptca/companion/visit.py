"""The visit companion: what the address of a sheet says, and what the sheet shows.

The public part of a visit lives in the query string (nothing is stored, no account):

    /visite/fiche/?produits=zoom,google-drive&besoins=comptabilite&equipe=benevoles
                  &budget=aucun&aisance=debutant&commune=37261

The association's name and the advisor's note are private: they never travel in an address
(access logs, browser history, the QR code, a shared link). The form sends them in the body of
a POST (`from_query(request.POST, private=True)`); the sheet shows them in the page only.

`VisitRequest.from_query(...)` reads leniently: unknown values are dropped with a French notice,
lists are cut to a maximum, long texts are truncated. Never an exception.
`build_sheet(visit)` runs a fixed number of queries whatever the number of products or needs.
"""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from actors.models import Commune
from equipment.selectors import before_buying
from equipment.visit import EquipmentAnswers
from ptca.companion import ranking
from tools_catalog.models import Equivalence, Guide, Need, ProprietaryProduct, Tool
from tools_catalog.search import MAX_QUERY_LENGTH, filter_products
from tools_catalog.selectors import offers_prefetch

MAX_PRODUCTS = 10
MAX_NEEDS = 8
MAX_VALUE_LENGTH = 2000  # characters read from one list parameter
MAX_NAME_LENGTH = 120
MAX_NOTE_LENGTH = 1000
GUIDES_ON_SHEET = 3
TOOLS_PER_NEED_CANDIDATES = 30  # tools read per need before ranking (the best 3 are shown)
FIRST_STEPS = 3  # migration steps shown on the sheet; the rest is on the tool page
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
INSEE_RE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
PRIVATE_PARAMETERS = ("association", "note")  # sent in a POST body only, never in an address

STAFF_CHOICES = [(ranking.STAFF_VOLUNTEERS, "Bénévoles seulement"), (ranking.STAFF_EMPLOYEES, "Avec des salariés")]
BUDGET_CHOICES = [
    (ranking.BUDGET_NONE, "Aucun budget"),
    (ranking.BUDGET_SMALL, "Un petit budget"),
    (ranking.BUDGET_SOME, "Quelques moyens"),
]
COMFORT_CHOICES = [
    (ranking.COMFORT_BEGINNER, "Débutants"),
    (ranking.COMFORT_COMFORTABLE, "À l'aise"),
    (ranking.COMFORT_ADVANCED, "Avancés"),
]


def _clean_text(value, max_length):
    """Printable characters only (line breaks kept), trimmed and cut to `max_length`."""
    value = (value or "")[: max_length * 4]
    text = "".join(char for char in value if char.isprintable() or char in "\n")
    return text.replace("\r", "").strip()[:max_length]


def _slug_list(values):
    """Slugs from repeated parameters and/or comma-separated values, in order, without duplicates."""
    slugs, invalid = [], []
    for value in values[: MAX_PRODUCTS * 4]:
        for part in value[:MAX_VALUE_LENGTH].split(","):
            part = part.strip().lower()
            if not part:
                continue
            if SLUG_RE.match(part) and len(part) <= 120:
                if part not in slugs:
                    slugs.append(part)
            elif len(invalid) < 5:
                invalid.append(part[:40])
    return slugs, invalid


def _choice(value, choices):
    value = (value or "").strip()
    return value if value in {key for key, _label in choices} else None


@dataclass
class VisitRequest:
    """A visit as read from the query string (see the module docstring)."""

    product_slugs: list = field(default_factory=list)
    need_slugs: list = field(default_factory=list)
    staff: str | None = None
    budget: str | None = None
    comfort: str | None = None
    commune_code: str | None = None
    association: str = ""
    note: str = ""
    notices: list = field(default_factory=list)
    equipment: EquipmentAnswers = field(default_factory=EquipmentAnswers)  # the optional "Équipement" part

    @classmethod
    def from_query(cls, query, *, private=False):
        """Read a visit from a QueryDict; the association's name and the note only when `private`
        (a POST body): from an address they are ignored."""
        visit = cls()
        products, bad_products = _slug_list(query.getlist("produits"))
        needs, bad_needs = _slug_list(query.getlist("besoins"))
        if len(products) > MAX_PRODUCTS:
            visit.notices.append(
                f"Une fiche compte au plus {MAX_PRODUCTS} produits : seuls les {MAX_PRODUCTS} premiers sont pris en compte."
            )
        if len(needs) > MAX_NEEDS:
            visit.notices.append(
                f"Une fiche compte au plus {MAX_NEEDS} besoins : seuls les {MAX_NEEDS} premiers sont pris en compte."
            )
        if bad_products or bad_needs:
            visit.notices.append("Certaines valeurs de l'adresse n'étaient pas valables ; elles ont été ignorées.")
        visit.product_slugs = products[:MAX_PRODUCTS]
        visit.need_slugs = needs[:MAX_NEEDS]
        visit.staff = _choice(query.get("equipe"), STAFF_CHOICES)
        visit.budget = _choice(query.get("budget"), BUDGET_CHOICES)
        visit.comfort = _choice(query.get("aisance"), COMFORT_CHOICES)
        for key, value in (("equipe", visit.staff), ("budget", visit.budget), ("aisance", visit.comfort)):
            if query.get(key) and value is None:
                visit.notices.append("Une valeur du profil n'était pas reconnue ; elle a été ignorée.")
                break
        commune = (query.get("commune") or "").strip()[:10]
        if commune and INSEE_RE.match(commune):
            visit.commune_code = commune
        elif commune:
            visit.notices.append("La commune indiquée n'est pas reconnue ; elle a été ignorée.")
        visit.equipment = EquipmentAnswers.from_query(query)
        visit.notices.extend(visit.equipment.notices)
        if private:
            visit.association = " ".join(_clean_text(query.get("association"), MAX_NAME_LENGTH).split())
            visit.note = _clean_text(query.get("note"), MAX_NOTE_LENGTH)
        return visit

    @property
    def profile(self):
        return ranking.Profile(staff=self.staff, budget=self.budget, comfort=self.comfort)

    @property
    def is_empty(self):
        return not self.product_slugs and not self.need_slugs and self.equipment.is_empty

    @property
    def has_private(self):
        return bool(self.association or self.note)

    def query_string(self, *, product_slugs=None, need_slugs=None, commune_code=None):
        """The canonical, short query string of this visit (comma-separated lists): the shared link.

        Public values only: never the association's name nor the note."""
        params = []
        products = self.product_slugs if product_slugs is None else product_slugs
        needs = self.need_slugs if need_slugs is None else need_slugs
        commune = self.commune_code if commune_code is None else commune_code
        if products:
            params.append(("produits", ",".join(products)))
        if needs:
            params.append(("besoins", ",".join(needs)))
        for key, value in (("equipe", self.staff), ("budget", self.budget), ("aisance", self.comfort)):
            if value:
                params.append((key, value))
        if commune:
            params.append(("commune", commune))
        params.extend(self.equipment.params())
        return urlencode(params)


# Step 1 ------------------------------------------------------------------------------------------


def step_one_choices(filter_text="", selected=()):
    """Products grouped by need (each product once, under its first need), every need, every commune.

    With `filter_text` (the products filter), only the products whose name, aliases, vendor, needs
    or their synonyms match it (typos corrected: "exel" finds Excel, "visio" the video-conference
    products), plus the `selected` ones, which are never hidden. Four queries: products, their
    needs, needs, communes; two more with a filter (tools_catalog.search.filter_products).
    """
    products = list(
        ProprietaryProduct.objects.published()
        .only("pk", "name", "slug", "vendor", "aliases")
        .prefetch_related(
            Prefetch("needs", queryset=Need.objects.ordered().only("pk", "name", "position", "slug", "synonyms"))
        )
    )
    filter_text = (filter_text or "")[:MAX_QUERY_LENGTH]
    matching, search = set(), None
    if filter_text.strip():
        matching, search = filter_products(filter_text)
        products = [product for product in products if product.pk in matching or product.slug in selected]
    needs = list(Need.objects.ordered().only("pk", "name", "slug", "position", "description"))
    communes = list(
        Commune.objects.order_by("search_name", "insee_code").only("pk", "name", "postal_code", "insee_code")
    )
    groups = {need.pk: {"need": need, "products": []} for need in needs}
    others = []
    for product in products:
        product_needs = list(product.needs.all())
        if product_needs and product_needs[0].pk in groups:
            groups[product_needs[0].pk]["products"].append(product)
        else:
            others.append(product)
    product_groups = [group for group in groups.values() if group["products"]]
    if others:
        product_groups.append({"need": None, "products": others})
    return {
        "product_groups": product_groups,
        "needs": needs,
        "communes": communes,
        "filter_text": filter_text,
        "filter_count": len(matching) if filter_text.strip() else None,
        "filter_suggestion": search.suggestion if search else "",
        "filter_suggestion_text": search.correction.suggestion_text if search else "",
    }


def product_picker(choices, *, selected=(), suggestion_url="", filter_url=""):
    """The data of the shared picker (templates/components/picker.html) for step 1's products.

    `choices` is what step_one_choices returned; every group is open (advisors see the whole list),
    the values are the products' slugs, the filter is the page's own (`filtre`, the "Filtrer" button).
    """
    count = choices["filter_count"]
    text = choices["filter_text"]
    return {
        "id": "produit",
        "name": "produits",
        "groups": [
            {
                "label": group["need"].name if group["need"] else "Autres produits",
                "open": True,
                "items": [
                    {"value": product.slug, "label": product.name, "detail": product.vendor}
                    for product in group["products"]
                ],
            }
            for group in choices["product_groups"]
        ],
        "chosen": set(selected),
        "results": None,
        "status": f"{count} produit{'s' if count > 1 else ''} pour « {text} »." if count is not None else "",
        "suggestion": choices["filter_suggestion"],
        "suggestion_url": suggestion_url,
        "filter": {
            "name": "filtre",
            "value": text,
            "url": filter_url,
            "key": "produits",
            "param": "filtre",
            "label": "Filtrer la liste des produits",
            "help": "Un nom, un besoin (« visio », « compta », « messagerie ») ; les fautes de frappe sont corrigées.",
            "button_name": "",
            "button_value": "",
            "button_label": "Filtrer",
            "formaction": reverse("visit"),
            "placeholder": "Par exemple : zoom, drive, excel",
        },
        "noun": "produit",
    }


def product_filter(filter_text):
    """The visit filter as data, for the page's script: matching product slugs and the suggestion (2 queries)."""
    slugs, search = filter_products((filter_text or "")[:MAX_QUERY_LENGTH], field="slug")
    return {
        "produits": sorted(slugs),
        "suggestion": search.suggestion if search else "",
        "correction": search.correction.suggestion_text if search else "",
    }


# Step 2: the sheet -----------------------------------------------------------------------------


def first_steps(markdown_text, count=FIRST_STEPS):
    """The first `count` items of the first list in a Markdown text, or its first paragraph.

    The sheet shows only the first migration steps, to fit on paper; the rest is on the tool page.
    Returns (markdown, is_truncated).
    """
    text = (markdown_text or "").strip()
    if not text:
        return "", False
    lines = text.splitlines()
    item_re = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+")
    items, in_list, truncated = [], False, False
    for line in lines:
        if item_re.match(line):
            in_list = True
            if len(items) == count:
                truncated = True
                break
            items.append([line])
        elif in_list and line.strip() and line.startswith((" ", "\t")) and items:
            items[-1].append(line)
        elif in_list and line.strip():
            truncated = True
            break
    if items:
        return "\n".join("\n".join(item) for item in items), truncated
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    return paragraphs[0], len(paragraphs) > 1


def _first_hoster(tool):
    """The first open offer's hoster, in the catalogue's order (position, CHATONS first, name).

    Closed offers and closed hosters are never proposed (tools_catalog.selectors.offers_prefetch).
    """
    offers = [offer for offer in getattr(tool, "all_offers", []) if not offer.is_closed]
    return offers[0].hoster if offers else None


def candidate_for_tool(tool, *, equivalence=None, product_name="", need_name=""):
    hoster = _first_hoster(tool)
    return ranking.Candidate(
        item=equivalence or tool,
        tool_name=tool.name,
        ease=tool.ease,
        cost_model=tool.cost_model,
        access=tool.access,
        has_hoster=hoster is not None,
        in_french=tool.available_in_french,
        coverage=equivalence.coverage if equivalence else None,
        migration_effort=equivalence.migration_effort if equivalence else None,
        product_name=product_name,
        need_name=need_name,
        hoster_name=hoster.name if hoster else "",
        platforms=tuple(tool.platforms or ()),
        maintenance=tool.maintenance_status,
        free_offer=ranking.mentions_free_offer(equivalence.cost_note if equivalence else ""),
    )


def _suggestion_view(suggestion, tool, equivalence=None):
    steps, truncated = first_steps(equivalence.migration_steps if equivalence else "")
    return {
        "tool": tool,
        "equivalence": equivalence,
        "reason": suggestion.reason,
        "score": suggestion.score,
        "hoster": _first_hoster(tool),
        "first_steps": steps,
        "more_steps": truncated,
    }


def build_sheet(visit, *, today=None):
    """Everything the sheet shows except the slots: a fixed number of queries (12 at most).

    products (1) + their equivalences and tools (1) + the tools' hosters (1), needs (1) + their
    tools (1) + those tools' hosters (1), the commune (1), guides (1); with the equipment part's
    "Avant d'acheter du neuf" (equipment.selectors.before_buying): 4 more at most.
    """
    equivalences = Prefetch(
        "equivalences",
        queryset=Equivalence.objects.filter(is_published=True, tool__is_published=True)
        .select_related("tool")
        .prefetch_related(offers_prefetch("tool__offers"))
        .order_by("tool__name"),
        to_attr="public_equivalences",
    )
    products_by_slug = {}
    if visit.product_slugs:
        products_by_slug = {
            product.slug: product
            for product in ProprietaryProduct.objects.published()
            .filter(slug__in=visit.product_slugs)
            .prefetch_related(equivalences)
        }
    needs_by_slug = {}
    if visit.need_slugs:
        tools = Prefetch(
            "tools",
            queryset=Tool.objects.published().maintained_first().prefetch_related(offers_prefetch()),
            to_attr="public_tools",
        )
        needs_by_slug = {
            need.slug: need for need in Need.objects.filter(slug__in=visit.need_slugs).prefetch_related(tools)
        }
    notices = list(visit.notices)
    unknown = [slug for slug in visit.product_slugs if slug not in products_by_slug]
    unknown += [slug for slug in visit.need_slugs if slug not in needs_by_slug]
    if unknown:
        notices.append(
            "Ignoré, car absent du catalogue : " + ", ".join(unknown[:5]) + ("…" if len(unknown) > 5 else "") + "."
        )
    profile = visit.profile

    product_items = []
    for slug in visit.product_slugs:
        product = products_by_slug.get(slug)
        if product is None:
            continue
        candidates = [
            candidate_for_tool(equivalence.tool, equivalence=equivalence, product_name=product.name)
            for equivalence in product.public_equivalences
        ]
        suggestions = [
            _suggestion_view(suggestion, suggestion.item.tool, suggestion.item)
            for suggestion in ranking.rank(candidates, profile)
        ]
        product_items.append({"product": product, "suggestions": suggestions})

    need_items = []
    for slug in visit.need_slugs:
        need = needs_by_slug.get(slug)
        if need is None:
            continue
        candidates = [
            candidate_for_tool(tool, need_name=need.name) for tool in need.public_tools[:TOOLS_PER_NEED_CANDIDATES]
        ]
        suggestions = [
            _suggestion_view(suggestion, suggestion.item) for suggestion in ranking.rank(candidates, profile)
        ]
        need_items.append({"need": need, "suggestions": suggestions})

    commune = None
    if visit.commune_code:
        commune = Commune.objects.filter(insee_code=visit.commune_code).first()
        if commune is None:
            notices.append("La commune indiquée n'est pas connue du portail ; elle a été ignorée.")

    tools = []
    seen = set()
    for item in product_items + need_items:
        for suggestion in item["suggestions"]:
            if suggestion["tool"].pk not in seen:
                seen.add(suggestion["tool"].pk)
                tools.append(suggestion["tool"])
    needs = [item["need"] for item in need_items]
    guides = list(Guide.objects.published().only("title", "slug", "summary", "position")[:GUIDES_ON_SHEET])

    equipment = before_buying(visit.equipment, commune, today=today or timezone.localdate())
    if equipment:
        for equivalence in equipment["keep"]:
            equivalence.first_steps, equivalence.more_steps = first_steps(equivalence.migration_steps)

    canonical = visit.query_string(
        product_slugs=[slug for slug in visit.product_slugs if slug in products_by_slug],
        need_slugs=[slug for slug in visit.need_slugs if slug in needs_by_slug],
        commune_code=commune.insee_code if commune else "",
    )
    return {
        "product_items": product_items,
        "need_items": need_items,
        "commune": commune,
        "guides": guides,
        "notices": notices,
        # "items" (each product or need with its ranked suggestions) lets the follow-ups app
        # propose the sheet's first choices as steps ("Suivre cette association").
        # "staff" lets the trainings app leave out modules not meant for the association's people.
        "slot_context": {
            "tools": tools,
            "needs": needs,
            "commune": commune,
            "staff": visit.staff,
            "items": product_items + need_items,
        },
        "canonical_query": canonical,
        "equipment": equipment,
    }
