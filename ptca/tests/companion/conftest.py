"""Test data of the companion: a small catalogue with five common products, actors and a commune."""

import pytest

from actors.tests.factories import ActorFactory, CommuneFactory
from tools_catalog.models import Equivalence, Tool
from tools_catalog.tests.factories import (
    EquivalenceFactory,
    GuideFactory,
    HosterFactory,
    NeedFactory,
    ProprietaryProductFactory,
    ToolFactory,
)

LOSSES = (
    "Moins de fonctions avancées que l'outil propriétaire, et une interface différente à apprendre : "
    "prévoir un temps de découverte pour les bénévoles."
)
GAINS = (
    "Pas de publicité ni de revente des données, un hébergement en Europe, et un outil cohérent avec "
    "les valeurs de l'association."
)
STEPS = (
    "1. Exporter les données depuis l'outil actuel (menu Paramètres, puis Exporter).\n"
    "2. Créer un compte chez un hébergeur CHATONS et importer les données.\n"
    "3. Prévenir les membres avec un court message et le nouveau lien.\n"
    "4. Garder l'ancien outil un mois, le temps que chacun s'habitue.\n"
    "5. Fermer l'ancien compte."
)


def build_catalogue(extra_products=0):
    """Needs, hosters, tools and products (Zoom, Google Drive, Doodle, WhatsApp, Facebook + extras)."""
    visio = NeedFactory(name="Visioconférence", slug="visioconference", description="Se réunir à distance.", position=1)
    files = NeedFactory(name="Partage et stockage de fichiers", slug="partage-fichiers", position=2)
    polls = NeedFactory(name="Planifier une réunion", slug="planifier-reunion", position=3)
    chat = NeedFactory(name="Messagerie instantanée", slug="messagerie", position=4)
    social = NeedFactory(name="Réseaux sociaux", slug="reseaux-sociaux", position=5)
    accounting = NeedFactory(name="Comptabilité", slug="comptabilite", description="Tenir les comptes.", position=6)
    framasoft = HosterFactory(name="Framasoft", url="https://framasoft.org/", chatons=True)
    hoster = HosterFactory(name="Zaclys", url="https://www.zaclys.com/", chatons=True)

    def tool(name, slug, needs, **kwargs):
        return ToolFactory(name=name, slug=slug, summary=f"{name} : un outil libre.", needs=needs, **kwargs)

    tools = {
        "jitsi": tool("Jitsi Meet", "jitsi-meet", [visio], access=Tool.Access.BOTH, hosters=[framasoft]),
        "bbb": tool("BigBlueButton", "bigbluebutton", [visio], access=Tool.Access.INSTALL, ease=Tool.Ease.ADVANCED,
                    cost_model=Tool.CostModel.FREE_SELF_HOSTED),
        "nextcloud": tool("Nextcloud", "nextcloud", [files], access=Tool.Access.BOTH, hosters=[hoster],
                          cost_model=Tool.CostModel.HOSTED_SUBSCRIPTION, ease=Tool.Ease.INTERMEDIATE),
        "syncthing": tool("Syncthing", "syncthing", [files], access=Tool.Access.INSTALL),
        "framadate": tool("Framadate", "framadate", [polls], hosters=[framasoft]),
        "signal": tool("Signal", "signal", [chat], access=Tool.Access.INSTALL),
        "element": tool("Element", "element", [chat], access=Tool.Access.BOTH, hosters=[hoster],
                        ease=Tool.Ease.INTERMEDIATE),
        "mastodon": tool("Mastodon", "mastodon", [social], access=Tool.Access.BOTH, hosters=[framasoft]),
        "mobilizon": tool("Mobilizon", "mobilizon", [social], hosters=[framasoft]),
        "paheko": tool("Paheko", "paheko", [accounting], access=Tool.Access.BOTH, hosters=[hoster],
                       cost_model=Tool.CostModel.HOSTED_SUBSCRIPTION),
        "grisbi": tool("Grisbi", "grisbi", [accounting], access=Tool.Access.INSTALL),
    }  # fmt: skip

    def product(name, slug, needs, equivalents, **kwargs):
        created = ProprietaryProductFactory(
            name=name, slug=slug, needs=needs, vendor=kwargs.pop("vendor", "Éditeur"), **kwargs
        )
        for index, key in enumerate(equivalents):
            EquivalenceFactory(
                product=created,
                tool=tools[key],
                coverage=[Equivalence.Coverage.FULL, Equivalence.Coverage.PARTIAL][index % 2],
                migration_effort=[Equivalence.Effort.LOW, Equivalence.Effort.MEDIUM][index % 2],
                losses=LOSSES,
                gains=GAINS,
                migration_steps=STEPS,
            )
        return created

    products = {
        "zoom": product("Zoom", "zoom", [visio], ["jitsi", "bbb"], aliases="Zoom Meetings", vendor="Zoom"),
        "google-drive": product("Google Drive", "google-drive", [files], ["nextcloud", "syncthing"], aliases="gdrive, Drive", vendor="Google"),
        "doodle": product("Doodle", "doodle", [polls], ["framadate"], vendor="Doodle AG"),
        "whatsapp": product("WhatsApp", "whatsapp", [chat], ["signal", "element"], vendor="Meta"),
        "facebook": product("Facebook", "facebook", [social], ["mastodon", "mobilizon"], vendor="Meta"),
    }  # fmt: skip
    for index in range(extra_products):
        products[f"produit-{index}"] = product(
            f"Produit {index}", f"produit-{index}", [visio], ["jitsi", "bbb"] if index % 2 else ["bbb"]
        )
    needs = {"visio": visio, "files": files, "polls": polls, "chat": chat, "social": social, "accounting": accounting}
    return {"needs": needs, "tools": tools, "products": products}


@pytest.fixture
def catalogue(db):
    data = build_catalogue()
    data["guides"] = [
        GuideFactory(title="Qu'est-ce qu'un logiciel libre ?", slug="logiciel-libre", position=1),
        GuideFactory(title="Accompagner un changement sans forcer", slug="accompagner", position=2),
        GuideFactory(title="Un argumentaire en une minute", slug="argumentaire", position=3),
        GuideFactory(title="Les plateformes et nos données", slug="donnees", position=4),
    ]
    data["tours"] = CommuneFactory(
        name="Tours", insee_code="37261", postal_code="37000", latitude="47.39414", longitude="0.68484"
    )
    data["amboise"] = CommuneFactory(
        name="Amboise", insee_code="37003", postal_code="37400", latitude="47.41250", longitude="0.98250"
    )
    data["near"] = ActorFactory(
        name="Informatique participative", slug="informatique-participative", tools=[data["tools"]["jitsi"]]
    )
    data["far"] = ActorFactory(
        name="Amboise numérique", slug="amboise-numerique", commune="Amboise", latitude="47.41250", longitude="0.98250",
        needs=[data["needs"]["accounting"]],
    )  # fmt: skip
    return data
