"""Reads of the follow-ups: the advisor's lists, one file, its progress sheet, and the aggregates.

Every function runs a fixed number of queries whatever the number of follow-ups, steps or visits.
Aggregates (coordinators, catalogue pages) never name an association and hide every count under
MIN_CELL (`None` then, shown as "moins de 5").
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, F, Prefetch, Q
from django.utils import timezone

from accompaniments.models import NO_VISIT_MONTHS, Followup, Referral, Step
from accompaniments.services import StepSpec, quick_win_rank
from core.dates import months_ago
from tools_catalog.models import Equivalence, Need, ProprietaryProduct, Tool
from trainings.models import SCHEDULE_FIELDS

MIN_CELL = 5  # every aggregate hides counts under this
DUE_HORIZON_DAYS = 14  # next visits shown as "à venir" on the advisor's home
DUE_LIMIT = 10
MAX_PRODUCTS = 10  # as on the visit sheet
MAX_NEEDS = 8
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# What pages show of a step's catalogue items: names and slugs only (the catalogue's rows carry long
# texts and search vectors that a list of steps never needs).
STEP_FIELDS = [
    "followup_id", "product_id", "tool_id", "need_id", "position", "status", "abandon_reason",
    "status_changed_at", "session_id", "version",
]  # fmt: skip
CATALOGUE_NAMES = ["product__name", "product__slug", "tool__name", "tool__slug", "need__name", "need__slug"]
ACTOR_FIELDS = ["name", "acronym", "slug", "commune", "phone", "email", "website", "is_published"]


def steps_for_display(queryset, prefix=""):
    """`queryset` (of steps, or of objects reaching them through `prefix`) with the catalogue names joined."""
    related = [prefix + name for name in ("product", "tool", "need")]
    fields = [prefix + name for name in STEP_FIELDS + CATALOGUE_NAMES]
    return queryset.select_related(*related), fields


def referrals_with_actors():
    return Referral.objects.select_related("actor").only(
        "step_id", "actor_id", "referred_on", "outcome", *[f"actor__{name}" for name in ACTOR_FIELDS]
    )


def cell(count):
    """The count, or None when it is under MIN_CELL (too few to publish without identifying anyone)."""
    return count if count >= MIN_CELL else None


def no_visit_limit(now=None) -> date:
    """The date before which the last visit makes a follow-up "sans visite depuis trois mois"."""
    return timezone.localdate(months_ago(NO_VISIT_MONTHS, now))


def quarter_start(today=None) -> date:
    today = today or timezone.localdate()
    return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)


# The advisor's home ----------------------------------------------------------------------------

LIST_STATUSES = {
    "en-cours": [Followup.Status.ACTIVE],
    "en-pause": [Followup.Status.PAUSED],
    "termines": [Followup.Status.CLOSED],
    "tous": [Followup.Status.ACTIVE, Followup.Status.PAUSED, Followup.Status.CLOSED],
}
DEFAULT_LIST_STATUSES = [Followup.Status.ACTIVE, Followup.Status.PAUSED]


def advisor_followups(user, *, commune=None, status_key=""):
    """The advisor's follow-ups, next visit first, with their step and referral counts (one query a page)."""
    queryset = (
        Followup.objects.for_advisor(user)
        .not_anonymised()
        .filter(status__in=LIST_STATUSES.get(status_key, DEFAULT_LIST_STATUSES))
        .select_related("commune")
        .with_step_counts()
    )
    if commune is not None:
        queryset = queryset.filter(commune=commune)
    return queryset.order_by(F("next_visit_on").asc(nulls_last=True), "name", "pk")


def advisor_communes(user):
    """The communes of the advisor's follow-ups, for the filter (one query)."""
    from actors.models import Commune

    ids = Followup.objects.for_advisor(user).not_anonymised().filter(commune__isnull=False).values("commune_id")
    return list(Commune.objects.filter(pk__in=ids).order_by("name", "insee_code").only("name", "insee_code"))


def _limited(queryset, limit=DUE_LIMIT):
    rows = list(queryset[: limit + 1])
    return rows[:limit], len(rows) > limit


