"""The free/libre tools of the catalogue.

Keys: slug, name, summary, description (Markdown), website, source_url, licence (SPDX, or DISTRIBUTION for
an operating-system distribution), licence_evidence (REQUIRED: the project's licence file or statement,
checked on content.CHECKED_ON; tests/test_content_facts.py fails without it), access, platforms, needs
(slugs), tags, cost_model, ease, french (available in French, default True), hosters (names, in display
order: a hoster with reservations goes last), offers (optional, by hoster name: url, conditions, caveat,
status, status_since, status_note, evidence_url), maintenance_status / maintenance_since /
maintenance_note (frozen or closed tools; a 1 January date shows as the year only), privacy, and two
texts reused to write migration steps: ``adopt`` (how to start, how to import) and ``tell`` (what to
tell members).
"""

from tools_catalog.licences import DISTRIBUTION_LICENCE as DISTRIBUTION

from .hosters import (
    CHAPRIL,
    CHATONS_ENTRAIDE,
    CRYPTPAD_FR,
    FRAMASOFT,
    INDIEHOSTERS,
    JITSI_8X8,
    OSM_FRANCE,
    PAHEKO_CLOUD,
    PICASOFT,
    TEDOMUM,
    ZACLYS,
)

WEB, WIN, MAC, LIN, AND, IOS = "web", "windows", "macos", "linux", "android", "ios"
DESKTOP = [WIN, MAC, LIN]
MOBILE = [AND, IOS]
ALL = [WEB, WIN, MAC, LIN, AND, IOS]

ONLINE, INSTALL, BOTH = "online", "install", "both"
FREE, DONATION, HOSTED, SELF_HOSTED = "free", "donation", "hosted", "self_hosted"
EASY, INTERMEDIATE, ADVANCED = "easy", "intermediate", "advanced"

SELF_HOSTING_NOTE = "Peut aussi être installé sur un serveur de l'association ou d'un prestataire (auto-hébergement)."

