"""The reason sentence says what is true of the tool (issue 16, "the sheet first")."""

from ptca.companion.ranking import Candidate, Profile, mentions_free_offer, rank

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


def subscription_reason(free_offer):
    candidate = Candidate(
        item="x", tool_name="Nextcloud", ease="intermediate", cost_model="hosted", access="both", has_hoster=True,
        coverage="full", migration_effort="medium", product_name="Google Drive", hoster_name="Zaclys",
        free_offer=free_offer,
    )  # fmt: skip
    return rank([candidate], BEGINNERS)[0].reason


def test_no_paid_subscription_while_the_budget_is_nil_when_a_free_offer_exists():
    assert subscription_reason(False).endswith("mais il faut payer un abonnement alors que le budget est nul.")
    with_free_offer = subscription_reason(True)
    assert "il faut payer" not in with_free_offer and "budget est nul" not in with_free_offer
    assert with_free_offer.endswith("mais l'abonnement est payant en dehors d'une offre gratuite sous conditions.")


def test_free_offers_are_read_from_the_catalogue_cost_notes():
    for note in (
        "Gratuit sur Framaspace pour les petites associations éligibles, sinon abonnement chez un hébergeur.",
        "Abonnement chez un hébergeur, ou Framaspace gratuit pour les petites associations éligibles.",
        "Compte gratuit limité en espace ; espace supplémentaire payant.",
        "Gratuit.",
    ):
        assert mentions_free_offer(note), note
    for note in (
        "Abonnement chez un hébergeur ou accès via un réseau.",
        "Gratuit si auto-hébergé (compter le temps de maintenance) ; offres payantes de l'éditeur.",
        "",
        None,
    ):
        assert not mentions_free_offer(note), note