def advisor_due(user, today=None):
    """What is due for the advisor: next visits, follow-ups without a visit, referrals and trials waiting.

    Five queries; each list is cut to DUE_LIMIT (with a flag when there are more).
    """
    today = today or timezone.localdate()
    mine = Followup.objects.for_advisor(user).not_anonymised()
    visits, more_visits = _limited(
        mine.filter(status=Followup.Status.ACTIVE, next_visit_on__lte=today + timedelta(days=DUE_HORIZON_DAYS))
        .select_related("commune")
        .order_by("next_visit_on", "name", "pk")
    )
    quiet, more_quiet = _limited(
        mine.without_visit_since(no_visit_limit())
        .select_related("commune")
        .order_by(F("last_visit_on").asc(nulls_first=True), "name", "pk")
    )
    # The ids first (an advisor follows tens or hundreds of associations): the referral and step lists then
    # start from these files' steps instead of joining every step of the portal.
    open_files = list(mine.exclude(status=Followup.Status.CLOSED).values_list("pk", flat=True))
    referrals, fields = steps_for_display(
        Referral.objects.filter(step__followup_id__in=open_files).exclude(outcome=Referral.Outcome.CONTACTED),
        prefix="step__",
    )
    referrals, more_referrals = _limited(
        referrals.select_related("actor", "step__followup")
        .only("referred_on", "outcome", "actor__name", "step__followup__name", *fields)
        .order_by("referred_on", "pk")
    )
    trials, fields = steps_for_display(Step.objects.filter(followup_id__in=open_files, status=Step.Status.TRYING))
    trials, more_trials = _limited(
        trials.select_related("followup").only("followup__name", *fields).order_by("status_changed_at", "pk")
    )
    return {
        "today": today,
        "visits": visits,
        "more_visits": more_visits,
        "quiet": quiet,
        "more_quiet": more_quiet,
        "referrals": referrals,
        "more_referrals": more_referrals,
        "trials": trials,
        "more_trials": more_trials,
        "no_visit_since": no_visit_limit(),
        "horizon": DUE_HORIZON_DAYS,
    }


def advisor_summary(user):
    """Counts for the advisor's block on the portal's home page (one query)."""
    today = timezone.localdate()
    return Followup.objects.for_advisor(user).aggregate(
        active=Count("pk", filter=Q(status=Followup.Status.ACTIVE, anonymised_at__isnull=True)),
        due=Count(
            "pk",
            filter=Q(
                status=Followup.Status.ACTIVE,
                anonymised_at__isnull=True,
                next_visit_on__lte=today + timedelta(days=DUE_HORIZON_DAYS),
            ),
        ),
    )


# One file --------------------------------------------------------------------------------------


def followup_queryset():
    User = get_user_model()
    advisors = Prefetch(
        "advisors",
        queryset=User.objects.order_by("last_name", "first_name", "username", "pk").only(
            "username", "first_name", "last_name"
        ),
    )
    return Followup.objects.select_related("commune").prefetch_related(advisors)


# A session snapshots its schedule fields when loaded (trainings.models.Session.from_db): load them all.
SESSION_FIELDS = [f"session__{name.removesuffix('_id')}" for name in SCHEDULE_FIELDS]
SESSION_FIELDS += ["session__training__title", "session__commune__name"]


def followup_steps(followup):
    """The steps in order, with their catalogue items, session and referrals (two queries)."""
    referrals = Prefetch("referrals", queryset=referrals_with_actors().order_by("referred_on", "pk"))
    steps, fields = steps_for_display(followup.steps.ordered())
    return list(
        steps.select_related("session__training", "session__commune")
        .only(*fields, *SESSION_FIELDS)
        .prefetch_related(referrals)
    )


def followup_visits(followup):
    return list(followup.visits.select_related("created_by").order_by("-visited_on", "-pk"))


def step_queryset():
    """One step for its page: catalogue names, session, referrals with their actors (two queries)."""
    steps, fields = steps_for_display(Step.objects.all())
    return (
        steps.select_related("session__training", "session__commune")
        .only(*fields, *SESSION_FIELDS, "created_at", "updated_at")
        .prefetch_related(Prefetch("referrals", queryset=referrals_with_actors().order_by("referred_on", "pk")))
    )


