"""Ranking of the free alternatives shown on the visit sheet: one small pure function, documented.

`rank(candidates, profile)` orders the free tools proposed to an association and explains each
place with one sentence ("Proposé parce que …"). It touches no database and knows nothing of
Django: the views turn equivalences (or the tools of a need) into `Candidate`s first.

A candidate's score is the sum of five named parts, each from a table of weights below:

- coverage: how much of the proprietary product the tool covers (complète, partielle, différente);
- ease: how easy the tool is to adopt, weighed by the volunteers' digital comfort (a beginner
  team counts ease more, an advanced team hardly at all);
- migration: the effort to move the data and the habits (faible, moyen, élevé);
- cost: what the tool costs, with a penalty for paid hosting when the budget is small or none,
  and for self-hosting when nobody in the team can run a server;
- hosting: a bonus for online services offered by a hoster (nothing to install, nobody to
  maintain it), a penalty for software to install on each computer, for beginner teams.

Two rules are stronger than the score. First, a tool whose project is frozen (no longer
developed) or closed is never ranked before an active or maintained one, whatever its score
(closed after frozen), and its sentence says why ("mais il n'est plus développé"). Second, a
beginner team without employees ("bénévoles seulement", or size not given) sees the online
services hosted by someone else BEFORE any software to install, whatever the score. Ties are
broken by name so that the order never changes from one visit to the
next. Coordinators tune the ranking by changing the constants below (see docs/companion.md).
"""

import re
from dataclasses import dataclass, field

# Profile values, as they appear in the address of the sheet -------------------------------------
STAFF_VOLUNTEERS = "benevoles"
STAFF_EMPLOYEES = "salaries"
BUDGET_NONE = "aucun"
BUDGET_SMALL = "petit"
BUDGET_SOME = "moyens"
COMFORT_BEGINNER = "debutant"
COMFORT_COMFORTABLE = "a-l-aise"
COMFORT_ADVANCED = "avance"

# Weights (points) -------------------------------------------------------------------------------
COVERAGE_POINTS = {"full": 30, "partial": 15, "different": 5}
COVERAGE_POINTS_FOR_A_NEED = 15  # a tool suggested for a need (no product to compare with)
EASE_POINTS = {"easy": 20, "intermediate": 10, "advanced": 0}
# How much ease counts, by digital comfort (no answer: as "à l'aise").
EASE_WEIGHT = {COMFORT_BEGINNER: 1.5, COMFORT_COMFORTABLE: 1.0, COMFORT_ADVANCED: 0.3, None: 1.0}
MIGRATION_POINTS = {"low": 15, "medium": 7, "high": 0}
MIGRATION_POINTS_FOR_A_NEED = 10  # nothing to migrate: a new tool
COST_POINTS = {"free": 15, "donation": 15, "hosted": 8, "self_hosted": 8}
# Paid hosting ("abonnement chez un hébergeur") with no or little money.
PAID_HOSTING_PENALTY = {BUDGET_NONE: -20, BUDGET_SMALL: -8, BUDGET_SOME: 0, None: -4}
# "Gratuit si auto-hébergé" needs someone able to run a server.
SELF_HOSTING_PENALTY = {COMFORT_BEGINNER: -15, COMFORT_COMFORTABLE: -6, COMFORT_ADVANCED: 0, None: -6}
HOSTED_ONLINE_BONUS = 10  # an online service offered by a hoster: nothing to install or maintain
INSTALL_PENALTY_FOR_BEGINNERS = -10  # software to install on each computer, for a beginner team
NOT_IN_FRENCH_PENALTY = -8

# Maintenance of the tool's project (Tool.maintenance_status values).
MAINTENANCE_ACTIVE = "active"
MAINTENANCE_RANK = {"active": 0, "maintained": 0, "frozen": 1, "closed": 2}
FROZEN_PENALTY = -25  # also quoted as the caveat of the sentence
CLOSED_PENALTY = -40
# A free offer in a cost note: "gratuit", "gratuite", "gratuitement" (not "gratuit si auto-hébergé",
# which says the opposite for a tool to have hosted).
FREE_OFFER_RE = re.compile(r"\bgratuit(?:e|s|es|ement)?\b(?! si (?:on l'héberge|auto-hébergé))", re.IGNORECASE)

MAX_SUGGESTIONS = 3
# A part must weigh at least this much to be quoted in the "Proposé parce que …" sentence.
REASON_MIN_POINTS = 8
REASON_MAX_PARTS = 2
CAVEAT_MAX_POINTS = -8  # a part at or below this is quoted after "mais"


