"""Unit tests of the ranking of free alternatives (pure function, no database)."""

from ptca.companion import ranking
from ptca.companion.ranking import Candidate, Profile, rank

BEGINNER_VOLUNTEERS_NO_BUDGET = Profile(staff="benevoles", budget="aucun", comfort="debutant")
COMFORTABLE_EMPLOYEES_SOME_BUDGET = Profile(staff="salaries", budget="moyens", comfort="a-l-aise")
ADVANCED = Profile(staff="benevoles", budget="petit", comfort="avance")


def candidate(name, **kwargs):
    values = {
        "item": name,
        "tool_name": name,
        "ease": "easy",
        "cost_model": "free",
        "access": "online",
        "has_hoster": False,
        "coverage": "partial",
        "migration_effort": "low",
        "product_name": "Zoom",
    }
    values.update(kwargs)
    return Candidate(**values)


# A full-coverage desktop application, harder to adopt, versus an easy online service covering less.
DESKTOP_FULL = candidate("Logiciel complet", access="install", ease="advanced", coverage="full")
ONLINE_EASY = candidate("Service simple", access="online", coverage="partial")
HOSTED_ONLINE = candidate(
    "Service hébergé",
    access="both",
    has_hoster=True,
    hoster_name="Framasoft",
    coverage="partial",
    migration_effort="medium",
)
INSTALL_EASY_FULL = candidate("Appli à installer", access="install", coverage="full", migration_effort="low")
PAID_HOSTING_FULL = candidate(
    "Suite hébergée", access="both", has_hoster=True, cost_model="hosted", ease="intermediate", coverage="full",
    migration_effort="medium",
)  # fmt: skip
FREE_DIFFERENT = candidate(
    "Outil gratuit", access="both", has_hoster=True, coverage="different", migration_effort="medium"
)


def names(suggestions):
    return [suggestion.candidate.tool_name for suggestion in suggestions]


def test_beginner_volunteers_get_hosted_online_services_before_software_to_install():
    # The application to install scores well (full coverage, easy, low effort)…
    parts = ranking.score_parts(INSTALL_EASY_FULL, COMFORTABLE_EMPLOYEES_SOME_BUDGET)
    assert sum(parts.values()) > sum(ranking.score_parts(HOSTED_ONLINE, COMFORTABLE_EMPLOYEES_SOME_BUDGET).values())
    # …but a beginner team without employees sees the hosted online service first.
    result = rank([INSTALL_EASY_FULL, HOSTED_ONLINE], BEGINNER_VOLUNTEERS_NO_BUDGET)
    assert names(result) == ["Service hébergé", "Appli à installer"]
    assert "Framasoft" in result[0].reason
    assert "rien à installer" in result[0].reason
    # A team with employees keeps the order of the score.
    assert names(rank([INSTALL_EASY_FULL, HOSTED_ONLINE], COMFORTABLE_EMPLOYEES_SOME_BUDGET))[0] == "Appli à installer"


def test_beginners_without_an_answer_about_staff_are_treated_as_volunteers():
    profile = Profile(comfort="debutant")
    assert profile.prefers_hosted_services
    assert names(rank([INSTALL_EASY_FULL, HOSTED_ONLINE], profile))[0] == "Service hébergé"
    assert not Profile(comfort="debutant", staff="salaries").prefers_hosted_services


def test_no_budget_penalises_paid_hosting():
    with_budget = rank([PAID_HOSTING_FULL, FREE_DIFFERENT], COMFORTABLE_EMPLOYEES_SOME_BUDGET)
    assert names(with_budget) == ["Suite hébergée", "Outil gratuit"]
    no_budget = rank([PAID_HOSTING_FULL, FREE_DIFFERENT], BEGINNER_VOLUNTEERS_NO_BUDGET)
    assert names(no_budget) == ["Outil gratuit", "Suite hébergée"]
    paid = no_budget[1]
    assert paid.parts["paid_hosting"] == ranking.PAID_HOSTING_PENALTY["aucun"]
    assert "mais il faut payer un abonnement alors que le budget est nul" in paid.reason


def test_comfortable_team_with_employees_and_some_budget_favours_coverage():
    result = rank([FREE_DIFFERENT, PAID_HOSTING_FULL, ONLINE_EASY], COMFORTABLE_EMPLOYEES_SOME_BUDGET)
    assert names(result)[0] in {"Suite hébergée", "Service simple"}
    assert names(result).index("Suite hébergée") < names(result).index("Outil gratuit")
    assert "couvre tous les usages courants de Zoom" in result[names(result).index("Suite hébergée")].reason