@dataclass
class Progress:
    """ "Où en sommes-nous ?": what is done, under way, next, set aside, who helps, the next date."""

    followup: Followup
    done: list = field(default_factory=list)
    trying: list = field(default_factory=list)
    next: list = field(default_factory=list)
    abandoned: list = field(default_factory=list)
    helpers: list = field(default_factory=list)
    sessions: list = field(default_factory=list)


def progress(followup, steps=None):
    """The progress sheet of a follow-up, from its steps (two queries if they are not given)."""
    steps = followup_steps(followup) if steps is None else steps
    sheet = Progress(followup=followup)
    helpers = {}
    now = timezone.now()
    for step in steps:
        {
            Step.Status.ADOPTED: sheet.done,
            Step.Status.TRYING: sheet.trying,
            Step.Status.PROPOSED: sheet.next,
            Step.Status.POSTPONED: sheet.next,
            Step.Status.ABANDONED: sheet.abandoned,
        }[step.status].append(step)
        for referral in step.referrals.all():
            if referral.actor is not None and referral.actor.is_published:
                helpers.setdefault(referral.actor.pk, {"actor": referral.actor, "steps": []})["steps"].append(step)
        if step.session is not None and step.session.end >= now:
            sheet.sessions.append(step)
    sheet.helpers = sorted(helpers.values(), key=lambda row: row["actor"].name)
    return sheet


def shared_followup(token):
    """The follow-up a board's read-only link opens, or None (revoked, unknown, anonymised)."""
    if not token or len(token) > 64:
        return None
    return followup_queryset().filter(share_token=token, anonymised_at__isnull=True).first()


def advisors_to_hand_over(followup):
    """Active advisors (group "Conseillers") not yet on this follow-up, by name (one query)."""
    from core.roles import ADVISORS

    User = get_user_model()
    return (
        User.objects.filter(is_active=True, groups__name=ADVISORS)
        .exclude(pk__in=Followup.advisors.through.objects.filter(followup_id=followup.pk).values("user_id"))
        .order_by("last_name", "first_name", "username")
        .distinct()
    )


# Creating a follow-up from a visit sheet -----------------------------------------------------


def _pairs(values, limit):
    """ "zoom:jitsi-meet,google-drive" -> [("zoom", "jitsi-meet"), ("google-drive", "")], valid slugs only."""
    pairs, ignored, seen = [], 0, set()
    for value in values[: limit * 4]:
        for part in value[:2000].split(","):
            key, _, tool = part.strip().lower().partition(":")
            if not key:
                continue
            if not SLUG_RE.match(key) or (tool and not SLUG_RE.match(tool)) or len(key) > 120 or len(tool) > 120:
                ignored += 1
                continue
            if key not in seen:
                seen.add(key)
                pairs.append((key, tool))
    return pairs[:limit], ignored + max(0, len(pairs) - limit)


@dataclass
class ProposedStep:
    """A row of the creation form: a product to replace (tool chosen among its alternatives) or a need."""

    key: str  # "p:zoom" or "n:comptabilite": the hidden value posted back
    product: ProprietaryProduct | None
    need: Need | None
    options: list  # [(tool slug, label)], best first
    chosen: str  # tool slug ("" for a need whose tool is left for later)
    tools: dict  # {slug: Tool}
    efforts: dict  # {tool slug: Equivalence effort}, products only

    @property
    def label(self):
        return f"Remplacer {self.product.name}" if self.product else f"Besoin : {self.need.name}"

    @property
    def quick_win_rank(self):
        tool = self.tools.get(self.chosen)
        return quick_win_rank(
            effort=self.efforts.get(self.chosen),
            ease=tool.ease if tool is not None else None,
            replaces_a_product=self.product is not None,
        )

    def spec(self, tool_slug):
        tool = self.tools.get(tool_slug) if tool_slug else None
        return StepSpec(product=self.product, tool=tool, need=self.need)


