"""Equivalences: what changes for an association that moves from a proprietary product to a free tool.

Each row: product slug, tool slug, coverage (full/partial/different), migration effort (low/medium/high),
what the association LOSES (said honestly), what it GAINS, and optionally a cost note and specific
migration steps (Markdown). Without specific steps, the loader writes them from the product's ``export``
text and the tool's ``adopt`` and ``tell`` texts. An ``evidence`` address (the source checked) gives the
equivalence the date of check content.CHECKED_ON. Tone: inform, never push.
"""

FULL, PARTIAL, DIFFERENT = "full", "partial", "different"
LOW, MEDIUM, HIGH = "low", "medium", "high"

ZOOM_TO_JITSI_STEPS = """\
1. **Exporter depuis Zoom** : télécharger les enregistrements à garder et lister les réunions récurrentes (bureau, commissions).
2. **Préparer Jitsi Meet** : choisir une instance tenue par un hébergeur de confiance (le portail entraide.chatons.org en ouvre une sans compte) ; meet.jit.si en dernier recours, car l'organisateur doit s'y connecter avec un compte Google, GitHub ou Facebook. Créer une salle par réunion récurrente avec un nom peu devinable, par exemple `asso-bureau-2931`.
3. **Tester** : faire un essai à trois (ordinateur, téléphone, connexion faible) ; activer la salle d'attente ou un mot de passe si besoin.
4. **Prévenir les membres** : remplacer le lien Zoom dans les invitations et l'agenda ; expliquer qu'il suffit de cliquer sur le lien (navigateur Firefox ou Chrome sur ordinateur, application Jitsi Meet sur téléphone).
5. **Garder une solution de repli** le temps de la transition (par exemple un numéro de téléphone à appeler si la connexion échoue).
"""

GOOGLE_ANALYTICS_TO_MATOMO_STEPS = """\
1. **Installer Matomo** chez un hébergeur, sur le serveur du site ou sur Matomo Cloud, et y déclarer le site.
2. **Reprendre l'historique** : installer l'extension officielle « Google Analytics Importer » (Marketplace de Matomo), la relier au compte Google Analytics (accès à l'API Google à créer une fois), choisir la propriété (Universal Analytics ou GA4) et la période. L'import tourne en tâche de fond ; des années de données peuvent demander plusieurs jours.
3. **Remplacer le code de suivi** : ajouter celui de Matomo (ou l'extension Matomo pour WordPress), retirer Google Analytics et revoir le bandeau de consentement.
4. **Vérifier** au bout d'une semaine que les chiffres sont cohérents, puis recréer les rapports utiles au rapport d'activité.
"""

INDESIGN_TO_SCRIBUS_STEPS = """\
1. **Exporter depuis InDesign**, tant que l'abonnement court : pour chaque maquette, Fichier > Exporter au format IDML (« InDesign Markup »), puis Fichier > Assembler pour rassembler images et polices.
2. **Importer dans Scribus** : installer d'abord les polices, puis ouvrir le fichier .idml dans Scribus.
3. **Vérifier les styles** page par page (styles de paragraphe et de caractère, couleurs, habillages, effets), corriger, puis enregistrer la maquette comme modèle Scribus pour les prochains numéros.
4. **Contrôler le PDF** avec le vérificateur avant export de Scribus et les réglages demandés par l'imprimeur.
"""

TRELLO_TO_DECK_STEPS = """\
1. **Exporter depuis Trello** : pour chaque tableau, menu du tableau > Imprimer, exporter et partager > Exporter au format JSON.
2. **Faire importer par l'administrateur du Nextcloud** (ou demander à l'hébergeur) : la commande `occ deck:import` reprend le fichier JSON, ou lit les tableaux directement par l'API Trello. Les membres Trello sont à faire correspondre aux comptes Nextcloud.
3. **Vérifier** les cartes, les étiquettes, les échéances et les pièces jointes (à redéposer si besoin).
4. **Prévenir les membres** : les tableaux sont dans l'espace Nextcloud habituel, onglet Deck.
"""

GOOGLE_CALENDAR_TO_THUNDERBIRD_STEPS = """\
1. **Exporter depuis Google Agenda** : Paramètres > Importation et exportation > Exporter. On reçoit un fichier .zip qui contient un fichier .ics par agenda ; le décompresser.
2. **Importer dans Thunderbird** : onglet Agenda, menu Événements et tâches > Importer…, choisir le fichier .ics puis l'agenda qui le reçoit (un agenda « Sur mon ordinateur », ou un agenda CalDAV si l'association a un Nextcloud).
3. **Vérifier** les événements récurrents et les fuseaux horaires sur quelques dates.
4. **Prévenir les membres** : un agenda « Sur mon ordinateur » n'est visible que sur ce poste ; pour le partager, le relier à un serveur CalDAV (Nextcloud, par exemple).
"""

