"""The actors named by the working group "numérique libre et associations".

Only public facts we are sure of: an address, phone or website is left empty rather than guessed. Where
only the commune is known, the map point is the commune's centre and is marked as approximate (see
actors/seed.py). Seeded actors start "not verified" so that coordinators check each page.

Keys: slug, name, acronym, kind (Actor.Kind), summary, description, services (slugs), publics
(Actor.Public), tools and needs (catalogue slugs), whole (serves the whole département), insee (a commune
of communes.py) or commune_name (a commune outside that list), website.
"""

from actors.models import Actor

MEETING = "Cité lors de la première réunion du groupe de travail « numérique libre et associations » (octobre 2021)."

ACTORS = [
    {
        "slug": "informatique-participative",
        "name": "Informatique participative",
        "kind": Actor.Kind.ASSOCIATION,
        "summary": "Logiciels libres et ordinateurs reconditionnés.",
        "description": MEETING + " L'association promeut les logiciels libres et remet en état des ordinateurs.",
        "services": ["reconditionnement", "formation", "accompagnement-individuel"],
        "publics": ["associations", "volunteers", "everyone"],
        "tools": ["linux-mint", "ubuntu", "debian", "libreoffice", "firefox", "thunderbird"],
        "needs": ["systeme-exploitation", "bureautique"],
    },
    {
        "slug": "funlab",
        "name": "FunLab",
        "kind": Actor.Kind.THIRD_PLACE,
        "summary": "Fablab : un atelier partagé de fabrication numérique.",
        "description": MEETING + " Un fablab met à disposition des machines et des outils de fabrication numérique.",
        "services": ["pret-salle-materiel", "formation", "accompagnement-collectif"],
        "publics": ["everyone", "associations"],
        "tools": ["inkscape", "gimp"],
        "needs": ["graphisme"],
        "insee": "37261",
    },
    {
        "slug": "ligue-enseignement-37",
        "name": "Ligue de l'enseignement d'Indre-et-Loire",
        "acronym": "Ligue 37",
        "kind": Actor.Kind.NETWORK,
        "summary": "Fédération d'associations d'éducation populaire du département.",
        "description": MEETING + " Membre du groupe de travail ; accompagne les associations qui lui sont affiliées.",
        "services": ["accompagnement-collectif", "formation", "information-orientation"],
        "publics": ["associations", "volunteers", "leaders"],
        "whole": True,
        "insee": "37261",
    },
    {
        "slug": "mouvement-associatif-centre-val-de-loire",
        "name": "Le Mouvement associatif Centre-Val de Loire",
        "kind": Actor.Kind.NETWORK,
        "summary": "Représentation régionale des associations et de leurs coordinations.",
        "description": MEETING,
        "services": ["information-orientation", "accompagnement-collectif"],
        "publics": ["associations", "leaders"],
        "whole": True,
    },
    {
        "slug": "id37",
        "name": "ID37",
        "kind": Actor.Kind.OTHER,
        "summary": "Acteur du territoire cité par le groupe de travail : fiche à compléter.",
        "description": MEETING,
        "services": ["information-orientation"],
        "publics": ["associations"],
    },
    {
        "slug": "gip-recia",
        "name": "GIP Recia",
        "kind": Actor.Kind.PUBLIC_BODY,
        "summary": "Groupement d'intérêt public pour les services numériques publics en région Centre-Val de Loire.",
        "description": MEETING + " Porte des services numériques mutualisés pour les acteurs publics de la région.",
        "services": ["hebergement-services-libres", "information-orientation"],
        "publics": ["associations"],
        "whole": True,
        "commune_name": "Orléans",
        "website": "https://www.recia.fr/",
    },
    {
        "slug": "sdjes-37",
        "name": "Service départemental à la jeunesse, à l'engagement et aux sports d'Indre-et-Loire",
        "acronym": "SDJES 37",
        "kind": Actor.Kind.STATE_SERVICE,
        "summary": "Service de l'État pour la vie associative, l'engagement et le sport dans le département.",
        "description": MEETING
        + " Interlocuteur de l'État pour les associations du département (par exemple pour le FDVA, le Fonds pour"
        " le développement de la vie associative).",
        "services": ["financement", "information-orientation"],
        "publics": ["associations", "leaders"],
        "whole": True,
        "insee": "37261",
    },
    {
        "slug": "claac",
        "name": "CLAAC",
        "kind": Actor.Kind.OTHER,
        "summary": "Acteur du territoire cité par le groupe de travail : fiche à compléter.",
        "description": MEETING,
        "services": [],
        "publics": ["associations"],
    },
    {
        "slug": "caf-37",
        "name": "Caisse d'allocations familiales de Touraine",
        "acronym": "CAF 37",
        "kind": Actor.Kind.PUBLIC_BODY,
        "summary": "Organisme de la branche Famille de la Sécurité sociale dans le département.",
        "description": MEETING + " Soutient des structures et des projets associatifs du territoire.",
        "services": ["financement", "information-orientation"],
        "publics": ["associations", "everyone"],
        "whole": True,
        "insee": "37261",
        "website": "https://www.caf.fr/",
    },
    {
        "slug": "ptca37",
        "name": "Pôle territorial de coopération associative d'Indre-et-Loire",
        "acronym": "PTCA37",
        "kind": Actor.Kind.NETWORK,
        "summary": "Anime la coopération entre associations du département et ce groupe de travail.",
        "description": "Le PTCA37 réunit le groupe de travail « numérique libre et associations » qui a voulu ce portail.",
        "services": ["information-orientation", "accompagnement-collectif", "formation"],
        "publics": ["associations", "volunteers", "leaders", "employees"],
        "tools": ["nextcloud", "jitsi-meet", "framadate", "etherpad"],
        "needs": ["visioconference", "partage-fichiers", "planifier-reunion"],
        "whole": True,
    },
]