def proposed_steps(product_pairs, need_pairs):
    """Rows for the creation form from (slug, tool slug) pairs; unknown slugs are dropped.

    Three queries: the products with their published alternatives, the needs, their published tools.
    Returns (rows ordered quick wins first, list of dropped slugs).
    """
    dropped = []
    rows = []
    if product_pairs:
        equivalences = Prefetch(
            "equivalences",
            queryset=Equivalence.objects.filter(tool__is_published=True).select_related("tool").for_display(),
            to_attr="public_equivalences",
        )
        products = {
            product.slug: product
            for product in ProprietaryProduct.objects.published()
            .filter(slug__in=[slug for slug, _tool in product_pairs])
            .prefetch_related(equivalences)
        }
        for slug, tool_slug in product_pairs:
            product = products.get(slug)
            if product is None or not product.public_equivalences:
                dropped.append(slug)
                continue
            tools = {eq.tool.slug: eq.tool for eq in product.public_equivalences}
            options = [
                (eq.tool.slug, f"{eq.tool.name} (migration : effort {eq.get_migration_effort_display().lower()})")
                for eq in product.public_equivalences
            ]
            efforts = {eq.tool.slug: eq.migration_effort for eq in product.public_equivalences}
            chosen = tool_slug if tool_slug in tools else options[0][0]
            rows.append(ProposedStep(f"p:{slug}", product, None, options, chosen, tools, efforts))
    if need_pairs:
        tools = Prefetch("tools", queryset=Tool.objects.published(), to_attr="public_tools")
        needs = {
            need.slug: need
            for need in Need.objects.filter(slug__in=[slug for slug, _tool in need_pairs]).prefetch_related(tools)
        }
        for slug, tool_slug in need_pairs:
            need = needs.get(slug)
            if need is None:
                dropped.append(slug)
                continue
            need_tools = {tool.slug: tool for tool in need.public_tools}
            options = [("", "Outil à choisir plus tard")] + [(tool.slug, tool.name) for tool in need.public_tools]
            chosen = tool_slug if tool_slug in need_tools else ""
            rows.append(ProposedStep(f"n:{slug}", None, need, options, chosen, need_tools, {}))
    rows.sort(key=lambda row: row.quick_win_rank)  # stable: equal ranks keep the sheet's order
    return rows, dropped


def proposals_from_query(query):
    """The rows proposed by a visit sheet's link (`produits`, `besoins`), and a French notice if some were dropped."""
    product_pairs, bad_products = _pairs(query.getlist("produits"), MAX_PRODUCTS)
    need_pairs, bad_needs = _pairs(query.getlist("besoins"), MAX_NEEDS)
    rows, dropped = proposed_steps(product_pairs, need_pairs)
    notices = []
    if bad_products or bad_needs:
        notices.append("Certaines valeurs de l'adresse n'étaient pas valables ; elles ont été ignorées.")
    if dropped:
        notices.append("Ignoré, car absent du catalogue ou sans alternative libre : " + ", ".join(dropped[:5]) + ".")
    return rows, notices


def proposals_from_keys(keys):
    """The rows named by a posted form ("p:zoom", "n:comptabilite"); unknown keys are returned apart."""
    product_pairs, need_pairs, malformed = [], [], []
    for key in keys:
        kind, _, slug = key.partition(":")
        if kind not in ("p", "n") or not SLUG_RE.match(slug or "") or len(slug) > 120:
            malformed.append(key)
        else:
            (product_pairs if kind == "p" else need_pairs).append((slug, ""))
    rows, dropped = proposed_steps(product_pairs, need_pairs)
    by_key = {row.key: row for row in rows}
    return by_key, malformed + dropped


def step_choices():
    """Everything a step can be, for the "add a step" page: published equivalences by product, needs (two queries)."""
    equivalences = list(
        Equivalence.objects.published()
        .select_related("product", "tool")
        .order_by("product__name", "tool__name")
        .only("pk", "product__name", "tool__name", "migration_effort")
    )
    needs = list(Need.objects.ordered().only("pk", "name"))
    return equivalences, needs


# Aggregates ------------------------------------------------------------------------------------


@dataclass
class EquivalenceFigure:
    product_name: str
    product_slug: str
    tool_name: str
    tool_slug: str
    adopted: int | None
    abandoned: int | None
    first_reason: str | None