TOOLS = [
    # --- Visioconférence -------------------------------------------------------------------------------
    {
        "slug": "jitsi-meet",
        "name": "Jitsi Meet",
        "summary": "Visioconférence dans le navigateur, sans compte ni logiciel à installer pour les participants.",
        "description": (
            "Jitsi Meet permet d'ouvrir une réunion vidéo en choisissant simplement un nom de salle, puis "
            "d'envoyer le lien. Les participants rejoignent depuis leur navigateur ou l'application mobile.\n\n"
            "- partage d'écran, discussion écrite, main levée, salle d'attente, mot de passe de salle ;\n"
            "- convient bien jusqu'à une vingtaine de personnes avec la vidéo ; au-delà, couper les caméras.\n\n"
            + SELF_HOSTING_NOTE
        ),
        "website": "https://jitsi.org/jitsi-meet/",
        "source_url": "https://github.com/jitsi/jitsi-meet",
        "licence": "Apache-2.0",
        "licence_evidence": "https://github.com/jitsi/jitsi-meet/blob/HEAD/LICENSE",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["visioconference"],
        "tags": ["visio", "réunion", "sans compte"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [CHATONS_ENTRAIDE, CHAPRIL, JITSI_8X8],
        "offers": {
            CHATONS_ENTRAIDE: {
                "url": "https://entraide.chatons.org",
                "conditions": "Gratuit, sans compte : le portail ouvre la salle chez un membre du collectif CHATONS.",
                "evidence_url": "https://entraide.chatons.org",
            },
            CHAPRIL: {
                "url": "https://visio.chapril.org",
                "conditions": "Gratuit, sans compte.",
                "evidence_url": "https://visio.chapril.org",
            },
            JITSI_8X8: {
                "url": "https://meet.jit.si",
                "conditions": "Gratuit.",
                "caveat": "l'organisateur doit se connecter avec un compte Google, GitHub ou Facebook.",
                "evidence_url": "https://jitsi.org/blog/authentication-on-meet-jit-si/",
            },
        },
        "privacy": (
            "Aucun compte n'est demandé aux participants. Les données passent par le serveur de l'instance "
            "choisie : préférer une instance tenue par un hébergeur de confiance, par exemple un membre du "
            "collectif CHATONS (entraide.chatons.org en propose). Sur meet.jit.si, l'organisateur doit se "
            "connecter avec un compte Google, GitHub ou Facebook."
        ),
        "adopt": (
            "Choisir une instance Jitsi tenue par un hébergeur de confiance (entraide.chatons.org en propose), "
            "créer une salle au nom de l'association et tester avec deux ou trois bénévoles."
        ),
        "tell": "Envoyer le lien de la salle avec l'invitation ; sur téléphone, installer l'application Jitsi Meet.",
    },
    {
        "slug": "bigbluebutton",
        "name": "BigBlueButton",
        "summary": "Classe virtuelle pour formations et assemblées : tableau blanc, sondages, sous-groupes.",
        "description": (
            "Conçu pour l'enseignement à distance, BigBlueButton offre un tableau blanc partagé, la diffusion "
            "de diaporamas, des sondages en direct, des salles de sous-groupes et l'enregistrement des séances.\n\n"
            "Il tourne sur un serveur puissant : on passe en général par un hébergeur ou un réseau "
            "(collectivité, fédération) qui le met à disposition."
        ),
        "website": "https://bigbluebutton.org",
        "source_url": "https://github.com/bigbluebutton/bigbluebutton",
        "licence": "LGPL-3.0-or-later",
        "licence_evidence": "https://github.com/bigbluebutton/bigbluebutton",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["visioconference"],
        "tags": ["visio", "formation", "webinaire", "assemblée générale"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les enregistrements et les échanges restent sur le serveur de l'hébergeur choisi.",
        "adopt": "Trouver un hébergeur BigBlueButton (réseau associatif, collectivité, prestataire) et créer une salle permanente.",
        "tell": "Envoyer le lien de la salle ; rappeler d'autoriser micro et caméra dans le navigateur.",
    },
    {
        "slug": "nextcloud-talk",
        "name": "Nextcloud Talk",
        "summary": "Discussions écrites et appels vidéo intégrés à l'espace Nextcloud de l'association.",
        "description": (
            "Talk est l'application de discussion et de visioconférence de Nextcloud. Elle profite des comptes "
            "et des fichiers déjà présents dans Nextcloud. Des invités peuvent rejoindre un appel par un lien.\n\n"
            "Pour des appels à plus de quelques personnes, l'hébergeur doit avoir installé un serveur "
            "complémentaire (« backend haute performance »)."
        ),
        "website": "https://nextcloud.com/fr/talk/",
        "source_url": "https://github.com/nextcloud/spreed",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/nextcloud/spreed",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["visioconference", "messagerie-instantanee"],
        "tags": ["visio", "discussion", "nextcloud"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les conversations restent sur le serveur Nextcloud de l'association ou de son hébergeur.",
        "adopt": "Vérifier que l'offre Nextcloud de l'association inclut Talk, puis créer une conversation par groupe de travail.",
        "tell": "Se connecter avec son compte Nextcloud habituel ; les invités reçoivent un simple lien.",
    },
    {
        "slug": "jami",
        "name": "Jami",
        "summary": "Appels, visio et messages de pair à pair, sans serveur central ni numéro de téléphone.",
        "description": (
            "Jami relie directement les appareils des participants, sans serveur central. On crée un compte "
            "local, sans adresse courriel ni numéro de téléphone. Jami est un paquet GNU développé par "
            "Savoir-faire Linux.\n\nLes appels de groupe fonctionnent mieux à petit effectif."
        ),
        "website": "https://jami.net",
        "source_url": "https://git.jami.net/savoirfairelinux",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://git.jami.net/savoirfairelinux/jami-client-qt",
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, AND, IOS],
        "needs": ["visioconference", "messagerie-instantanee"],
        "tags": ["visio", "pair à pair", "chiffrement"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Communications chiffrées de bout en bout ; aucune donnée personnelle demandée à l'inscription.",
        "adopt": "Installer Jami sur deux appareils, créer les comptes et s'ajouter en contact pour un premier appel.",
        "tell": "Installer Jami, créer son compte (un simple nom d'utilisateur) et le communiquer au groupe.",
    },
    {
        "slug": "mumble",
        "name": "Mumble",
        "summary": "Salon vocal de bonne qualité et très léger, pour des réunions audio régulières.",
        "description": (
            "Mumble est un logiciel de conférence audio à faible latence, organisé en salons. Il consomme peu "
            "de connexion, ce qui le rend utile en zone rurale mal desservie. Pas de vidéo."
        ),
        "website": "https://www.mumble.info",
        "source_url": "https://github.com/mumble-voip/mumble",
        "licence": "BSD-3-Clause",
        "licence_evidence": "https://github.com/mumble-voip/mumble/blob/HEAD/LICENSE",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["visioconference"],
        "tags": ["audio", "réunion", "faible débit"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les échanges passent par le serveur Mumble choisi ; aucun compte en ligne n'est requis.",
        "adopt": "Trouver ou installer un serveur Mumble, créer un salon pour l'association et faire un essai de micro.",
        "tell": "Installer Mumble, régler son micro avec l'assistant, puis se connecter au serveur indiqué.",
    },
    # --- Fichiers ------------------------------------------------------------------------------------------
    {
        "slug": "nextcloud",
        "name": "Nextcloud",
        "summary": "Espace de stockage et de partage de fichiers, avec agenda, contacts et applications.",
        "description": (
            "Nextcloud range les fichiers de l'association en ligne, les synchronise avec les ordinateurs et "
            "téléphones, et permet de les partager par lien (avec mot de passe et date d'expiration).\n\n"
            "Des applications s'y ajoutent : agenda, contacts, formulaires, tableau de tâches, discussion, "
            "et l'édition de documents à plusieurs quand l'hébergeur l'a activée.\n\n"
            "Framasoft propose Frama.space (sur demande) : un Nextcloud gratuit pour les petites associations "
            "et collectifs, dans la limite des places ouvertes."
        ),
        "website": "https://nextcloud.com/fr/",
        "source_url": "https://github.com/nextcloud/server",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/nextcloud/server/blob/HEAD/COPYING",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["partage-fichiers", "courriel-agenda"],
        "tags": ["stockage", "cloud", "synchronisation", "partage"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "hosters": [FRAMASOFT, ZACLYS, INDIEHOSTERS],
        "offers": {
            FRAMASOFT: {
                "url": "https://www.frama.space",
                "conditions": (
                    "Frama.space, sur demande : gratuit pour les petites associations et collectifs, dans la limite "
                    "des places ouvertes."
                ),
                "evidence_url": "https://www.frama.space",
            },
        },
        "privacy": "Les fichiers restent chez l'hébergeur choisi par l'association, qu'elle peut changer en emportant ses données.",
        "adopt": (
            "Ouvrir un espace chez un hébergeur, recréer l'arborescence des dossiers, puis déposer les fichiers "
            "(glisser-déposer dans le navigateur ou client de synchronisation)."
        ),
        "tell": "Envoyer à chaque bénévole son identifiant, l'adresse de l'espace et le lien vers l'application de synchronisation.",
    },
    {
        "slug": "syncthing",
        "name": "Syncthing",
        "summary": "Synchronise des dossiers directement entre ordinateurs, sans passer par un nuage.",
        "description": (
            "Syncthing garde un même dossier à jour sur plusieurs appareils, en les reliant directement entre "
            "eux. Aucun serveur ni abonnement : les fichiers ne sont stockés que sur les appareils.\n\n"
            "Sur Android, l'application officielle n'est plus publiée depuis fin 2024 ; une application "
            "communautaire (Syncthing-Fork) prend le relais. Pas d'application pour iPhone."
        ),
        "website": "https://syncthing.net",
        "source_url": "https://github.com/syncthing/syncthing",
        "licence": "MPL-2.0",
        "licence_evidence": "https://github.com/syncthing/syncthing/blob/HEAD/LICENSE",
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, AND],
        "needs": ["partage-fichiers"],
        "tags": ["synchronisation", "pair à pair", "sans nuage"],
        "cost_model": FREE,
        "ease": ADVANCED,
        "privacy": "Les fichiers ne transitent que, chiffrés, entre les appareils de l'association.",
        "adopt": "Installer Syncthing sur deux ordinateurs, les relier par leur identifiant et choisir le dossier à partager.",
        "tell": "La synchronisation ne fonctionne que si les deux appareils sont allumés en même temps.",
    },
    # --- Bureautique -------------------------------------------------------------------------------------
    {
        "slug": "libreoffice",
        "name": "LibreOffice",
        "summary": "Suite bureautique complète : traitement de texte, tableur, présentations, dessin.",
        "description": (
            "LibreOffice comprend Writer (texte), Calc (tableur), Impress (présentations), Draw (dessin) et "
            "Base (base de données). Il ouvre et enregistre les fichiers Microsoft Office (.docx, .xlsx, .pptx) "
            "et utilise par défaut le format ouvert OpenDocument (.odt, .ods, .odp).\n\n"
            "Il est développé par la fondation The Document Foundation et une large communauté."
        ),
        "website": "https://fr.libreoffice.org",
        "source_url": "https://git.libreoffice.org/core",
        "licence": "MPL-2.0",
        "licence_evidence": "https://www.libreoffice.org/about-us/licenses/",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["bureautique"],
        "tags": ["traitement de texte", "tableur", "présentation", "OpenDocument"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Logiciel installé sur l'ordinateur : les documents restent sur la machine.",
        "adopt": "Installer LibreOffice et ouvrir directement les fichiers existants (.docx, .xlsx, .pptx) ; vérifier la mise en page des modèles les plus utilisés.",
        "tell": "Les fichiers reçus de partenaires s'ouvrent normalement ; pour envoyer à un partenaire sous Word, « Enregistrer sous » .docx ou en PDF.",
    },
    {
        "slug": "onlyoffice",
        "name": "ONLYOFFICE",
        "summary": "Suite bureautique à l'interface proche de Microsoft Office, sur ordinateur ou en ligne.",
        "description": (
            "ONLYOFFICE propose un traitement de texte, un tableur et des présentations dont l'interface en "
            "rubans ressemble à celle de Microsoft Office. Il travaille nativement avec les formats .docx, "
            ".xlsx et .pptx, et propose le publipostage depuis un tableur.\n\nLes éditeurs de bureau sont gratuits ; la version en ligne (coédition) "
            "s'installe sur un serveur, souvent avec Nextcloud. Éditeur : Ascensio System SIA."
        ),
        "website": "https://www.onlyoffice.com/fr/",
        "source_url": "https://github.com/ONLYOFFICE/DocumentServer",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/ONLYOFFICE/DocumentServer/blob/HEAD/LICENSE.txt",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["bureautique", "redaction-collaborative"],
        "tags": ["traitement de texte", "tableur", "présentation", "coédition"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Sur ordinateur, les documents restent sur la machine ; en ligne, chez l'hébergeur du serveur.",
        "adopt": "Installer les éditeurs de bureau, ou activer ONLYOFFICE dans le Nextcloud de l'association ; ouvrir les fichiers Office existants.",
        "tell": "Les menus ressemblent à ceux de Word et Excel : les habitudes se retrouvent vite.",
    },
    {
        "slug": "collabora-online",
        "name": "Collabora Online",
        "summary": "LibreOffice dans le navigateur, pour modifier les documents à plusieurs en même temps.",
        "description": (
            "Collabora Online est la version en ligne de LibreOffice, développée par Collabora Productivity. "
            "Intégrée à Nextcloud (sous le nom « Nextcloud Office ») ou à d'autres espaces de stockage, elle "
            "permet de coéditer textes, tableurs et présentations."
        ),
        "website": "https://www.collaboraonline.com",
        "source_url": "https://github.com/CollaboraOnline/online",
        "licence": "MPL-2.0",
        "licence_evidence": "https://github.com/CollaboraOnline/online",
        "access": ONLINE,
        "platforms": [WEB, AND, IOS],
        "needs": ["bureautique", "redaction-collaborative"],
        "tags": ["coédition", "tableur", "traitement de texte", "nextcloud"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les documents restent sur le serveur de l'hébergeur choisi.",
        "adopt": "Demander à l'hébergeur Nextcloud d'activer Nextcloud Office, puis déposer les documents à coéditer.",
        "tell": "Ouvrir le document depuis l'espace Nextcloud : il s'ouvre dans le navigateur, comme en ligne ailleurs.",
    },
    {
        "slug": "cryptpad",
        "name": "CryptPad",
        "summary": "Suite collaborative chiffrée : textes, tableurs, formulaires, tableaux, présentations.",
        "description": (
            "CryptPad réunit dans le navigateur un traitement de texte, un tableur, des présentations, un "
            "tableau de tâches (kanban), des formulaires, un tableau blanc et un espace de fichiers. Tout est "
            "chiffré de bout en bout : même l'hébergeur ne peut pas lire les documents.\n\n"
            "Il est développé à Paris par l'équipe CryptPad (XWiki SAS). On peut l'utiliser sans compte."
        ),
        "website": "https://cryptpad.org",
        "source_url": "https://github.com/cryptpad/cryptpad",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/cryptpad/cryptpad/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["redaction-collaborative", "bureautique", "sondages-formulaires", "partage-fichiers"],
        "tags": ["coédition", "chiffrement", "formulaire", "sans compte"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [CRYPTPAD_FR],
        "privacy": (
            "Chiffrement de bout en bout : l'hébergeur ne voit pas le contenu. Revers : un mot de passe perdu "
            "ne peut pas être récupéré, et les documents deviennent illisibles."
        ),
        "adopt": "Créer un compte pour l'association (noter le mot de passe dans un coffre-fort), créer une « équipe » et y importer les documents.",
        "tell": "Le lien d'un document donne l'accès : ne le partager qu'avec les personnes concernées.",
    },
    {
        "slug": "etherpad",
        "name": "Etherpad",
        "summary": "Bloc-notes en ligne pour écrire à plusieurs en temps réel, chaque auteur en couleur.",
        "description": (
            "Un « pad » est une page de texte partagée par un simple lien : chacun écrit en même temps, avec sa "
            "couleur, et l'historique permet de revenir en arrière. Idéal pour un ordre du jour, un "
            "compte rendu de réunion ou un brouillon collectif.\n\n"
            "Mise en forme volontairement simple. Framapad, le service de Framasoft, utilise Etherpad."
        ),
        "website": "https://etherpad.org",
        "source_url": "https://github.com/ether/etherpad-lite",
        "licence": "Apache-2.0",
        "licence_evidence": "https://github.com/ether/etherpad-lite/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["redaction-collaborative"],
        "tags": ["pad", "compte rendu", "sans compte", "coédition"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [FRAMASOFT, CHAPRIL, PICASOFT],
        "privacy": "Pas de compte : toute personne qui a le lien peut lire et écrire. Les pads inactifs peuvent être supprimés après un délai fixé par l'hébergeur.",
        "adopt": "Créer un pad chez un hébergeur, y coller le texte à travailler et partager le lien.",
        "tell": "Choisir son nom et sa couleur en haut à droite ; exporter le texte final (PDF, ODT) pour l'archiver.",
    },
    {
        "slug": "hedgedoc",
        "name": "HedgeDoc",
        "summary": "Notes collaboratives en Markdown, pour une documentation ou des comptes rendus structurés.",
        "description": (
            "HedgeDoc permet d'écrire à plusieurs en Markdown (une syntaxe simple : # pour un titre, - pour une "
            "liste) avec un aperçu en direct. Pratique pour une documentation, un wiki léger ou des "
            "comptes rendus qu'on publie ensuite.\n\n" + SELF_HOSTING_NOTE
        ),
        "website": "https://hedgedoc.org",
        "source_url": "https://github.com/hedgedoc/hedgedoc",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/hedgedoc/hedgedoc/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["redaction-collaborative", "notes-documentation"],
        "tags": ["markdown", "documentation", "coédition"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les notes restent sur le serveur de l'instance ; chaque note peut être privée, limitée ou publique.",
        "adopt": "Ouvrir un compte sur une instance HedgeDoc et coller le contenu existant ; les titres et listes se convertissent facilement en Markdown.",
        "tell": "Quelques signes suffisent : # pour un titre, - pour une liste, **gras** pour le gras.",
    },
    # --- Planifier, formulaires --------------------------------------------------------------------------
    {
        "slug": "framadate",
        "name": "Framadate",
        "summary": "Sondage de dates ou de choix, sans inscription, en trois clics.",
        "description": (
            "Framadate sert à trouver une date de réunion ou à faire un choix à plusieurs. On propose des "
            "créneaux, on envoie le lien, chacun coche ses disponibilités. Aucun compte n'est nécessaire.\n\n"
            "Logiciel développé par Framasoft, proposé par plusieurs hébergeurs."
        ),
        "website": "https://framadate.org",
        "source_url": "https://framagit.org/framasoft/framadate/framadate",
        "licence": "CECILL-B",
        "licence_evidence": "https://framagit.org/framasoft/framadate/framadate",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["planifier-reunion"],
        "tags": ["sondage", "date", "réunion", "sans compte"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [FRAMASOFT, CHAPRIL],
        "privacy": "Pas de publicité ni de pistage ; seul le prénom (ou pseudonyme) saisi par chaque participant est enregistré.",
        "adopt": "Créer le sondage, proposer les créneaux et garder le lien d'administration reçu par courriel.",
        "tell": "Cliquer sur le lien, écrire son prénom, cocher ses disponibilités et enregistrer : aucune inscription.",
    },
    {
        "slug": "yakforms",
        "name": "Yakforms (Framaforms)",
        "summary": "Formulaires en ligne : inscriptions, questionnaires, bulletins d'adhésion.",
        "description": (
            "Yakforms est le logiciel de formulaires né sous le nom de Framaforms chez Framasoft. On construit "
            "un formulaire par glisser-déposer, on partage le lien, et on consulte ou exporte les réponses "
            "en tableur.\n\nLe service Framaforms de Framasoft utilise ce logiciel.\n\n"
            "**Logiciel figé** : Yakforms n'est plus développé depuis 2021 et repose sur Drupal 7, dont le "
            "suivi de sécurité a pris fin en janvier 2025. Framaforms fonctionne encore, mais pour un nouveau "
            "formulaire, Nextcloud Forms, CryptPad ou LimeSurvey sont des choix plus durables."
        ),
        "maintenance_status": "frozen",
        "maintenance_since": "2021-01-01",
        "maintenance_note": (
            "Plus développé depuis 2021 ; repose sur Drupal 7, en fin de vie depuis janvier 2025. Pour un nouveau "
            "formulaire, préférer Nextcloud Forms, CryptPad ou LimeSurvey."
        ),
        "website": "https://yakforms.org",
        "source_url": "https://framagit.org/yakforms/yakforms",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://framagit.org/yakforms/yakforms",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["sondages-formulaires", "evenements"],
        "tags": ["formulaire", "inscription", "questionnaire"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [FRAMASOFT],
        "offers": {
            FRAMASOFT: {
                "url": "https://framaforms.org",
                "conditions": "Framaforms, gratuit.",
                "status": "frozen",
                "status_since": "2021-01-01",
                "status_note": (
                    "Framaforms fonctionne encore, sur un logiciel figé (Drupal 7 en fin de vie) ; pour un nouveau "
                    "formulaire, préférer un outil maintenu."
                ),
                "evidence_url": "https://framagit.org/yakforms/yakforms",
            },
        },
        "privacy": "Les réponses restent chez l'hébergeur du service, sans publicité ; penser à supprimer les réponses dont on n'a plus besoin.",
        "adopt": "Recréer le formulaire (les questions se copient-collent), le tester soi-même, puis exporter une réponse d'essai.",
        "tell": "Le nouveau lien remplace l'ancien : le mettre à jour sur le site et dans les courriels types.",
    },
    {
        "slug": "limesurvey",
        "name": "LimeSurvey",
        "summary": "Questionnaires avancés : conditions, quotas, statistiques, enquêtes anonymes.",
        "description": (
            "LimeSurvey sert aux enquêtes sérieuses : questions conditionnelles, nombreux types de questions, "
            "invitations et relances par courriel, réponses anonymes, statistiques et exports.\n\n"
            "L'éditeur LimeSurvey GmbH propose un hébergement avec une formule gratuite limitée ; "
            + SELF_HOSTING_NOTE.lower()
        ),
        "website": "https://www.limesurvey.org/fr",
        "source_url": "https://github.com/LimeSurvey/LimeSurvey",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://github.com/LimeSurvey/LimeSurvey",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["sondages-formulaires"],
        "tags": ["enquête", "questionnaire", "statistiques", "anonyme"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Permet des enquêtes réellement anonymes (sans enregistrement de l'adresse IP ni de l'identité).",
        "adopt": "Recréer le questionnaire (LimeSurvey importe aussi ses propres fichiers .lss), puis faire un test complet.",
        "tell": "Le questionnaire s'ouvre par un lien, sur téléphone comme sur ordinateur.",
    },
    {
        "slug": "nextcloud-forms",
        "name": "Nextcloud Forms",
        "summary": "Formulaires simples dans l'espace Nextcloud de l'association.",
        "description": (
            "L'application Formulaires de Nextcloud crée des questionnaires simples, partagés par lien ou "
            "réservés aux comptes de l'espace. Les réponses s'exportent en tableur. Elle est incluse dans de "
            "nombreuses offres Nextcloud."
        ),
        "website": "https://apps.nextcloud.com/apps/forms",
        "source_url": "https://github.com/nextcloud/forms",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/nextcloud/forms",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["sondages-formulaires"],
        "tags": ["formulaire", "nextcloud"],
        "cost_model": HOSTED,
        "ease": EASY,
        "privacy": "Les réponses restent dans le Nextcloud de l'association.",
        "adopt": "Dans Nextcloud, ouvrir l'application Formulaires, recréer les questions et partager le lien.",
        "tell": "Le formulaire s'ouvre par un lien, sans compte si l'association l'a choisi.",
    },
    # --- Adhérents, comptabilité -------------------------------------------------------------------------
    {
        "slug": "paheko",
        "name": "Paheko",
        "summary": "Gestion d'association pensée pour les bénévoles : membres, cotisations, comptabilité.",
        "description": (
            "Paheko (anciennement Garradin) réunit le fichier des membres, le suivi des cotisations et "
            "activités, une comptabilité adaptée aux associations (plan comptable associatif, bilan, compte "
            "de résultat) et l'envoi de messages aux membres. Des extensions ajoutent par exemple les reçus "
            "fiscaux ou la synchronisation avec HelloAsso.\n\n"
            "On peut l'utiliser en ligne sur Paheko.cloud ou l'installer soi-même."
        ),
        "website": "https://paheko.cloud",
        "source_url": "https://fossil.kd2.org/paheko",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://fossil.kd2.org/paheko",
        "access": BOTH,
        "platforms": [WEB],
        "needs": ["adherents-cotisations", "comptabilite"],
        "tags": ["adhérents", "cotisations", "comptabilité", "association"],
        "cost_model": HOSTED,
        "ease": EASY,
        "hosters": [PAHEKO_CLOUD],
        "privacy": "Le fichier des membres reste chez l'hébergeur choisi ; export complet possible à tout moment.",
        "adopt": (
            "Créer l'association dans Paheko, importer la liste des membres depuis un fichier CSV (tableur), "
            "puis importer les écritures (fichier FEC exporté de Ciel, EBP ou AssoConnect, ou CSV) ou saisir "
            "le bilan d'ouverture."
        ),
        "tell": "Chaque membre peut recevoir un accès pour mettre à jour ses coordonnées.",
    },
    {
        "slug": "galette",
        "name": "Galette",
        "summary": "Logiciel libre de gestion des adhérents et des cotisations, en ligne.",
        "description": (
            "Galette gère les fiches des adhérents, les cotisations, les relances et les envois groupés. "
            "Des extensions ajoutent des fonctions (événements, cartes de membre…).\n\n" + SELF_HOSTING_NOTE
        ),
        "website": "https://galette.eu",
        "source_url": "https://github.com/galette/galette",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/galette/galette",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["adherents-cotisations"],
        "tags": ["adhérents", "cotisations", "association"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les données des membres restent sur le serveur de l'association ou de son prestataire.",
        "adopt": "Installer Galette (ou le faire installer), puis importer les adhérents depuis un fichier CSV.",
        "tell": "Les adhérents peuvent recevoir un accès pour consulter leur fiche et leurs cotisations.",
    },
    {
        "slug": "dolibarr",
        "name": "Dolibarr",
        "summary": "Logiciel de gestion modulaire : adhérents, factures, dons, comptabilité, stocks.",
        "description": (
            "Dolibarr est un progiciel de gestion composé de modules qu'on active selon ses besoins : "
            "adhérents, dons, tiers, devis et factures, banque, comptabilité, événements… Il convient aux "
            "associations qui ont une activité économique (vente, prestations, salariés).\n\n"
            "Puissant mais demande du temps de paramétrage. " + SELF_HOSTING_NOTE
        ),
        "website": "https://www.dolibarr.org",
        "source_url": "https://github.com/Dolibarr/dolibarr",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/Dolibarr/dolibarr/blob/HEAD/COPYING",
        "access": BOTH,
        "platforms": [WEB],
        "needs": ["adherents-cotisations", "comptabilite"],
        "tags": ["facturation", "adhérents", "comptabilité", "dons"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "Les données restent sur le serveur choisi par l'association.",
        "adopt": "Activer seulement les modules utiles, importer tiers et adhérents (assistant d'import CSV), puis paramétrer la comptabilité.",
        "tell": "Prévoir une courte formation pour les bénévoles qui saisissent.",
    },
    {
        "slug": "gnucash",
        "name": "GnuCash",
        "summary": "Comptabilité en partie double sur ordinateur, rigoureuse et gratuite.",
        "description": (
            "GnuCash tient une comptabilité en partie double : comptes, rapprochement bancaire, rapports "
            "(bilan, compte de résultat), import de relevés bancaires. Il s'installe sur un ordinateur.\n\n"
            "Il n'est pas spécialisé pour les associations françaises : le plan comptable est à adapter.\n\n"
            "Licence : certains fichiers ne sont publiés que sous la GPL version 2, ce qui fixe la licence de "
            "l'ensemble à GPL-2.0-only."
        ),
        "website": "https://www.gnucash.org",
        "source_url": "https://github.com/Gnucash/gnucash",
        "licence": "GPL-2.0-only",
        "licence_evidence": "https://github.com/Gnucash/gnucash/blob/HEAD/LICENSE",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["comptabilite"],
        "tags": ["comptabilité", "partie double", "banque"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Le fichier comptable reste sur l'ordinateur : prévoir une sauvegarde régulière.",
        "adopt": "Créer le plan de comptes, saisir les soldes d'ouverture, puis importer les relevés bancaires (OFX, QIF, CSV).",
        "tell": "Un seul fichier contient toute la comptabilité : le sauvegarder et le transmettre lors d'un changement de trésorier.",
    },
    {
        "slug": "grisbi",
        "name": "Grisbi",
        "summary": "Suivi simple des comptes bancaires et du budget, pour une petite trésorerie.",
        "description": (
            "Grisbi suit les comptes bancaires, classe les dépenses et recettes par catégories et produit des "
            "états simples. Il convient à une petite association qui tient une comptabilité de trésorerie "
            "(recettes et dépenses)."
        ),
        "website": "https://www.grisbi.org",
        "source_url": "https://github.com/grisbi/grisbi",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://github.com/grisbi/grisbi",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["comptabilite"],
        "tags": ["trésorerie", "budget", "banque"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Les données restent sur l'ordinateur : prévoir une sauvegarde.",
        "adopt": "Créer les comptes, définir les catégories de l'association et importer les relevés bancaires (OFX, QIF, CSV).",
        "tell": "Transmettre le fichier Grisbi au prochain trésorier avec le mot de passe éventuel.",
    },
    # --- Site web ----------------------------------------------------------------------------------------
    {
        "slug": "wordpress",
        "name": "WordPress",
        "summary": "Le logiciel de site web le plus répandu, avec des milliers de thèmes et d'extensions.",
        "description": (
            "WordPress fait fonctionner une grande partie des sites web. On écrit ses pages et articles dans un "
            "éditeur visuel, on choisit un thème, on ajoute des extensions (formulaires, agenda…).\n\n"
            "Attention à ne pas confondre le logiciel libre WordPress (wordpress.org), installable chez tout "
            "hébergeur, avec le service commercial WordPress.com."
        ),
        "website": "https://fr.wordpress.org",
        "source_url": "https://github.com/WordPress/wordpress-develop",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://wordpress.org/about/license/",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["site-web"],
        "tags": ["site", "blog", "CMS"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "hosters": [INDIEHOSTERS],
        "privacy": "Dépend des extensions installées : éviter celles qui ajoutent des traceurs publicitaires.",
        "adopt": "Choisir un hébergeur, installer WordPress, un thème sobre, puis recopier les pages et importer les images.",
        "tell": "Mises à jour régulières indispensables (sécurité) : désigner qui s'en charge.",
    },
    {
        "slug": "grav",
        "name": "Grav",
        "summary": "Site web léger sans base de données, rapide et facile à sauvegarder.",
        "description": (
            "Grav stocke les pages dans de simples fichiers : le site est rapide, facile à sauvegarder et à "
            "déplacer. Une interface d'administration permet d'éditer les pages.\n\n"
            "Plus technique à installer que WordPress ; moins de thèmes et d'extensions."
        ),
        "website": "https://getgrav.org",
        "source_url": "https://github.com/getgrav/grav",
        "licence": "MIT",
        "licence_evidence": "https://github.com/getgrav/grav",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["site-web"],
        "tags": ["site", "CMS", "léger"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "Aucun traceur par défaut.",
        "adopt": "Installer Grav chez un hébergeur web, choisir un thème, puis recopier les pages en Markdown.",
        "tell": "Les pages s'éditent depuis l'administration du site.",
    },
    {
        "slug": "ghost",
        "name": "Ghost",
        "summary": "Blog et lettre d'information réunis : on publie un article, il part aussi par courriel.",
        "description": (
            "Ghost est une plateforme de publication : articles, pages, abonnés et envoi des articles par "
            "courriel. L'interface d'administration est en anglais.\n\n"
            "La fondation Ghost propose un hébergement payant (Ghost(Pro)) ; " + SELF_HOSTING_NOTE.lower()
        ),
        "website": "https://ghost.org",
        "source_url": "https://github.com/TryGhost/Ghost",
        "licence": "MIT",
        "licence_evidence": "https://github.com/TryGhost/Ghost/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["site-web", "lettre-information"],
        "tags": ["blog", "lettre d'information", "abonnés"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "french": False,
        "privacy": "La liste des abonnés reste dans l'instance Ghost de l'association.",
        "adopt": "Créer le site, importer la liste des abonnés (CSV) et publier un premier article de présentation.",
        "tell": "Les abonnés reçoivent désormais les nouvelles depuis une nouvelle adresse d'expédition.",
    },
    # --- Lettres d'information, listes ------------------------------------------------------------------
    {
        "slug": "sympa",
        "name": "Sympa",
        "summary": "Listes de diffusion et de discussion par courriel, robustes et éprouvées.",
        "description": (
            "Sympa gère des listes de diffusion (une personne écrit à tous) et de discussion (chacun écrit à "
            "tous) : abonnements, modération, archives. Il est né dans le monde universitaire français.\n\n"
            "Framasoft le propose gratuitement : Framalistes pour les listes de diffusion, Framagroupes pour "
            "les listes de discussion (l'équivalent de Google Groupes)."
        ),
        "website": "https://www.sympa.community",
        "source_url": "https://github.com/sympa-community/sympa",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://github.com/sympa-community/sympa",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["lettre-information", "forum-discussions"],
        "tags": ["liste de diffusion", "courriel", "discussion"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "hosters": [FRAMASOFT],
        "offers": {
            FRAMASOFT: {
                "url": "https://framalistes.org",
                "conditions": "Gratuit : Framalistes pour les listes de diffusion, Framagroupes pour les listes de discussion.",
            },
        },
        "privacy": "Les adresses des abonnés restent chez l'hébergeur de la liste, sans usage commercial.",
        "adopt": "Créer la liste, régler la modération, puis importer les adresses (copier-coller d'une adresse par ligne).",
        "tell": "Écrire à l'adresse de la liste pour écrire à tous ; le lien de désabonnement figure en bas des messages.",
    },
    {
        "slug": "mailman",
        "name": "GNU Mailman",
        "summary": "Gestionnaire de listes de diffusion par courriel, avec archives consultables.",
        "description": (
            "Mailman gère abonnements, modération et archives de listes de diffusion. Il est utilisé par de "
            "nombreux projets et organisations.\n\nIl s'installe sur un serveur de courriel : plutôt pour les "
            "associations accompagnées techniquement."
        ),
        "website": "https://list.org",
        "source_url": "https://gitlab.com/mailman/mailman",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://gitlab.com/mailman/mailman",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["lettre-information", "forum-discussions"],
        "tags": ["liste de diffusion", "courriel", "archives"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "Les adresses restent sur le serveur de l'association ou de son prestataire.",
        "adopt": "Créer la liste sur le serveur, puis importer les adresses en masse.",
        "tell": "Écrire à l'adresse de la liste ; les archives sont consultables en ligne si la liste l'autorise.",
    },
    {
        "slug": "listmonk",
        "name": "listmonk",
        "summary": "Envoi de lettres d'information à de grandes listes, avec modèles et statistiques.",
        "description": (
            "listmonk gère les abonnés, les modèles de lettres, les campagnes et des statistiques "
            "d'ouverture. Il s'installe sur un serveur et envoie les courriels via un service d'envoi (SMTP) "
            "choisi par l'association.\n\nOutil technique : prévoir un accompagnement."
        ),
        "website": "https://listmonk.app",
        "source_url": "https://github.com/knadh/listmonk",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/knadh/listmonk/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["lettre-information"],
        "tags": ["lettre d'information", "newsletter", "campagne"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "La liste des abonnés reste sur le serveur de l'association ; les statistiques d'ouverture peuvent être désactivées.",
        "adopt": "Installer listmonk, le relier à un service d'envoi de courriels, importer les abonnés (CSV) et recréer le modèle de lettre.",
        "tell": "Les abonnés ne voient rien changer, sauf éventuellement l'adresse d'expédition.",
    },
    # --- Réseaux sociaux, événements --------------------------------------------------------------------
    {
        "slug": "mastodon",
        "name": "Mastodon",
        "summary": "Réseau social sans publicité, fait de serveurs indépendants qui communiquent entre eux.",
        "description": (
            "Mastodon ressemble à Twitter/X : messages courts, images, abonnements. Il n'appartient à aucune "
            "entreprise : des milliers de serveurs (« instances ») tenus par des associations ou des "
            "particuliers communiquent entre eux (le « fédivers »).\n\n"
            "Le fil est chronologique, sans algorithme qui choisit ce que l'on voit."
        ),
        "website": "https://joinmastodon.org/fr",
        "source_url": "https://github.com/mastodon/mastodon",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/mastodon/mastodon/blob/HEAD/LICENSE",
        "access": BOTH,
        "platforms": [WEB, AND, IOS],
        "needs": ["reseaux-sociaux"],
        "tags": ["réseau social", "fédivers", "sans publicité"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "hosters": [TEDOMUM],
        "privacy": "Pas de publicité ciblée. Les messages publics sont publics ; les messages privés ne sont pas chiffrés de bout en bout.",
        "adopt": "Choisir une instance (locale, associative ou thématique), créer le compte de l'association et publier une présentation.",
        "tell": "Annoncer le nouveau compte sur les anciens réseaux et sur le site ; on peut suivre le compte sans s'inscrire, par flux RSS.",
    },
    {
        "slug": "peertube",
        "name": "PeerTube",
        "summary": "Plateforme vidéo sans publicité, hébergée par des associations et collectifs.",
        "description": (
            "PeerTube permet de publier des vidéos et de faire des directs sur une instance (un serveur) qui "
            "communique avec les autres. Développé par Framasoft.\n\n"
            "Pas d'algorithme de recommandation ni de publicité : l'audience vient des liens partagés. "
            "Une application mobile officielle (Android, iPhone) permet de regarder les vidéos."
        ),
        "website": "https://joinpeertube.org/fr",
        "source_url": "https://github.com/Chocobozzz/PeerTube",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/Chocobozzz/PeerTube/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB, AND, IOS],
        "needs": ["reseaux-sociaux", "video-son"],
        "tags": ["vidéo", "fédivers", "direct", "sans publicité"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Pas de publicité ni de profilage des spectateurs.",
        "adopt": "Trouver une instance qui accepte les vidéos de l'association (ou en ouvrir une), puis téléverser les vidéos existantes.",
        "tell": "Les vidéos se regardent sans compte ; les liens et intégrations sur le site sont à mettre à jour.",
    },
    {
        "slug": "pixelfed",
        "name": "Pixelfed",
        "summary": "Partage de photos sans publicité, dans le fédivers.",
        "description": (
            "Pixelfed ressemble à Instagram : fil de photos, albums, abonnements, commentaires. Il fonctionne "
            "en instances indépendantes reliées au fédivers (on peut être suivi depuis Mastodon)."
        ),
        "website": "https://pixelfed.org",
        "source_url": "https://github.com/pixelfed/pixelfed",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/pixelfed/pixelfed/blob/HEAD/LICENSE",
        "access": BOTH,
        "platforms": [WEB, AND, IOS],
        "needs": ["reseaux-sociaux"],
        "tags": ["photo", "fédivers", "sans publicité"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Pas de publicité ciblée ; fil chronologique.",
        "adopt": "Créer le compte sur une instance, publier quelques photos récentes pour démarrer.",
        "tell": "Annoncer le compte Pixelfed sur le site et dans la lettre d'information.",
    },
    {
        "slug": "mobilizon",
        "name": "Mobilizon",
        "summary": "Publier des événements et animer un groupe, sans publicité, dans le fédivers.",
        "description": (
            "Mobilizon permet de publier des événements (date, lieu, inscription), de gérer les participants "
            "et d'animer un groupe (discussions, ressources). Les événements peuvent être suivis depuis "
            "Mastodon. Logiciel créé par Framasoft, qui l'a confié en 2024, après la version 4, à un collectif "
            "indépendant (l'association Kaihuri) ; Framasoft tient toujours l'instance mobilizon.fr. "
            "Plusieurs instances publiques existent.\n\n"
            "Les participants peuvent s'inscrire sans créer de compte (selon le réglage de l'événement)."
        ),
        "website": "https://joinmobilizon.org",
        "source_url": "https://framagit.org/kaihuri/mobilizon",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://framagit.org/kaihuri/mobilizon",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["evenements", "reseaux-sociaux"],
        "tags": ["événement", "agenda", "groupe", "fédivers"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Pas de publicité ; l'inscription anonyme à un événement est possible si l'organisateur l'autorise.",
        "adopt": "Créer un groupe pour l'association sur une instance, puis recréer les prochains événements.",
        "tell": "Partager le lien de chaque événement ; on peut s'inscrire sans compte ou suivre le groupe.",
    },
    # --- Messagerie ------------------------------------------------------------------------------------
    {
        "slug": "element",
        "name": "Element (Matrix)",
        "summary": "Messagerie d'équipe chiffrée, décentralisée, avec salons et appels.",
        "description": (
            "Element est l'application la plus connue du réseau Matrix : salons de discussion, messages "
            "privés chiffrés de bout en bout, partage de fichiers, appels. Comme pour le courriel, chacun peut "
            "choisir son serveur, et tous communiquent entre eux.\n\n"
            "L'État utilise Matrix pour Tchap, la messagerie des agents publics."
        ),
        "website": "https://element.io",
        "source_url": "https://github.com/element-hq/element-web",
        "licence": "AGPL-3.0-only OR GPL-3.0-only",
        "licence_evidence": "https://github.com/element-hq/element-web",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["messagerie-instantanee", "forum-discussions"],
        "tags": ["chat", "matrix", "chiffrement", "équipe"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Chiffrement de bout en bout des conversations privées ; bien conserver sa « clé de sécurité » pour relire l'historique.",
        "adopt": "Créer un « espace » pour l'association avec quelques salons (général, bureau, événements) et inviter les premiers membres.",
        "tell": "À la première connexion, enregistrer la clé de sécurité proposée : sans elle, l'historique chiffré est perdu.",
    },
    {
        "slug": "signal",
        "name": "Signal",
        "summary": "Messagerie chiffrée simple, comparable à WhatsApp, gérée par une fondation à but non lucratif.",
        "description": (
            "Signal offre messages, groupes, appels et visio, chiffrés de bout en bout. Il s'utilise comme "
            "WhatsApp, avec un numéro de téléphone (qu'on peut masquer derrière un nom d'utilisateur).\n\n"
            "Le service est centralisé : il dépend des serveurs de la Signal Foundation, financée par les dons."
        ),
        "website": "https://signal.org/fr/",
        "source_url": "https://github.com/signalapp",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/signalapp/Signal-Android/blob/HEAD/LICENSE",
        "access": INSTALL,
        "platforms": [AND, IOS, WIN, MAC, LIN],
        "needs": ["messagerie-instantanee"],
        "tags": ["chat", "chiffrement", "groupe", "téléphone"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Chiffrement de bout en bout, y compris des groupes ; très peu de métadonnées conservées.",
        "adopt": "Créer le groupe Signal de l'association et partager son lien d'invitation.",
        "tell": "Installer Signal, puis rejoindre le groupe avec le lien ; l'historique de l'ancien groupe ne suit pas.",
    },
    {
        "slug": "delta-chat",
        "name": "Delta Chat",
        "summary": "Messagerie instantanée qui fonctionne avec une adresse de courriel, sans numéro de téléphone.",
        "description": (
            "Delta Chat ressemble à une messagerie instantanée mais transporte les messages par courriel, "
            "chiffrés. On peut utiliser une adresse existante ou créer un profil instantané sur un serveur "
            "« chatmail », sans donner de numéro de téléphone."
        ),
        "website": "https://delta.chat/fr/",
        "source_url": "https://github.com/deltachat",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/deltachat/deltachat-android",
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, AND, IOS],
        "needs": ["messagerie-instantanee"],
        "tags": ["chat", "courriel", "chiffrement", "sans téléphone"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Chiffrement de bout en bout ; aucun numéro de téléphone demandé.",
        "adopt": "Créer un groupe dans Delta Chat et inviter les membres par code QR ou lien.",
        "tell": "Installer Delta Chat, créer un profil, puis scanner le code QR d'invitation du groupe.",
    },
    {
        "slug": "rocket-chat",
        "name": "Rocket.Chat",
        "summary": "Messagerie d'équipe par canaux, comparable à Slack, à héberger soi-même.",
        "description": (
            "Rocket.Chat propose canaux, messages directs, fils, partage de fichiers et intégrations. "
            "L'éditeur vend aussi des offres commerciales : certaines fonctions sont réservées aux versions "
            "payantes.\n\n" + SELF_HOSTING_NOTE
        ),
        "website": "https://www.rocket.chat",
        "source_url": "https://github.com/RocketChat/Rocket.Chat",
        "licence": "MIT",
        "licence_evidence": "https://github.com/RocketChat/Rocket.Chat/blob/HEAD/LICENSE",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["messagerie-instantanee"],
        "tags": ["chat", "équipe", "canaux"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "Les messages restent sur le serveur de l'association ou de son prestataire.",
        "adopt": "Installer (ou faire héberger) Rocket.Chat, recréer les canaux et importer l'historique si l'export le permet.",
        "tell": "Installer l'application et se connecter à l'adresse du serveur de l'association.",
    },
    {
        "slug": "zulip",
        "name": "Zulip",
        "summary": "Messagerie d'équipe organisée par sujets, pour suivre les échanges sans tout lire.",
        "description": (
            "Dans Zulip, chaque message appartient à un canal et à un sujet : on rattrape facilement une "
            "discussion sans lire tout le fil. Zulip Cloud propose une offre gratuite limitée et des offres "
            "payantes ; " + SELF_HOSTING_NOTE.lower()
        ),
        "website": "https://zulip.com",
        "source_url": "https://github.com/zulip/zulip",
        "licence": "Apache-2.0",
        "licence_evidence": "https://github.com/zulip/zulip/blob/HEAD/LICENSE",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["messagerie-instantanee", "forum-discussions"],
        "tags": ["chat", "équipe", "sujets"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les messages restent sur le serveur choisi (Zulip Cloud ou celui de l'association).",
        "adopt": "Créer l'organisation, les canaux principaux, et importer l'historique Slack si besoin (outil d'import intégré).",
        "tell": "Toujours donner un sujet à son message : c'est ce qui rend Zulip lisible.",
    },
    {
        "slug": "discourse",
        "name": "Discourse",
        "summary": "Forum moderne pour une communauté : discussions par thèmes, notifications, recherche.",
        "description": (
            "Discourse organise les échanges en catégories et sujets, avec notifications par courriel, "
            "recherche et modération. On peut aussi y répondre par courriel.\n\n" + SELF_HOSTING_NOTE
        ),
        "website": "https://www.discourse.org",
        "source_url": "https://github.com/discourse/discourse",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://github.com/discourse/discourse",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["forum-discussions"],
        "tags": ["forum", "communauté", "discussion"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "hosters": [INDIEHOSTERS],
        "privacy": "Les échanges restent sur le serveur du forum.",
        "adopt": "Créer les catégories, rédiger un message d'accueil et inviter les membres par courriel.",
        "tell": "On peut suivre le forum par courriel et répondre directement depuis sa messagerie.",
    },
    # --- Courriel, agenda ------------------------------------------------------------------------------
    {
        "slug": "thunderbird",
        "name": "Thunderbird",
        "summary": "Logiciel de courriel et d'agenda sur ordinateur, pour toutes les adresses.",
        "description": (
            "Thunderbird relève plusieurs boîtes aux lettres dans un même logiciel, avec filtres, carnet "
            "d'adresses, agenda et chiffrement OpenPGP intégré. Il fonctionne avec toute adresse (y compris "
            "Gmail ou Outlook) : il change le logiciel, pas le fournisseur."
        ),
        "website": "https://www.thunderbird.net/fr/",
        "source_url": "https://hg.mozilla.org/comm-central",
        "licence": "MPL-2.0",
        "licence_evidence": "https://www.mozilla.org/en-US/foundation/licensing/",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["courriel-agenda"],
        "tags": ["courriel", "agenda", "carnet d'adresses"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Logiciel local, sans publicité ; les courriels restent chez le fournisseur de messagerie choisi.",
        "adopt": "Installer Thunderbird et ajouter le compte de courriel de l'association (la configuration est le plus souvent automatique).",
        "tell": "Rien ne change pour les correspondants : l'adresse reste la même.",
    },
    {
        "slug": "thunderbird-android",
        "name": "Thunderbird pour Android",
        "summary": "Application de courriel pour téléphone Android, héritière de K-9 Mail.",
        "description": (
            "Thunderbird pour Android est la suite de l'application K-9 Mail, reprise par l'équipe "
            "Thunderbird. Elle relève plusieurs comptes de courriel, sans publicité."
        ),
        "website": "https://www.thunderbird.net/fr/mobile/",
        "source_url": "https://github.com/thunderbird/thunderbird-android",
        "licence": "Apache-2.0",
        "licence_evidence": "https://github.com/thunderbird/thunderbird-android/blob/HEAD/LICENSE",
        "access": INSTALL,
        "platforms": [AND],
        "needs": ["courriel-agenda"],
        "tags": ["courriel", "téléphone"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Sans publicité ; les courriels restent chez le fournisseur de messagerie.",
        "adopt": "Installer l'application et ajouter le compte de courriel.",
        "tell": "L'adresse ne change pas ; seule l'application de lecture change.",
    },
    {
        "slug": "roundcube",
        "name": "Roundcube",
        "summary": "Webmail libre : lire ses courriels dans le navigateur, chez de nombreux hébergeurs.",
        "description": (
            "Roundcube est une messagerie en ligne (webmail) proposée par beaucoup d'hébergeurs de courriel. "
            "Si l'association a une adresse à son nom de domaine, elle y a souvent déjà accès.\n\n"
            "Des associations hébergent le courriel d'autres associations, par exemple Zaclys, Infini, "
            "L'Autre Net, Globenet ou le portail Zourit : demandez-leur quel webmail elles proposent."
        ),
        "website": "https://roundcube.net",
        "source_url": "https://github.com/roundcube/roundcubemail",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/roundcube/roundcubemail/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["courriel-agenda"],
        "tags": ["courriel", "webmail"],
        "cost_model": HOSTED,
        "ease": EASY,
        "privacy": "Les courriels sont chez l'hébergeur de messagerie choisi par l'association.",
        "adopt": "Vérifier si l'hébergeur du nom de domaine fournit Roundcube ; sinon choisir un hébergeur de courriel qui le propose.",
        "tell": "Nouvelle adresse de connexion au webmail à communiquer aux bénévoles qui lisent la boîte commune.",
    },
    {
        "slug": "nextcloud-calendar",
        "name": "Agenda Nextcloud",
        "summary": "Agendas partagés dans Nextcloud, synchronisés avec les téléphones et Thunderbird.",
        "description": (
            "L'application Agenda de Nextcloud crée des agendas partagés entre bénévoles ou publiés par "
            "lien. Elle utilise le standard CalDAV : on la synchronise avec Thunderbird, l'iPhone ou Android "
            "(avec l'application DAVx⁵)."
        ),
        "website": "https://apps.nextcloud.com/apps/calendar",
        "source_url": "https://github.com/nextcloud/calendar",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/nextcloud/calendar",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["courriel-agenda", "planifier-reunion"],
        "tags": ["agenda", "calendrier", "nextcloud", "CalDAV"],
        "cost_model": HOSTED,
        "ease": EASY,
        "privacy": "Les agendas restent dans le Nextcloud de l'association.",
        "adopt": "Exporter l'agenda actuel au format .ics, puis l'importer dans l'application Agenda de Nextcloud.",
        "tell": "Envoyer le lien d'abonnement à l'agenda partagé et une fiche pour le synchroniser sur téléphone.",
    },
    # --- Mots de passe ----------------------------------------------------------------------------------
    {
        "slug": "bitwarden",
        "name": "Bitwarden",
        "summary": "Gestionnaire de mots de passe en ligne, sur tous les appareils, avec partage en équipe.",
        "description": (
            "Bitwarden range les mots de passe dans un coffre-fort chiffré, synchronisé entre navigateur, "
            "ordinateur et téléphone. Une « organisation » permet de partager des mots de passe entre "
            "bénévoles.\n\nLes applications sont libres ; certaines fonctions d'entreprise relèvent d'une "
            "licence propre à l'éditeur. Offre gratuite pour les particuliers, offres payantes pour les équipes."
        ),
        "website": "https://bitwarden.com/fr-fr/",
        "source_url": "https://github.com/bitwarden/clients",
        "licence": "GPL-3.0-only",
        "licence_evidence": "https://github.com/bitwarden/clients",
        "access": BOTH,
        "platforms": ALL,
        "needs": ["mots-de-passe"],
        "tags": ["mots de passe", "coffre-fort", "chiffrement"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Coffre chiffré sur l'appareil avant envoi : l'éditeur ne peut pas lire les mots de passe.",
        "adopt": "Exporter les mots de passe de l'ancien outil (CSV ou JSON), les importer dans Bitwarden, puis supprimer le fichier exporté.",
        "tell": "Choisir un mot de passe principal solide et activer la double authentification ; personne ne peut le récupérer en cas d'oubli.",
    },
    {
        "slug": "vaultwarden",
        "name": "Vaultwarden",
        "summary": "Serveur léger compatible avec les applications Bitwarden, pour héberger son propre coffre.",
        "description": (
            "Vaultwarden est une réimplémentation non officielle et légère du serveur Bitwarden. On garde les "
            "applications Bitwarden habituelles, mais les coffres sont sur le serveur de l'association ou d'un "
            "hébergeur de confiance.\n\nÀ réserver aux associations accompagnées techniquement."
        ),
        "website": "https://github.com/dani-garcia/vaultwarden",
        "source_url": "https://github.com/dani-garcia/vaultwarden",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/dani-garcia/vaultwarden",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["mots-de-passe"],
        "tags": ["mots de passe", "auto-hébergement", "bitwarden"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "Les coffres chiffrés restent sur un serveur choisi par l'association ; les sauvegardes sont à sa charge.",
        "adopt": "Installer Vaultwarden (ou le faire héberger), créer l'organisation, puis importer l'export de l'ancien outil.",
        "tell": "Dans l'application Bitwarden, indiquer l'adresse du serveur de l'association avant de se connecter.",
    },
    {
        "slug": "keepassxc",
        "name": "KeePassXC",
        "summary": "Coffre-fort de mots de passe dans un fichier chiffré, sur l'ordinateur, sans nuage.",
        "description": (
            "KeePassXC enregistre les mots de passe dans un fichier chiffré (.kdbx) que l'on garde sur son "
            "ordinateur ou dans un dossier partagé. Pas de compte en ligne. Sur téléphone, des applications "
            "compatibles existent (par exemple KeePassDX sur Android)."
        ),
        "website": "https://keepassxc.org",
        "source_url": "https://github.com/keepassxreboot/keepassxc",
        "licence": "GPL-2.0-only OR GPL-3.0-only",
        "licence_evidence": "https://github.com/keepassxreboot/keepassxc/blob/HEAD/COPYING",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["mots-de-passe"],
        "tags": ["mots de passe", "hors ligne", "chiffrement"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Aucun serveur : le fichier chiffré reste là où l'association le range.",
        "adopt": "Exporter les mots de passe de l'ancien outil en CSV, les importer dans une nouvelle base KeePassXC, puis effacer le CSV.",
        "tell": "Le fichier de la base se partage comme un document (par exemple dans Nextcloud) ; la phrase de passe se transmet de vive voix.",
    },
    # --- Gestion de projet ---------------------------------------------------------------------------
    {
        "slug": "kanboard",
        "name": "Kanboard",
        "summary": "Tableau de tâches en colonnes (kanban), simple et léger.",
        "description": (
            "Kanboard affiche les tâches en cartes déplacées de colonne en colonne (« à faire », « en cours », "
            "« fait »). Il est sobre et léger, avec des extensions.\n\n" + SELF_HOSTING_NOTE
        ),
        "website": "https://kanboard.org",
        "source_url": "https://github.com/kanboard/kanboard",
        "licence": "MIT",
        "licence_evidence": "https://github.com/kanboard/kanboard/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["gestion-projet"],
        "tags": ["kanban", "tâches", "projet"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les données restent sur le serveur de l'association.",
        "adopt": "Créer un projet par chantier, recréer les colonnes, puis les cartes en cours (import CSV possible).",
        "tell": "Chaque bénévole déplace ses cartes lui-même : la réunion d'équipe s'en trouve raccourcie.",
    },
    {
        "slug": "wekan",
        "name": "Wekan",
        "summary": "Tableaux de tâches façon Trello : listes, cartes, étiquettes, échéances.",
        "description": (
            "Wekan reprend le principe de Trello : tableaux, listes, cartes avec membres, étiquettes, "
            "listes de contrôle et échéances. Il sait importer des tableaux Trello.\n\n" + SELF_HOSTING_NOTE
        ),
        "website": "https://wekan.github.io",
        "source_url": "https://github.com/wekan/wekan",
        "licence": "MIT",
        "licence_evidence": "https://github.com/wekan/wekan/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["gestion-projet"],
        "tags": ["kanban", "tâches", "trello"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les données restent sur le serveur de l'association.",
        "adopt": "Exporter les tableaux Trello en JSON et les importer dans Wekan, puis vérifier membres et pièces jointes.",
        "tell": "Même logique que Trello : tableaux, listes et cartes.",
    },
    {
        "slug": "taiga",
        "name": "Taiga",
        "summary": "Gestion de projet agile : tableaux kanban, sprints, suivi des demandes.",
        "description": (
            "Taiga gère des projets en mode agile : kanban, sprints, récits utilisateurs, tickets, wiki. "
            "Il importe des projets Trello, Asana, Jira ou GitHub. Conçu au départ pour des équipes de "
            "développement, il reste utilisable pour des projets associatifs structurés."
        ),
        "website": "https://taiga.io",
        "source_url": "https://github.com/taigaio",
        "licence": "MPL-2.0",
        "licence_evidence": "https://github.com/taigaio/taiga-back",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["gestion-projet"],
        "tags": ["projet", "kanban", "agile"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les données restent chez l'hébergeur choisi (taiga.io ou autre).",
        "adopt": "Utiliser l'importateur intégré (Trello, Asana, Jira, GitHub) puis vérifier les membres du projet.",
        "tell": "Chaque bénévole reçoit une invitation par courriel pour rejoindre le projet.",
    },
    {
        "slug": "nextcloud-deck",
        "name": "Deck (Nextcloud)",
        "summary": "Tableaux de tâches kanban intégrés à Nextcloud.",
        "description": (
            "Deck ajoute à Nextcloud des tableaux de cartes (kanban) partagés entre bénévoles, avec "
            "échéances, étiquettes, pièces jointes et commentaires. Les échéances apparaissent dans l'agenda."
        ),
        "website": "https://apps.nextcloud.com/apps/deck",
        "source_url": "https://github.com/nextcloud/deck",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/nextcloud/deck",
        "access": ONLINE,
        "platforms": [WEB, AND],
        "needs": ["gestion-projet"],
        "tags": ["kanban", "tâches", "nextcloud"],
        "cost_model": HOSTED,
        "ease": EASY,
        "privacy": "Les tableaux restent dans le Nextcloud de l'association.",
        "adopt": (
            "Créer un tableau par projet dans Deck ; pour reprendre des tableaux Trello, l'administrateur du "
            "Nextcloud lance l'import (commande occ deck:import, depuis l'export JSON de Trello ou son API)."
        ),
        "tell": "Les tableaux se trouvent dans l'espace Nextcloud habituel, onglet Deck.",
    },
    {
        "slug": "openproject",
        "name": "OpenProject",
        "summary": "Gestion de projet complète : planning (Gantt), tâches, temps passé, documents.",
        "description": (
            "OpenProject couvre la gestion de projet classique : diagramme de Gantt, tâches, jalons, suivi du "
            "temps, réunions, wiki. Adapté aux projets longs avec plusieurs partenaires ou financeurs.\n\n"
            + SELF_HOSTING_NOTE
        ),
        "website": "https://www.openproject.org/fr/",
        "source_url": "https://github.com/opf/openproject",
        "licence": "GPL-3.0-only",
        "licence_evidence": "https://github.com/opf/openproject",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["gestion-projet"],
        "tags": ["projet", "gantt", "planning"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "Les données restent sur le serveur choisi.",
        "adopt": "Créer le projet, recréer les tâches principales et définir les jalons.",
        "tell": "Prévoir une courte prise en main : l'outil est riche.",
    },
    # --- Graphisme ------------------------------------------------------------------------------------
    {
        "slug": "gimp",
        "name": "GIMP",
        "summary": "Retouche de photos et création d'images, alternative libre à Photoshop.",
        "description": (
            "GIMP retouche les photos (recadrage, couleurs, calques, masques, détourage) et crée des visuels. "
            "Il ouvre les fichiers Photoshop (.psd) avec des limites.\n\nSon interface demande un temps "
            "d'adaptation."
        ),
        "website": "https://www.gimp.org",
        "source_url": "https://gitlab.gnome.org/GNOME/gimp",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://gitlab.gnome.org/GNOME/gimp",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["graphisme"],
        "tags": ["photo", "retouche", "image"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Logiciel local : les images restent sur l'ordinateur.",
        "adopt": "Installer GIMP et rouvrir quelques fichiers existants (.psd, .jpg, .png) pour vérifier le rendu.",
        "tell": "Les raccourcis diffèrent de Photoshop : garder une fiche des principaux à portée de main.",
    },
    {
        "slug": "inkscape",
        "name": "Inkscape",
        "summary": "Dessin vectoriel : logos, affiches, pictogrammes, alternative libre à Illustrator.",
        "description": (
            "Inkscape crée des images vectorielles (qu'on agrandit sans perte) : logos, affiches, schémas. "
            "Son format natif est le SVG, un standard ouvert ; il exporte en PDF et PNG et ouvre une partie "
            "des fichiers Illustrator.\n\nLa plupart du code est sous GPL-2.0 ou ultérieure ; le logiciel "
            "complet est distribué sous GPL-3.0 ou ultérieure."
        ),
        "website": "https://inkscape.org/fr/",
        "source_url": "https://gitlab.com/inkscape/inkscape",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://gitlab.com/inkscape/inkscape",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["graphisme"],
        "tags": ["vectoriel", "logo", "affiche", "SVG"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Logiciel local.",
        "adopt": "Exporter les créations existantes en SVG ou PDF depuis l'ancien outil, puis les ouvrir dans Inkscape.",
        "tell": "Garder le logo de l'association en SVG : il sert partout, sans perte de qualité.",
    },
    {
        "slug": "scribus",
        "name": "Scribus",
        "summary": "Mise en page de bulletins, plaquettes et affiches prêtes pour l'imprimeur.",
        "description": (
            "Scribus est un logiciel de PAO (publication assistée par ordinateur) : gabarits, blocs de texte "
            "et d'image, styles, export PDF pour l'impression professionnelle (couleurs CMJN, fonds perdus).\n\n"
            "Il n'ouvre pas les fichiers .indd d'InDesign, mais importe leur format d'échange IDML : la mise en "
            "page est reprise, styles et polices sont à vérifier."
        ),
        "website": "https://www.scribus.net",
        "source_url": "https://github.com/scribusproject/scribus",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://github.com/scribusproject/scribus",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["graphisme"],
        "tags": ["PAO", "mise en page", "impression", "bulletin"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Logiciel local.",
        "adopt": (
            "Importer la maquette existante (fichier IDML exporté d'InDesign, ou PDF à retoucher) ou recréer le "
            "gabarit une fois (marges, styles, colonnes), puis réutiliser ce modèle à chaque numéro."
        ),
        "tell": "Demander à l'imprimeur ses réglages PDF ; Scribus propose un contrôle avant export.",
    },
    {
        "slug": "krita",
        "name": "Krita",
        "summary": "Peinture et dessin numériques, illustration, bande dessinée.",
        "description": (
            "Krita est conçu pour dessiner et peindre (avec une tablette graphique de préférence) : pinceaux "
            "variés, calques, outils de bande dessinée et d'animation simple. Il ouvre les fichiers .psd.\n\n"
            "Pour la retouche de photos, GIMP est plus adapté."
        ),
        "website": "https://krita.org/fr/",
        "source_url": "https://invent.kde.org/graphics/krita",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://invent.kde.org/graphics/krita",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["graphisme"],
        "tags": ["dessin", "illustration", "peinture"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Logiciel local.",
        "adopt": "Installer Krita et rouvrir les fichiers de travail existants (.psd, .png).",
        "tell": "Krita est fait pour dessiner ; pour une photo, utiliser plutôt GIMP.",
    },
    {
        "slug": "penpot",
        "name": "Penpot",
        "summary": "Conception graphique en ligne et collaborative : visuels, maquettes, prototypes.",
        "description": (
            "Penpot est un outil de conception dans le navigateur : on crée visuels, maquettes de site et "
            "prototypes, à plusieurs, avec des composants réutilisables. Il repose sur des standards ouverts "
            "(SVG). Développé par l'entreprise Kaleidos.\n\nIl ne fournit pas la grande bibliothèque de "
            "modèles prêts à l'emploi de Canva."
        ),
        "website": "https://penpot.app",
        "source_url": "https://github.com/penpot/penpot",
        "licence": "MPL-2.0",
        "licence_evidence": "https://github.com/penpot/penpot/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["graphisme"],
        "tags": ["design", "maquette", "collaboratif", "SVG"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Les fichiers sont sur penpot.app ou sur l'instance de l'association.",
        "adopt": "Créer une équipe pour l'association, importer logo et images, puis recréer un premier modèle (affiche, publication).",
        "tell": "Les modèles de l'association se dupliquent pour chaque nouvelle affiche.",
    },
    # --- Vidéo et son -----------------------------------------------------------------------------
    {
        "slug": "shotcut",
        "name": "Shotcut",
        "summary": "Montage vidéo simple et complet : découpe, titres, transitions, export.",
        "description": (
            "Shotcut monte des vidéos sur plusieurs pistes, ajoute titres, transitions et filtres, et exporte "
            "pour le web ou les réseaux sociaux. Il lit la plupart des formats sans conversion et crée des "
            "sous-titres, y compris par transcription automatique de la parole (fonction « Speech to Text », "
            "qui tourne sur l'ordinateur)."
        ),
        "website": "https://shotcut.org",
        "source_url": "https://github.com/mltframework/shotcut",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/mltframework/shotcut",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["video-son"],
        "tags": ["montage", "vidéo", "sous-titres"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Logiciel local.",
        "adopt": "Installer Shotcut, importer les rushes et refaire un court montage pour prendre l'outil en main.",
        "tell": "Les anciens projets de montage ne s'ouvrent pas : seuls les fichiers vidéo sont réutilisables.",
    },
    {
        "slug": "kdenlive",
        "name": "Kdenlive",
        "summary": "Montage vidéo multipiste riche en effets, développé par la communauté KDE.",
        "description": (
            "Kdenlive propose un montage multipiste, de nombreux effets et transitions, des sous-titres et "
            "des proxys pour monter sur un ordinateur modeste.\n\nLicence : GPL version 2 ou 3, ou toute "
            "version ultérieure acceptée par KDE e.V. ; la version 3 est celle qui s'applique aujourd'hui."
        ),
        "website": "https://kdenlive.org/fr/",
        "source_url": "https://invent.kde.org/multimedia/kdenlive",
        "licence": "GPL-3.0-only",
        "licence_evidence": "https://invent.kde.org/multimedia/kdenlive",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["video-son"],
        "tags": ["montage", "vidéo", "sous-titres"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Logiciel local.",
        "adopt": "Installer Kdenlive, importer les rushes, et activer les proxys si l'ordinateur est peu puissant.",
        "tell": "Les anciens projets ne s'ouvrent pas : seuls les fichiers médias sont réutilisables.",
    },
    {
        "slug": "audacity",
        "name": "Audacity",
        "summary": "Enregistrer et monter du son : podcast, interview, message d'accueil.",
        "description": (
            "Audacity enregistre, coupe, nettoie (réduction de bruit) et exporte des fichiers audio. "
            "C'est l'outil le plus simple pour un podcast associatif ou un enregistrement de réunion.\n\n"
            "Licence : le code source est sous GPL version 2 ou ultérieure ; le logiciel distribué, qui "
            "intègre des bibliothèques sous GPL version 3, l'est sous GPL version 3."
        ),
        "website": "https://www.audacityteam.org",
        "source_url": "https://github.com/audacity/audacity",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/audacity/audacity/blob/HEAD/LICENSE.txt",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["video-son"],
        "tags": ["audio", "podcast", "enregistrement"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Logiciel local.",
        "adopt": "Installer Audacity et faire un essai d'enregistrement avec le micro de l'association.",
        "tell": "Exporter en MP3 pour la diffusion, garder le projet Audacity pour les retouches.",
    },
    {
        "slug": "obs-studio",
        "name": "OBS Studio",
        "summary": "Enregistrer son écran ou diffuser un événement en direct.",
        "description": (
            "OBS Studio compose une image à partir de caméras, d'écrans et d'images, puis l'enregistre ou la "
            "diffuse en direct (PeerTube, YouTube, etc.). Utile pour un tutoriel ou une assemblée générale "
            "retransmise."
        ),
        "website": "https://obsproject.com/fr",
        "source_url": "https://github.com/obsproject/obs-studio",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://github.com/obsproject/obs-studio/blob/HEAD/COPYING",
        "access": INSTALL,
        "platforms": DESKTOP,
        "needs": ["video-son"],
        "tags": ["direct", "streaming", "enregistrement d'écran"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Logiciel local ; la diffusion passe par la plateforme choisie.",
        "adopt": "Créer une « scène » type pour l'association (logo, caméra, écran) et faire un essai d'enregistrement.",
        "tell": "Faire une répétition complète avant le premier direct.",
    },
    {
        "slug": "vlc",
        "name": "VLC",
        "summary": "Lecteur multimédia qui lit presque tous les fichiers vidéo et audio.",
        "description": (
            "VLC lit la quasi-totalité des formats vidéo et audio, les DVD et les flux en ligne, sans "
            "installer de codec. Il convertit aussi des fichiers simples. Projet VideoLAN, né à l'École "
            "Centrale Paris."
        ),
        "website": "https://www.videolan.org/vlc/",
        "source_url": "https://code.videolan.org/videolan/vlc",
        "licence": "GPL-2.0-or-later",
        "licence_evidence": "https://code.videolan.org/videolan/vlc/-/blob/master/COPYING",
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, AND, IOS],
        "needs": ["video-son"],
        "tags": ["lecteur", "vidéo", "audio"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Sans publicité ni pistage.",
        "adopt": "Installer VLC depuis le site officiel videolan.org (éviter les sites de téléchargement tiers).",
        "tell": "Clic droit sur un fichier, « Ouvrir avec VLC ».",
    },
    # --- Cartes -------------------------------------------------------------------------------------
    {
        "slug": "umap",
        "name": "uMap",
        "summary": "Créer sa carte en ligne sur fond OpenStreetMap : lieux, parcours, zones.",
        "description": (
            "uMap permet de créer en quelques minutes une carte personnalisée (points, tracés, zones, "
            "couleurs) et de l'intégrer sur le site de l'association. On peut importer un tableur d'adresses "
            "ou de coordonnées.\n\nOpenStreetMap France héberge une instance ouverte à tous."
        ),
        "website": "https://umap-project.org",
        "source_url": "https://github.com/umap-project/umap",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/umap-project/umap/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["cartes"],
        "tags": ["carte", "OpenStreetMap", "intégration"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [OSM_FRANCE],
        "privacy": "Pas de publicité ; les cartes peuvent être publiques, accessibles par lien ou privées.",
        "adopt": "Exporter les lieux de l'ancienne carte (KML ou CSV) et les importer dans une nouvelle carte uMap.",
        "tell": "Remplacer l'ancienne carte intégrée au site par le code d'intégration uMap.",
    },
    {
        "slug": "openstreetmap",
        "name": "OpenStreetMap",
        "summary": "La carte du monde libre et collaborative, que chacun peut consulter et compléter.",
        "description": (
            "OpenStreetMap est une base de données géographique construite par des bénévoles, comme "
            "Wikipédia pour les cartes. Le site permet de chercher une adresse et de calculer un itinéraire ; "
            "de nombreuses applications utilisent ses données.\n\nLe code du site est sous GPL-2.0 ; les "
            "données cartographiques sont sous licence ODbL."
        ),
        "website": "https://www.openstreetmap.org",
        "source_url": "https://github.com/openstreetmap/openstreetmap-website",
        "licence": "GPL-2.0-only",
        "licence_evidence": "https://github.com/openstreetmap/openstreetmap-website/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["cartes"],
        "tags": ["carte", "données ouvertes", "contribution"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Consultation sans compte ni publicité.",
        "adopt": "Vérifier que le local de l'association figure sur la carte, et l'ajouter si besoin (compte gratuit).",
        "tell": "Pour indiquer le lieu d'une activité, partager un lien OpenStreetMap.",
    },
    {
        "slug": "organic-maps",
        "name": "Organic Maps",
        "summary": "Application de cartes et de navigation hors ligne, sans pistage, sur téléphone.",
        "description": (
            "Organic Maps affiche les cartes OpenStreetMap sur téléphone, même sans connexion une fois la "
            "région téléchargée : recherche, itinéraires à pied, à vélo et en voiture, favoris."
        ),
        "website": "https://organicmaps.app",
        "source_url": "https://github.com/organicmaps/organicmaps",
        "licence": "Apache-2.0",
        "licence_evidence": "https://github.com/organicmaps/organicmaps/blob/HEAD/LICENSE",
        "access": INSTALL,
        "platforms": [AND, IOS],
        "needs": ["cartes"],
        "tags": ["carte", "navigation", "hors ligne", "téléphone"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Sans publicité ni pistage ; fonctionne hors ligne.",
        "adopt": "Installer l'application et télécharger la carte de la région.",
        "tell": "Les favoris peuvent être partagés en fichier KML.",
    },
    # --- Système, navigateur -------------------------------------------------------------------------
    {
        "slug": "linux-mint",
        "name": "Linux Mint",
        "summary": "Système d'exploitation libre facile, proche de Windows, idéal pour prolonger un ordinateur.",
        "description": (
            "Linux Mint remplace Windows sur un ordinateur : bureau familier (menu, barre des tâches), "
            "LibreOffice, Firefox et Thunderbird installés d'office, logithèque pour le reste. Il tourne "
            "bien sur des machines de plusieurs années. Il s'installe sur les PC et sur les Mac à processeur "
            "Intel, pas sur les Mac à puce Apple (M1 et suivantes).\n\nLicence : une distribution réunit des "
            "milliers de logiciels libres sous des licences différentes (le noyau Linux est sous GPL-2.0). "
            "À l'installation, Linux Mint propose d'ajouter des codecs multimédias et des pilotes non libres "
            "(cartes graphiques, wifi) : ces éléments-là ne sont pas libres."
        ),
        "website": "https://linuxmint.com",
        "source_url": "https://github.com/linuxmint",
        "licence": DISTRIBUTION,
        "licence_evidence": "https://github.com/linuxmint",
        "access": INSTALL,
        "platforms": [LIN],
        "needs": ["systeme-exploitation"],
        "tags": ["linux", "système", "reconditionnement", "ordinateur"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Pas de compte en ligne obligatoire ni de télémétrie publicitaire.",
        "adopt": (
            "Sauvegarder les fichiers, essayer Linux Mint depuis une clé USB sans rien effacer, vérifier "
            "imprimante et wifi, puis installer. Un atelier ou un acteur du reconditionnement peut aider."
        ),
        "tell": "Les documents se retrouvent dans le dossier personnel ; LibreOffice remplace Office.",
    },
    {
        "slug": "ubuntu",
        "name": "Ubuntu",
        "summary": "Système d'exploitation libre très répandu, soutenu par l'entreprise Canonical.",
        "description": (
            "Ubuntu est un système Linux grand public, avec des versions maintenues cinq ans (LTS). Large "
            "documentation et communauté francophone. Il s'installe sur les PC et sur les Mac à processeur "
            "Intel, pas sur les Mac à puce Apple (M1 et suivantes).\n\nLicence : une distribution réunit des "
            "milliers de logiciels libres sous des licences différentes (le noyau Linux est sous GPL-2.0). "
            "Ubuntu peut aussi installer des pilotes propriétaires et des codecs non libres (l'installateur le "
            "propose), et les paquets de sa section « multiverse » ne sont pas libres."
        ),
        "website": "https://ubuntu.com",
        "source_url": "https://launchpad.net/ubuntu",
        "licence": DISTRIBUTION,
        "licence_evidence": "https://ubuntu.com/legal/intellectual-property-policy",
        "access": INSTALL,
        "platforms": [LIN],
        "needs": ["systeme-exploitation"],
        "tags": ["linux", "système", "ordinateur"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Pas de compte en ligne obligatoire.",
        "adopt": "Sauvegarder les fichiers, essayer Ubuntu depuis une clé USB, puis installer.",
        "tell": "Les documents se retrouvent dans le dossier personnel ; les logiciels s'installent depuis la logithèque.",
    },
    {
        "slug": "debian",
        "name": "Debian",
        "summary": "Système libre communautaire, réputé pour sa stabilité, base d'Ubuntu et de Linux Mint.",
        "description": (
            "Debian est un système d'exploitation entièrement développé par une communauté de bénévoles. "
            "Très stable, il convient aux ordinateurs partagés et aux serveurs.\n\nLicence : une distribution "
            "réunit des milliers de logiciels libres sous des licences différentes (le noyau Linux est sous "
            "GPL-2.0), choisis selon les principes du logiciel libre de Debian. Depuis Debian 12, l'installateur "
            "officiel inclut les micrologiciels non libres dont certains matériels ont besoin (wifi, cartes "
            "graphiques)."
        ),
        "website": "https://www.debian.org/index.fr.html",
        "source_url": "https://salsa.debian.org",
        "licence": DISTRIBUTION,
        "licence_evidence": "https://www.debian.org/social_contract",
        "access": INSTALL,
        "platforms": [LIN],
        "needs": ["systeme-exploitation"],
        "tags": ["linux", "système", "serveur"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Aucune télémétrie par défaut.",
        "adopt": "Sauvegarder les fichiers, essayer Debian depuis une clé USB (« live »), puis installer.",
        "tell": "Les documents se retrouvent dans le dossier personnel.",
    },
    {
        "slug": "firefox",
        "name": "Firefox",
        "summary": "Navigateur web indépendant, développé par la fondation Mozilla.",
        "description": (
            "Firefox est le principal navigateur qui ne repose pas sur le moteur de Google. Il bloque par "
            "défaut une partie des traceurs et accepte les extensions comme uBlock Origin.\n\n"
            "Mozilla est financée en grande partie par l'accord qui fait de Google le moteur de recherche "
            "par défaut ; on peut en choisir un autre dans les réglages."
        ),
        "website": "https://www.mozilla.org/fr/firefox/",
        "source_url": "https://hg.mozilla.org/mozilla-central",
        "licence": "MPL-2.0",
        "licence_evidence": "https://www.mozilla.org/en-US/foundation/licensing/",
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, AND, IOS],
        "needs": ["navigateur"],
        "tags": ["navigateur", "vie privée", "extensions"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Protection renforcée contre le pistage activée par défaut.",
        "adopt": "Installer Firefox : il propose d'importer favoris, historique et mots de passe de Chrome.",
        "tell": "Les favoris sont retrouvés ; installer uBlock Origin pour bloquer publicités et traceurs.",
    },
    {
        "slug": "ublock-origin",
        "name": "uBlock Origin",
        "summary": "Extension qui bloque publicités et traceurs, et accélère la navigation.",
        "description": (
            "uBlock Origin bloque publicités, traceurs et sites malveillants à l'aide de listes de filtres. "
            "Il fonctionne pleinement dans Firefox (y compris sur Android). Dans Chrome, seule une version "
            "allégée (uBlock Origin Lite) reste disponible."
        ),
        "website": "https://ublockorigin.com",
        "source_url": "https://github.com/gorhill/uBlock",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/gorhill/uBlock",
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, AND],
        "needs": ["navigateur"],
        "tags": ["bloqueur", "publicité", "vie privée", "extension"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Fonctionne localement ; ne collecte pas de données.",
        "adopt": "Installer l'extension depuis le catalogue officiel de Firefox.",
        "tell": "Si un site fonctionne mal, on peut désactiver le blocage pour ce site en un clic.",
    },
    {
        "slug": "matomo",
        "name": "Matomo",
        "summary": "Mesure d'audience d'un site web, respectueuse des visiteurs.",
        "description": (
            "Matomo compte les visites d'un site (pages vues, provenance, appareils) en gardant les données "
            "chez l'association ou chez Matomo Cloud (payant). Correctement configuré, il peut être dispensé "
            "de bandeau de consentement selon les recommandations de la CNIL."
        ),
        "website": "https://matomo.org",
        "source_url": "https://github.com/matomo-org/matomo",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://github.com/matomo-org/matomo/blob/HEAD/LICENSE",
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["site-web"],
        "tags": ["statistiques", "audience", "RGPD"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les statistiques restent chez l'association ; anonymisation des adresses IP possible.",
        "adopt": "Installer Matomo (ou une extension pour WordPress), ajouter le code de suivi au site, puis retirer l'ancien.",
        "tell": (
            "L'historique de Google Analytics peut être repris avec l'extension officielle « Google Analytics "
            "Importer » de Matomo ; sinon, exporter les chiffres utiles pour le rapport d'activité."
        ),
    },
    {
        "slug": "zotero",
        "name": "Zotero",
        "summary": "Collecter, classer et citer ses références documentaires.",
        "description": (
            "Zotero enregistre d'un clic un article, un livre ou une page web, classe les références et les "
            "cite automatiquement dans LibreOffice ou Word. Des groupes permettent une bibliothèque partagée. "
            "Stockage en ligne gratuit limité, au-delà payant."
        ),
        "website": "https://www.zotero.org",
        "source_url": "https://github.com/zotero/zotero",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/zotero/zotero/blob/HEAD/COPYING",
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, IOS],
        "needs": ["notes-documentation"],
        "tags": ["bibliographie", "documentation", "références"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Bibliothèque sur l'ordinateur ; la synchronisation en ligne est facultative.",
        "adopt": "Exporter la bibliothèque de l'ancien outil au format RIS ou BibTeX et l'importer dans Zotero.",
        "tell": "Installer le connecteur Zotero dans le navigateur pour enregistrer une référence en un clic.",
    },
]

# --- Added for issue 14 (coverage): free tools associations ask for that were missing --------------------
# Every licence below was read in the project's own licence file or statement on the date below. Where a
# project ships the bare licence text with no "or any later version" statement, the "-only" form is used.
from datetime import date  # noqa: E402

from tools_catalog.licences import DISTRIBUTION_LICENCE  # noqa: E402

from .hosters import EXCALIDRAW_COM, GRIST_LABS, LA_DIGITALE, LOOMIO_COOP, RALLLY_CO  # noqa: E402

CHECKED = {"licence_checked_on": date(2026, 11, 30), "licence_checked_by": "équipe du portail"}
ACTIVE, MAINTAINED = "active", "maintained"

TOOLS += [  # noqa: RUF005 (a separate block, so that corrections above and additions merge apart)
    {
        "slug": "lufi",
        "name": "Lufi",
        "summary": "Envoyer un gros fichier par un lien, chiffré dans le navigateur, qui expire tout seul.",
        "description": (
            "Lufi (« Let's Upload that FIle ») remplace WeTransfer : on dépose un fichier, on obtient un lien "
            "à envoyer, et le fichier est supprimé après le délai choisi ou après le premier téléchargement. "
            "Le fichier est chiffré dans le navigateur avant l'envoi : l'hébergeur ne peut pas le lire.\n\n"
            "On l'utilise chez un hébergeur associatif, par exemple le service « Drop » du Chapril. "
            + SELF_HOSTING_NOTE
        ),
        "website": "https://framagit.org/fiat-tux/hat-softwares/lufi",
        "source_url": "https://framagit.org/fiat-tux/hat-softwares/lufi",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://framagit.org/fiat-tux/hat-softwares/lufi/-/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": MAINTAINED,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["partage-fichiers"],
        "tags": ["gros fichiers", "transfert", "chiffrement", "sans compte"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [CHAPRIL],
        "privacy": "Chiffré dans le navigateur : l'hébergeur ne voit pas le contenu. Le lien contient la clé : ne l'envoyer qu'aux destinataires.",
        "adopt": "Choisir une instance Lufi (par exemple drop.chapril.org), y déposer un fichier de test et vérifier le téléchargement depuis un autre appareil.",
        "tell": "Pour un gros fichier : le déposer sur l'instance Lufi et envoyer le lien ; il expire à la date choisie.",
    },
    {
        "slug": "plik",
        "name": "Plik",
        "summary": "Service de transfert de fichiers temporaire, à installer sur un serveur de l'association.",
        "description": (
            "Plik permet de déposer un ou plusieurs fichiers et d'en partager le lien, avec durée de vie, mot "
            "de passe ou suppression après téléchargement. Il se dépose aussi en ligne de commande.\n\n"
            "Il faut un serveur : il convient à une association accompagnée par un prestataire ou une fédération."
        ),
        "website": "https://github.com/root-gg/plik",
        "source_url": "https://github.com/root-gg/plik",
        "licence": "MIT",
        "licence_evidence": "https://github.com/root-gg/plik/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": MAINTAINED,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["partage-fichiers"],
        "tags": ["gros fichiers", "transfert", "auto-hébergement"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "french": False,
        "privacy": "Les fichiers restent sur le serveur de l'association, jusqu'à leur expiration.",
        "adopt": "Faire installer Plik par un prestataire ou un bénévole à l'aise, fixer la durée de vie maximale et la taille des fichiers.",
        "tell": "Envoyer les gros fichiers par l'adresse Plik de l'association ; le lien expire à la date choisie.",
    },
    {
        "slug": "mattermost",
        "name": "Mattermost",
        "summary": "Messagerie d'équipe par canaux, proche de Slack, à héberger soi-même.",
        "description": (
            "Mattermost organise les échanges en équipes et canaux, avec fils de discussion, fichiers, "
            "recherche et applications pour ordinateur et téléphone. Il importe les exports de Slack.\n\n"
            "Licence : le code du serveur est sous AGPL-3.0, ses outils d'administration et fichiers de "
            "configuration sous Apache-2.0 ; l'éditeur vend aussi des éditions propriétaires avec des "
            "fonctions en plus. Il faut un serveur (prestataire ou auto-hébergement)."
        ),
        "website": "https://mattermost.com",
        "source_url": "https://github.com/mattermost/mattermost",
        "licence": "AGPL-3.0-only AND Apache-2.0",
        "licence_evidence": "https://github.com/mattermost/mattermost/blob/HEAD/LICENSE.txt",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": BOTH,
        "platforms": ALL,
        "needs": ["messagerie-instantanee"],
        "tags": ["discussion", "équipe", "canaux", "slack"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Les messages restent sur le serveur choisi par l'association.",
        "adopt": "Faire installer Mattermost (prestataire ou bénévole), créer une équipe et quelques canaux (bureau, commissions), puis importer l'export Slack si besoin.",
        "tell": "Installer l'application Mattermost, se connecter à l'adresse du serveur de l'association et rejoindre les canaux utiles.",
    },
    {
        "slug": "rallly",
        "name": "Rallly",
        "summary": "Trouver une date de réunion avec un sondage simple, sans compte pour les participants.",
        "description": (
            "Rallly propose des dates, les participants cochent leurs disponibilités, l'organisateur choisit "
            "et peut envoyer l'invitation. Interface soignée, disponible en français, commentaires.\n\n"
            + SELF_HOSTING_NOTE
        ),
        "website": "https://rallly.co",
        "source_url": "https://github.com/lukevella/rallly",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/lukevella/rallly/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["planifier-reunion"],
        "tags": ["sondage de dates", "réunion", "sans compte"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [RALLLY_CO],
        "privacy": "Les participants donnent seulement un nom ; l'instance rallly.co est hébergée par son développeur.",
        "adopt": "Créer un premier sondage de dates sur rallly.co (ou une autre instance) et l'envoyer au bureau.",
        "tell": "Cliquer sur le lien, indiquer son nom et cocher ses disponibilités : pas de compte à créer.",
    },
    {
        "slug": "loomio",
        "name": "Loomio",
        "summary": "Discuter et décider à plusieurs en ligne : propositions, votes, consentement.",
        "description": (
            "Loomio sert à préparer une décision entre deux réunions : un fil de discussion, puis une "
            "proposition soumise au vote (pour, contre, abstention, objection), un sondage ou un classement. "
            "Chacun voit qui s'est exprimé et pourquoi. Conçu par une coopérative néo-zélandaise.\n\n"
            + SELF_HOSTING_NOTE
        ),
        "website": "https://www.loomio.com",
        "source_url": "https://github.com/loomio/loomio",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/loomio/loomio/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["forum-discussions", "sondages-formulaires"],
        "tags": ["décision", "gouvernance", "vote", "consentement"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "hosters": [LOOMIO_COOP],
        "privacy": "Les échanges restent chez l'hébergeur choisi (la coopérative Loomio ou une instance auto-hébergée).",
        "adopt": "Ouvrir un groupe Loomio, inviter le conseil d'administration et tester une première décision simple.",
        "tell": "Les décisions entre deux réunions se prennent sur Loomio : lire la proposition, voter et dire pourquoi.",
    },
    {
        "slug": "digipad",
        "name": "Digipad",
        "summary": "Murs collaboratifs (comme Padlet) pour recueillir idées, liens et documents.",
        "description": (
            "Digipad crée des murs où chacun dépose une note, un lien, une image ou un document, en colonnes "
            "ou en vrac. Pensé pour l'éducation et la formation ; les participants n'ont pas besoin de compte. "
            "Développé et hébergé gratuitement par La Digitale.\n\n" + SELF_HOSTING_NOTE
        ),
        "website": "https://digipad.app",
        "source_url": "https://codeberg.org/ladigitale/digipad",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://codeberg.org/ladigitale/digipad",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["redaction-collaborative"],
        "tags": ["mur collaboratif", "padlet", "atelier", "formation"],
        "cost_model": DONATION,
        "ease": EASY,
        "hosters": [LA_DIGITALE],
        "privacy": "Hébergé par La Digitale ; les participants peuvent contribuer sous un simple pseudonyme.",
        "adopt": "Créer un compte sur digipad.app, recréer le mur le plus utilisé et y déposer le contenu exporté de l'ancien outil.",
        "tell": "Cliquer sur le lien du mur et ajouter sa contribution avec le bouton « + » : pas de compte nécessaire.",
    },
    {
        "slug": "joplin",
        "name": "Joplin",
        "summary": "Prendre des notes et les synchroniser entre ordinateur et téléphone, en Markdown.",
        "description": (
            "Joplin range des notes (texte, listes, images, pièces jointes) dans des carnets, avec recherche "
            "et étiquettes. Il importe les exports d'Evernote (.enex) et synchronise par Nextcloud, WebDAV ou "
            "Joplin Cloud (payant), avec chiffrement de bout en bout possible.\n\n"
            "C'est un outil plutôt personnel : pour une documentation commune, préférer un wiki ou un pad."
        ),
        "website": "https://joplinapp.org",
        "source_url": "https://github.com/laurent22/joplin",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/laurent22/joplin/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": INSTALL,
        "platforms": [WIN, MAC, LIN, AND, IOS],
        "needs": ["notes-documentation"],
        "tags": ["notes", "markdown", "evernote", "synchronisation"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Notes stockées sur l'appareil ; la synchronisation passe par le service choisi (Nextcloud de l'association…).",
        "adopt": "Installer Joplin, importer l'export de l'ancien outil (Fichier, Importer) et régler la synchronisation sur le Nextcloud de l'association si elle en a un.",
        "tell": "Installer Joplin sur son ordinateur et son téléphone et le relier au même espace de synchronisation.",
    },
    {
        "slug": "benevalibre",
        "name": "Bénévalibre",
        "summary": "Recenser et valoriser le temps des bénévoles d'une association.",
        "description": (
            "Bénévalibre permet à chaque bénévole de noter ses heures et ses actions, et à l'association "
            "d'en faire le bilan par année ou par projet : utile pour le rapport d'activité, les demandes de "
            "subvention et la valorisation du bénévolat dans les comptes. Projet associatif français."
        ),
        "website": "https://benevalibre.org",
        "source_url": "https://framagit.org/benevalibre/benevalibre",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://framagit.org/benevalibre/benevalibre",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["adherents-cotisations"],
        "tags": ["bénévolat", "valorisation", "heures", "rapport d'activité"],
        "cost_model": FREE,
        "ease": EASY,
        "privacy": "Ne demande que ce qui sert au bilan du bénévolat ; chaque bénévole voit ses propres saisies.",
        "adopt": "Créer l'espace de l'association, définir les catégories d'actions (animation, administration, événements) et inviter quelques bénévoles pour un essai d'un mois.",
        "tell": "Après chaque action, noter son temps dans Bénévalibre : cela sert au bilan annuel et aux demandes de subvention.",
    },
    {
        "slug": "yeswiki",
        "name": "YesWiki",
        "summary": "Site web et wiki collaboratif simple, avec bases de données, cartes et agendas intégrés.",
        "description": (
            "YesWiki permet de créer un site que plusieurs personnes modifient directement depuis la page, "
            "et d'y ajouter des formulaires qui alimentent des listes, des cartes ou un agenda (le module "
            "« Bazar »). Très utilisé par les collectifs et réseaux de l'économie sociale et solidaire.\n\n"
            "S'installe sur un hébergement web ordinaire (PHP)."
        ),
        "website": "https://yeswiki.net",
        "source_url": "https://github.com/YesWiki/yeswiki",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://github.com/YesWiki/yeswiki/blob/HEAD/composer.json",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["site-web", "notes-documentation"],
        "tags": ["wiki", "site collaboratif", "cartographie", "réseau"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Le site et ses formulaires restent sur l'hébergement choisi par l'association.",
        "adopt": "Installer YesWiki sur l'hébergement web de l'association (ou le faire installer), choisir un thème et recréer les pages principales.",
        "tell": "Chaque membre autorisé peut modifier une page en cliquant sur « Éditer la page » en bas de celle-ci.",
    },
    {
        "slug": "castopod",
        "name": "Castopod",
        "summary": "Héberger et diffuser les podcasts de l'association, relié au Fediverse.",
        "description": (
            "Castopod publie les épisodes, génère le flux RSS que lisent les applications de podcast et "
            "donne des statistiques d'écoute respectueuses. Chaque podcast a aussi un compte sur le Fediverse "
            "(Mastodon…) où les auditeurs peuvent commenter. Il importe un podcast existant depuis son flux RSS.\n\n"
            "Développé en France (Ad Aures). " + SELF_HOSTING_NOTE
        ),
        "website": "https://castopod.org",
        "source_url": "https://code.castopod.org/adaures/castopod",
        "licence": "AGPL-3.0-or-later",
        "licence_evidence": "https://code.castopod.org/adaures/castopod/-/blob/HEAD/LICENSE.md",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["video-son"],
        "tags": ["podcast", "audio", "radio", "fediverse"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Statistiques d'écoute sans pistage des auditeurs ; tout reste sur le serveur choisi.",
        "adopt": "Installer Castopod (ou le faire héberger), importer le podcast depuis son flux RSS, puis rediriger l'ancien flux vers le nouveau.",
        "tell": "Rien ne change pour les auditeurs abonnés une fois le flux redirigé ; le podcast a aussi un compte sur le Fediverse.",
    },
    {
        "slug": "gancio",
        "name": "Gancio",
        "summary": "Agenda partagé d'une ville ou d'un réseau : chacun propose ses événements.",
        "description": (
            "Gancio publie un agenda en ligne où des associations proposent leurs événements, validés par "
            "l'équipe qui tient l'instance. Les événements sortent en flux RSS, fichiers .ics et sur le Fediverse, "
            "et s'intègrent dans un site.\n\nIl faut une instance, en général tenue par un collectif local. "
            + SELF_HOSTING_NOTE
        ),
        "website": "https://gancio.org",
        "source_url": "https://framagit.org/les/gancio",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://framagit.org/les/gancio/-/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["evenements"],
        "tags": ["agenda", "événements", "fediverse", "local"],
        "cost_model": SELF_HOSTED,
        "ease": INTERMEDIATE,
        "privacy": "Aucun compte n'est exigé pour consulter l'agenda ; pas de pistage des visiteurs.",
        "adopt": "Chercher une instance Gancio locale (ou en créer une avec d'autres associations) et y proposer les prochains événements.",
        "tell": "L'agenda public de l'association est sur Gancio ; on peut s'y abonner par flux RSS ou l'ajouter à son agenda (.ics).",
    },
    {
        "slug": "excalidraw",
        "name": "Excalidraw",
        "summary": "Tableau blanc en ligne au style dessiné à la main, pour schémas et ateliers à distance.",
        "description": (
            "Excalidraw sert à dessiner à plusieurs un schéma, une carte mentale ou le déroulé d'un atelier, "
            "en temps réel et sans compte. Le dessin s'enregistre dans un fichier .excalidraw ou s'exporte en "
            "PNG ou SVG. Les sessions partagées sont chiffrées de bout en bout."
        ),
        "website": "https://excalidraw.com",
        "source_url": "https://github.com/excalidraw/excalidraw",
        "licence": "MIT",
        "licence_evidence": "https://github.com/excalidraw/excalidraw/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["redaction-collaborative"],
        "tags": ["tableau blanc", "schéma", "atelier", "sans compte"],
        "cost_model": FREE,
        "ease": EASY,
        "hosters": [EXCALIDRAW_COM],
        "privacy": "Sessions collaboratives chiffrées de bout en bout ; le dessin peut rester sur l'ordinateur.",
        "adopt": "Ouvrir excalidraw.com, refaire un schéma simple et tester une session partagée (bouton « Partager », « Démarrer la session »).",
        "tell": "Cliquer sur le lien de la session pour dessiner ensemble ; penser à enregistrer le fichier à la fin.",
    },
    {
        "slug": "grist",
        "name": "Grist",
        "summary": "Tableur-base de données collaboratif : listes liées, formulaires, droits d'accès fins.",
        "description": (
            "Grist tient des listes reliées entre elles (bénévoles, missions, partenaires, stocks) avec des "
            "formules proches d'un tableur, des vues en fiches ou en tableau, des formulaires et des droits "
            "par rôle. Il importe et exporte les fichiers Excel et CSV.\n\n"
            "La partie libre s'appelle grist-core ; Grist Labs propose un service en ligne avec offre gratuite "
            "limitée. " + SELF_HOSTING_NOTE
        ),
        "website": "https://www.getgrist.com",
        "source_url": "https://github.com/gristlabs/grist-core",
        "licence": "Apache-2.0",
        "licence_evidence": "https://github.com/gristlabs/grist-core/blob/HEAD/LICENSE.txt",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": ONLINE,
        "platforms": [WEB],
        "needs": ["bureautique", "gestion-projet"],
        "tags": ["tableur", "base de données", "airtable", "formulaire"],
        "cost_model": HOSTED,
        "ease": INTERMEDIATE,
        "hosters": [GRIST_LABS],
        "privacy": "Les données restent chez l'hébergeur choisi ; l'auto-hébergement les garde chez l'association.",
        "adopt": "Importer le fichier CSV ou Excel de la base existante dans un document Grist, puis relier les tables (colonnes de type « Référence »).",
        "tell": "Les listes partagées sont dans Grist ; chacun voit et modifie ce que son rôle permet.",
    },
    {
        "slug": "immich",
        "name": "Immich",
        "summary": "Photothèque auto-hébergée avec sauvegarde automatique du téléphone, proche de Google Photos.",
        "description": (
            "Immich sauvegarde les photos et vidéos des téléphones, les classe par date, lieu et personnes, "
            "et permet des albums partagés. Il demande un serveur (ou un petit ordinateur) administré par "
            "quelqu'un de compétent : c'est un choix pour une association déjà équipée."
        ),
        "website": "https://immich.app",
        "source_url": "https://github.com/immich-app/immich",
        "licence": "AGPL-3.0-only",
        "licence_evidence": "https://github.com/immich-app/immich/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": BOTH,
        "platforms": [WEB, AND, IOS],
        "needs": ["partage-fichiers"],
        "tags": ["photos", "albums", "sauvegarde", "google photos"],
        "cost_model": SELF_HOSTED,
        "ease": ADVANCED,
        "privacy": "Les photos restent sur le serveur de l'association ; la reconnaissance des visages se fait sur ce serveur, et peut être désactivée.",
        "adopt": "Faire installer Immich sur un serveur de l'association, importer les photos (téléversement web ou outil en ligne de commande ; pour une archive Google Takeout, un outil complémentaire cité par la documentation garde les dates) et créer les albums partagés.",
        "tell": "Installer l'application Immich, se connecter à l'adresse du serveur et ouvrir les albums partagés de l'association.",
    },
    {
        "slug": "f-droid",
        "name": "F-Droid",
        "summary": "Magasin d'applications Android qui ne propose que des logiciels libres.",
        "description": (
            "F-Droid s'installe sur un téléphone Android et donne accès à des milliers d'applications libres, "
            "sans compte Google. Chaque fiche signale les « anti-fonctionnalités » (publicité, pistage, "
            "services non libres). Pratique pour les téléphones reconditionnés ou sans compte Google."
        ),
        "website": "https://f-droid.org/fr/",
        "source_url": "https://gitlab.com/fdroid/fdroidclient",
        "licence": "GPL-3.0-or-later",
        "licence_evidence": "https://gitlab.com/fdroid/fdroidclient/-/blob/HEAD/LICENSE",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": INSTALL,
        "platforms": [AND],
        "needs": ["systeme-exploitation"],
        "tags": ["android", "applications", "téléphone", "sans compte"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Aucun compte n'est demandé ; les anti-fonctionnalités de chaque application sont affichées.",
        "adopt": "Télécharger F-Droid depuis f-droid.org, autoriser son installation dans les réglages Android, puis installer les applications libres choisies.",
        "tell": "Les applications conseillées par l'association s'installent depuis F-Droid ; il se met à jour comme un magasin d'applications.",
    },
    {
        "slug": "emmabuntus",
        "name": "Emmabuntüs",
        "summary": "Système libre pensé pour le réemploi d'ordinateurs, prêt à l'emploi hors connexion.",
        "description": (
            "Emmabuntüs est une distribution GNU/Linux basée sur Debian, créée avec les acteurs du réemploi "
            "(Emmaüs, associations de reconditionnement) pour redonner vie à des ordinateurs anciens. Elle "
            "s'installe facilement et arrive avec les logiciels utiles déjà présents.\n\n"
            "Comme toute distribution, elle rassemble de nombreux logiciels sous des licences différentes, "
            "et peut proposer des pilotes ou greffons non libres pour le matériel qui en a besoin."
        ),
        "website": "https://emmabuntus.org",
        "source_url": "https://sourceforge.net/projects/emmabuntus/",
        "licence": DISTRIBUTION_LICENCE,
        "licence_evidence": "https://emmabuntus.org",
        **CHECKED,
        "maintenance_status": ACTIVE,
        "access": INSTALL,
        "platforms": [LIN],
        "needs": ["systeme-exploitation"],
        "tags": ["reconditionnement", "réemploi", "linux", "ordinateur ancien"],
        "cost_model": FREE,
        "ease": INTERMEDIATE,
        "privacy": "Système installé sur l'ordinateur, sans compte en ligne.",
        "adopt": "Sauvegarder les données du poste, essayer Emmabuntüs depuis une clé USB, puis l'installer (ou passer par une association de reconditionnement).",
        "tell": "Les ordinateurs reconditionnés de l'association fonctionnent sous Emmabuntüs : les logiciels courants sont dans le menu.",
    },
]
