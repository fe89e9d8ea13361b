"""The reason sentence says what is true of the tool (issue 16, "the sheet first")."""

from ptca.companion.ranking import Candidate, Profile, rank

BEGINNERS = Profile(staff="benevoles", budget="aucun", comfort="debutant")


def install_reason(platforms):
    candidate = Candidate(
        item="x", tool_name="Appli", ease="easy", cost_model="free", access="install", has_hoster=False,
        coverage="partial", migration_effort="low", product_name="WhatsApp", platforms=platforms,
    )  # fmt: skip
    return rank([candidate], BEGINNERS)[0].reason


def test_a_phone_app_is_not_installed_on_every_computer():
    assert install_reason(("android", "ios")).endswith("mais il faut l'installer sur chaque téléphone.")
    assert install_reason(("windows", "linux")).endswith("mais il faut l'installer sur chaque ordinateur.")
    assert install_reason(("windows", "android")).endswith("sur chaque ordinateur ou téléphone.")
    assert install_reason(()).endswith("sur chaque ordinateur.")  # platforms unknown: as before