def equivalence_figures(*, tool=None, product=None):
    """ "Adopté par N associations accompagnées, abandonné par M (première raison : …)" per pair.

    One query, and one more for the names when a pair is shown. Only pairs with N + M >= MIN_CELL
    are returned; N, M and the first reason's count are each hidden (None) under MIN_CELL.
    Anonymised follow-ups count: the figures stay.
    """
    steps = Step.objects.filter(product__isnull=False, status__in=[Step.Status.ADOPTED, Step.Status.ABANDONED])
    if tool is not None:
        steps = steps.filter(tool=tool)
    if product is not None:
        steps = steps.filter(product=product)
    rows = steps.values("product_id", "tool_id", "status", "abandon_reason").annotate(n=Count("pk")).order_by()
    pairs = {}
    for row in rows:
        pair = pairs.setdefault(
            (row["product_id"], row["tool_id"]), {"adopted": 0, "abandoned": 0, "reasons": Counter()}
        )
        if row["status"] == Step.Status.ADOPTED:
            pair["adopted"] += row["n"]
        else:
            pair["abandoned"] += row["n"]
            pair["reasons"][row["abandon_reason"]] += row["n"]
    shown = {key: pair for key, pair in pairs.items() if pair["adopted"] + pair["abandoned"] >= MIN_CELL}
    if not shown:
        return []
    # The names of the pairs shown (one more query, on a handful of rows).
    names = {
        (eq.product_id, eq.tool_id): eq
        for eq in Equivalence.objects.filter(product_id__in={p for p, _t in shown}, tool_id__in={t for _p, t in shown})
        .select_related("product", "tool")
        .only("product__name", "product__slug", "tool__name", "tool__slug")
    }
    figures = []
    for key, pair in shown.items():
        equivalence = names.get(key)
        if equivalence is None:  # the equivalence was deleted since: nothing to link to
            continue
        reason = None
        if pair["reasons"]:
            code, count = sorted(pair["reasons"].items(), key=lambda item: (-item[1], item[0]))[0]
            if count >= MIN_CELL and code in Step.AbandonReason.values:
                reason = Step.AbandonReason(code).label
        figures.append(
            EquivalenceFigure(
                product_name=equivalence.product.name,
                product_slug=equivalence.product.slug,
                tool_name=equivalence.tool.name,
                tool_slug=equivalence.tool.slug,
                adopted=cell(pair["adopted"]),
                abandoned=cell(pair["abandoned"]),
                first_reason=reason,
            )
        )
    figures.sort(key=lambda f: (-((f.adopted or 0) + (f.abandoned or 0)), f.product_name, f.tool_name))
    return figures


def actor_referral_figures(since=None):
    """Per actor: referrals since `since` (this quarter by default) and those with a contact made (one query)."""
    since = since or quarter_start()
    rows = (
        Referral.objects.filter(referred_on__gte=since, actor__isnull=False)
        .values("actor_id", "actor__name", "actor__slug")
        .annotate(total=Count("pk"), contacted=Count("pk", filter=Q(outcome=Referral.Outcome.CONTACTED)))
        .filter(total__gte=MIN_CELL)
        .order_by("-total", "actor__name")
    )
    return [
        {
            "name": row["actor__name"],
            "slug": row["actor__slug"],
            "total": row["total"],
            "contacted": cell(row["contacted"]),
            "share": round(100 * row["contacted"] / row["total"]) if row["contacted"] >= MIN_CELL else None,
        }
        for row in rows
    ]


def need_stalled_figures():
    """Per need: the open steps whose status has not changed for STALLED_AFTER_DAYS (three queries).

    A step counts for its need, or for the needs of the product it replaces. Needs under MIN_CELL are left out.
    """
    stalled = Step.objects.stalled()
    counts = Counter()
    direct = stalled.filter(need__isnull=False).values_list("need_id").annotate(n=Count("pk")).order_by()
    via_products = (
        stalled.filter(product__needs__isnull=False).values_list("product__needs").annotate(n=Count("pk")).order_by()
    )
    for rows in (direct, via_products):
        for need_id, count in rows:
            counts[need_id] += count
    shown = {need_id: count for need_id, count in counts.items() if count >= MIN_CELL}
    if not shown:
        return []
    needs = list(Need.objects.filter(pk__in=shown).only("name", "slug", "position"))
    for need in needs:
        need.stalled = shown[need.pk]
    return sorted(needs, key=lambda need: (-need.stalled, need.position, need.name))


def followups_without_visit_count():
    """How many follow-ups in progress have had no visit for NO_VISIT_MONTHS months (one query)."""
    return Followup.objects.without_visit_since(no_visit_limit()).count()