EQUIVALENCES = [
    # --- Visioconférence ----------------------------------------------------------------------------
    {
        "product": "zoom",
        "tool": "jitsi-meet",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": (
            "Moins à l'aise au-delà d'une vingtaine de caméras allumées ; pas de webinaire avec inscription ni "
            "de sous-groupes aussi aboutis ; sur meet.jit.si, l'organisateur doit se connecter avec un compte "
            "Google, GitHub ou Facebook."
        ),
        "gains": "Pas de limite de 40 minutes sur les instances publiques ; aucun compte ni logiciel à installer pour les participants ; possibilité de choisir un hébergeur de confiance.",
        "cost": "Gratuit sur les instances publiques ; payant si l'on fait héberger sa propre instance.",
        "steps": ZOOM_TO_JITSI_STEPS,
    },
    {
        "product": "zoom",
        "tool": "bigbluebutton",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Il faut trouver un hébergeur, souvent payant ; l'application mobile n'existe pas (on passe par le navigateur) ; plus gourmand en connexion que Zoom pour de grands groupes.",
        "gains": "Tableau blanc, sondages, sous-groupes et enregistrement pensés pour la formation ; données chez l'hébergeur choisi.",
        "cost": "Abonnement chez un hébergeur, ou accès via un réseau ou une collectivité qui le met à disposition.",
    },
    {
        "product": "zoom",
        "tool": "nextcloud-talk",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Sans serveur complémentaire, les appels sont limités à quelques participants ; interface moins rodée que Zoom.",
        "gains": "Visio, discussion et fichiers au même endroit, avec les comptes Nextcloud de l'association.",
        "cost": "Inclus dans l'abonnement Nextcloud de l'hébergeur (vérifier la taille d'appel supportée).",
    },
    {
        "product": "google-meet",
        "tool": "jitsi-meet",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Pas d'intégration automatique avec Google Agenda ni de sous-titres automatiques.",
        "gains": "Pas de compte Google nécessaire pour organiser (hors meet.jit.si) ni pour participer ; instance au choix.",
        "cost": "Gratuit sur les instances publiques.",
    },
    {
        "product": "google-meet",
        "tool": "bigbluebutton",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Nécessite un hébergeur ; pas d'application mobile dédiée.",
        "gains": "Outils de formation (tableau blanc, sondages, sous-groupes, enregistrement) sans compte Google.",
        "cost": "Abonnement chez un hébergeur ou accès via un réseau.",
    },
    {
        "product": "microsoft-teams",
        "tool": "element",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Pas d'intégration aux documents Office ni à l'agenda Outlook ; il faut un autre outil pour les fichiers partagés ; les appels de groupe sont moins aboutis.",
        "gains": "Discussions chiffrées de bout en bout, serveur au choix, ouvert aux partenaires qui utilisent Matrix (comme l'administration avec Tchap).",
        "cost": "Gratuit sur les serveurs publics ; hébergement dédié payant si souhaité.",
    },
    {
        "product": "microsoft-teams",
        "tool": "nextcloud-talk",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Moins de fonctions de réunion (sous-groupes, webinaires) ; les grands appels demandent un serveur complémentaire.",
        "gains": "Discussion, visio, fichiers et agenda réunis, hébergés par un acteur choisi, sans licence par utilisateur.",
        "cost": "Abonnement Nextcloud chez un hébergeur, souvent moins cher qu'une licence par utilisateur.",
    },
    {
        "product": "microsoft-teams",
        "tool": "jitsi-meet",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Ne remplace que la partie visio : ni discussion persistante ni fichiers partagés.",
        "gains": "Réunions ouvertes en un lien, sans compte Microsoft pour les invités.",
        "cost": "Gratuit sur les instances publiques.",
    },
    {
        "product": "microsoft-teams",
        "tool": "rocket-chat",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "À installer et maintenir sur un serveur ; certaines fonctions sont réservées aux offres payantes de l'éditeur ; visio via un outil tiers.",
        "gains": "Canaux et messages directs hébergés par l'association.",
        "cost": "Gratuit si auto-hébergé (compter le temps de maintenance) ; offres payantes de l'éditeur.",
    },
    {
        "product": "skype",
        "tool": "jitsi-meet",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de carnet de contacts ni d'appel vers des numéros de téléphone.",
        "gains": "Un lien suffit pour se retrouver, sans compte ; ne dépend pas d'un éditeur qui peut fermer le service.",
        "cost": "Gratuit.",
    },
    {
        "product": "skype",
        "tool": "jami",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Appels de groupe moins fiables ; les deux appareils doivent être en ligne ; pas d'appel vers des numéros de téléphone.",
        "gains": "Carnet de contacts et appels sans serveur central ni numéro de téléphone, chiffrés.",
        "cost": "Gratuit.",
    },
    # --- Fichiers ------------------------------------------------------------------------------------
    {
        "product": "google-drive",
        "tool": "nextcloud",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "L'édition à plusieurs des documents dépend de l'hébergeur (Nextcloud Office ou ONLYOFFICE) ; recherche et applications mobiles moins fluides ; l'espace gratuit est plus rare.",
        "gains": "Les fichiers sont chez un hébergeur choisi (associatif, local), sans publicité ; agenda, contacts, formulaires et tâches dans le même espace ; on peut changer d'hébergeur en emportant tout.",
        "cost": "Gratuit sur Frama.space (sur demande) pour les petites associations, sinon abonnement chez un hébergeur (souvent quelques euros par mois).",
    },
    {
        "product": "google-drive",
        "tool": "cryptpad",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Espace de stockage plus réduit ; pas de synchronisation avec les dossiers de l'ordinateur ; un mot de passe perdu ne se récupère pas.",
        "gains": "Documents chiffrés, illisibles par l'hébergeur ; édition à plusieurs intégrée (texte, tableur, présentations, formulaires).",
        "cost": "Compte gratuit limité en espace sur cryptpad.fr ; espace supplémentaire payant.",
    },
    {
        "product": "google-drive",
        "tool": "syncthing",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Pas d'accès par le navigateur, pas de lien de partage, pas d'édition en ligne ; les appareils doivent être allumés en même temps pour se synchroniser.",
        "gains": "Aucun nuage ni abonnement : les fichiers ne sont stockés que sur les ordinateurs de l'association.",
        "cost": "Gratuit.",
    },
    {
        "product": "dropbox",
        "tool": "nextcloud",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Synchronisation un peu moins rapide sur les très gros dossiers ; la qualité du service dépend de l'hébergeur choisi.",
        "gains": "Plus d'espace pour le prix, données chez un hébergeur choisi, agenda et contacts en plus.",
        "cost": "Abonnement chez un hébergeur, ou gratuit sur Frama.space (sur demande) pour les petites associations.",
    },
    {
        "product": "dropbox",
        "tool": "syncthing",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de site web ni de lien de partage ; réglage plus technique.",
        "gains": "Synchronisation directe entre les ordinateurs, sans limite d'espace autre que les disques.",
        "cost": "Gratuit.",
    },
    {
        "product": "onedrive",
        "tool": "nextcloud",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Pas d'intégration native dans Windows et Office ; il faut installer le client Nextcloud.",
        "gains": "Stockage indépendant de l'éditeur du système ; hébergeur au choix.",
        "cost": "Abonnement chez un hébergeur, ou gratuit sur Frama.space (sur demande) pour les petites associations.",
    },
    {
        "product": "wetransfer",
        "tool": "nextcloud",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Il faut disposer d'un espace Nextcloud ; la taille d'envoi dépend de l'espace disponible.",
        "gains": "Lien de partage avec mot de passe et date d'expiration, sans publicité, depuis l'espace de l'association.",
        "cost": "Inclus dans l'espace Nextcloud.",
    },
    {
        "product": "wetransfer",
        "tool": "cryptpad",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Taille des fichiers limitée par l'espace du compte ; moins pensé pour l'envoi ponctuel de gros fichiers.",
        "gains": "Fichiers chiffrés : l'hébergeur ne peut pas les lire.",
        "cost": "Compte gratuit limité en espace.",
    },
    # --- Bureautique -------------------------------------------------------------------------------
    {
        "product": "microsoft-word",
        "tool": "libreoffice",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Certaines mises en page complexes (.docx avec zones de texte, suivi de modifications très chargé) peuvent se décaler ; pas de coédition en ligne intégrée.",
        "gains": "Gratuit sur tous les postes, sans abonnement ; format ouvert OpenDocument ; export PDF intégré.",
        "cost": "Gratuit ; un don à The Document Foundation est possible.",
    },
    {
        "product": "microsoft-word",
        "tool": "onlyoffice",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Pas de macros VBA (ONLYOFFICE a ses propres macros en JavaScript) ; quelques fonctions avancées de Word manquent ; l'édition en ligne suppose un serveur.",
        "gains": "Interface très proche de Word et bonne fidélité au format .docx ; gratuit sur ordinateur.",
        "cost": "Éditeurs de bureau gratuits ; version en ligne via un hébergeur.",
    },
    {
        "product": "microsoft-excel",
        "tool": "libreoffice",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Les macros VBA ne fonctionnent pas toujours ; certaines fonctions récentes d'Excel et les tableaux croisés dynamiques complexes peuvent différer.",
        "gains": "Tableur complet et gratuit (Calc), avec tableaux croisés, graphiques et format ouvert.",
        "cost": "Gratuit.",
    },
    {
        "product": "microsoft-excel",
        "tool": "onlyoffice",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de macros VBA (ONLYOFFICE utilise ses propres macros en JavaScript) ; moins de fonctions d'analyse avancée.",
        "gains": "Interface proche d'Excel, bonne compatibilité .xlsx, gratuit sur ordinateur.",
        "cost": "Gratuit sur ordinateur.",
    },
    {
        "product": "microsoft-powerpoint",
        "tool": "libreoffice",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins de modèles et d'animations ; le rendu peut changer si les polices d'origine manquent.",
        "gains": "Impress est gratuit, exporte en PDF et lit les .pptx.",
        "cost": "Gratuit.",
    },
    {
        "product": "microsoft-powerpoint",
        "tool": "onlyoffice",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins d'animations et de modèles que PowerPoint.",
        "gains": "Interface familière, bonne fidélité au format .pptx.",
        "cost": "Gratuit sur ordinateur.",
    },
    {
        "product": "microsoft-365",
        "tool": "libreoffice",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "LibreOffice ne remplace que les logiciels de bureau : ni messagerie, ni stockage en ligne, ni coédition ; il faut les compléter (Nextcloud, Thunderbird).",
        "gains": "Plus de licence par poste à renouveler ; documents en format ouvert.",
        "cost": "Gratuit ; prévoir un hébergeur pour le stockage partagé.",
    },
    {
        "product": "microsoft-365",
        "tool": "nextcloud",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Changement d'habitudes important ; la coédition et la messagerie dépendent des options de l'hébergeur ; les remises associatives de Microsoft n'ont pas d'équivalent direct.",
        "gains": "Fichiers, agenda, contacts et coédition chez un hébergeur choisi, sans dépendre d'un seul éditeur.",
        "cost": "Abonnement chez un hébergeur ; à comparer au coût réel de Microsoft 365 après remises éventuelles.",
    },
    {
        "product": "microsoft-365",
        "tool": "collabora-online",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Interface moins moderne que Word en ligne ; nécessite un espace de stockage compatible (Nextcloud par exemple).",
        "gains": "Coédition des documents Office dans le navigateur, hébergée par un acteur choisi.",
        "cost": "Souvent inclus dans les offres Nextcloud des hébergeurs.",
    },
    {
        "product": "google-workspace",
        "tool": "nextcloud",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Pas de messagerie incluse (il faut un hébergeur de courriel) ; coédition moins fluide que Google Docs ; hors des petites associations (Frama.space, sur demande), il n'existe pas d'offre gratuite comparable à Google Workspace pour les associations éligibles.",
        "gains": "Fichiers, agendas et contacts chez un hébergeur choisi, exportables à tout moment ; pas de dépendance à la politique d'un seul éditeur.",
        "cost": "Gratuit sur Frama.space (sur demande) pour les petites associations ; sinon abonnement chez un hébergeur, à comparer à la gratuité de Google pour les associations éligibles.",
        "evidence": "https://www.google.com/intl/fr/nonprofits/",
    },
    {
        "product": "google-workspace",
        "tool": "cryptpad",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Ni messagerie ni agenda ; espace de stockage limité ; pas de récupération de mot de passe.",
        "gains": "Documents, tableurs, formulaires et kanban chiffrés de bout en bout, utilisables sans installer.",
        "cost": "Compte gratuit limité ; offres payantes pour plus d'espace.",
    },
    {
        "product": "google-docs",
        "tool": "cryptpad",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Un peu plus lent sur les longs documents ; pas de récupération du mot de passe ; moins d'extensions.",
        "gains": "Coédition chiffrée, sans compte obligatoire ni publicité.",
        "cost": "Gratuit (espace limité).",
    },
    {
        "product": "google-docs",
        "tool": "etherpad",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Mise en forme très simple (pas d'images ni de tableaux élaborés) ; les pads inactifs peuvent être effacés par l'hébergeur.",
        "gains": "Ouvert en une seconde par un lien, sans compte ; couleurs par auteur idéales pour un compte rendu à plusieurs.",
        "cost": "Gratuit chez Framasoft, le Chapril ou d'autres hébergeurs.",
    },
    {
        "product": "google-docs",
        "tool": "onlyoffice",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "La coédition en ligne suppose un serveur (souvent via Nextcloud) ; il faut un compte chez cet hébergeur.",
        "gains": "Documents au format .docx, interface de traitement de texte complète.",
        "cost": "Via un hébergeur Nextcloud/ONLYOFFICE.",
    },
    {
        "product": "google-docs",
        "tool": "collabora-online",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Interface moins épurée ; il faut un espace Nextcloud ou compatible.",
        "gains": "Coédition dans le navigateur, documents en format ouvert, hébergeur au choix.",
        "cost": "Souvent inclus dans les offres Nextcloud.",
    },
    {
        "product": "google-docs",
        "tool": "hedgedoc",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Il faut écrire en Markdown ; pas de mise en page de type traitement de texte.",
        "gains": "Notes structurées, faciles à publier en page web ; idéal pour une documentation interne.",
        "cost": "Gratuit si auto-hébergé.",
    },
    {
        "product": "google-sheets",
        "tool": "cryptpad",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Tableur moins rapide sur de gros classeurs ; pas de formules propres à Google ni de liaison avec un formulaire.",
        "gains": "Tableur partagé et chiffré, sans compte Google.",
        "cost": "Gratuit (espace limité).",
    },
    {
        "product": "google-sheets",
        "tool": "onlyoffice",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Coédition via un serveur à trouver ; fonctions propres à Google absentes.",
        "gains": "Tableur complet, compatible .xlsx.",
        "cost": "Via un hébergeur.",
    },
    {
        "product": "google-sheets",
        "tool": "collabora-online",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Plus lent sur les gros classeurs ; fonctions propres à Google absentes.",
        "gains": "Tableur LibreOffice en ligne, en format ouvert, chez un hébergeur choisi.",
        "cost": "Souvent inclus dans les offres Nextcloud.",
    },
    {
        "product": "google-forms",
        "tool": "yakforms",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Logiciel figé depuis 2021, sur Drupal 7 en fin de vie (janvier 2025) : Framaforms fonctionne encore mais n'évoluera plus ; interface de création moins fluide ; pas de liaison automatique avec un tableur en ligne (export à faire).",
        "gains": "Les réponses ne vont pas chez Google ; pas de compte Google pour créer.",
        "cost": "Gratuit (Framaforms).",
        "evidence": "https://framagit.org/yakforms/yakforms",
    },
    {
        "product": "google-forms",
        "tool": "limesurvey",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Plus long à prendre en main ; la formule gratuite hébergée est limitée en réponses.",
        "gains": "Questions conditionnelles, quotas, anonymat réel, statistiques détaillées.",
        "cost": "Formule gratuite limitée, abonnements, ou gratuit si auto-hébergé.",
    },
    {
        "product": "google-forms",
        "tool": "nextcloud-forms",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins de types de questions et de logique conditionnelle.",
        "gains": "Formulaires et réponses dans le Nextcloud de l'association.",
        "cost": "Inclus dans l'espace Nextcloud.",
    },
    {
        "product": "google-forms",
        "tool": "cryptpad",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins de personnalisation visuelle ; analyse des réponses plus sommaire.",
        "gains": "Formulaires chiffrés : même l'hébergeur ne lit pas les réponses.",
        "cost": "Gratuit.",
    },
    {
        "product": "doodle",
        "tool": "framadate",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Pas de connexion à l'agenda personnel ni de réservation de rendez-vous individuels.",
        "gains": "Sans publicité, sans inscription, géré par des hébergeurs associatifs.",
        "cost": "Gratuit.",
    },
    {
        "product": "doodle",
        "tool": "cryptpad",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins connu des participants ; interface de sondage plus sobre.",
        "gains": "Sondage chiffré, sans publicité.",
        "cost": "Gratuit.",
    },
    {
        "product": "surveymonkey",
        "tool": "limesurvey",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Pas de banque de questions toute prête ni de panel de répondants ; prise en main plus longue.",
        "gains": "Export des résultats inclus, questions conditionnelles, anonymat réel, pas de limite de questions si auto-hébergé.",
        "cost": "Formule gratuite limitée, abonnement, ou gratuit si auto-hébergé.",
    },
    {
        "product": "surveymonkey",
        "tool": "yakforms",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Logiciel figé depuis 2021 (Drupal 7 en fin de vie) ; analyse des résultats sommaire ; pas de questions conditionnelles avancées.",
        "gains": "Gratuit, sans limite de questions, export des réponses inclus.",
        "cost": "Gratuit.",
    },
    {
        "product": "typeform",
        "tool": "yakforms",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Logiciel figé depuis 2021 (Drupal 7 en fin de vie) ; pas l'affichage « une question à la fois » ni le design soigné de Typeform.",
        "gains": "Pas de plafond mensuel de réponses ; sans publicité.",
        "cost": "Gratuit.",
    },
    {
        "product": "typeform",
        "tool": "limesurvey",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Design moins travaillé, prise en main plus longue.",
        "gains": "Logique conditionnelle puissante, statistiques, anonymat.",
        "cost": "Formule gratuite limitée, abonnement, ou gratuit si auto-hébergé.",
    },
    # --- Lettres d'information, listes -------------------------------------------------------------
    {
        "product": "mailchimp",
        "tool": "listmonk",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Installation sur un serveur et service d'envoi à configurer ; éditeur de lettres moins visuel ; pas d'automatisations marketing avancées.",
        "gains": "Pas de tarif qui grimpe avec le nombre d'abonnés ; liste d'abonnés gardée par l'association.",
        "cost": "Gratuit si auto-hébergé, plus le coût du service d'envoi de courriels (souvent faible).",
    },
    {
        "product": "mailchimp",
        "tool": "ghost",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Interface d'administration en anglais ; pas de segmentation marketing poussée.",
        "gains": "Site et lettre d'information réunis : chaque article peut partir par courriel.",
        "cost": "Abonnement Ghost(Pro) ou gratuit si auto-hébergé.",
    },
    {
        "product": "mailchimp",
        "tool": "sympa",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Pas de mise en page graphique ni de statistiques d'ouverture : on envoie un courriel simple.",
        "gains": "Liste de diffusion gratuite (Framalistes, chez Framasoft), sans plafond de contacts, avec archives.",
        "cost": "Gratuit.",
    },
    {
        "product": "brevo",
        "tool": "listmonk",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Installation technique ; pas de SMS ni de fonctions de relation client ; éditeur moins visuel.",
        "gains": "Outil ouvert, liste d'abonnés conservée par l'association, pas de plafond d'envoi lié à un abonnement.",
        "cost": "Gratuit si auto-hébergé, plus un service d'envoi de courriels.",
    },
    {
        "product": "google-groups",
        "tool": "sympa",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Interface web d'archives plus austère.",
        "gains": "Pas de compte Google nécessaire pour les abonnés ; groupes de discussion gratuits chez Framasoft (Framagroupes ; Framalistes sert plutôt aux listes de diffusion).",
        "cost": "Gratuit chez Framasoft (Framagroupes).",
        "evidence": "https://framagroupes.org",
    },
    {
        "product": "google-groups",
        "tool": "mailman",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Nécessite un serveur et un accompagnement technique.",
        "gains": "Listes et archives hébergées par l'association ou son prestataire.",
        "cost": "Gratuit si auto-hébergé.",
    },
    {
        "product": "google-groups",
        "tool": "discourse",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Les membres doivent créer un compte sur le forum ; change les habitudes du « tout par courriel ».",
        "gains": "Discussions classées par thèmes, recherche efficace ; on peut toujours répondre par courriel.",
        "cost": "Abonnement chez un hébergeur ou gratuit si auto-hébergé.",
    },
    # --- Réseaux sociaux, événements ----------------------------------------------------------
    {
        "product": "facebook",
        "tool": "mastodon",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Audience bien plus réduite : la plupart des membres et du public local sont encore sur Facebook ; pas de groupes ni d'événements.",
        "gains": "Pas de publicité ni d'algorithme : tous les abonnés voient les messages ; lisible sans compte.",
        "cost": "Gratuit sur la plupart des instances (dons bienvenus).",
        "steps": (
            "1. **Ne pas tout quitter d'un coup** : beaucoup d'associations publient en parallèle pendant un temps.\n"
            "2. **Exporter depuis Facebook** : Paramètres > Vos informations > Télécharger vos informations.\n"
            "3. **Ouvrir le compte Mastodon** sur une instance locale, associative ou thématique, et publier une présentation.\n"
            "4. **Prévenir les membres** : annoncer le compte sur Facebook, le site et la lettre d'information ; rappeler qu'on peut le lire sans compte."
        ),
    },
    {
        "product": "facebook",
        "tool": "mobilizon",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Moins de visibilité spontanée : le public ne tombe pas par hasard sur l'événement ; peu de gens ont déjà un compte.",
        "gains": "Événements et groupe consultables sans compte ni publicité ; inscription possible sans compte.",
        "cost": "Gratuit sur les instances publiques.",
    },
    {
        "product": "instagram",
        "tool": "pixelfed",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Audience beaucoup plus faible ; pas de « stories » ni de réels aussi développés.",
        "gains": "Pas de publicité ni d'algorithme ; les abonnés voient toutes les publications ; relié au fédivers.",
        "cost": "Gratuit sur la plupart des instances.",
    },
    {
        "product": "x-twitter",
        "tool": "mastodon",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Audience souvent plus faible ; certains interlocuteurs (médias, élus) restent sur X.",
        "gains": "Même usage (messages courts), sans publicité, sans algorithme, hébergé par des acteurs variés.",
        "cost": "Gratuit sur la plupart des instances.",
    },
    {
        "product": "youtube",
        "tool": "peertube",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Audience et découverte bien moindres ; il faut trouver une instance qui accepte les vidéos de l'association.",
        "gains": "Aucune publicité ajoutée aux vidéos ; pas de recommandation qui détourne les spectateurs ; direct possible.",
        "cost": "Selon l'instance : gratuit, don ou abonnement ; gratuit si auto-hébergé (mais gourmand en espace).",
    },
    {
        "product": "facebook-events",
        "tool": "mobilizon",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Moins de diffusion automatique auprès des amis des participants.",
        "gains": "Événement visible sans compte, inscription possible sans compte, pas de publicité ; la liste des participants reste à l'association.",
        "cost": "Gratuit.",
    },
    {
        "product": "eventbrite",
        "tool": "mobilizon",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de billetterie payante ni de contrôle des billets.",
        "gains": "Gratuit pour tous les événements, données des participants hors d'une plateforme commerciale.",
        "cost": "Gratuit.",
    },
    {
        "product": "eventbrite",
        "tool": "yakforms",
        "coverage": DIFFERENT,
        "effort": LOW,
        "losses": "Pas de page d'événement ni de billets ni de paiement ; simple formulaire d'inscription ; logiciel figé depuis 2021 (Drupal 7 en fin de vie).",
        "gains": "Inscriptions gratuites, export des participants en tableur.",
        "cost": "Gratuit.",
    },
    {
        "product": "meetup",
        "tool": "mobilizon",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Pas la communauté de membres déjà présente sur Meetup.",
        "gains": "Groupe et événements sans abonnement d'organisateur, sans publicité.",
        "cost": "Gratuit.",
    },
    {
        "product": "helloasso",
        "tool": "paheko",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Paheko n'encaisse pas les paiements en ligne : pour la carte bancaire, il faut garder un service de paiement (HelloAsso reste un bon choix).",
        "gains": "Un registre des membres et une comptabilité complets, sous contrôle de l'association ; une extension importe les paiements HelloAsso.",
        "cost": "Paheko.cloud (essai gratuit, puis selon l'offre) ou gratuit si auto-hébergé ; HelloAsso reste gratuit pour l'association.",
        "steps": (
            "1. **Garder HelloAsso pour encaisser** si les paiements en ligne conviennent.\n"
            "2. **Exporter** adhérents et paiements depuis HelloAsso (CSV).\n"
            "3. **Importer dans Paheko** la liste des membres, puis activer l'extension HelloAsso pour synchroniser les paiements suivants.\n"
            "4. **Prévenir les membres** : rien ne change pour payer ; ils peuvent recevoir un accès à leur fiche Paheko."
        ),
    },
    # --- Messagerie --------------------------------------------------------------------------------
    {
        "product": "whatsapp",
        "tool": "signal",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Il faut convaincre tous les membres d'installer une application de plus ; l'historique des groupes WhatsApp ne se transfère pas.",
        "gains": "Même simplicité d'usage, métadonnées réduites, gérée par une fondation à but non lucratif sans publicité.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Exporter** les discussions utiles : dans le groupe WhatsApp, Plus > Exporter la discussion.\n"
            "2. **Créer le groupe Signal** et activer le lien d'invitation.\n"
            "3. **Prévenir les membres** dans l'ancien groupe : lien d'invitation, date à partir de laquelle les infos passent par Signal.\n"
            "4. **Accompagner** : proposer de l'aide à l'installation lors d'une réunion ; garder l'ancien groupe en lecture seule quelques semaines."
        ),
    },
    {
        "product": "whatsapp",
        "tool": "delta-chat",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Moins connu, appels audio et vidéo plus récents ; il faut convaincre chaque membre.",
        "gains": "Aucun numéro de téléphone demandé ; pas de serveur central unique.",
        "cost": "Gratuit.",
    },
    {
        "product": "whatsapp",
        "tool": "element",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Plus complexe pour un public peu à l'aise (clé de sécurité, serveurs) ; adoption plus lente.",
        "gains": "Salons organisés par thème, accès depuis l'ordinateur, sans numéro de téléphone.",
        "cost": "Gratuit sur les serveurs publics.",
    },
    {
        "product": "messenger",
        "tool": "signal",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Les contacts ne sont pas ceux de Facebook : il faut les retrouver par numéro ou nom d'utilisateur.",
        "gains": "Messages chiffrés sans lien avec un profil publicitaire.",
        "cost": "Gratuit.",
    },
    {
        "product": "messenger",
        "tool": "element",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Plus complexe que Messenger pour un public non initié.",
        "gains": "Espaces de discussion organisés, chiffrés, sans compte Facebook.",
        "cost": "Gratuit.",
    },
    {
        "product": "slack",
        "tool": "element",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Moins d'intégrations avec d'autres services ; prise en main un peu plus longue.",
        "gains": "Historique complet sans limite de 90 jours ; chiffrement ; serveur au choix.",
        "cost": "Gratuit sur les serveurs publics ; hébergement dédié payant possible.",
    },
    {
        "product": "slack",
        "tool": "rocket-chat",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "Serveur à installer et maintenir ; certaines fonctions réservées aux offres payantes.",
        "gains": "Fonctionnement proche de Slack, sans limite d'historique, données hébergées par l'association.",
        "cost": "Gratuit si auto-hébergé (temps de maintenance à prévoir).",
    },
    {
        "product": "slack",
        "tool": "zulip",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "L'organisation par sujets déroute au début ; offre gratuite de Zulip Cloud limitée.",
        "gains": "Import Slack intégré ; discussions plus faciles à rattraper grâce aux sujets.",
        "cost": "Offre gratuite limitée, abonnement, ou gratuit si auto-hébergé.",
    },
    {
        "product": "discord",
        "tool": "element",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Salons vocaux permanents et partage d'écran moins aboutis ; communauté de joueurs absente.",
        "gains": "Chiffrement, serveur au choix, pas de modèle d'abonnement.",
        "cost": "Gratuit.",
    },
    {
        "product": "discord",
        "tool": "mumble",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Uniquement la voix : pas de texte riche ni de vidéo.",
        "gains": "Salons vocaux de grande qualité, très légers, sur un serveur choisi.",
        "cost": "Gratuit si auto-hébergé ; certains hébergeurs proposent des serveurs.",
    },
    {
        "product": "discord",
        "tool": "discourse",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Pas de discussion en temps réel ni de salon vocal.",
        "gains": "Discussions durables, classées et faciles à retrouver ; lisibles par le public si on le souhaite.",
        "cost": "Abonnement chez un hébergeur ou gratuit si auto-hébergé.",
    },
    # --- Courriel, agenda -----------------------------------------------------------------------
    {
        "product": "gmail",
        "tool": "thunderbird",
        "coverage": DIFFERENT,
        "effort": LOW,
        "losses": "Thunderbird ne remplace pas la boîte Gmail elle-même : les courriels restent chez Google tant que l'association ne change pas de fournisseur.",
        "gains": "Lecture sans publicité, copie locale des courriels, plusieurs boîtes au même endroit ; prépare un éventuel changement de fournisseur.",
        "cost": "Gratuit ; une adresse chez un hébergeur associatif ou à son nom de domaine coûte quelques euros par mois.",
    },
    {
        "product": "gmail",
        "tool": "roundcube",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Suppose de changer de fournisseur de courriel (et donc d'adresse) ; filtres anti-spam parfois moins efficaces.",
        "gains": "Adresse au nom de l'association, chez un hébergeur choisi, sans publicité.",
        "cost": "Abonnement chez un hébergeur de courriel.",
    },
    {
        "product": "outlook",
        "tool": "thunderbird",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Moins intégré aux comptes Microsoft 365 (agenda partagé Exchange) sans extension.",
        "gains": "Logiciel de courriel gratuit, pour toutes les adresses, avec agenda et chiffrement.",
        "cost": "Gratuit.",
    },
    {
        "product": "outlook",
        "tool": "thunderbird-android",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas d'agenda intégré dans l'application mobile.",
        "gains": "Application de courriel sans publicité pour toutes les adresses.",
        "cost": "Gratuit.",
    },
    {
        "product": "google-calendar",
        "tool": "nextcloud-calendar",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Pas de création automatique de visio ni de suggestions de créneaux ; synchronisation Android via une application tierce (DAVx⁵).",
        "gains": "Agendas partagés chez un hébergeur choisi, au standard ouvert CalDAV.",
        "cost": "Inclus dans l'espace Nextcloud.",
    },
    {
        "product": "google-calendar",
        "tool": "thunderbird",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Agenda sur l'ordinateur seulement, sans partage en ligne s'il n'est pas relié à un serveur.",
        "gains": "Agenda local sans compte ; peut se relier à un agenda CalDAV (Nextcloud).",
        "cost": "Gratuit.",
        "steps": GOOGLE_CALENDAR_TO_THUNDERBIRD_STEPS,
        "evidence": "https://support.google.com/calendar/answer/37111",
    },
    # --- Mots de passe -----------------------------------------------------------------------------
    {
        "product": "lastpass",
        "tool": "bitwarden",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Le partage en équipe au-delà de deux personnes est payant.",
        "gains": "Code ouvert et audité, offre gratuite sur tous les appareils, import direct depuis LastPass.",
        "cost": "Gratuit pour un usage individuel ; offre équipe payante.",
    },
    {
        "product": "lastpass",
        "tool": "keepassxc",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de synchronisation automatique ni d'accès web ; partage à organiser soi-même (fichier partagé).",
        "gains": "Aucun serveur à pirater : le coffre reste un fichier chiffré de l'association.",
        "cost": "Gratuit.",
    },
    {
        "product": "lastpass",
        "tool": "vaultwarden",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "Serveur à installer, sécuriser et sauvegarder ; pas de support officiel.",
        "gains": "Fonctions d'équipe de Bitwarden sur un serveur de l'association, sans abonnement.",
        "cost": "Gratuit si auto-hébergé (temps de maintenance important).",
    },
    {
        "product": "1password",
        "tool": "bitwarden",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Interface un peu moins soignée ; partage en équipe payant.",
        "gains": "Code ouvert, offre gratuite, export facile.",
        "cost": "Gratuit en individuel ; offres équipe souvent moins chères.",
    },
    {
        "product": "1password",
        "tool": "keepassxc",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de synchronisation ni de remplissage automatique aussi fluide sur téléphone.",
        "gains": "Pas d'abonnement ; coffre local.",
        "cost": "Gratuit.",
    },
    {
        "product": "dashlane",
        "tool": "bitwarden",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Pas de surveillance du « dark web » ni de VPN inclus.",
        "gains": "Code ouvert, offre gratuite, import depuis Dashlane.",
        "cost": "Gratuit en individuel ; offres équipe payantes.",
    },
    {
        "product": "dashlane",
        "tool": "keepassxc",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de synchronisation automatique entre appareils.",
        "gains": "Sans abonnement, sans serveur.",
        "cost": "Gratuit.",
    },
    # --- Gestion de projet ------------------------------------------------------------------------
    {
        "product": "trello",
        "tool": "wekan",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Il faut un hébergement ; application mobile et automatisations moins abouties.",
        "gains": "Import direct des tableaux Trello, sans limite de collaborateurs, données chez l'association.",
        "cost": "Gratuit si auto-hébergé.",
    },
    {
        "product": "trello",
        "tool": "kanboard",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Interface plus austère ; pas d'import Trello direct.",
        "gains": "Léger, rapide, sans limite d'utilisateurs.",
        "cost": "Gratuit si auto-hébergé.",
    },
    {
        "product": "trello",
        "tool": "nextcloud-deck",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "L'import des tableaux Trello passe par l'administrateur du Nextcloud (commande d'import ou API Trello) : pas de bouton pour les bénévoles ; moins d'extensions et d'automatisations.",
        "gains": "Tableaux dans le même espace que les fichiers et l'agenda ; échéances visibles dans l'agenda.",
        "cost": "Inclus dans l'espace Nextcloud.",
        "steps": TRELLO_TO_DECK_STEPS,
        "evidence": "https://github.com/nextcloud/deck/blob/HEAD/docs/export-import.md",
    },
    {
        "product": "asana",
        "tool": "taiga",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Vocabulaire « agile » à apprivoiser ; moins de vues (chronologie, portefeuille).",
        "gains": "Import d'Asana intégré ; outil libre, hébergeur au choix.",
        "cost": "Offres de taiga.io ou gratuit si auto-hébergé.",
    },
    {
        "product": "asana",
        "tool": "openproject",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "Plus lourd à paramétrer et à prendre en main.",
        "gains": "Planning Gantt, jalons et suivi du temps pour les projets longs ; hébergé où l'on veut.",
        "cost": "Gratuit si auto-hébergé ; offres hébergées payantes.",
    },
    {
        "product": "notion",
        "tool": "hedgedoc",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de bases de données ni de vues multiples ; pages plus simples.",
        "gains": "Notes Markdown réutilisables partout ; l'export Markdown de Notion se recolle facilement.",
        "cost": "Gratuit si auto-hébergé.",
    },
    {
        "product": "notion",
        "tool": "cryptpad",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Pas de pages liées ni de bases de données comme dans Notion.",
        "gains": "Documents, tableaux kanban et tableurs chiffrés, dans un espace d'équipe.",
        "cost": "Gratuit (espace limité).",
    },
    {
        "product": "mendeley",
        "tool": "zotero",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Stockage en ligne gratuit limité (au-delà, payant).",
        "gains": "Logiciel libre indépendant d'un éditeur scientifique ; import direct de la bibliothèque.",
        "cost": "Gratuit ; stockage supplémentaire payant.",
    },
    # --- Graphisme --------------------------------------------------------------------------------
    {
        "product": "canva",
        "tool": "penpot",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Pas la grande bibliothèque de modèles, photos et éléments prêts à l'emploi de Canva ; demande plus de savoir-faire graphique.",
        "gains": "Créations dans un format ouvert (SVG), réutilisables ailleurs ; travail à plusieurs ; pas de dépendance à une offre gratuite qui peut changer.",
        "cost": "Gratuit sur penpot.app ou auto-hébergé.",
    },
    {
        "product": "canva",
        "tool": "inkscape",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Pas de modèles prêts à l'emploi ni de travail en ligne à plusieurs ; logiciel plus technique.",
        "gains": "Contrôle complet des créations, fichiers SVG et PDF prêts pour l'imprimeur, hors ligne.",
        "cost": "Gratuit.",
    },
    {
        "product": "adobe-photoshop",
        "tool": "gimp",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Interface et raccourcis différents ; moins d'outils automatiques (remplissage génératif…) ; gestion CMJN limitée.",
        "gains": "Plus d'abonnement ; ouvre les .psd ; suffit largement pour la retouche courante.",
        "cost": "Gratuit.",
    },
    {
        "product": "adobe-photoshop",
        "tool": "krita",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pensé pour le dessin plus que pour la retouche photo.",
        "gains": "Excellent outil d'illustration, ouvre les .psd, sans abonnement.",
        "cost": "Gratuit.",
    },
    {
        "product": "adobe-illustrator",
        "tool": "inkscape",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Import des fichiers .ai imparfait ; certaines fonctions professionnelles absentes.",
        "gains": "Format SVG ouvert, sans abonnement ; très adapté aux logos et affiches.",
        "cost": "Gratuit.",
    },
    {
        "product": "adobe-illustrator",
        "tool": "penpot",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Moins d'outils de dessin vectoriel avancé.",
        "gains": "Travail à plusieurs dans le navigateur, format ouvert.",
        "cost": "Gratuit.",
    },
    {
        "product": "adobe-indesign",
        "tool": "scribus",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "N'ouvre pas les fichiers .indd : il faut d'abord les exporter en IDML depuis InDesign ; l'import reprend la mise en page, mais styles, polices et effets sont à vérifier page par page ; interface moins moderne.",
        "gains": "PAO complète sans abonnement, PDF prêts pour l'imprimeur.",
        "steps": INDESIGN_TO_SCRIBUS_STEPS,
        "evidence": "https://github.com/scribusproject/scribus/tree/master/scribus/plugins/import/idml",
        "cost": "Gratuit.",
    },
    {
        "product": "adobe-premiere",
        "tool": "kdenlive",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Projets Premiere non transférables ; moins de greffons professionnels.",
        "gains": "Montage multipiste complet sans abonnement.",
        "cost": "Gratuit.",
    },
    {
        "product": "adobe-premiere",
        "tool": "shotcut",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Projets non transférables ; outils d'étalonnage et d'effets plus limités.",
        "gains": "Montage simple et gratuit, lit la plupart des formats.",
        "cost": "Gratuit.",
    },
    {
        "product": "capcut",
        "tool": "shotcut",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas d'application mobile, pas de modèles ni d'effets à la mode prêts à l'emploi ; sous-titres automatiques possibles (transcription sur l'ordinateur), mais sans les styles animés de CapCut.",
        "gains": "Vidéos montées sur l'ordinateur, sans compte ni nuage de l'éditeur.",
        "cost": "Gratuit.",
    },
    {
        "product": "capcut",
        "tool": "kdenlive",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas d'application mobile ni de modèles tendance ; plus technique.",
        "gains": "Montage complet, sous-titres, sans compte.",
        "cost": "Gratuit.",
    },
    # --- Cartes -------------------------------------------------------------------------------------
    {
        "product": "google-maps",
        "tool": "umap",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de vue satellite Google ni d'avis sur les lieux ; pas de calcul d'itinéraire.",
        "gains": "Carte personnalisée intégrable au site sans traceur Google ; import d'un tableur d'adresses.",
        "cost": "Gratuit.",
    },
    {
        "product": "google-maps",
        "tool": "openstreetmap",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins d'informations commerciales (horaires, avis) et pas de trafic en temps réel.",
        "gains": "Carte libre, souvent plus détaillée pour les chemins et équipements ; l'association peut la compléter.",
        "cost": "Gratuit.",
    },
    {
        "product": "google-maps",
        "tool": "organic-maps",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de transports en commun détaillés ni d'avis ; recherche d'adresse parfois moins précise.",
        "gains": "Navigation hors ligne, sans pistage ni publicité.",
        "cost": "Gratuit.",
    },
    # --- Système, navigateur ---------------------------------------------------------------------
    {
        "product": "windows",
        "tool": "linux-mint",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Certains logiciels Windows n'existent pas sous Linux (logiciels métiers, certains logiciels de comptabilité, jeux) ; quelques imprimantes ou scanners se configurent mal ; habitudes à changer.",
        "gains": "Ordinateurs anciens prolongés de plusieurs années, sans licence ni obligation de racheter du matériel ; mises à jour de sécurité gratuites.",
        "cost": "Gratuit ; prévoir du temps ou l'aide d'un acteur du reconditionnement.",
        "steps": (
            "1. **Faire l'inventaire** des logiciels utilisés et vérifier leurs équivalents (cette page aide).\n"
            "2. **Sauvegarder** les documents sur un disque externe.\n"
            "3. **Essayer** Linux Mint depuis une clé USB, sans rien effacer : wifi, imprimante, son.\n"
            "4. **Installer**, éventuellement à côté de Windows au début (double démarrage).\n"
            "5. **Accompagner les utilisateurs** : une séance de prise en main, une fiche des nouveaux noms de logiciels."
        ),
    },
    {
        "product": "windows",
        "tool": "ubuntu",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Logiciels Windows indisponibles ; bureau moins proche de Windows que Linux Mint.",
        "gains": "Système gratuit, versions suivies cinq ans, large communauté.",
        "cost": "Gratuit.",
    },
    {
        "product": "windows",
        "tool": "debian",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Installation plus technique ; logiciels Windows indisponibles.",
        "gains": "Très stable, entièrement communautaire ; idéal pour des postes partagés bien configurés.",
        "cost": "Gratuit.",
    },
    {
        "product": "macos",
        "tool": "linux-mint",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Ne s'installe que sur les Mac à processeur Intel, pas sur les Mac à puce Apple (M1 et suivantes) ; intégration avec l'iPhone et les services Apple perdue ; wifi ou clavier parfois délicats selon le modèle.",
        "gains": "Donne une seconde vie à un Mac qui ne reçoit plus de mises à jour.",
        "cost": "Gratuit.",
    },
    {
        "product": "macos",
        "tool": "ubuntu",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Ne s'installe que sur les Mac à processeur Intel, pas sur les Mac à puce Apple (M1 et suivantes) ; perte des logiciels et services Apple ; compatibilité matérielle variable selon les modèles.",
        "gains": "Système à jour sur un Mac ancien.",
        "cost": "Gratuit.",
    },
    {
        "product": "google-chrome",
        "tool": "firefox",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Quelques rares sites sont mieux testés sur Chrome ; certaines extensions n'existent que pour Chrome.",
        "gains": "Navigateur indépendant de Google, protection contre le pistage, bloqueurs complets comme uBlock Origin ; import des favoris en un clic.",
        "cost": "Gratuit.",
    },
    # --- Site web ---------------------------------------------------------------------------------
    {
        "product": "wix",
        "tool": "wordpress",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "L'éditeur visuel « glisser-déposer » de Wix est plus simple ; il faut gérer les mises à jour ; pas d'export automatique depuis Wix.",
        "gains": "Site déplaçable chez n'importe quel hébergeur ; des milliers de thèmes et extensions ; pas de publicité imposée.",
        "cost": "Hébergement et nom de domaine (quelques euros par mois).",
    },
    {
        "product": "wix",
        "tool": "grav",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Plus technique ; pas d'éditeur visuel par glisser-déposer.",
        "gains": "Site très léger et rapide, facile à sauvegarder.",
        "cost": "Hébergement web (quelques euros par mois).",
    },
    {
        "product": "squarespace",
        "tool": "wordpress",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Design à reconstruire ; maintenance (mises à jour) à la charge de l'association.",
        "gains": "Import direct de l'export Squarespace (format WordPress) ; hébergeur au choix.",
        "cost": "Hébergement et nom de domaine.",
    },
    {
        "product": "squarespace",
        "tool": "ghost",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Moins adapté aux sites vitrines à nombreuses pages ; administration en anglais.",
        "gains": "Blog et lettre d'information réunis.",
        "cost": "Abonnement Ghost(Pro) ou auto-hébergement.",
    },
    {
        "product": "google-analytics",
        "tool": "matomo",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "L'hébergement est à prévoir (ou Matomo Cloud payant) ; l'import de l'historique (extension « Google Analytics Importer ») prend du temps et demande l'accès à l'API Google ; rapports organisés autrement.",
        "gains": "Statistiques gardées par l'association, historique compris ; configuration possible sans bandeau de consentement selon la CNIL.",
        "steps": GOOGLE_ANALYTICS_TO_MATOMO_STEPS,
        "evidence": "https://plugins.matomo.org/GoogleAnalyticsImporter",
        "cost": "Gratuit si auto-hébergé ; Matomo Cloud payant.",
    },
    # --- Adhérents, comptabilité ----------------------------------------------------------------
    {
        "product": "excel-comptabilite",
        "tool": "paheko",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Moins de liberté de présentation qu'un tableur ; il faut apprendre la saisie d'écritures.",
        "gains": "Comptes et membres au même endroit, bilan et compte de résultat automatiques, passation de trésorier facilitée.",
        "cost": "Paheko.cloud selon l'offre, ou gratuit si auto-hébergé.",
    },
    {
        "product": "excel-comptabilite",
        "tool": "gnucash",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Logiciel à installer, comptabilité en partie double à apprendre ; plan comptable associatif à créer soi-même.",
        "gains": "Comptabilité rigoureuse, rapprochement bancaire, rapports automatiques.",
        "cost": "Gratuit.",
    },
    {
        "product": "excel-comptabilite",
        "tool": "grisbi",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de comptabilité en partie double ni de bilan ; suffit surtout aux petites trésoreries.",
        "gains": "Simple, en français, catégories et états en quelques clics.",
        "cost": "Gratuit.",
    },
    {
        "product": "assoconnect",
        "tool": "paheko",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Pas d'encaissement en ligne intégré ; site web plus basique ; support assuré par une petite équipe et la communauté plutôt que par un service client.",
        "gains": "Logiciel libre pensé pour les associations, données exportables à tout moment, coût souvent plus bas ; les écritures exportées d'AssoConnect au format FEC s'importent dans Paheko.",
        "cost": "Paheko.cloud selon l'offre, ou gratuit si auto-hébergé.",
    },
    {
        "product": "assoconnect",
        "tool": "galette",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Gestion des membres seulement : ni comptabilité complète ni paiement en ligne ; installation à prévoir.",
        "gains": "Fichier des membres libre, sans abonnement.",
        "cost": "Gratuit si auto-hébergé.",
    },
    {
        "product": "assoconnect",
        "tool": "dolibarr",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Paramétrage long ; interface moins guidée pour des bénévoles.",
        "gains": "Modules adhérents, dons, facturation et comptabilité très complets.",
        "cost": "Gratuit si auto-hébergé ; offres hébergées payantes.",
    },
    {
        "product": "ciel-compta",
        "tool": "paheko",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Moins de fonctions pour une structure avec paie et TVA complexe.",
        "gains": "Comptabilité associative en ligne, accessible à plusieurs bénévoles, avec gestion des membres ; les écritures exportées de Ciel au format FEC s'importent dans Paheko.",
        "cost": "Paheko.cloud selon l'offre, ou gratuit si auto-hébergé.",
    },
    {
        "product": "ciel-compta",
        "tool": "gnucash",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas d'états fiscaux français tout faits ; plan comptable à paramétrer.",
        "gains": "Gratuit, rigoureux, fichiers ouverts.",
        "cost": "Gratuit.",
    },
    {
        "product": "ciel-compta",
        "tool": "dolibarr",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Paramétrage plus long ; demande des compétences.",
        "gains": "Comptabilité reliée aux adhérents, dons et factures.",
        "cost": "Gratuit si auto-hébergé.",
    },
    {
        "product": "ebp-compta",
        "tool": "paheko",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Moins adapté aux structures employeuses avec des obligations comptables lourdes.",
        "gains": "Pas d'abonnement logiciel obligatoire, comptabilité et membres réunis ; les écritures exportées d'EBP au format FEC s'importent dans Paheko.",
        "cost": "Paheko.cloud selon l'offre, ou gratuit si auto-hébergé.",
    },
    {
        "product": "ebp-compta",
        "tool": "dolibarr",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Mise en place longue ; pas d'assistance commerciale incluse.",
        "gains": "Gestion complète et libre : tiers, factures, banque, comptabilité.",
        "cost": "Gratuit si auto-hébergé.",
    },
]

