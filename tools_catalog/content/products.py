"""Proprietary products associations use today.

Keys: slug, name, aliases (comma separated, so "gdrive", "Drive" match), vendor, needs (slugs), website,
business_model, concerns, and ``export`` (how to get the association's data out), reused in migration steps.
Facts about cost and data are kept general and fair: several of these products serve associations well.
"""

ADS, FREEMIUM, SUBSCRIPTION, LICENCE, DONATION = "ads", "freemium", "subscription", "licence", "donation"

US_CLOUD = (
    "Données hébergées par une entreprise américaine, soumise au droit des États-Unis (Cloud Act) même "
    "quand les serveurs sont en Europe."
)

ADOBE_NONPROFIT = "Adobe accorde des remises aux associations éligibles sur Creative Cloud."

PRODUCTS = [
    # --- Visioconférence -----------------------------------------------------------------------------
    {
        "slug": "zoom",
        "name": "Zoom",
        "aliases": "Zoom Meetings, Zoom Video, zoom.us",
        "vendor": "Zoom Video Communications",
        "needs": ["visioconference"],
        "website": "https://zoom.us",
        "business_model": FREEMIUM,
        "concerns": (
            "L'offre gratuite limite la durée des réunions de groupe (40 minutes). " + US_CLOUD + " "
            "Logiciel à installer pour profiter de toutes les fonctions. Zoom propose des remises aux "
            "associations éligibles."
        ),
        "export": "Télécharger les enregistrements utiles (stockés sur l'ordinateur ou dans le cloud Zoom) et noter les réunions récurrentes à recréer.",
    },
    {
        "slug": "google-meet",
        "name": "Google Meet",
        "aliases": "Meet, Hangouts, Google Hangouts, gmeet",
        "vendor": "Google",
        "needs": ["visioconference"],
        "website": "https://meet.google.com",
        "business_model": FREEMIUM,
        "concerns": "Nécessite un compte Google pour organiser ; réunions de groupe limitées en durée avec un compte gratuit. "
        + US_CLOUD,
        "export": "Récupérer les enregistrements éventuels dans Google Drive (dossier « Meet Recordings ») et recenser les liens de réunion utilisés dans les invitations.",
    },
    {
        "slug": "microsoft-teams",
        "name": "Microsoft Teams",
        "aliases": "Teams, MS Teams, Teams Microsoft",
        "vendor": "Microsoft",
        "needs": ["visioconference", "messagerie-instantanee", "partage-fichiers"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-teams",
        "business_model": SUBSCRIPTION,
        "concerns": (
            "Très lié à l'écosystème Microsoft 365 (comptes, fichiers SharePoint/OneDrive) : en sortir demande "
            "de déplacer aussi les fichiers. " + US_CLOUD + " Des offres à prix réduit existent pour les "
            "associations éligibles."
        ),
        "export": "Télécharger les fichiers des équipes (onglet Fichiers, stockés dans SharePoint), exporter les conversations importantes en les copiant dans un document, et récupérer les enregistrements.",
    },
    {
        "slug": "skype",
        "name": "Skype",
        "aliases": "Skype Microsoft",
        "vendor": "Microsoft",
        "needs": ["visioconference", "messagerie-instantanee"],
        "website": "https://www.skype.com",
        "business_model": FREEMIUM,
        "concerns": "Microsoft a fermé Skype en mai 2025 et invité ses utilisateurs à passer sur Teams : un exemple de dépendance à la décision d'un seul éditeur.",
        "export": "Si ce n'est pas déjà fait, récupérer l'historique et les contacts exportés avant la fermeture du service.",
    },
    # --- Fichiers ---------------------------------------------------------------------------------------
    {
        "slug": "google-drive",
        "name": "Google Drive",
        "aliases": "gdrive, Drive, Google Disque, Google One, G Drive",
        "vendor": "Google",
        "needs": ["partage-fichiers"],
        "website": "https://drive.google.com",
        "business_model": FREEMIUM,
        "concerns": "15 Go gratuits partagés avec Gmail et Photos, puis abonnement. "
        + US_CLOUD
        + " Documents Google à convertir pour en sortir.",
        "export": (
            "Utiliser Google Takeout (takeout.google.com) pour télécharger tout le Drive : les documents "
            "Google sont convertis en .docx, .xlsx et .pptx. Noter qui a accès à quels dossiers partagés."
        ),
    },
    {
        "slug": "dropbox",
        "name": "Dropbox",
        "aliases": "Drop box",
        "vendor": "Dropbox, Inc.",
        "needs": ["partage-fichiers"],
        "website": "https://www.dropbox.com",
        "business_model": FREEMIUM,
        "concerns": "2 Go gratuits seulement, limite d'appareils synchronisés dans l'offre gratuite. " + US_CLOUD,
        "export": "Laisser le client Dropbox synchroniser tout le dossier sur un ordinateur (ou télécharger les dossiers depuis le site) ; noter les liens de partage en cours.",
    },
    {
        "slug": "onedrive",
        "name": "OneDrive",
        "aliases": "Microsoft OneDrive, SkyDrive, One Drive, SharePoint",
        "vendor": "Microsoft",
        "needs": ["partage-fichiers"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-365/onedrive",
        "business_model": FREEMIUM,
        "concerns": "5 Go gratuits, davantage avec Microsoft 365. Intégré à Windows, ce qui pousse à y stocker par défaut. "
        + US_CLOUD,
        "export": "Synchroniser tout OneDrive sur un ordinateur en cochant « Toujours conserver sur cet appareil », ou télécharger les dossiers depuis le site.",
    },
    {
        "slug": "wetransfer",
        "name": "WeTransfer",
        "aliases": "We Transfer, wetransfert",
        "vendor": "WeTransfer",
        "needs": ["partage-fichiers"],
        "website": "https://wetransfer.com",
        "business_model": FREEMIUM,
        "concerns": "Envoi gratuit limité en taille et en durée de conservation ; financé en partie par la publicité et les offres payantes.",
        "export": "Rien à exporter : les transferts sont temporaires. Il suffit de changer d'habitude pour les prochains envois.",
    },
    # --- Bureautique -------------------------------------------------------------------------------
    {
        "slug": "microsoft-word",
        "name": "Microsoft Word",
        "aliases": "Word, MS Word, docx, Word Office",
        "vendor": "Microsoft",
        "needs": ["bureautique"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-365/word",
        "business_model": SUBSCRIPTION,
        "concerns": "Vendu avec Microsoft 365 (abonnement) ou en licence. Le format .docx est lisible ailleurs, mais certaines mises en page complexes se rendent différemment.",
        "export": "Rien à convertir : les fichiers .docx s'ouvrent tels quels. Repérer les modèles (papier à en-tête, courriers types) pour les vérifier en premier.",
    },
    {
        "slug": "microsoft-excel",
        "name": "Microsoft Excel",
        "aliases": "Excel, MS Excel, xlsx, tableur Excel, xls",
        "vendor": "Microsoft",
        "needs": ["bureautique"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-365/excel",
        "business_model": SUBSCRIPTION,
        "concerns": "Vendu avec Microsoft 365 ou en licence. Les fichiers avec macros VBA ou fonctions récentes peuvent poser problème ailleurs.",
        "export": "Rien à convertir : les fichiers .xlsx s'ouvrent tels quels. Repérer les classeurs avec macros ou tableaux croisés dynamiques pour les tester en premier.",
    },
    {
        "slug": "microsoft-powerpoint",
        "name": "Microsoft PowerPoint",
        "aliases": "PowerPoint, PPT, pptx, MS PowerPoint, Power Point",
        "vendor": "Microsoft",
        "needs": ["bureautique"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-365/powerpoint",
        "business_model": SUBSCRIPTION,
        "concerns": "Vendu avec Microsoft 365 ou en licence. Animations et polices spécifiques peuvent se rendre différemment ailleurs.",
        "export": "Rien à convertir : les .pptx s'ouvrent tels quels. Installer sur le nouvel ordinateur les polices utilisées dans les présentations.",
    },
    {
        "slug": "microsoft-365",
        "name": "Microsoft 365",
        "aliases": "Office 365, Office, MS Office, Pack Office, Microsoft Office, O365",
        "vendor": "Microsoft",
        "needs": ["bureautique", "partage-fichiers", "courriel-agenda"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-365",
        "business_model": SUBSCRIPTION,
        "concerns": (
            "Abonnement annuel par utilisateur. Des remises ou dons existent pour les associations éligibles "
            "(programme Microsoft pour les associations, relayé en France par Solidatech), mais leurs "
            "conditions peuvent changer. " + US_CLOUD
        ),
        "export": "Télécharger les fichiers OneDrive et SharePoint, exporter courriels et agenda (fichier .pst depuis Outlook, ou .ics pour l'agenda), et lister les comptes utilisateurs.",
    },
    {
        "slug": "google-workspace",
        "name": "Google Workspace",
        "aliases": "G Suite, Google Apps, Workspace, Google for Nonprofits, Google pour les associations",
        "vendor": "Google",
        "needs": ["bureautique", "partage-fichiers", "courriel-agenda"],
        "website": "https://workspace.google.com/intl/fr/",
        "business_model": SUBSCRIPTION,
        "concerns": "Gratuit pour les associations éligibles via Google pour les associations, payant sinon ; les conditions relèvent du seul choix de Google. "
        + US_CLOUD,
        "export": "L'administrateur lance l'export des données de l'organisation (ou chaque compte utilise Google Takeout) : fichiers, courriels (.mbox), agendas (.ics), contacts (.vcf).",
    },
    {
        "slug": "google-docs",
        "name": "Google Docs",
        "aliases": "Google Documents, gdocs, Docs, Google Doc",
        "vendor": "Google",
        "needs": ["redaction-collaborative", "bureautique"],
        "website": "https://docs.google.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit avec un compte Google. Les documents n'existent que chez Google tant qu'on ne les exporte pas. "
        + US_CLOUD,
        "export": "Fichier > Télécharger > format .docx ou .odt, ou Google Takeout pour tout récupérer d'un coup.",
    },
    {
        "slug": "google-sheets",
        "name": "Google Sheets",
        "aliases": "Google Tableur, gsheets, Sheets, Google Spreadsheet, Google Feuilles",
        "vendor": "Google",
        "needs": ["bureautique", "redaction-collaborative"],
        "website": "https://sheets.google.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit avec un compte Google. Les formules propres à Google (IMPORTRANGE, GOOGLEFINANCE…) ne fonctionnent pas ailleurs. "
        + US_CLOUD,
        "export": "Fichier > Télécharger > .xlsx ou .ods ; vérifier les formules propres à Google et les formulaires reliés au tableur.",
    },
    {
        "slug": "google-forms",
        "name": "Google Forms",
        "aliases": "Google Formulaires, gforms, Forms, Google Form",
        "vendor": "Google",
        "needs": ["sondages-formulaires"],
        "website": "https://forms.google.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit, mais les répondants transmettent leurs réponses à Google. " + US_CLOUD,
        "export": "Dans l'onglet Réponses, télécharger les réponses en CSV (ou via la feuille Google Sheets liée) ; noter la liste des questions pour recréer le formulaire.",
    },
    {
        "slug": "doodle",
        "name": "Doodle",
        "aliases": "Doodle sondage, sondage Doodle",
        "vendor": "Doodle AG",
        "needs": ["planifier-reunion"],
        "website": "https://doodle.com/fr/",
        "business_model": FREEMIUM,
        "concerns": "Version gratuite avec publicité ; certaines fonctions (rappels, sans publicité) sont payantes.",
        "export": "Rien à migrer : clôturer les sondages en cours et créer les suivants avec le nouvel outil.",
    },
    {
        "slug": "surveymonkey",
        "name": "SurveyMonkey",
        "aliases": "Survey Monkey",
        "vendor": "SurveyMonkey",
        "needs": ["sondages-formulaires"],
        "website": "https://fr.surveymonkey.com",
        "business_model": FREEMIUM,
        "concerns": "Offre gratuite très limitée (nombre de questions et de réponses visibles, export réservé aux offres payantes). "
        + US_CLOUD,
        "export": "Exporter les résultats (CSV ou tableur) si l'offre le permet, sinon copier les tableaux de résultats ; noter les questions.",
    },
    {
        "slug": "typeform",
        "name": "Typeform",
        "aliases": "Type form",
        "vendor": "Typeform",
        "needs": ["sondages-formulaires"],
        "website": "https://www.typeform.com/fr/",
        "business_model": FREEMIUM,
        "concerns": "Offre gratuite limitée en nombre de réponses par mois ; abonnements au-delà.",
        "export": "Télécharger les réponses en CSV ou tableur depuis l'onglet Résultats ; noter les questions et la logique de branchement.",
    },
    # --- Lettres d'information -------------------------------------------------------------------
    {
        "slug": "mailchimp",
        "name": "Mailchimp",
        "aliases": "Mail Chimp, Intuit Mailchimp",
        "vendor": "Intuit",
        "needs": ["lettre-information"],
        "website": "https://mailchimp.com/fr/",
        "business_model": FREEMIUM,
        "concerns": "Offre gratuite limitée en nombre de contacts et d'envois, avec le logo Mailchimp ; tarifs qui montent vite avec la taille de la liste. "
        + US_CLOUD,
        "export": "Audience > Exporter les contacts (CSV), en gardant séparément les désabonnés pour ne pas les réinscrire ; télécharger le code HTML du modèle de lettre.",
    },
    {
        "slug": "brevo",
        "name": "Brevo",
        "aliases": "Sendinblue, Send in blue",
        "vendor": "Brevo (entreprise française)",
        "needs": ["lettre-information"],
        "website": "https://www.brevo.com/fr/",
        "business_model": FREEMIUM,
        "concerns": "Entreprise française. Offre gratuite limitée en envois quotidiens, avec la mention Brevo ; abonnements au-delà. Logiciel propriétaire : les modèles ne se réutilisent pas ailleurs.",
        "export": "Contacts > Exporter (CSV), en conservant la liste des désabonnés ; sauvegarder le HTML des modèles de lettre.",
    },
    {
        "slug": "google-groups",
        "name": "Google Groupes",
        "aliases": "Google Groups, ggroups, groupe Google",
        "vendor": "Google",
        "needs": ["lettre-information", "forum-discussions"],
        "website": "https://groups.google.com",
        "business_model": ADS,
        "concerns": "Gratuit, lié aux comptes Google ; les membres sans compte Google ont un accès limité aux archives. "
        + US_CLOUD,
        "export": "Exporter la liste des membres (Membres > Exporter) ; les archives peuvent être récupérées par Google Takeout.",
    },
    # --- Réseaux sociaux, événements -----------------------------------------------------------
    {
        "slug": "facebook",
        "name": "Facebook",
        "aliases": "FB, Meta, Facebook page, page Facebook, groupe Facebook",
        "vendor": "Meta",
        "needs": ["reseaux-sociaux", "evenements"],
        "website": "https://www.facebook.com",
        "business_model": ADS,
        "concerns": (
            "Gratuit, financé par la publicité ciblée fondée sur les données des utilisateurs. L'algorithme "
            "décide qui voit les publications de l'association ; les personnes sans compte voient peu de choses."
        ),
        "export": "Paramètres > Vos informations > Télécharger vos informations (publications, photos, événements) ; noter les abonnés actifs à prévenir.",
    },
    {
        "slug": "instagram",
        "name": "Instagram",
        "aliases": "Insta, IG",
        "vendor": "Meta",
        "needs": ["reseaux-sociaux"],
        "website": "https://www.instagram.com",
        "business_model": ADS,
        "concerns": "Gratuit, financé par la publicité ciblée. Portée des publications décidée par l'algorithme ; application mobile centrée sur le défilement.",
        "export": "Paramètres > Espace comptes > Télécharger vos informations : photos et vidéos publiées.",
    },
    {
        "slug": "x-twitter",
        "name": "X (Twitter)",
        "aliases": "Twitter, X, tweet",
        "vendor": "X Corp.",
        "needs": ["reseaux-sociaux"],
        "website": "https://x.com",
        "business_model": ADS,
        "concerns": "Gratuit, financé par la publicité et des abonnements. Règles de modération et d'accès modifiées plusieurs fois depuis 2022, au gré du propriétaire.",
        "export": "Paramètres > Votre compte > Télécharger une archive de vos données.",
    },
    {
        "slug": "youtube",
        "name": "YouTube",
        "aliases": "Youtube, YT, chaîne YouTube",
        "vendor": "Google",
        "needs": ["reseaux-sociaux", "video-son"],
        "website": "https://www.youtube.com",
        "business_model": ADS,
        "concerns": "Publicités ajoutées aux vidéos, y compris celles de l'association ; recommandations qui peuvent mener ailleurs. Très forte audience, difficile à égaler.",
        "export": "Google Takeout > YouTube : télécharger les vidéos publiées (ou garder les fichiers originaux) et leurs descriptions.",
    },
    {
        "slug": "facebook-events",
        "name": "Événements Facebook",
        "aliases": "Facebook Events, événement Facebook, Facebook Événements, event Facebook",
        "vendor": "Meta",
        "needs": ["evenements"],
        "website": "https://www.facebook.com/events",
        "business_model": ADS,
        "concerns": "Pour voir ou répondre à un événement, il faut en pratique un compte Facebook ; la liste des participants reste chez Meta.",
        "export": "Copier les informations des prochains événements (date, lieu, description, visuel) ; la liste des participants ne s'exporte pas.",
    },
    {
        "slug": "eventbrite",
        "name": "Eventbrite",
        "aliases": "Event brite",
        "vendor": "Eventbrite, Inc.",
        "needs": ["evenements"],
        "website": "https://www.eventbrite.fr",
        "business_model": FREEMIUM,
        "concerns": "Gratuit pour les événements gratuits ; frais de service sur les billets payants. Les données des participants sont chez Eventbrite. "
        + US_CLOUD,
        "export": "Exporter la liste des participants (CSV) depuis le tableau de bord de chaque événement ; recopier les descriptions.",
    },
    {
        "slug": "meetup",
        "name": "Meetup",
        "aliases": "Meet up, meetup.com",
        "vendor": "Meetup",
        "needs": ["evenements", "reseaux-sociaux"],
        "website": "https://www.meetup.com/fr-FR/",
        "business_model": SUBSCRIPTION,
        "concerns": "Abonnement payant pour les organisateurs de groupes. La communauté de membres reste sur la plateforme.",
        "export": "Exporter la liste des membres du groupe et copier les descriptions des événements récurrents.",
    },
    {
        "slug": "helloasso",
        "name": "HelloAsso",
        "aliases": "Hello Asso, helloasso.com",
        "vendor": "HelloAsso (entreprise française)",
        "needs": ["adherents-cotisations", "evenements"],
        "website": "https://www.helloasso.com",
        "business_model": DONATION,
        "concerns": (
            "Service français gratuit pour les associations : pas de commission, il se finance par les "
            "contributions volontaires proposées aux payeurs (qu'on peut décocher). Logiciel propriétaire : "
            "l'association dépend de ce modèle. Sur l'encaissement en ligne, les outils libres ne le "
            "remplacent pas directement."
        ),
        "export": "Exporter adhérents et paiements (CSV) depuis l'espace de l'association.",
    },
    # --- Messagerie ------------------------------------------------------------------------------
    {
        "slug": "whatsapp",
        "name": "WhatsApp",
        "aliases": "Whatsapp, WA, Whats App, Watsap, groupe WhatsApp",
        "vendor": "Meta",
        "needs": ["messagerie-instantanee"],
        "website": "https://www.whatsapp.com",
        "business_model": ADS,
        "concerns": (
            "Messages chiffrés de bout en bout, mais les métadonnées (qui parle à qui, quand) sont connues "
            "de Meta. Numéro de téléphone obligatoire et visible des membres du groupe."
        ),
        "export": "Pour chaque groupe : Plus > Exporter la discussion (fichier texte, avec ou sans médias) ; noter les membres à inviter.",
    },
    {
        "slug": "messenger",
        "name": "Messenger",
        "aliases": "Facebook Messenger, FB Messenger",
        "vendor": "Meta",
        "needs": ["messagerie-instantanee"],
        "website": "https://www.messenger.com",
        "business_model": ADS,
        "concerns": "Lié à un compte Facebook ; les données d'usage alimentent l'écosystème publicitaire de Meta.",
        "export": "Télécharger ses informations Facebook en cochant « Messages » si l'historique doit être gardé.",
    },
    {
        "slug": "slack",
        "name": "Slack",
        "aliases": "Slack Technologies",
        "vendor": "Salesforce",
        "needs": ["messagerie-instantanee"],
        "website": "https://slack.com/intl/fr-fr/",
        "business_model": FREEMIUM,
        "concerns": "Offre gratuite : seuls les 90 derniers jours d'historique restent visibles. Tarif par utilisateur ensuite ; "
        "Slack propose aux associations éligibles une offre payante gratuite ou à prix réduit (programme pour les "
        "organisations à but non lucratif). " + US_CLOUD,
        "export": "Paramètres de l'espace de travail > Importer/Exporter des données : export des canaux publics (fichier ZIP en JSON).",
    },
    {
        "slug": "discord",
        "name": "Discord",
        "aliases": "serveur Discord",
        "vendor": "Discord Inc.",
        "needs": ["messagerie-instantanee", "forum-discussions", "visioconference"],
        "website": "https://discord.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit, financé par l'abonnement Nitro et des options payantes. Conçu pour les joueurs ; les contenus restent sur la plateforme. "
        + US_CLOUD,
        "export": "Pas d'export simple des salons : copier les messages épinglés et informations importantes, et annoncer le nouvel espace.",
    },
    # --- Courriel, agenda ------------------------------------------------------------------------
    {
        "slug": "gmail",
        "name": "Gmail",
        "aliases": "Google Mail, gmail.com, mail Google",
        "vendor": "Google",
        "needs": ["courriel-agenda"],
        "website": "https://mail.google.com",
        "business_model": ADS,
        "concerns": "Gratuit, avec publicité dans la boîte de réception ; espace partagé avec Drive. Une adresse @gmail.com ne suit pas l'association si elle change de fournisseur. "
        + US_CLOUD,
        "export": "Google Takeout > Mail (fichier .mbox) et Contacts (.vcf), ou relever la boîte avec Thunderbird, qui garde une copie locale.",
    },
    {
        "slug": "outlook",
        "name": "Outlook",
        "aliases": "Microsoft Outlook, Hotmail, Outlook.com, Live, MSN",
        "vendor": "Microsoft",
        "needs": ["courriel-agenda"],
        "website": "https://outlook.live.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit avec publicité (Outlook.com) ou inclus dans Microsoft 365. " + US_CLOUD,
        "export": "Exporter courriels et contacts (fichier .pst depuis Outlook sur ordinateur) et l'agenda en .ics.",
    },
    {
        "slug": "google-calendar",
        "name": "Google Agenda",
        "aliases": "Google Calendar, gcal, agenda Google",
        "vendor": "Google",
        "needs": ["courriel-agenda", "planifier-reunion"],
        "website": "https://calendar.google.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit avec un compte Google. " + US_CLOUD,
        "export": "Paramètres > Importation et exportation > Exporter : un fichier .ics par agenda.",
    },
    # --- Mots de passe -----------------------------------------------------------------------------
    {
        "slug": "lastpass",
        "name": "LastPass",
        "aliases": "Last Pass",
        "vendor": "LastPass",
        "needs": ["mots-de-passe"],
        "website": "https://www.lastpass.com/fr",
        "business_model": FREEMIUM,
        "concerns": "En 2022, des copies chiffrées des coffres des utilisateurs ont été dérobées lors d'une intrusion. Offre gratuite limitée à un type d'appareil.",
        "export": "Options avancées > Exporter : fichier CSV non chiffré, à importer aussitôt puis à supprimer définitivement.",
    },
    {
        "slug": "1password",
        "name": "1Password",
        "aliases": "One Password, 1 Password",
        "vendor": "AgileBits",
        "needs": ["mots-de-passe"],
        "website": "https://1password.com/fr",
        "business_model": SUBSCRIPTION,
        "concerns": "Abonnement uniquement, par utilisateur. Produit soigné et réputé, mais le code n'est pas ouvert et l'association dépend de l'éditeur.",
        "export": "Depuis l'application de bureau, Fichier > Exporter (format CSV ou 1PUX) ; importer puis supprimer le fichier.",
    },
    {
        "slug": "dashlane",
        "name": "Dashlane",
        "aliases": "Dash lane",
        "vendor": "Dashlane",
        "needs": ["mots-de-passe"],
        "website": "https://www.dashlane.com/fr",
        "business_model": SUBSCRIPTION,
        "concerns": "Entreprise fondée en France ; offres payantes par utilisateur. Logiciel propriétaire.",
        "export": "Paramètres > Exporter les données (CSV) ; importer puis supprimer le fichier.",
    },
    # --- Gestion de projet --------------------------------------------------------------------------
    {
        "slug": "trello",
        "name": "Trello",
        "aliases": "Trello Atlassian",
        "vendor": "Atlassian",
        "needs": ["gestion-projet"],
        "website": "https://trello.com",
        "business_model": FREEMIUM,
        "concerns": "Offre gratuite limitée (nombre de collaborateurs par espace, automatisations). " + US_CLOUD,
        "export": "Menu du tableau > Imprimer, exporter et partager > Exporter en JSON (CSV sur les offres payantes).",
    },
    {
        "slug": "asana",
        "name": "Asana",
        "aliases": "Asana projets",
        "vendor": "Asana, Inc.",
        "needs": ["gestion-projet"],
        "website": "https://asana.com/fr",
        "business_model": FREEMIUM,
        "concerns": "Offre gratuite limitée en nombre de membres ; remises pour les associations éligibles. "
        + US_CLOUD,
        "export": "Pour chaque projet : menu du projet > Exporter > CSV.",
    },
    {
        "slug": "notion",
        "name": "Notion",
        "aliases": "Notion.so, Notion app",
        "vendor": "Notion Labs",
        "needs": ["notes-documentation", "gestion-projet", "redaction-collaborative"],
        "website": "https://www.notion.so/fr-fr",
        "business_model": FREEMIUM,
        "concerns": "Gratuit pour un usage limité, payant pour une équipe. Structure de pages et bases propre à Notion, difficile à reproduire ailleurs. "
        + US_CLOUD,
        "export": "Paramètres > Exporter tout l'espace de travail en Markdown et CSV (les bases deviennent des tableaux).",
    },
    {
        "slug": "mendeley",
        "name": "Mendeley",
        "aliases": "Mendeley Reference Manager",
        "vendor": "Elsevier",
        "needs": ["notes-documentation"],
        "website": "https://www.mendeley.com",
        "business_model": FREEMIUM,
        "concerns": "Appartient à l'éditeur scientifique Elsevier ; les anciennes versions de bureau ont été retirées au profit d'un nouvel outil.",
        "export": "Exporter la bibliothèque au format RIS ou BibTeX.",
    },
    # --- Graphisme ------------------------------------------------------------------------------------
    {
        "slug": "canva",
        "name": "Canva",
        "aliases": "Canva Pro",
        "vendor": "Canva",
        "needs": ["graphisme", "reseaux-sociaux"],
        "website": "https://www.canva.com/fr_fr/",
        "business_model": FREEMIUM,
        "concerns": (
            "Très simple et riche en modèles ; Canva Pro est offert aux associations éligibles (Canva pour "
            "les associations). Les créations restent dans Canva : les modèles ne se réutilisent pas ailleurs."
        ),
        "export": "Télécharger chaque création en PDF (impression), PNG et si possible SVG ; rassembler logos, polices et couleurs de l'association.",
    },
    {
        "slug": "adobe-photoshop",
        "name": "Adobe Photoshop",
        "aliases": "Photoshop, PS, psd",
        "vendor": "Adobe",
        "needs": ["graphisme"],
        "website": "https://www.adobe.com/fr/products/photoshop.html",
        "business_model": SUBSCRIPTION,
        "concerns": "Abonnement mensuel (Creative Cloud) : on perd l'accès au logiciel dès qu'on arrête de payer. "
        + ADOBE_NONPROFIT,
        "export": "Enregistrer les fichiers de travail en .psd (calques) et exporter les versions finales en PNG, JPEG ou TIFF.",
    },
    {
        "slug": "adobe-illustrator",
        "name": "Adobe Illustrator",
        "aliases": "Illustrator, AI, fichier .ai",
        "vendor": "Adobe",
        "needs": ["graphisme"],
        "website": "https://www.adobe.com/fr/products/illustrator.html",
        "business_model": SUBSCRIPTION,
        "concerns": "Abonnement mensuel (Creative Cloud). Le format .ai est propre à Adobe. " + ADOBE_NONPROFIT,
        "export": "Enregistrer une copie des créations (logo en particulier) en SVG et en PDF.",
    },
    {
        "slug": "adobe-indesign",
        "name": "Adobe InDesign",
        "aliases": "InDesign, indd",
        "vendor": "Adobe",
        "needs": ["graphisme"],
        "website": "https://www.adobe.com/fr/products/indesign.html",
        "business_model": SUBSCRIPTION,
        "concerns": "Abonnement mensuel ; le format .indd ne s'ouvre qu'avec InDesign, mais son export IDML s'importe "
        "ailleurs (Scribus). " + ADOBE_NONPROFIT,
        "export": "Exporter les maquettes en IDML (format d'échange, que Scribus importe) et en PDF, et rassembler images et polices (Fichier > Assembler).",
    },
    {
        "slug": "adobe-premiere",
        "name": "Adobe Premiere Pro",
        "aliases": "Premiere, Premiere Pro, Adobe Premiere",
        "vendor": "Adobe",
        "needs": ["video-son"],
        "website": "https://www.adobe.com/fr/products/premiere.html",
        "business_model": SUBSCRIPTION,
        "concerns": "Abonnement mensuel ; les projets de montage ne s'ouvrent pas dans d'autres logiciels. "
        + ADOBE_NONPROFIT,
        "export": "Exporter les vidéos finales et conserver les rushes originaux ; les projets eux-mêmes ne sont pas transférables.",
    },
    {
        "slug": "capcut",
        "name": "CapCut",
        "aliases": "Cap Cut",
        "vendor": "ByteDance",
        "needs": ["video-son"],
        "website": "https://www.capcut.com",
        "business_model": FREEMIUM,
        "concerns": "Édité par ByteDance (TikTok). Fonctions avancées payantes ; les projets et médias peuvent être stockés dans le nuage de l'éditeur.",
        "export": "Exporter les vidéos finales et récupérer les rushes originaux sur l'appareil.",
    },
    # --- Cartes -----------------------------------------------------------------------------------
    {
        "slug": "google-maps",
        "name": "Google Maps",
        "aliases": "Maps, GMaps, Google My Maps, My Maps, Google Maps carte",
        "vendor": "Google",
        "needs": ["cartes"],
        "website": "https://www.google.com/maps",
        "business_model": ADS,
        "concerns": "Gratuit pour l'usager, financé par la publicité et les données de localisation ; l'intégration sur un site fait charger des traceurs Google.",
        "export": "Pour une carte Google My Maps : menu > Exporter au format KML/KMZ.",
    },
    # --- Système, navigateur ----------------------------------------------------------------------
    {
        "slug": "windows",
        "name": "Microsoft Windows",
        "aliases": "Windows, Windows 10, Windows 11, W10, W11, Win10, Win11",
        "vendor": "Microsoft",
        "needs": ["systeme-exploitation"],
        "website": "https://www.microsoft.com/fr-fr/windows",
        "business_model": LICENCE,
        "concerns": (
            "Licence le plus souvent incluse dans le prix de l'ordinateur. Le support de Windows 10 a pris "
            "fin en octobre 2025 (avec une prolongation temporaire des correctifs de sécurité, sous "
            "conditions), et Windows 11 exige un matériel récent : de nombreux ordinateurs encore en état "
            "sont poussés au remplacement."
        ),
        "export": "Copier le dossier utilisateur (Documents, Images, Bureau…) sur un disque externe, exporter les favoris du navigateur et noter les logiciels utilisés.",
    },
    {
        "slug": "macos",
        "name": "macOS",
        "aliases": "Mac OS, OS X, Mac, MacBook, iMac",
        "vendor": "Apple",
        "needs": ["systeme-exploitation"],
        "website": "https://www.apple.com/fr/macos/",
        "business_model": LICENCE,
        "concerns": "Lié au matériel Apple ; les anciens Mac ne reçoivent plus les nouvelles versions au bout de quelques années.",
        "export": "Copier le dossier personnel sur un disque externe et exporter les données des applications Apple (Contacts en .vcf, Calendrier en .ics).",
    },
    {
        "slug": "google-chrome",
        "name": "Google Chrome",
        "aliases": "Chrome, Chromium Google",
        "vendor": "Google",
        "needs": ["navigateur"],
        "website": "https://www.google.com/intl/fr_fr/chrome/",
        "business_model": ADS,
        "concerns": "Navigateur de l'entreprise qui vit de la publicité en ligne ; depuis 2024-2025, les bloqueurs de publicité les plus complets n'y fonctionnent plus.",
        "export": "Rien à faire à l'avance : Firefox importe favoris, historique et mots de passe de Chrome à l'installation.",
    },
    # --- Site web ---------------------------------------------------------------------------------
    {
        "slug": "wix",
        "name": "Wix",
        "aliases": "Wix.com, site Wix",
        "vendor": "Wix.com",
        "needs": ["site-web"],
        "website": "https://fr.wix.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit avec publicité Wix et sous-domaine ; abonnement pour un nom de domaine propre. Le site ne peut pas être emporté ailleurs tel quel.",
        "export": "Pas d'export complet : copier textes et images page par page ; les articles de blog peuvent s'exporter en flux RSS.",
    },
    {
        "slug": "squarespace",
        "name": "Squarespace",
        "aliases": "Square space",
        "vendor": "Squarespace",
        "needs": ["site-web"],
        "website": "https://fr.squarespace.com",
        "business_model": SUBSCRIPTION,
        "concerns": "Abonnement ; export partiel seulement (pages et articles de blog au format WordPress).",
        "export": "Paramètres > Importer et exporter > Exporter (fichier au format WordPress pour les pages et articles) ; télécharger les images à part.",
    },
    {
        "slug": "google-analytics",
        "name": "Google Analytics",
        "aliases": "GA, GA4, Analytics",
        "vendor": "Google",
        "needs": ["site-web"],
        "website": "https://marketingplatform.google.com/intl/fr/about/analytics/",
        "business_model": ADS,
        "concerns": (
            "En 2022, la CNIL a jugé illégaux certains usages de Google Analytics à cause des transferts de "
            "données vers les États-Unis ; un nouveau cadre de transfert a été adopté en 2023. Bandeau de "
            "consentement obligatoire."
        ),
        "export": (
            "L'historique peut être repris dans Matomo avec son extension officielle « Google Analytics "
            "Importer » (par l'API Google) ; exporter en plus les rapports utiles (tableur ou PDF)."
        ),
    },
    # --- Adhérents, comptabilité -------------------------------------------------------------
    {
        "slug": "excel-comptabilite",
        "name": "Comptabilité sur tableur",
        "aliases": "compta Excel, tableur compta, fichier Excel compta, comptabilité Excel, cahier de comptes Excel",
        "vendor": "Microsoft (Excel) ou autre tableur",
        "needs": ["comptabilite", "adherents-cotisations"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-365/excel",
        "business_model": SUBSCRIPTION,
        "concerns": "Souple mais fragile : erreurs de formules, versions multiples du fichier, transmission difficile d'un trésorier à l'autre.",
        "export": "Enregistrer le classeur en CSV (une feuille par fichier) : liste des membres d'un côté, écritures de l'exercice de l'autre.",
    },
    {
        "slug": "assoconnect",
        "name": "AssoConnect",
        "aliases": "Asso Connect",
        "vendor": "AssoConnect (entreprise française)",
        "needs": ["adherents-cotisations", "comptabilite", "site-web"],
        "website": "https://www.assoconnect.com",
        "business_model": SUBSCRIPTION,
        "concerns": (
            "Logiciel français tout-en-un pensé pour les associations (adhérents, paiements en ligne, "
            "comptabilité, site), avec un support en français. Abonnement ; logiciel propriétaire."
        ),
        "export": "Exporter la base des contacts et adhérents (tableur) et les écritures comptables (format CSV ou FEC selon l'offre).",
    },
    {
        "slug": "ciel-compta",
        "name": "Ciel Compta",
        "aliases": "Ciel, Sage Ciel, Ciel Associations",
        "vendor": "Sage",
        "needs": ["comptabilite"],
        "website": "https://www.sage.com/fr-fr/",
        "business_model": LICENCE,
        "concerns": "Logiciel payant installé sur un poste ; la pérennité des gammes dépend des choix de l'éditeur.",
        "export": "Exporter le plan comptable, les balances et les écritures (format FEC ou texte) depuis les menus d'export.",
    },
    {
        "slug": "ebp-compta",
        "name": "EBP Compta",
        "aliases": "EBP, EBP Association",
        "vendor": "EBP",
        "needs": ["comptabilite"],
        "website": "https://www.ebp.com",
        "business_model": SUBSCRIPTION,
        "concerns": "Logiciel payant, aujourd'hui surtout vendu sous forme d'abonnement.",
        "export": "Exporter les écritures au format FEC et le plan comptable.",
    },
]

# --- Added for issue 14 (coverage): products French associations use that were missing ------------------
PRODUCTS += [  # noqa: RUF005 (appended as a block so that corrections above and additions merge apart)
    {
        "slug": "padlet",
        "name": "Padlet",
        "aliases": "padlet.com, mur Padlet, mur collaboratif",
        "vendor": "Padlet (États-Unis)",
        "needs": ["redaction-collaborative"],
        "website": "https://padlet.com",
        "business_model": FREEMIUM,
        "concerns": (
            "L'offre gratuite limite le nombre de murs ; au-delà, abonnement. " + US_CLOUD + " "
            "Très utilisé en animation et en formation pour recueillir des idées."
        ),
        "export": "Pour chaque mur : menu « Partager » puis « Exporter » (image, PDF ou tableur CSV) ; télécharger à part les fichiers joints.",
    },
    {
        "slug": "telegram",
        "name": "Telegram",
        "aliases": "Telegram Messenger, tg, canal Telegram",
        "vendor": "Telegram (société basée à Dubaï)",
        "needs": ["messagerie-instantanee"],
        "website": "https://telegram.org",
        "business_model": FREEMIUM,
        "concerns": (
            "Les conversations ordinaires et les groupes ne sont pas chiffrés de bout en bout (seules les "
            "« conversations secrètes » à deux le sont) : les messages sont lisibles par l'entreprise. "
            "Numéro de téléphone obligatoire ; abonnement « Premium » facultatif."
        ),
        "export": "Sur l'application pour ordinateur (Telegram Desktop) : Paramètres, Avancé, « Exporter les données Telegram » (HTML ou JSON, avec ou sans les fichiers).",
    },
    {
        "slug": "calameo",
        "name": "Calaméo",
        "aliases": "Calameo, liseuse Calaméo, publication Calaméo",
        "vendor": "Calaméo (entreprise française)",
        "needs": ["site-web", "graphisme"],
        "website": "https://www.calameo.com",
        "business_model": FREEMIUM,
        "concerns": (
            "Pratique pour publier un bulletin ou un rapport d'activité « à feuilleter » ; les publications "
            "gratuites affichent de la publicité, et plusieurs options (téléchargement, statistiques "
            "détaillées) sont réservées aux offres payantes."
        ),
        "export": "Garder le PDF d'origine de chaque publication (Calaméo ne sert qu'à l'afficher) ; relever les liens publiés sur le site et les réseaux.",
    },
    {
        "slug": "wordpress-com",
        "name": "WordPress.com",
        "aliases": "wordpress.com, WP.com, blog WordPress.com",
        "vendor": "Automattic",
        "needs": ["site-web"],
        "website": "https://wordpress.com",
        "business_model": FREEMIUM,
        "concerns": (
            "Service commercial d'Automattic, à ne pas confondre avec le logiciel libre WordPress : l'offre "
            "gratuite affiche de la publicité et impose une adresse en .wordpress.com ; extensions et nom de "
            "domaine réservés aux offres payantes."
        ),
        "export": "Outils, « Exporter » : fichier XML WordPress (articles, pages, commentaires) ; la médiathèque se télécharge à part depuis le même écran.",
    },
    {
        "slug": "jimdo",
        "name": "Jimdo",
        "aliases": "jimdo.com, site Jimdo, Jimdo Creator, Jimdo Dolphin",
        "vendor": "Jimdo GmbH (Allemagne)",
        "needs": ["site-web"],
        "website": "https://www.jimdo.com/fr/",
        "business_model": FREEMIUM,
        "concerns": (
            "Créateur de sites simple ; l'offre gratuite affiche la marque Jimdo et une adresse en sous-domaine de Jimdo. "
            "Il n'y a pas d'export complet du site : on récupère textes et images à la main."
        ),
        "export": "Copier les textes page par page, télécharger les images d'origine, exporter la liste des contacts des formulaires si l'offre le permet.",
    },
    {
        "slug": "google-sites",
        "name": "Google Sites",
        "aliases": "Sites Google, Google Site, sites.google.com",
        "vendor": "Google",
        "needs": ["site-web"],
        "website": "https://sites.google.com",
        "business_model": FREEMIUM,
        "concerns": (
            "Gratuit avec un compte Google, sans publicité, mais peu de mise en forme, pas de formulaire ni "
            "de lettre d'information intégrés et pas d'export du site. " + US_CLOUD
        ),
        "export": "Pas d'export utilisable du site : copier les textes page par page ; les images et documents insérés sont en général dans Google Drive.",
    },
    {
        "slug": "icloud",
        "name": "iCloud",
        "aliases": "iCloud Drive, Photos iCloud, iCloud+, icloud.com",
        "vendor": "Apple",
        "needs": ["partage-fichiers", "courriel-agenda"],
        "website": "https://www.icloud.com",
        "business_model": FREEMIUM,
        "concerns": (
            "5 Go gratuits puis abonnement iCloud+ ; pensé pour une personne et ses appareils Apple, peu adapté "
            "à un espace partagé d'association et difficile d'accès depuis Windows ou Android. " + US_CLOUD
        ),
        "export": "Sur icloud.com : télécharger les dossiers d'iCloud Drive et les photos ; sur privacy.apple.com, demander une copie des données (photos, contacts au format vCard, agendas au format .ics).",
    },
    {
        "slug": "sumup",
        "name": "SumUp",
        "aliases": "Sum Up, terminal SumUp, TPE SumUp, lecteur de carte",
        "vendor": "SumUp",
        "needs": ["adherents-cotisations", "evenements"],
        "website": "https://www.sumup.com/fr-fr/",
        "business_model": FREEMIUM,
        "concerns": (
            "Terminal de paiement par carte : achat du lecteur et commission sur chaque paiement. Aucun logiciel "
            "libre n'encaisse une carte bancaire : un outil libre tient la caisse et la comptabilité, le "
            "paiement passe toujours par un prestataire."
        ),
        "export": "Depuis le tableau de bord SumUp : Ventes, exporter les transactions (CSV ou Excel) par exercice.",
    },
    {
        "slug": "paypal",
        "name": "PayPal",
        "aliases": "Paypal, bouton PayPal, don PayPal",
        "vendor": "PayPal (États-Unis)",
        "needs": ["adherents-cotisations"],
        "website": "https://www.paypal.com/fr/",
        "business_model": FREEMIUM,
        "concerns": (
            "Commission sur chaque paiement reçu ; compte qui peut être bloqué sans préavis ; les donateurs "
            "doivent souvent créer un compte. Aucun logiciel libre n'encaisse de paiement : un outil libre "
            "enregistre les cotisations, le paiement reste chez un prestataire."
        ),
        "export": "Activité, « Relevés », télécharger les transactions (CSV) par période ; noter les boutons et liens de paiement publiés sur le site.",
    },
    {
        "slug": "weezevent",
        "name": "Weezevent",
        "aliases": "Weezevent billetterie, WeezTicket",
        "vendor": "Weezevent (entreprise française)",
        "needs": ["evenements"],
        "website": "https://weezevent.com/fr/",
        "business_model": FREEMIUM,
        "concerns": (
            "Billetterie française gratuite pour les événements gratuits ; commission par billet vendu pour les "
            "événements payants. Les données des participants restent chez Weezevent."
        ),
        "export": "Dans l'événement : « Participants », exporter la liste (Excel ou CSV) ; télécharger les rapports de ventes pour la comptabilité.",
    },
    {
        "slug": "billetweb",
        "name": "Billetweb",
        "aliases": "billetweb.fr, Billet Web",
        "vendor": "Billetweb (entreprise française)",
        "needs": ["evenements"],
        "website": "https://www.billetweb.fr",
        "business_model": FREEMIUM,
        "concerns": (
            "Billetterie française gratuite pour les événements gratuits, commission sur les billets payants. "
            "Données des participants chez l'éditeur."
        ),
        "export": "Dans l'événement : liste des participants exportable en tableur (Excel/CSV) ; rapports de ventes pour la comptabilité.",
    },
    {
        "slug": "microsoft-forms",
        "name": "Microsoft Forms",
        "aliases": "Forms, MS Forms, formulaire Microsoft, Office Forms",
        "vendor": "Microsoft",
        "needs": ["sondages-formulaires"],
        "website": "https://forms.office.com",
        "business_model": FREEMIUM,
        "concerns": "Inclus dans Microsoft 365 ; les réponses sont stockées dans le compte Microsoft de l'auteur. "
        + US_CLOUD,
        "export": "Onglet « Réponses », « Ouvrir dans Excel » : classeur des réponses ; les questions se recopient à la main.",
    },
    {
        "slug": "microsoft-publisher",
        "name": "Microsoft Publisher",
        "aliases": "Publisher, MS Publisher, fichier .pub",
        "vendor": "Microsoft",
        "needs": ["graphisme"],
        "website": "https://www.microsoft.com/fr-fr/microsoft-365/publisher",
        "business_model": SUBSCRIPTION,
        "concerns": (
            "Microsoft a arrêté Publisher en octobre 2026 : il n'est plus fourni avec Microsoft 365 ; seules "
            "les versions achetées une fois (Office 2021, 2024) l'ouvrent encore. Le format .pub n'est lu "
            "correctement par presque aucun autre logiciel : convertir affiches et bulletins tant qu'on peut."
        ),
        "export": "Ouvrir chaque fichier .pub et l'« Enregistrer sous » en PDF (pour l'impression) ; garder à part les images et les textes.",
    },
    {
        "slug": "onenote",
        "name": "OneNote",
        "aliases": "Microsoft OneNote, One Note, bloc-notes OneNote",
        "vendor": "Microsoft",
        "needs": ["notes-documentation"],
        "website": "https://www.onenote.com",
        "business_model": FREEMIUM,
        "concerns": "Notes stockées dans OneDrive ; pas d'export complet dans un format ouvert. " + US_CLOUD,
        "export": "Dans OneNote pour Windows : Fichier, « Exporter » chaque section en PDF ou Word (.docx) ; aucun export Markdown direct.",
    },
    {
        "slug": "evernote",
        "name": "Evernote",
        "aliases": "Ever Note, Evernote Personal",
        "vendor": "Bending Spoons (Italie)",
        "needs": ["notes-documentation"],
        "website": "https://evernote.com",
        "business_model": FREEMIUM,
        "concerns": (
            "L'offre gratuite a été fortement réduite (un seul carnet, nombre de notes limité) depuis le "
            "rachat par Bending Spoons ; au-delà, abonnement."
        ),
        "export": "Dans l'application pour ordinateur : clic droit sur un carnet, « Exporter le carnet » au format ENEX (.enex), que beaucoup d'outils importent.",
    },
    {
        "slug": "google-keep",
        "name": "Google Keep",
        "aliases": "Keep, Google Notes, notes Google",
        "vendor": "Google",
        "needs": ["notes-documentation"],
        "website": "https://keep.google.com",
        "business_model": FREEMIUM,
        "concerns": "Gratuit avec un compte Google ; notes liées à ce compte. " + US_CLOUD,
        "export": "Google Takeout, cocher « Keep » : une archive avec chaque note en HTML et en JSON, et les images jointes.",
    },
    {
        "slug": "linkedin",
        "name": "LinkedIn",
        "aliases": "Linkedin, Linked In, page LinkedIn",
        "vendor": "Microsoft",
        "needs": ["reseaux-sociaux"],
        "website": "https://www.linkedin.com",
        "business_model": ADS,
        "concerns": (
            "Réseau professionnel financé par la publicité et les abonnements ; utile pour recruter des "
            "bénévoles de compétence ou parler aux partenaires. Portée décidée par l'algorithme. " + US_CLOUD
        ),
        "export": "Préférences, « Confidentialité des données », « Obtenir une copie de vos données » (archive CSV) ; pour une page d'association, garder ses textes et visuels à part.",
    },
    {
        "slug": "tiktok",
        "name": "TikTok",
        "aliases": "Tik Tok, Tiktok",
        "vendor": "ByteDance (Chine)",
        "needs": ["reseaux-sociaux", "video-son"],
        "website": "https://www.tiktok.com",
        "business_model": ADS,
        "concerns": (
            "Vidéos courtes très suivies par les jeunes publics ; financé par la publicité et un suivi poussé "
            "des utilisateurs ; portée décidée par l'algorithme. Sanctionné en Europe pour le transfert de "
            "données vers la Chine."
        ),
        "export": "Profil, Paramètres, « Compte », « Télécharger vos données » (JSON ou TXT) ; garder surtout les vidéos d'origine, montées avant publication.",
    },
    {
        "slug": "basicompta",
        "name": "Basicompta",
        "aliases": "BasiCompta, Basi Compta",
        "vendor": "Basicompta",
        "needs": ["comptabilite"],
        "website": "https://www.basicompta.fr",
        "business_model": SUBSCRIPTION,
        "concerns": "Comptabilité en ligne française pensée pour les associations, simple d'emploi ; logiciel propriétaire, tarifs selon la formule (voir l'éditeur).",
        "export": "Exporter les écritures et les états (grand livre, balance) depuis les menus d'export, en vérifiant les formats proposés (tableur, FEC), au moins à chaque clôture d'exercice.",
    },
    {
        "slug": "miro",
        "name": "Miro",
        "aliases": "Miro board, tableau blanc Miro, RealtimeBoard",
        "vendor": "Miro (États-Unis)",
        "needs": ["redaction-collaborative", "gestion-projet"],
        "website": "https://miro.com",
        "business_model": FREEMIUM,
        "concerns": "L'offre gratuite limite le nombre de tableaux modifiables. " + US_CLOUD,
        "export": "Menu du tableau, « Exporter » : image ou PDF ; les post-its d'une zone peuvent aussi partir en CSV.",
    },
    {
        "slug": "airtable",
        "name": "Airtable",
        "aliases": "Air Table, base Airtable",
        "vendor": "Airtable (États-Unis)",
        "needs": ["bureautique", "gestion-projet"],
        "website": "https://www.airtable.com",
        "business_model": FREEMIUM,
        "concerns": "L'offre gratuite limite le nombre de lignes et l'historique. " + US_CLOUD,
        "export": "Pour chaque table : menu de la vue, « Télécharger CSV » ; les pièces jointes sont des liens à télécharger à part.",
    },
    {
        "slug": "google-photos",
        "name": "Google Photos",
        "aliases": "Photos Google, Google Photo, album Google Photos",
        "vendor": "Google",
        "needs": ["partage-fichiers"],
        "website": "https://photos.google.com",
        "business_model": FREEMIUM,
        "concerns": "Espace gratuit partagé avec Gmail et Drive (15 Go), puis abonnement. " + US_CLOUD,
        "export": "Google Takeout, « Google Photos » : les photos d'origine et un fichier JSON par photo (date, lieu, description).",
    },
    {
        "slug": "ausha",
        "name": "Ausha",
        "aliases": "ausha.co, hébergement podcast Ausha",
        "vendor": "Ausha (entreprise française)",
        "needs": ["video-son"],
        "website": "https://www.ausha.co/fr/",
        "business_model": SUBSCRIPTION,
        "concerns": "Hébergement de podcasts par abonnement ; la diffusion vers les plateformes d'écoute passe par le flux RSS qu'il héberge.",
        "export": "Télécharger les fichiers audio de chaque épisode ; garder l'adresse du flux RSS, qu'il faudra rediriger vers le nouvel hébergeur.",
    },
    {
        "slug": "google-play",
        "name": "Google Play Store",
        "aliases": "Play Store, Google Play, magasin d'applications Android",
        "vendor": "Google",
        "needs": ["systeme-exploitation"],
        "website": "https://play.google.com",
        "business_model": ADS,
        "concerns": "Magasin d'applications d'Android : il demande un compte Google et les applications gratuites y sont souvent financées par la publicité et le pistage.",
        "export": "Rien à exporter : noter les applications utilisées par l'association, pour chercher leurs équivalents libres.",
    },
]