@dataclass(frozen=True)
class Profile:
    """What the advisor learnt about the association; every field may be unknown (None)."""

    staff: str | None = None
    budget: str | None = None
    comfort: str | None = None

    @property
    def prefers_hosted_services(self):
        """Beginner teams without employees: online services hosted by someone else come first."""
        return self.comfort == COMFORT_BEGINNER and self.staff != STAFF_EMPLOYEES


@dataclass(frozen=True)
class Candidate:
    """A free tool proposed to replace `product_name` (equivalence) or to meet `need_name`.

    `coverage` and `migration_effort` are None for a need (nothing is replaced). `item` is kept
    untouched for the template (the equivalence or the tool).
    """

    item: object
    tool_name: str
    ease: str
    cost_model: str
    access: str
    has_hoster: bool
    in_french: bool = True
    coverage: str | None = None
    migration_effort: str | None = None
    product_name: str = ""
    need_name: str = ""
    hoster_name: str = ""
    platforms: tuple = ()  # Tool.Platform values ("web", "android"…); empty when unknown
    maintenance: str = MAINTENANCE_ACTIVE

    @property
    def maintenance_rank(self):
        """0 for active or maintained tools, 1 for frozen ones, 2 for closed ones."""
        return MAINTENANCE_RANK.get(self.maintenance, 0)

    # The catalogue's cost note for this equivalence mentions a free offer ("Gratuit sur Framaspace
    # pour les petites associations éligibles, sinon abonnement…"): the sentence must not say that
    # paying is the only way.
    free_offer: bool = False

    @property
    def is_hosted_online(self):
        return self.has_hoster and self.access in ("online", "both")

    @property
    def install_target(self):
        """Where the software is installed, as the sentence says it: a phone app is not installed on computers."""
        mobile = {"android", "ios"} & set(self.platforms)
        desktop = {"windows", "macos", "linux"} & set(self.platforms)
        if mobile and not desktop:
            return "chaque téléphone"
        if mobile and desktop:
            return "chaque ordinateur ou téléphone"
        return "chaque ordinateur"


@dataclass
class Suggestion:
    candidate: Candidate
    score: float
    parts: dict = field(default_factory=dict)
    reason: str = ""

    @property
    def item(self):
        return self.candidate.item


def score_parts(candidate, profile):
    """The named parts of a candidate's score for this profile ({name: points})."""
    parts = {}
    if candidate.coverage is None:
        parts["coverage"] = COVERAGE_POINTS_FOR_A_NEED
    else:
        parts["coverage"] = COVERAGE_POINTS.get(candidate.coverage, 0)
    parts["ease"] = EASE_POINTS.get(candidate.ease, 0) * EASE_WEIGHT.get(profile.comfort, 1.0)
    if candidate.migration_effort is None:
        parts["migration"] = MIGRATION_POINTS_FOR_A_NEED
    else:
        parts["migration"] = MIGRATION_POINTS.get(candidate.migration_effort, 0)
    parts["cost"] = COST_POINTS.get(candidate.cost_model, 0)
    if candidate.cost_model == "hosted":
        parts["paid_hosting"] = PAID_HOSTING_PENALTY.get(profile.budget, 0)
    if candidate.cost_model == "self_hosted" and not candidate.is_hosted_online:
        parts["self_hosting"] = SELF_HOSTING_PENALTY.get(profile.comfort, 0)
    if candidate.is_hosted_online:
        parts["hosted_online"] = HOSTED_ONLINE_BONUS
    elif candidate.access == "install" and profile.comfort == COMFORT_BEGINNER:
        parts["install"] = INSTALL_PENALTY_FOR_BEGINNERS
    if not candidate.in_french:
        parts["french"] = NOT_IN_FRENCH_PENALTY
    if candidate.maintenance == "frozen":
        parts["frozen"] = FROZEN_PENALTY
    elif candidate.maintenance == "closed":
        parts["closed"] = CLOSED_PENALTY
    return parts