def test_advanced_team_prefers_full_coverage_over_ease_beginners_the_opposite():
    assert names(rank([ONLINE_EASY, DESKTOP_FULL], ADVANCED)) == ["Logiciel complet", "Service simple"]
    assert names(rank([ONLINE_EASY, DESKTOP_FULL], BEGINNER_VOLUNTEERS_NO_BUDGET)) == [
        "Service simple",
        "Logiciel complet",
    ]


def test_self_hosting_is_penalised_unless_the_team_is_advanced():
    self_hosted = candidate("Serveur maison", access="install", cost_model="self_hosted", coverage="full")
    beginner = ranking.score_parts(self_hosted, BEGINNER_VOLUNTEERS_NO_BUDGET)
    assert beginner["self_hosting"] == ranking.SELF_HOSTING_PENALTY["debutant"]
    assert ranking.score_parts(self_hosted, ADVANCED)["self_hosting"] == 0


def test_at_most_three_suggestions_ties_broken_by_name():
    same = [candidate(name) for name in ["Delta", "alpha", "Charlie", "Bravo"]]
    result = rank(same, Profile())
    assert names(result) == ["alpha", "Bravo", "Charlie"]
    assert len(rank(same, Profile(), limit=None)) == 4


def test_reason_is_one_french_sentence_with_elision():
    (suggestion,) = rank([candidate("Jitsi Meet", coverage="full")], Profile(comfort="a-l-aise"))
    assert suggestion.reason.startswith("Proposé parce qu'il couvre tous les usages courants de Zoom")
    assert suggestion.reason.endswith(".")
    assert suggestion.reason.count(".") == 1
    assert suggestion.reason == (
        "Proposé parce qu'il couvre tous les usages courants de Zoom et qu'il est facile à prendre en main."
    )


def test_candidate_for_a_need_has_no_coverage_or_migration():
    need_tool = candidate("Paheko", coverage=None, migration_effort=None, product_name="", need_name="Comptabilité")
    (suggestion,) = rank([need_tool], Profile())
    assert suggestion.parts["coverage"] == ranking.COVERAGE_POINTS_FOR_A_NEED
    assert suggestion.parts["migration"] == ranking.MIGRATION_POINTS_FOR_A_NEED
    assert (
        suggestion.reason
        == "Proposé parce qu'il est facile à prendre en main et qu'il répond au besoin « Comptabilité »."
    )


def test_not_in_french_is_a_caveat():
    english = candidate("English tool", in_french=False, coverage="full")
    (suggestion,) = rank([english], BEGINNER_VOLUNTEERS_NO_BUDGET)
    assert suggestion.reason.endswith("mais il n'est pas traduit en français.")


def test_frozen_or_closed_tools_are_never_ranked_first_whatever_their_score():
    # The frozen tool scores best on every other part (full coverage, hosted online, easy)…
    frozen = candidate("Formulaires figés", coverage="full", access="both", has_hoster=True, maintenance="frozen")
    closed = candidate("Service fermé", coverage="full", access="both", has_hoster=True, maintenance="closed")
    weaker = candidate("Outil actif", coverage="different", migration_effort="high", ease="advanced")
    maintained = candidate("Outil maintenu", coverage="different", ease="advanced", maintenance="maintained")
    for profile in (BEGINNER_VOLUNTEERS_NO_BUDGET, COMFORTABLE_EMPLOYEES_SOME_BUDGET, ADVANCED, Profile()):
        ranked = rank([frozen, closed, weaker, maintained], profile, limit=None)
        # …yet it comes after every active or maintained tool, and the closed one last.
        assert names(ranked)[-2:] == ["Formulaires figés", "Service fermé"], profile
        assert set(names(ranked)[:2]) == {"Outil actif", "Outil maintenu"}


def test_a_frozen_tool_says_why_in_its_sentence():
    frozen = candidate("Yakforms", coverage="full", maintenance="frozen")
    (suggestion,) = rank([frozen], Profile())
    assert suggestion.reason.endswith("mais il n'est plus développé (projet figé).")
    (closed,) = rank([candidate("Ancien", maintenance="closed")], Profile())
    assert "mais le projet est fermé" in closed.reason
