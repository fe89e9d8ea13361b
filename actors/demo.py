"""Demo content of the actors directory: services, communes of Indre-et-Loire and the actors named by the
working group. Idempotent (update_or_create by slug / INSEE code).

Only public facts we are sure of: an address, phone or website is left empty rather than guessed. Where only
the commune is known, the map point is the commune's centre and is marked as approximate. Every actor is left
"not verified" so that coordinators check each page before relying on it.
"""

from decimal import Decimal

from actors.models import Actor, Commune, Service
from tools_catalog.models import Need, Tool

SERVICES = [
    ("reconditionnement", "Reconditionnement et vente/don de matériel"),
    ("formation", "Formation"),
    ("accompagnement-individuel", "Accompagnement individuel"),
    ("accompagnement-collectif", "Accompagnement collectif"),
    ("hebergement-services-libres", "Hébergement de services libres"),
    ("mediation-numerique", "Médiation numérique"),
    ("information-orientation", "Information et orientation"),
    ("financement", "Financement"),
    ("pret-salle-materiel", "Prêt de salle ou de matériel"),
]

# (INSEE code, name, postal code of the main office, approximate centre latitude, longitude)
COMMUNES = [
    ("37003", "Amboise", "37400", "47.41250", "0.98250"),
    ("37014", "Azay-le-Rideau", "37190", "47.26080", "0.46640"),
    ("37018", "Ballan-Miré", "37510", "47.33920", "0.61280"),
    ("37027", "Bléré", "37150", "47.32500", "0.99170"),
    ("37031", "Bourgueil", "37140", "47.28330", "0.16670"),
    ("37050", "Chambray-lès-Tours", "37170", "47.33560", "0.71360"),
    ("37062", "Château-la-Vallière", "37330", "47.54690", "0.32360"),
    ("37063", "Château-Renault", "37110", "47.59360", "0.91280"),
    ("37072", "Chinon", "37500", "47.16720", "0.24170"),
    ("37077", "Cinq-Mars-la-Pile", "37130", "47.34610", "0.45970"),
    ("37085", "Cormery", "37320", "47.26830", "0.83470"),
    ("37104", "Esvres", "37320", "47.28500", "0.78640"),
    ("37109", "Fondettes", "37230", "47.40360", "0.59860"),
    ("37115", "Descartes", "37160", "46.97250", "0.69860"),
    ("37119", "L'Île-Bouchard", "37220", "47.11890", "0.42530"),
    ("37122", "Joué-lès-Tours", "37300", "47.35220", "0.66310"),
    ("37123", "Langeais", "37130", "47.32470", "0.40580"),
    ("37124", "Larçay", "37270", "47.36530", "0.78280"),
    ("37131", "Ligueil", "37240", "47.04330", "0.81830"),
    ("37132", "Loches", "37600", "47.12830", "0.99530"),
    ("37139", "Luynes", "37230", "47.38470", "0.55470"),
    ("37152", "Mettray", "37390", "47.45560", "0.64940"),
    ("37154", "Montbazon", "37250", "47.28560", "0.71330"),
    ("37156", "Montlouis-sur-Loire", "37270", "47.38890", "0.82780"),
    ("37157", "Montrésor", "37460", "47.15750", "1.20170"),
    ("37159", "Monts", "37260", "47.27750", "0.62440"),
    ("37163", "Nazelles-Négron", "37530", "47.42420", "0.95310"),
    ("37168", "Neuillé-Pont-Pierre", "37360", "47.54780", "0.55030"),
    ("37170", "Neuvy-le-Roi", "37370", "47.60330", "0.59360"),
    ("37172", "Notre-Dame-d'Oé", "37390", "47.44610", "0.71250"),
    ("37178", "Parçay-Meslay", "37210", "47.44310", "0.74720"),
    ("37189", "Preuilly-sur-Claise", "37290", "46.85420", "0.92920"),
    ("37195", "La Riche", "37520", "47.38970", "0.66360"),
    ("37196", "Richelieu", "37120", "47.01420", "0.32360"),
    ("37203", "Rochecorbon", "37210", "47.41670", "0.75560"),
    ("37208", "Saint-Avertin", "37550", "47.36360", "0.73920"),
    ("37214", "Saint-Cyr-sur-Loire", "37540", "47.40000", "0.66670"),
    ("37226", "Sainte-Maure-de-Touraine", "37800", "47.11080", "0.62220"),
    ("37233", "Saint-Pierre-des-Corps", "37700", "47.38580", "0.72360"),
    ("37243", "Savonnières", "37510", "47.34670", "0.54940"),
    ("37250", "Sorigny", "37250", "47.24310", "0.69310"),
    ("37261", "Tours", "37000", "47.39360", "0.68920"),
    ("37266", "Veigné", "37250", "47.28670", "0.74140"),
    ("37267", "Véretz", "37270", "47.35810", "0.80670"),
    ("37281", "Vouvray", "37210", "47.41110", "0.79860"),
]

MEETING = "Cité lors de la première réunion du groupe de travail « numérique libre et associations » (octobre 2021)."

# slug, name, acronym, kind, summary, description, services, publics, tools, needs, whole département,
# commune INSEE code (for commune name, postal code and approximate point), website
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


def load(*, stdout):
    services = {}
    for position, (slug, name) in enumerate(SERVICES, start=1):
        services[slug], _ = Service.objects.update_or_create(slug=slug, defaults={"name": name, "position": position})
    communes = {}
    for insee, name, postal_code, latitude, longitude in COMMUNES:
        communes[insee], _ = Commune.objects.update_or_create(
            insee_code=insee,
            defaults={
                "name": name,
                "postal_code": postal_code,
                "latitude": Decimal(latitude),
                "longitude": Decimal(longitude),
            },
        )
    tool_slugs = {slug for item in ACTORS for slug in item.get("tools", [])}
    need_slugs = {slug for item in ACTORS for slug in item.get("needs", [])}
    tools = {tool.slug: tool for tool in Tool.objects.filter(slug__in=tool_slugs)}
    needs = {need.slug: need for need in Need.objects.filter(slug__in=need_slugs)}
    for item in ACTORS:
        commune = communes.get(item.get("insee"))
        defaults = {
            "name": item["name"],
            "acronym": item.get("acronym", ""),
            "kind": item["kind"],
            "summary": item["summary"],
            "description": item["description"],
            "publics": item["publics"],
            "serves_whole_departement": item.get("whole", False),
            "website": item.get("website", ""),
            "commune": commune.name if commune else item.get("commune_name", ""),
            "postal_code": commune.postal_code if commune else "",
            "insee_code": commune.insee_code if commune else "",
            "latitude": commune.latitude if commune else None,
            "longitude": commune.longitude if commune else None,
            "location_is_approximate": bool(commune),
            "is_published": True,
        }
        actor, _ = Actor.objects.update_or_create(slug=item["slug"], defaults=defaults)
        actor.services.set([services[slug] for slug in item["services"]])
        actor.tools.set([tools[slug] for slug in item.get("tools", []) if slug in tools])
        actor.needs.set([needs[slug] for slug in item.get("needs", []) if slug in needs])
    stdout.write(f"  {len(SERVICES)} services, {len(COMMUNES)} communes, {len(ACTORS)} acteurs")