def rank(candidates, profile, limit=MAX_SUGGESTIONS):
    """The best `limit` candidates for `profile`, best first, each with its score and reason sentence."""
    suggestions = []
    for candidate in candidates:
        parts = score_parts(candidate, profile)
        suggestions.append(Suggestion(candidate=candidate, score=sum(parts.values()), parts=parts))

    def sort_key(suggestion):
        hosted_first = profile.prefers_hosted_services and not suggestion.candidate.is_hosted_online
        return (
            suggestion.candidate.maintenance_rank,
            hosted_first,
            -suggestion.score,
            suggestion.candidate.tool_name.casefold(),
        )

    suggestions.sort(key=sort_key)
    chosen = suggestions[:limit] if limit else suggestions
    for suggestion in chosen:
        suggestion.reason = reason_sentence(suggestion.candidate, suggestion.parts, profile)
    return chosen


# The sentence ------------------------------------------------------------------------------------


def _clauses(candidate, profile):
    """French clauses for each part of the score, to quote the strongest ones."""
    product = candidate.product_name or "l'outil actuel"
    hoster = f" chez {candidate.hoster_name}" if candidate.hoster_name else " chez un hébergeur"
    beginner = profile.comfort == COMFORT_BEGINNER
    return {
        "coverage": {
            "full": f"il couvre tous les usages courants de {product}",
            "partial": f"il couvre l'essentiel des usages de {product}",
            "different": f"il répond au même besoin que {product}, autrement",
            None: f"il répond au besoin « {candidate.need_name} »" if candidate.need_name else "il répond au besoin",
        }.get(candidate.coverage),
        "ease": {
            "easy": "il est facile à prendre en main" + (" pour une équipe qui débute" if beginner else ""),
            "intermediate": "sa prise en main est raisonnable",
            "advanced": "il demande une bonne aisance numérique",
        }.get(candidate.ease),
        "migration": {
            "low": "la migration demande peu d'effort",
            "medium": "la migration demande un effort modéré",
            "high": "la migration demande un effort important",
            None: "il n'y a rien à migrer",
        }.get(candidate.migration_effort),
        "cost": {
            "free": "il est gratuit",
            "donation": "il est à prix libre",
            "hosted": "il est proposé sur abonnement par des hébergeurs",
            "self_hosted": "il est gratuit si on l'héberge soi-même",
        }.get(candidate.cost_model),
        "paid_hosting": _paid_hosting_clause(candidate, profile),
        "self_hosting": "il faut quelqu'un pour l'installer sur un serveur",
        "hosted_online": f"c'est un service en ligne proposé{hoster} : rien à installer",
        "install": f"il faut l'installer sur {candidate.install_target}",
        "french": "il n'est pas traduit en français",
        "frozen": "il n'est plus développé (projet figé)",
        "closed": "le projet est fermé",
    }


def _paid_hosting_clause(candidate, profile):
    """The caveat of a tool offered on subscription: never "il faut payer" when a free offer exists."""
    if candidate.free_offer:
        return "l'abonnement est payant en dehors d'une offre gratuite sous conditions"
    return "il faut payer un abonnement" + (" alors que le budget est nul" if profile.budget == BUDGET_NONE else "")


def mentions_free_offer(cost_note):
    """Whether a cost note of the catalogue mentions a free offer ("Gratuit sur …", "compte gratuit")."""
    return bool(FREE_OFFER_RE.search(cost_note or ""))


def _que(clause, first):
    """ "parce que" / "que" before a clause, with the French elision (qu'il, qu'elle)."""
    word = "parce que" if first else "que"
    if clause.startswith(("il ", "elle ", "on ", "un ", "une ")):
        return f"{word[:-1]}'{clause}"
    return f"{word} {clause}"


def reason_sentence(candidate, parts, profile):
    """ "Proposé parce qu'il …, que … et que …[, mais …]." from the strongest parts of the score."""
    clauses = _clauses(candidate, profile)
    positives = sorted(
        (name for name, points in parts.items() if points >= REASON_MIN_POINTS and clauses.get(name)),
        key=lambda name: -parts[name],
    )[:REASON_MAX_PARTS]
    if profile.prefers_hosted_services and candidate.is_hosted_online and "hosted_online" not in positives:
        positives = ["hosted_online", *positives[: REASON_MAX_PARTS - 1]]
    if not positives:
        positives = ["coverage"]
    quoted = [_que(clauses[name], first=index == 0) for index, name in enumerate(positives)]
    sentence = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " et " + quoted[-1]
    negatives = sorted(
        (name for name, points in parts.items() if points <= CAVEAT_MAX_POINTS and clauses.get(name)),
        key=lambda name: parts[name],
    )
    if negatives:
        sentence += ", mais " + clauses[negatives[0]]
    return f"Proposé {sentence}."
