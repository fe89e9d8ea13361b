"""Who offers free tools as online services, so an association has nothing to install.

Only facts we are sure of. Self-hosting ("auto-hébergement") is not a hoster: it is said in the tools'
cost model and notes instead. Tools refer to hosters by their exact ``name``.
"""

FRAMASOFT = "Framasoft"
CHAPRIL = "Chapril (April)"
ZACLYS = "Zaclys"
INDIEHOSTERS = "IndieHosters"
HADOLY = "Hadoly"
PICASOFT = "Picasoft"
TEDOMUM = "Tedomum"
INFINI = "Infini"
CRYPTPAD_FR = "CryptPad.fr"
PAHEKO_CLOUD = "Paheko.cloud"
OSM_FRANCE = "OpenStreetMap France"
JITSI_8X8 = "meet.jit.si (8x8)"
CHATONS_ENTRAIDE = "Entraide CHATONS"
ZOURIT = "Zourit"
GLOBENET = "Globenet"
LAUTRE_NET = "L'Autre Net"

HOSTERS = [
    {
        "name": FRAMASOFT,
        "url": "https://framasoft.org",
        "is_chatons_member": True,
        "description": (
            "Association d'éducation populaire à l'origine du collectif CHATONS. Services gratuits financés "
            "par les dons : Framapad, Framadate, Framalistes, Framagroupes, Framaforms (figé), Frama.space "
            "(Nextcloud pour les petites associations, sur demande)."
        ),
    },
    {
        "name": CHAPRIL,
        "url": "https://www.chapril.org",
        "is_chatons_member": True,
        "description": "Le chaton de l'April, association de promotion du logiciel libre : pad, sondage de dates…",
    },
    {
        "name": ZACLYS,
        "url": "https://www.zaclys.com",
        "is_chatons_member": True,
        "description": "Hébergeur associatif de Franche-Comté : espace de stockage Nextcloud, messagerie (offres payantes).",
    },
    {
        "name": INDIEHOSTERS,
        "url": "https://indiehosters.net",
        "is_chatons_member": True,
        "description": "Coopérative qui héberge des logiciels libres pour les organisations (Nextcloud, Discourse…).",
    },
    {
        "name": HADOLY,
        "url": "https://www.hadoly.fr",
        "is_chatons_member": True,
        "description": "Hébergeur associatif de la région lyonnaise.",
    },
    {
        "name": PICASOFT,
        "url": "https://picasoft.net",
        "is_chatons_member": True,
        "description": "Association étudiante de l'UTC (Compiègne) qui propose des services libres, dont un pad.",
    },
    {
        "name": TEDOMUM,
        "url": "https://tedomum.net",
        "is_chatons_member": True,
        "description": "Association qui héberge des services libres, dont une instance Mastodon.",
    },
    {
        "name": INFINI,
        "url": "https://www.infini.fr",
        "is_chatons_member": True,
        "description": "Association brestoise d'hébergement et d'accompagnement au numérique libre.",
    },
    {
        "name": CHATONS_ENTRAIDE,
        "url": "https://entraide.chatons.org",
        "is_chatons_member": True,
        "description": (
            "Portail d'entraide du collectif CHATONS : des services libres (visio, pad, sondage…) ouverts à "
            "tous, chacun tenu par un membre du collectif, sans compte à créer."
        ),
    },
    {
        "name": ZOURIT,
        "url": "https://zourit.net",
        "is_chatons_member": False,
        "description": (
            "Portail de services libres pour les associations et l'éducation populaire : messagerie, espace "
            "de fichiers, agenda, visio…"
        ),
    },
    {
        "name": GLOBENET,
        "url": "https://www.globenet.org",
        "is_chatons_member": False,
        "description": "Association qui héberge courriel (no-log.org), listes et sites d'associations et de militants.",
    },
    {
        "name": LAUTRE_NET,
        "url": "https://www.lautre.net",
        "is_chatons_member": False,
        "description": "Association parisienne qui héberge le courriel et les sites web d'associations.",
    },
    {
        "name": CRYPTPAD_FR,
        "url": "https://cryptpad.fr",
        "is_chatons_member": False,
        "description": "Instance de CryptPad tenue par l'équipe qui développe le logiciel ; compte gratuit limité en espace.",
    },
    {
        "name": PAHEKO_CLOUD,
        "url": "https://paheko.cloud",
        "is_chatons_member": False,
        "description": "Hébergement de Paheko proposé par ses développeurs ; on peut l'essayer gratuitement.",
    },
    {
        "name": OSM_FRANCE,
        "url": "https://www.openstreetmap.fr",
        "is_chatons_member": False,
        "description": "Association de la communauté française d'OpenStreetMap ; elle héberge uMap (umap.openstreetmap.fr).",
    },
    {
        "name": JITSI_8X8,
        "url": "https://meet.jit.si",
        "is_chatons_member": False,
        "description": (
            "Instance publique tenue par l'entreprise 8x8, qui finance Jitsi. À proposer en dernier : la "
            "personne qui ouvre la réunion doit se connecter avec un compte Google, GitHub ou Facebook."
        ),
    },
]

# Added with the new tools
LA_DIGITALE = "La Digitale"
EXCALIDRAW_COM = "Excalidraw.com"
RALLLY_CO = "Rallly.co"
GRIST_LABS = "Grist Labs (getgrist.com)"
LOOMIO_COOP = "Loomio (coopérative)"

HOSTERS += [  # noqa: RUF005 (a separate block, so that corrections above and additions merge apart)
    {
        "name": LA_DIGITALE,
        "url": "https://ladigitale.dev",
        "is_chatons_member": False,
        "description": (
            "Projet français qui développe et héberge gratuitement des applications libres pour l'éducation "
            "et la formation (Digipad, Digistorm, Digiboard…), financé par les dons."
        ),
    },
    {
        "name": EXCALIDRAW_COM,
        "url": "https://excalidraw.com",
        "is_chatons_member": False,
        "description": "Instance tenue par l'équipe qui développe Excalidraw : gratuite et sans compte ; option payante Excalidraw+.",
    },
    {
        "name": RALLLY_CO,
        "url": "https://rallly.co",
        "is_chatons_member": False,
        "description": "Instance tenue par le développeur de Rallly : sondages de dates gratuits, options payantes.",
    },
    {
        "name": GRIST_LABS,
        "url": "https://www.getgrist.com",
        "is_chatons_member": False,
        "description": "Entreprise qui développe Grist ; son service en ligne a une offre gratuite limitée et des offres payantes.",
    },
    {
        "name": LOOMIO_COOP,
        "url": "https://www.loomio.com",
        "is_chatons_member": False,
        "description": "Coopérative néo-zélandaise qui développe Loomio et l'héberge, avec un essai gratuit puis un abonnement.",
    },
]
