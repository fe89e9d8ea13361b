"""The managed list of services actors offer: (slug, name), in display order."""

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