# --- Added for issue 14 (coverage): the new products and the new tools, each with steps written for the pair
EQUIVALENCES += [  # noqa: RUF005 (a separate block, so that corrections above and additions merge apart)
    # Padlet, Miro
    {
        "product": "padlet",
        "tool": "digipad",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Moins de modèles et de mises en page que Padlet ; pas d'import automatique d'un mur Padlet ; l'instance gratuite dépend des dons faits à La Digitale.",
        "gains": "Gratuit sans limite de nombre de murs ; hébergé par un projet français financé par les dons ; les participants contribuent sans compte.",
        "cost": "Gratuit (don possible à La Digitale).",
        "steps": (
            "1. **Exporter depuis Padlet** : pour chaque mur, « Partager » puis « Exporter » en tableur (CSV) et en PDF ; télécharger les fichiers joints importants.\n"
            "2. **Recréer le mur dans Digipad** : créer un compte sur digipad.app, créer un pad, choisir l'affichage (colonnes ou mur) et recopier les contributions utiles depuis le CSV ; pour un mur d'archive, déposer simplement le PDF exporté.\n"
            "3. **Ce qui ne suit pas** : les réactions, commentaires et auteurs des posts Padlet ; les liens vers l'ancien mur.\n"
            "4. **Prévenir les participants** : envoyer le nouveau lien ; rappeler qu'aucun compte n'est nécessaire.\n\n"
            "Compter 15 à 30 minutes par mur actif ; les murs d'archive se gardent en PDF."
        ),
    },
    {
        "product": "miro",
        "tool": "excalidraw",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de modèles d'ateliers, de minuterie ni de vote intégrés ; pas d'espace permanent partagé sans l'offre payante Excalidraw+ ; pas d'import de tableaux Miro.",
        "gains": "Gratuit et sans compte ; sessions chiffrées de bout en bout ; le dessin s'enregistre dans un fichier que l'association garde.",
        "cost": "Gratuit sur excalidraw.com ; Excalidraw+ payant pour les espaces partagés permanents.",
        "steps": (
            "1. **Exporter depuis Miro** : menu du tableau, « Exporter » en PDF ou image pour l'archive ; sélectionner les post-its utiles et les exporter en CSV.\n"
            "2. **Refaire le tableau dans Excalidraw** : ouvrir excalidraw.com, recréer le cadre de l'atelier (zones, titres) et l'enregistrer en fichier `.excalidraw` dans le dossier partagé de l'association : il sert de modèle.\n"
            "3. **Tester une session** : « Partager », « Démarrer la session », envoyer le lien à deux bénévoles.\n"
            "4. **Ce qui ne suit pas** : les tableaux Miro eux-mêmes (pas d'import), les modèles, la minuterie et les votes.\n"
            "5. **À chaque atelier** : ouvrir le modèle, démarrer la session, et enregistrer le fichier à la fin (sinon le dessin reste seulement dans le navigateur).\n\n"
            "Compter une heure pour préparer les modèles d'atelier."
        ),
    },
    # Telegram
    {
        "product": "telegram",
        "tool": "signal",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de grands canaux publics ni de robots ; groupes limités à 1 000 personnes ; pas d'historique transféré.",
        "gains": "Toutes les conversations, groupes compris, chiffrées de bout en bout ; association à but non lucratif, sans publicité.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Garder l'historique Telegram** : sur Telegram Desktop, Paramètres, Avancé, « Exporter les données Telegram », cocher le groupe voulu, format HTML (lisible dans un navigateur).\n"
            "2. **Créer le groupe Signal** : un administrateur crée le groupe, active « Approuver les nouveaux membres » et crée un lien d'invitation.\n"
            "3. **Publier le lien dans le groupe Telegram** avec une date de bascule (par exemple dans deux semaines), puis épingler le message.\n"
            "4. **Ce qui ne suit pas** : l'historique, les fichiers partagés (les remettre dans le dossier partagé de l'association), les robots et les canaux de diffusion publics.\n"
            "5. **À la date prévue** : annoncer la fermeture du groupe Telegram et le passer en lecture seule.\n\n"
            "Compter deux à quatre semaines pour que la plupart des membres suivent."
        ),
    },
    {
        "product": "telegram",
        "tool": "element",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Application moins simple ; pas de transfert de l'historique ; les grands salons publics demandent de la modération.",
        "gains": "Salons et espaces comme sur Telegram, chiffrés de bout en bout, sur un serveur au choix ; ouvert aux partenaires sur Matrix (Tchap pour l'administration).",
        "cost": "Gratuit sur les serveurs publics ; hébergement dédié payant si souhaité.",
        "steps": (
            "1. **Garder l'historique Telegram** : Telegram Desktop, Paramètres, Avancé, « Exporter les données Telegram » (HTML).\n"
            "2. **Préparer Element** : choisir un serveur Matrix (matrix.org ou celui d'un hébergeur de confiance), créer un « espace » pour l'association et un salon par groupe Telegram.\n"
            "3. **Ce qui ne suit pas** : l'historique, les robots, les autocollants ; les passerelles Telegram-Matrix existent mais demandent un administrateur.\n"
            "4. **Inviter les membres** : publier le lien de l'espace dans le groupe Telegram avec une date de bascule ; proposer une courte aide à la création de compte (et à la sauvegarde de la clé de sécurité).\n\n"
            "Compter un mois de transition et une personne référente pour les questions."
        ),
    },
    {
        "product": "telegram",
        "tool": "delta-chat",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de canaux publics ni de robots ; pas de transfert d'historique ; fonctionnalités de groupe plus simples.",
        "gains": "Pas de numéro de téléphone demandé ; chiffrement de bout en bout ; fonctionne avec une adresse de courriel ou un serveur « chatmail ».",
        "cost": "Gratuit.",
        "steps": (
            "1. **Garder l'historique Telegram** : Telegram Desktop, Paramètres, Avancé, « Exporter les données Telegram ».\n"
            "2. **Créer le groupe Delta Chat** : installer Delta Chat, créer un profil (sur un serveur chatmail proposé par défaut), créer le groupe et afficher son QR code d'invitation.\n"
            "3. **Inviter** : envoyer le lien d'invitation dans le groupe Telegram avec une date de bascule.\n"
            "4. **Ce qui ne suit pas** : l'historique, les fichiers, les canaux publics.\n\n"
            "Compter deux à quatre semaines de transition."
        ),
    },
    # Sites web : WordPress.com, Jimdo, Google Sites, Wix, Calaméo
    {
        "product": "wordpress-com",
        "tool": "wordpress",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Il faut un hébergement web et quelqu'un pour faire les mises à jour ; les fonctions propres à WordPress.com (statistiques Jetpack, thèmes réservés) ne suivent pas toutes.",
        "gains": "Toutes les extensions, pas de publicité imposée, nom de domaine de l'association, hébergeur au choix.",
        "cost": "Hébergement web et nom de domaine : quelques euros à quelques dizaines d'euros par an.",
        "steps": (
            "1. **Exporter depuis WordPress.com** : Outils, « Exporter », « Exporter tout » : un fichier XML (articles, pages, commentaires) ; télécharger aussi la médiathèque depuis le même écran.\n"
            "2. **Installer WordPress** chez un hébergeur (beaucoup l'installent en un clic) et choisir un thème proche.\n"
            "3. **Importer** : Outils, « Importer », « WordPress » (installer l'importateur), choisir le fichier XML et cocher « Télécharger et importer les fichiers joints ».\n"
            "4. **Ce qui casse** : les menus et widgets sont à refaire, certains blocs propres à WordPress.com s'affichent mal, les abonnés au blog ne suivent pas automatiquement.\n"
            "5. **Basculer l'adresse** : si le site avait un nom de domaine chez WordPress.com, le transférer ; sinon, mettre un message sur l'ancien site vers le nouveau.\n\n"
            "Compter une demi-journée pour un site de 20 à 50 pages."
        ),
    },
    {
        "product": "jimdo",
        "tool": "wordpress",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "Jimdo n'a pas d'export : tout le contenu se recopie ; WordPress demande des mises à jour régulières.",
        "gains": "Site sans la marque de l'éditeur, extensions (agenda, adhésion, lettre d'information), hébergeur au choix.",
        "cost": "Hébergement web et nom de domaine : quelques dizaines d'euros par an.",
        "steps": (
            "1. **Récupérer le contenu** : Jimdo n'a pas d'export ; faire la liste des pages, copier les textes dans un document et télécharger les images d'origine.\n"
            "2. **Installer WordPress** chez un hébergeur et choisir un thème simple.\n"
            "3. **Recréer les pages** en collant les textes et en réinsérant les images ; refaire le menu.\n"
            "4. **Ce qui casse** : les formulaires Jimdo (à refaire avec une extension), les adresses des pages (prévoir des redirections si le nom de domaine est gardé).\n"
            "5. **Nom de domaine** : s'il était acheté chez Jimdo, demander son transfert ; vérifier le site sur téléphone avant d'annoncer la bascule.\n\n"
            "Compter une à deux journées pour un site de 10 à 30 pages."
        ),
    },
    {
        "product": "jimdo",
        "tool": "yeswiki",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Mise en page moins « vitrine » ; pas d'export Jimdo, tout se recopie ; il faut un hébergement PHP.",
        "gains": "Site modifiable par plusieurs membres directement depuis la page ; formulaires, cartes et agendas intégrés.",
        "cost": "Hébergement web : quelques dizaines d'euros par an.",
        "steps": (
            "1. **Récupérer le contenu** : lister les pages Jimdo, copier les textes, télécharger les images.\n"
            "2. **Installer YesWiki** chez un hébergeur PHP et choisir un thème.\n"
            "3. **Recréer les pages** (bouton « Éditer la page ») et le menu ; remplacer les formulaires Jimdo par un formulaire Bazar.\n"
            "4. **Ce qui casse** : les adresses des pages, la mise en page des blocs Jimdo.\n"
            "5. **Donner les droits** aux membres qui modifieront le site et leur montrer l'édition en 15 minutes.\n\n"
            "Compter une à deux journées pour un site de 10 à 30 pages."
        ),
    },
    {
        "product": "google-sites",
        "tool": "yeswiki",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Pas d'intégration des documents Google ; pas d'export Google Sites : les textes se recopient ; il faut un hébergement PHP.",
        "gains": "Pas de compte Google pour modifier ; formulaires, cartes et agendas intégrés ; site chez l'hébergeur choisi.",
        "cost": "Hébergement web : quelques dizaines d'euros par an.",
        "steps": (
            "1. **Récupérer le contenu** : copier les textes page par page ; télécharger depuis Google Drive les images et documents insérés.\n"
            "2. **Installer YesWiki** chez un hébergeur PHP, choisir un thème, recréer les pages et le menu.\n"
            "3. **Remplacer les éléments Google** : les agendas et formulaires intégrés deviennent des formulaires Bazar (liste, agenda, carte) ; les documents deviennent des fichiers joints.\n"
            "4. **Ce qui casse** : l'adresse sites.google.com (mettre un lien vers le nouveau site sur l'ancienne page d'accueil), les droits donnés par compte Google.\n\n"
            "Compter une journée pour un site de 10 à 20 pages."
        ),
    },
    {
        "product": "google-sites",
        "tool": "wordpress",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Pas d'export Google Sites ; WordPress demande un hébergement et des mises à jour.",
        "gains": "Site complet (actualités, agenda, formulaires par extensions) sans compte Google, nom de domaine de l'association.",
        "cost": "Hébergement web et nom de domaine : quelques dizaines d'euros par an.",
        "steps": (
            "1. **Récupérer le contenu** : copier les textes page par page ; télécharger images et documents depuis Google Drive.\n"
            "2. **Installer WordPress** chez un hébergeur, choisir un thème, recréer pages et menu.\n"
            "3. **Remplacer les éléments Google** : formulaire par une extension de formulaire, agenda par une extension d'agenda ou un lien vers Mobilizon.\n"
            "4. **Ce qui casse** : l'adresse sites.google.com, les documents intégrés (à joindre en PDF).\n\n"
            "Compter une journée pour un site de 10 à 20 pages."
        ),
    },
    {
        "product": "wix",
        "tool": "yeswiki",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Moins d'effets graphiques et de modèles ; pas de boutique ; Wix n'exporte pas le site, tout se recopie.",
        "gains": "Site collaboratif modifiable par plusieurs membres, formulaires, cartes et agendas ; pas d'abonnement à l'éditeur.",
        "cost": "Hébergement web : quelques dizaines d'euros par an.",
        "steps": (
            "1. **Récupérer le contenu** : Wix n'exporte pas les pages ; copier les textes, télécharger les images d'origine (gestionnaire de médias), exporter les contacts (CSV) et les articles du blog (flux RSS ou copie).\n"
            "2. **Installer YesWiki** chez un hébergeur PHP, choisir un thème, recréer pages et menu.\n"
            "3. **Ce qui casse** : animations et mises en page Wix, boutique et réservations Wix, adresses des pages.\n"
            "4. **Nom de domaine** : s'il a été acheté via Wix, demander le transfert avant la fin de l'abonnement.\n\n"
            "Compter une à deux journées pour un site de 10 à 30 pages."
        ),
    },
    {
        "product": "calameo",
        "tool": "wordpress",
        "coverage": DIFFERENT,
        "effort": LOW,
        "losses": "Pas d'effet « livre à feuilleter » ni de statistiques de lecture détaillées.",
        "gains": "Publication sans publicité ni suivi des lecteurs ; le PDF reste téléchargeable et accessible (lecteurs d'écran) depuis le site de l'association.",
        "cost": "Aucun coût en plus si l'association a déjà un site.",
        "steps": (
            "1. **Rassembler les PDF d'origine** des publications Calaméo (bulletins, rapports) ; si l'un manque, le retélécharger depuis Calaméo si l'offre le permet.\n"
            "2. **Publier sur le site** : dans WordPress, Médias, « Ajouter », puis insérer le PDF dans une page avec le bloc « Fichier » (aperçu intégré dans le navigateur).\n"
            "3. **Soigner l'accessibilité** : un PDF balisé, un titre clair, et le résumé en texte sur la page.\n"
            "4. **Ce qui casse** : les liens Calaméo déjà diffusés ; les remplacer sur le site et les réseaux.\n\n"
            "Compter 10 minutes par publication."
        ),
    },
    # iCloud, Google Photos
    {
        "product": "icloud",
        "tool": "nextcloud",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Moins intégré aux appareils Apple (la sauvegarde de l'iPhone reste chez Apple) ; il faut choisir un hébergeur.",
        "gains": "Un espace partagé de l'association, accessible depuis Windows, Android et Linux ; fichiers, agendas et contacts au même endroit.",
        "cost": "Gratuit pour quelques Go chez certains hébergeurs, sinon abonnement (quelques euros par mois).",
        "steps": (
            "1. **Exporter depuis iCloud** : sur icloud.com, sélectionner les dossiers d'iCloud Drive et les télécharger ; Contacts : tout sélectionner, « Exporter la vCard » ; Calendrier : partager en public puis télécharger le fichier .ics (ou demander une copie sur privacy.apple.com).\n"
            "2. **Mettre en place Nextcloud** chez un hébergeur ; créer un dossier partagé par groupe de travail.\n"
            "3. **Importer** : déposer les dossiers dans Fichiers ; Contacts, « Importer » la vCard ; Agenda, « Importer un calendrier » (.ics).\n"
            "4. **Ce qui casse** : les liens de partage iCloud déjà envoyés ; les albums partagés de Photos (voir Immich ou un dossier Nextcloud).\n"
            "5. **Sur les iPhone** : installer l'application Nextcloud et ajouter le compte CalDAV/CardDAV dans les Réglages.\n\n"
            "Compter une demi-journée pour quelques dizaines de Go."
        ),
    },
    {
        "product": "icloud",
        "tool": "immich",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Il faut un serveur administré par quelqu'un de compétent ; Immich ne remplace que les photos.",
        "gains": "Photothèque de l'association avec albums partagés, sauvegarde automatique des téléphones, sans abonnement ni stockage chez Apple.",
        "cost": "Gratuit si auto-hébergé ; prévoir le matériel ou le serveur.",
        "steps": (
            "1. **Exporter les photos** : sur privacy.apple.com, « Obtenir une copie de vos données », cocher Photos iCloud ; ou, sur un Mac, exporter les originaux depuis Photos.\n"
            "2. **Installer Immich** sur le serveur de l'association et créer les comptes.\n"
            "3. **Importer** les originaux avec l'outil en ligne de commande d'Immich ou le téléversement web, puis recréer les albums partagés.\n"
            "4. **Ce qui casse** : les liens d'albums partagés iCloud ; une partie des légendes et des retouches faites dans Photos.\n\n"
            "Compter une journée (installation comprise) pour quelques milliers de photos."
        ),
    },
    {
        "product": "google-photos",
        "tool": "immich",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "Il faut un serveur et quelqu'un pour l'administrer et le sauvegarder ; pas de retouche automatique.",
        "gains": "Sauvegarde des téléphones, albums partagés, recherche par lieu et visages, sans compte Google ; photos chez l'association.",
        "cost": "Gratuit si auto-hébergé ; prévoir le matériel et une sauvegarde.",
        "steps": (
            "1. **Exporter depuis Google Photos** : Google Takeout, ne cocher que « Google Photos », archives .zip de 50 Go.\n"
            "2. **Installer Immich** sur le serveur de l'association et créer les comptes des membres.\n"
            "3. **Importer** : des outils en ligne de commande remettent les dates et lieux des fichiers JSON de Takeout (la documentation d'Immich indique lesquels) ; vérifier quelques photos anciennes.\n"
            "4. **Ce qui casse** : les liens d'albums partagés Google, les retouches et montages automatiques.\n"
            "5. **Prévenir les membres** : installer l'application Immich et activer la sauvegarde des seuls albums utiles à l'association.\n\n"
            "Compter une journée, installation comprise, pour quelques milliers de photos."
        ),
    },
    {
        "product": "google-photos",
        "tool": "nextcloud",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de recherche par visages ni de souvenirs automatiques (sauf applications complémentaires installées par l'hébergeur).",
        "gains": "Photos rangées avec les autres fichiers de l'association, partage par lien, chez un hébergeur choisi.",
        "cost": "Abonnement Nextcloud selon l'espace nécessaire.",
        "steps": (
            "1. **Exporter depuis Google Photos** : Google Takeout, « Google Photos » seulement.\n"
            "2. **Déposer les photos dans Nextcloud** : un dossier par événement ou par année ; l'application Photos les affiche par date.\n"
            "3. **Ce qui casse** : les dates de certaines photos (rangées dans les fichiers JSON à part), les albums partagés Google.\n"
            "4. **Sur les téléphones** : l'application Nextcloud peut téléverser automatiquement un dossier choisi.\n\n"
            "Compter une demi-journée pour quelques milliers de photos."
        ),
    },
    # Paiements
    {
        "product": "sumup",
        "tool": "paheko",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Paheko n'encaisse pas de carte bancaire : il faut garder un terminal ou un prestataire de paiement.",
        "gains": "Les ventes et cotisations encaissées sont enregistrées dans la comptabilité et le fichier des membres, avec une caisse pour les buvettes et ventes.",
        "cost": "Paheko.cloud selon l'offre, ou gratuit si auto-hébergé ; le terminal de paiement reste payant.",
        "steps": (
            "1. **Exporter les ventes SumUp** : tableau de bord, Ventes, export CSV de l'exercice.\n"
            "2. **Mettre en place Paheko** (Paheko.cloud ou auto-hébergé) et activer l'extension de caisse si l'association vend sur place.\n"
            "3. **Importer dans la comptabilité** : Comptabilité, Import, format CSV, en regroupant les ventes par jour ou par événement ; ajouter les frais SumUp en charges.\n"
            "4. **Ce qui ne change pas** : le paiement par carte reste chez SumUp ou un autre prestataire.\n\n"
            "Compter une heure par exercice à reprendre."
        ),
    },
    {
        "product": "paypal",
        "tool": "paheko",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Paheko n'encaisse pas de paiement en ligne : il faut un prestataire (banque, HelloAsso, PayPal…).",
        "gains": "Cotisations et dons reçus rapprochés des membres et de la comptabilité ; reçus fiscaux générés dans Paheko.",
        "cost": "Paheko.cloud selon l'offre, ou gratuit si auto-hébergé ; les commissions de paiement restent.",
        "steps": (
            "1. **Exporter depuis PayPal** : Activité, Relevés, télécharger les transactions de l'exercice (CSV).\n"
            "2. **Mettre en place Paheko** et importer la liste des membres (Membres, Import, CSV).\n"
            "3. **Importer les paiements** : Comptabilité, Import (CSV) ; enregistrer les commissions PayPal en frais bancaires ; rattacher les cotisations aux membres.\n"
            "4. **Ce qui ne change pas** : le bouton de paiement reste chez le prestataire ; un virement ou un chèque enregistré dans Paheko reste aussi possible.\n\n"
            "Compter une à deux heures par exercice."
        ),
    },
    # Billetteries
    {
        "product": "weezevent",
        "tool": "mobilizon",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de billets payants, de contrôle des billets ni de paiement en ligne ; inscriptions simples seulement.",
        "gains": "Page d'événement et inscriptions sans publicité ni commission ; visible sur le Fediverse.",
        "cost": "Gratuit sur les instances publiques.",
        "steps": (
            "1. **Exporter depuis Weezevent** : liste des participants des événements passés (Excel) pour le bilan ; rapports de ventes pour la comptabilité.\n"
            "2. **Créer le groupe de l'association sur Mobilizon** (par exemple sur mobilizon.fr) et les prochains événements gratuits, avec inscription et nombre de places.\n"
            "3. **Garder une billetterie pour les événements payants** : Mobilizon ne vend pas de billets.\n"
            "4. **Ce qui casse** : les liens Weezevent déjà diffusés ; les participants ne sont pas transférés.\n\n"
            "Compter 20 minutes par événement."
        ),
    },
    {
        "product": "billetweb",
        "tool": "mobilizon",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Pas de billets payants ni de paiement en ligne ; pas de contrôle des billets à l'entrée.",
        "gains": "Page d'événement et inscriptions sans commission ; abonnement au groupe de l'association sur le Fediverse.",
        "cost": "Gratuit sur les instances publiques.",
        "steps": (
            "1. **Exporter depuis Billetweb** : listes des participants (tableur) et rapports de ventes des événements passés.\n"
            "2. **Créer le groupe sur Mobilizon** et les prochains événements gratuits avec inscription.\n"
            "3. **Événements payants** : garder une billetterie, Mobilizon ne vend pas de billets.\n"
            "4. **Ce qui casse** : les liens Billetweb diffusés ; les inscrits ne sont pas transférés.\n\n"
            "Compter 20 minutes par événement."
        ),
    },
    # Microsoft Forms, Publisher
    {
        "product": "microsoft-forms",
        "tool": "limesurvey",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Interface plus austère ; il faut un hébergeur LimeSurvey ; pas d'intégration à Excel ni à Teams.",
        "gains": "Questionnaires très complets (conditions, quotas, anonymat), réponses chez l'hébergeur choisi, exports CSV, Excel et SPSS.",
        "cost": "Gratuit si auto-hébergé ; LimeSurvey Cloud ou un hébergeur associatif sinon.",
        "steps": (
            "1. **Exporter depuis Microsoft Forms** : onglet Réponses, « Ouvrir dans Excel » pour chaque formulaire à garder.\n"
            "2. **Recréer le questionnaire** dans LimeSurvey : les questions se recopient (pas d'import Forms) ; choisir les types de question équivalents.\n"
            "3. **Tester** le questionnaire sur téléphone et vérifier l'export des réponses (Réponses, « Exporter »).\n"
            "4. **Ce qui casse** : les liens Forms diffusés, les réponses déjà reçues (elles restent dans le fichier Excel).\n\n"
            "Compter 30 minutes à une heure par questionnaire."
        ),
    },
    {
        "product": "microsoft-forms",
        "tool": "nextcloud-forms",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins de types de questions et de logique conditionnelle ; nécessite un espace Nextcloud.",
        "gains": "Formulaires et réponses rangés avec les fichiers de l'association, sans compte Microsoft pour répondre.",
        "cost": "Inclus dans l'abonnement Nextcloud de l'hébergeur.",
        "steps": (
            "1. **Exporter depuis Microsoft Forms** : Réponses, « Ouvrir dans Excel ».\n"
            "2. **Recréer le formulaire** dans Nextcloud Forms (pas d'import) et activer le partage par lien public.\n"
            "3. **Vérifier les réponses** : export CSV ou lien vers un tableur dans Nextcloud.\n"
            "4. **Ce qui casse** : les liens Forms diffusés.\n\n"
            "Compter 20 minutes par formulaire."
        ),
    },
    {
        "product": "microsoft-forms",
        "tool": "cryptpad",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Moins de mise en forme et de statistiques ; logique conditionnelle plus limitée.",
        "gains": "Formulaire et réponses chiffrés de bout en bout ; pas de compte nécessaire pour répondre.",
        "cost": "Gratuit sur CryptPad.fr dans la limite de l'espace offert.",
        "steps": (
            "1. **Exporter depuis Microsoft Forms** : Réponses, « Ouvrir dans Excel ».\n"
            "2. **Recréer le formulaire** dans CryptPad (Nouveau, Formulaire) ; régler qui peut voir les réponses.\n"
            "3. **Récupérer les réponses** : vue des réponses, export CSV.\n"
            "4. **Ce qui casse** : les liens Forms diffusés.\n\n"
            "Compter 20 minutes par formulaire."
        ),
    },
    {
        "product": "microsoft-publisher",
        "tool": "scribus",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "Prise en main plus longue ; Scribus n'ouvre pas les fichiers .pub : les mises en page se refont.",
        "gains": "Mise en page professionnelle (PDF pour l'imprimeur, couleurs CMJN), logiciel pérenne et gratuit, sur Windows, Mac et Linux.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Convertir avant tout** : ouvrir chaque fichier .pub encore utile (dans Publisher, ou dans LibreOffice Draw qui les lit) et l'enregistrer en PDF ; garder à part textes et images.\n"
            "2. **Refaire un modèle Scribus** pour chaque document récurrent (bulletin, affiche) : gabarits de page, styles de paragraphe, couleurs de l'association.\n"
            "3. **Reprendre les contenus** : importer les textes (Fichier, Importer, texte ou document ODT) et les images dans les cadres.\n"
            "4. **Ce qui casse** : la mise en page exacte des .pub ; les polices absentes de l'ordinateur.\n"
            "5. **Exporter en PDF** (Fichier, Exporter, PDF) avec le profil demandé par l'imprimeur.\n\n"
            "Compter une demi-journée par modèle récurrent, puis le temps habituel par numéro."
        ),
    },
    {
        "product": "microsoft-publisher",
        "tool": "libreoffice",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "LibreOffice Draw ouvre les .pub mais la mise en page peut bouger ; moins d'outils de publication qu'un vrai logiciel de mise en page.",
        "gains": "Ouvre les anciens fichiers Publisher sans licence Microsoft ; affiches et flyers simples faits dans Draw ou Writer, export PDF.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Ouvrir les .pub dans LibreOffice** : Fichier, Ouvrir, choisir le fichier : il s'ouvre dans Draw.\n"
            "2. **Vérifier chaque page** (polices, images, blocs de texte) et corriger ce qui a bougé.\n"
            "3. **Enregistrer au format ODG** (modifiable) et exporter en PDF pour l'impression.\n"
            "4. **Ce qui casse** : certains effets et les textes liés entre cadres ; pour un bulletin de plusieurs pages, Scribus convient mieux.\n\n"
            "Compter 15 à 30 minutes par document."
        ),
    },
    # Notes : OneNote, Evernote, Google Keep
    {
        "product": "evernote",
        "tool": "joplin",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Pas d'espace partagé en temps réel pour une équipe ; la synchronisation se règle soi-même.",
        "gains": "Notes en Markdown, lisibles sans Joplin, synchronisées par le service choisi (Nextcloud…), avec chiffrement possible ; pas de limite de notes.",
        "cost": "Gratuit (Joplin Cloud payant si l'on veut ce service de synchronisation).",
        "steps": (
            "1. **Exporter depuis Evernote** : dans l'application pour ordinateur, clic droit sur chaque carnet, « Exporter le carnet », format ENEX.\n"
            "2. **Importer dans Joplin** : Fichier, Importer, « ENEX - Evernote Export File (as Markdown) » ; un carnet Joplin est créé par fichier.\n"
            "3. **Vérifier** quelques notes avec tableaux et pièces jointes.\n"
            "4. **Ce qui casse** : les rappels et les liens entre notes Evernote ; la mise en forme de certains tableaux.\n"
            "5. **Synchroniser** : Outils, Options, Synchronisation (Nextcloud ou WebDAV de l'association).\n\n"
            "Compter une heure pour quelques centaines de notes."
        ),
    },
    {
        "product": "onenote",
        "tool": "joplin",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de page libre où l'on écrit n'importe où, ni de dessin à main levée aussi riche ; la reprise de OneNote est imparfaite.",
        "gains": "Notes dans un format ouvert (Markdown), synchronisées sans compte Microsoft, chiffrables.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Exporter depuis OneNote** : Fichier, Exporter, chaque section en Word (.docx) ou PDF.\n"
            "2. **Importer dans Joplin** : selon la version installée, regarder dans Fichier, Importer si un import OneNote est proposé ; sinon ouvrir les .docx et coller le contenu dans des notes, ou joindre les PDF.\n"
            "3. **Ce qui casse** : la disposition libre des pages, les dessins, les balises OneNote.\n"
            "4. **Synchroniser** avec le Nextcloud ou le WebDAV de l'association.\n\n"
            "Compter une demi-journée pour un classeur bien rempli ; ne reprendre que ce qui sert encore."
        ),
    },
    {
        "product": "google-keep",
        "tool": "joplin",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Pas d'import direct de Google Keep dans Joplin ; rappels géolocalisés absents.",
        "gains": "Notes et listes sans compte Google, synchronisées par le service choisi, avec carnets et étiquettes.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Exporter depuis Keep** : Google Takeout, cocher « Keep » : une note par fichier HTML.\n"
            "2. **Reprendre dans Joplin** : Fichier, Importer, « HTML » (un fichier ou un dossier) ; ou recopier les listes encore utiles.\n"
            "3. **Ce qui casse** : les couleurs, les rappels et le partage de notes Keep ; les listes à cocher deviennent du texte à revérifier.\n"
            "4. **Synchroniser** Joplin sur ordinateur et téléphone.\n\n"
            "Compter une heure pour une centaine de notes."
        ),
    },
    # Réseaux sociaux
    {
        "product": "linkedin",
        "tool": "mastodon",
        "coverage": DIFFERENT,
        "effort": LOW,
        "losses": "Pas de réseau professionnel aussi large, ni d'offres d'emploi ou de bénévolat de compétence ; public différent.",
        "gains": "Publication sans algorithme ni publicité ; le compte de l'association suit ses partenaires du Fediverse.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Garder ses publications** : LinkedIn, Préférences, Confidentialité des données, « Obtenir une copie de vos données » ; garder les textes et visuels de la page de l'association.\n"
            "2. **Ouvrir un compte Mastodon** pour l'association sur une instance adaptée (généraliste ou thématique).\n"
            "3. **Publier en double** pendant quelques mois, en indiquant le compte Mastodon sur LinkedIn et sur le site.\n"
            "4. **Ce qui ne suit pas** : les abonnés LinkedIn, qui restent sur LinkedIn ; beaucoup d'associations gardent les deux.\n\n"
            "Compter une heure pour ouvrir le compte, puis quelques minutes par publication."
        ),
    },
    {
        "product": "tiktok",
        "tool": "peertube",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Pas la même audience ni la même viralité ; pas d'outils de montage intégrés au téléphone.",
        "gains": "Vidéos hébergées sans publicité ni pistage, sur une instance choisie, intégrables au site ; pas de dépendance à un algorithme.",
        "cost": "Gratuit sur de nombreuses instances ; payant si l'on fait héberger sa propre instance.",
        "steps": (
            "1. **Garder ses vidéos d'origine** (montées avant publication) ; TikTok, Paramètres, Compte, « Télécharger vos données » pour le reste.\n"
            "2. **Ouvrir une chaîne PeerTube** sur une instance qui accepte les associations (demander avant : beaucoup sont sur inscription).\n"
            "3. **Téléverser** les vidéos utiles, au format vertical si besoin ; ajouter titres, descriptions et sous-titres.\n"
            "4. **Ce qui ne suit pas** : les abonnés, les commentaires, les musiques sous licence TikTok (à retirer ou remplacer).\n\n"
            "Compter 10 minutes par vidéo."
        ),
    },
    # Comptabilité
    {
        "product": "basicompta",
        "tool": "paheko",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Il faut reprendre le paramétrage ; pas de support commercial inclus hors Paheko.cloud.",
        "gains": "Comptabilité associative et fichier des membres réunis ; logiciel libre, données exportables, hébergement au choix.",
        "cost": "Paheko.cloud selon l'offre, ou gratuit si auto-hébergé.",
        "steps": (
            "1. **Choisir la date de bascule** : idéalement le début d'un exercice, pour ne reprendre que les soldes.\n"
            "2. **Exporter depuis Basicompta** : balance de clôture et, si possible, écritures de l'exercice (tableur ou FEC selon ce que propose l'export).\n"
            "3. **Paramétrer Paheko** : plan comptable associatif, comptes bancaires, puis saisir la balance d'ouverture (ou importer les écritures : Comptabilité, Import, CSV ou FEC).\n"
            "4. **Vérifier** que les soldes de banque correspondent aux relevés.\n"
            "5. **Ce qui ne suit pas** : les pièces justificatives jointes (les archiver à part), les réglages propres à Basicompta.\n\n"
            "Compter une demi-journée à une journée avec le ou la trésorière."
        ),
    },
    # Tableurs-bases de données, bénévolat
    {
        "product": "airtable",
        "tool": "grist",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Moins d'automatisations et d'intégrations prêtes à l'emploi ; pas d'import direct d'une base Airtable avec ses liens.",
        "gains": "Tables liées, formules en Python, droits fins par rôle ; logiciel libre, auto-hébergeable, exports Excel et CSV.",
        "cost": "Offre gratuite limitée chez Grist Labs ; gratuit si auto-hébergé.",
        "steps": (
            "1. **Exporter depuis Airtable** : pour chaque table, menu de la vue, « Télécharger CSV » ; télécharger à part les pièces jointes.\n"
            "2. **Importer dans Grist** : nouveau document, « Importer depuis un fichier », une table par CSV.\n"
            "3. **Recréer les liens** : changer le type des colonnes de liaison en « Référence » vers l'autre table ; refaire les formules.\n"
            "4. **Ce qui casse** : automatisations, vues formulaire et interfaces Airtable (à refaire avec les formulaires et pages de Grist).\n\n"
            "Compter une demi-journée pour une base de 3 à 5 tables."
        ),
    },
    {
        "product": "google-sheets",
        "tool": "grist",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Ce n'est pas un tableur libre de mise en page : pas de cellules fusionnées ni de mise en forme libre ; les formules sont à réécrire.",
        "gains": "Pour les listes (bénévoles, partenaires, prêts de matériel) : tables liées, formulaires et droits par rôle sans compte Google.",
        "cost": "Offre gratuite limitée chez Grist Labs ; gratuit si auto-hébergé.",
        "steps": (
            "1. **Exporter depuis Google Sheets** : Fichier, Télécharger, « Microsoft Excel (.xlsx) ».\n"
            "2. **Importer dans Grist** : « Importer depuis un fichier » ; chaque feuille devient une table.\n"
            "3. **Nettoyer** : une ligne par élément, une colonne par information ; transformer les listes déroulantes en colonnes « Choix » et les renvois en « Référence ».\n"
            "4. **Ce qui casse** : les formules Google (à réécrire), la mise en forme, les scripts Apps Script.\n\n"
            "Compter deux heures pour un classeur de suivi."
        ),
    },
    {
        "product": "google-sheets",
        "tool": "benevalibre",
        "coverage": DIFFERENT,
        "effort": LOW,
        "losses": "Ne sert qu'au suivi du bénévolat : le reste du tableur garde sa place.",
        "gains": "Chaque bénévole saisit son temps lui-même ; bilans par année et par projet prêts pour le rapport d'activité et la valorisation comptable.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Repérer le tableau de suivi du bénévolat** (heures, actions, personnes) dans le classeur partagé.\n"
            "2. **Créer l'espace de l'association dans Bénévalibre** et les catégories d'actions correspondant aux colonnes du tableau.\n"
            "3. **Commencer à une date claire** (début d'année ou d'exercice) ; garder l'ancien tableau en archive.\n"
            "4. **Inviter les bénévoles** et leur montrer la saisie d'une action.\n\n"
            "Compter une heure de mise en place."
        ),
    },
    # Podcasts, applications
    {
        "product": "ausha",
        "tool": "castopod",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Il faut un hébergement et quelqu'un pour l'entretenir ; moins d'outils de promotion intégrés.",
        "gains": "Podcast hébergé chez l'association ou un hébergeur choisi, statistiques sans pistage, présence sur le Fediverse.",
        "cost": "Gratuit si auto-hébergé ; abonnement chez un hébergeur sinon.",
        "steps": (
            "1. **Relever l'adresse du flux RSS** du podcast chez Ausha et télécharger les fichiers audio d'origine.\n"
            "2. **Installer Castopod** (ou le faire héberger) et utiliser « Importer un podcast » avec l'adresse du flux : épisodes, descriptions et images sont repris.\n"
            "3. **Rediriger l'ancien flux** : demander à Ausha (réglages ou support) de rediriger l'ancien flux vers le flux Castopod, pour que les abonnés suivent, puis vérifier sur les plateformes d'écoute.\n"
            "4. **Ce qui casse** : les statistiques passées (les exporter avant), les lecteurs intégrés Ausha sur le site.\n\n"
            "Compter une demi-journée, installation comprise."
        ),
    },
    {
        "product": "google-play",
        "tool": "f-droid",
        "coverage": PARTIAL,
        "effort": LOW,
        "losses": "Beaucoup d'applications courantes (banques, réseaux sociaux, messageries commerciales) n'y sont pas.",
        "gains": "Applications libres, sans compte Google, avec les anti-fonctionnalités (pistage, publicité) affichées.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Lister les applications** utilisées par l'association sur ses téléphones.\n"
            "2. **Installer F-Droid** depuis f-droid.org et autoriser l'installation d'applications depuis cette source.\n"
            "3. **Installer les équivalents libres** disponibles (lecteur PDF, navigateur, messagerie, notes) et garder le Play Store pour les autres.\n"
            "4. **Ce qui casse** : rien tant que le Play Store reste installé ; sur un téléphone sans compte Google, certaines applications ne fonctionneront pas.\n\n"
            "Compter 30 minutes par téléphone."
        ),
    },
    # Nouveaux outils pour des produits déjà présents
    {
        "product": "wetransfer",
        "tool": "lufi",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Taille maximale et durée de conservation fixées par l'instance choisie ; pas de courriel envoyé automatiquement aux destinataires.",
        "gains": "Fichier chiffré dans le navigateur, illisible par l'hébergeur ; sans compte ; hébergé par une association.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Rien à exporter** : les transferts WeTransfer expirent d'eux-mêmes ; télécharger seulement ceux qui doivent être gardés.\n"
            "2. **Choisir une instance Lufi** (par exemple drop.chapril.org) et noter sa taille maximale.\n"
            "3. **Envoyer un fichier** : le déposer, choisir la durée, cocher la suppression après le premier téléchargement si utile, copier le lien et l'envoyer par courriel.\n"
            "4. **Ce qui change** : c'est l'expéditeur qui envoie le lien ; le lien contient la clé de déchiffrement, ne pas le publier.\n\n"
            "Compter 10 minutes pour montrer l'outil aux bénévoles."
        ),
    },
    {
        "product": "wetransfer",
        "tool": "plik",
        "coverage": FULL,
        "effort": HIGH,
        "losses": "Demande un serveur et quelqu'un pour l'installer ; interface en anglais.",
        "gains": "Transferts sur le serveur de l'association, avec mot de passe, durée de vie et taille choisies par elle.",
        "cost": "Gratuit si auto-hébergé (prévoir l'espace disque).",
        "steps": (
            "1. **Faire installer Plik** sur le serveur de l'association ; fixer la durée de vie et la taille maximales.\n"
            "2. **Tester** un envoi de plusieurs fichiers avec mot de passe.\n"
            "3. **Donner l'adresse** aux bénévoles qui envoient des gros fichiers (photos, vidéos, maquettes).\n"
            "4. **Ce qui change** : pas d'envoi de courriel par le service, on transmet soi-même le lien.\n\n"
            "Compter une demi-journée d'installation pour la personne technique."
        ),
    },
    {
        "product": "slack",
        "tool": "mattermost",
        "coverage": FULL,
        "effort": MEDIUM,
        "losses": "Il faut un serveur et des mises à jour ; moins d'intégrations toutes prêtes ; certaines fonctions sont réservées aux éditions payantes.",
        "gains": "Interface proche de Slack, historique complet sans limite de durée, importe l'export Slack, données sur le serveur choisi.",
        "cost": "Gratuit si auto-hébergé ; prestataire sinon.",
        "steps": (
            "1. **Exporter depuis Slack** : un administrateur, Paramètres de l'espace de travail, « Importer/Exporter des données », Exporter (archive .zip des canaux publics).\n"
            "2. **Installer Mattermost** et créer l'équipe.\n"
            "3. **Importer** l'archive : l'outil `mmetl` convertit l'export Slack, puis la commande `mmctl import` le charge (documentation « Migrate from Slack ») ; les utilisateurs sont recréés.\n"
            "4. **Ce qui casse** : les messages privés et canaux privés (absents de l'export gratuit), les intégrations Slack, les fichiers si l'export ne les contient pas.\n"
            "5. **Inviter les membres** avec une date de bascule et passer Slack en lecture seule.\n\n"
            "Compter une journée pour la personne technique, puis deux semaines de transition."
        ),
    },
    {
        "product": "microsoft-teams",
        "tool": "mattermost",
        "coverage": PARTIAL,
        "effort": HIGH,
        "losses": "Pas d'intégration aux documents Office ni à l'agenda Outlook ; la visio passe par une extension ; pas d'import depuis Teams.",
        "gains": "Canaux et fils de discussion sur un serveur choisi, sans licence Microsoft 365 par utilisateur.",
        "cost": "Gratuit si auto-hébergé ; prestataire sinon.",
        "steps": (
            "1. **Sauvegarder depuis Teams** : télécharger les fichiers de chaque équipe (onglet Fichiers, ouvrir dans SharePoint, Télécharger) ; copier les conversations importantes dans un document.\n"
            "2. **Installer Mattermost** et recréer équipes et canaux ; ranger les fichiers dans l'espace de fichiers de l'association (Nextcloud…).\n"
            "3. **Ce qui casse** : l'historique des conversations (pas d'import), les réunions planifiées, les intégrations Office.\n"
            "4. **Prévoir la visio** : extension d'appel de Mattermost ou lien Jitsi dans chaque canal.\n\n"
            "Compter une journée technique et un mois de transition."
        ),
    },
    {
        "product": "doodle",
        "tool": "rallly",
        "coverage": FULL,
        "effort": LOW,
        "losses": "Pas de synchronisation avec l'agenda personnel de l'organisateur sur l'offre gratuite ; pas d'import des sondages Doodle.",
        "gains": "Sans publicité, sans compte pour les participants, interface claire en français.",
        "cost": "Gratuit sur rallly.co ; options payantes.",
        "steps": (
            "1. **Rien à exporter** : laisser les sondages Doodle en cours se terminer.\n"
            "2. **Créer le prochain sondage** sur rallly.co : titre, lieu, dates proposées, puis copier le lien.\n"
            "3. **Envoyer le lien** : les participants indiquent leur nom et cochent (oui, si nécessaire, non).\n"
            "4. **Choisir la date** et envoyer l'invitation depuis Rallly.\n\n"
            "Compter 5 minutes par sondage."
        ),
    },
    {
        "product": "google-groups",
        "tool": "loomio",
        "coverage": DIFFERENT,
        "effort": MEDIUM,
        "losses": "Ce n'est pas une liste de diffusion par courriel ; pas d'import des archives Google Groups ; hébergement payant.",
        "gains": "Discussions structurées et décisions tracées (propositions, votes, objections), utiles pour un conseil d'administration entre deux réunions.",
        "cost": "Abonnement chez la coopérative Loomio, ou gratuit si auto-hébergé.",
        "steps": (
            "1. **Garder les archives** du groupe Google (Google Takeout, « Groupes ») si elles servent encore.\n"
            "2. **Créer le groupe Loomio** et inviter les membres par courriel ; régler les notifications par courriel (on peut répondre aux fils par courriel).\n"
            "3. **Ouvrir un premier fil** : une décision simple, avec une proposition et une date de clôture.\n"
            "4. **Ce qui ne suit pas** : l'historique des échanges ; les annonces à grande liste restent mieux servies par une liste de diffusion.\n\n"
            "Compter une heure de mise en place et une décision pour prendre l'habitude."
        ),
    },
    {
        "product": "facebook-events",
        "tool": "gancio",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Pas de bouton « Je participe » ni d'inscription ; il faut une instance locale ; audience bien plus petite.",
        "gains": "Agenda local partagé avec d'autres associations, sans compte pour le consulter ; flux RSS, .ics et Fediverse.",
        "cost": "Gratuit sur une instance existante.",
        "steps": (
            "1. **Lister les prochains événements** publiés sur Facebook (titre, date, lieu, image).\n"
            "2. **Trouver ou monter une instance Gancio** avec d'autres associations du territoire.\n"
            "3. **Proposer les événements** (formulaire « Ajouter un événement ») ; l'équipe de l'instance les valide.\n"
            "4. **Intégrer l'agenda** sur le site de l'association (widget) et indiquer le lien sur Facebook.\n"
            "5. **Ce qui ne suit pas** : les personnes « intéressées », les commentaires.\n\n"
            "Compter 10 minutes par événement une fois l'instance trouvée."
        ),
    },
    {
        "product": "windows",
        "tool": "emmabuntus",
        "coverage": PARTIAL,
        "effort": MEDIUM,
        "losses": "Les logiciels propres à Windows ne tournent pas (certains logiciels de comptabilité ou de caisse) ; habitudes à changer.",
        "gains": "Redonne vie à des ordinateurs anciens, sans licence ; logiciels utiles déjà installés ; pensé pour le réemploi et les publics éloignés du numérique.",
        "cost": "Gratuit.",
        "steps": (
            "1. **Sauvegarder** les documents, favoris et courriels du poste Windows sur un disque externe.\n"
            "2. **Essayer sans installer** : démarrer sur une clé USB Emmabuntüs et vérifier écran, son, Wi-Fi et imprimante.\n"
            "3. **Installer** (en effaçant Windows, ou à côté si le disque le permet), ou confier le poste à une association de reconditionnement.\n"
            "4. **Remettre les données** et vérifier les logiciels de travail (LibreOffice, Firefox, Thunderbird).\n"
            "5. **Ce qui casse** : les logiciels uniquement Windows ; prévoir une solution en ligne ou un poste Windows restant.\n\n"
            "Compter deux heures par ordinateur."
        ),
    },
]
