"""Migration steps written for each pair of the products associations use most, and that ordered list.

``MOST_USED_PRODUCTS`` lists the 40 products associations use most, most common first. It is an editorial
judgement of the portal team, not a measured ranking: it follows the uses French surveys of associations'
digital practices put first (for example the studies of Recherches & Solidarités with Solidatech: social
networks, messaging, e-mail, office suite, shared files, online payment and forms), and, within a use, the
products the advisors meet most in visits; new products of that release (Padlet, Telegram, LinkedIn) close
the list. The survey
picker can reuse it to show "most common first"; a coordinator may reorder it in a later release.

``PAIR_STEPS`` holds the steps written for a pair ("product/tool"): the product's real export formats and
menus, what breaks, how long it takes a small association. The seed (tools_catalog/seed.py) uses, in this
order, the steps written in the equivalence itself, then these, then the generic template, which says it is
generic. A content test checks that every equivalence of the 40 products has written steps.
"""

MOST_USED_PRODUCTS = [
    "facebook",
    "whatsapp",
    "gmail",
    "microsoft-excel",
    "microsoft-word",
    "google-drive",
    "helloasso",
    "zoom",
    "google-forms",
    "doodle",
    "canva",
    "instagram",
    "microsoft-powerpoint",
    "google-docs",
    "google-sheets",
    "google-meet",
    "outlook",
    "google-calendar",
    "messenger",
    "youtube",
    "microsoft-teams",
    "mailchimp",
    "brevo",
    "dropbox",
    "wetransfer",
    "microsoft-365",
    "google-workspace",
    "facebook-events",
    "excel-comptabilite",
    "windows",
    "google-chrome",
    "google-maps",
    "padlet",
    "telegram",
    "linkedin",
    "wix",
    "onedrive",
    "assoconnect",
    "trello",
    "x-twitter",
]

PAIR_STEPS = {
    # --- Facebook, WhatsApp, Messenger, Instagram, X, LinkedIn ------------------------------------------------
    "facebook/mobilizon": """\
1. **Garder ce qui compte sur Facebook** : Paramètres, Espace Comptes, « Télécharger vos informations » (format HTML, période choisie) ; pour une page d'association, garder aussi ses textes et visuels d'origine.
2. **Créer le groupe sur Mobilizon** : choisir une instance (par exemple mobilizon.fr, ou une instance locale), créer un profil puis un groupe au nom de l'association, avec logo et description.
3. **Publier les prochains événements** sur Mobilizon (date, lieu, inscription avec ou sans compte, nombre de places) et mettre leur lien dans les publications Facebook.
4. **Ce qui ne suit pas** : les abonnés de la page, les commentaires, les événements passés ; il n'y a pas d'import depuis Facebook. Beaucoup d'associations gardent Facebook pour la visibilité et renvoient vers Mobilizon pour les inscriptions.
5. **Prévenir les membres** : lien du groupe Mobilizon sur le site, dans la lettre d'information et en tête de la page Facebook.

Compter une heure pour ouvrir le groupe, puis 10 minutes par événement.
""",
    "whatsapp/delta-chat": """\
1. **Garder l'historique WhatsApp** si besoin : dans le groupe, menu ⋮, « Plus », « Exporter la discussion » (fichier texte, avec ou sans médias) ; le ranger dans le dossier partagé de l'association.
2. **Créer le groupe Delta Chat** : un ou une référente installe Delta Chat, crée un profil (serveur « chatmail » proposé par défaut, sans numéro de téléphone), crée le groupe et affiche son QR code d'invitation.
3. **Inviter** : partager le lien d'invitation dans le groupe WhatsApp, avec une date de bascule ; aider en direct les personnes moins à l'aise (5 minutes chacune).
4. **Ce qui ne suit pas** : l'historique, les photos déjà partagées, les membres qui ne font pas le pas ; prévoir un autre canal (courriel, SMS) pour eux.
5. **À la date prévue** : annoncer dans WhatsApp que le groupe n'est plus suivi et limiter l'envoi de messages aux administrateurs.

Compter deux à quatre semaines pour que la plupart des membres suivent.
""",
    "whatsapp/element": """\
1. **Garder l'historique WhatsApp** : menu ⋮ du groupe, « Plus », « Exporter la discussion ».
2. **Préparer Element** : choisir un serveur Matrix (matrix.org ou celui d'un hébergeur de confiance) ; créer un « espace » pour l'association et un salon par groupe WhatsApp (bureau, bénévoles, annonces).
3. **Accompagner la création des comptes** : montrer la sauvegarde de la clé de sécurité, sans laquelle les anciens messages chiffrés deviennent illisibles sur un nouvel appareil.
4. **Ce qui ne suit pas** : l'historique et les médias, l'annuaire des numéros de téléphone (on s'invite par identifiant Matrix) ; les passerelles WhatsApp-Matrix existent mais demandent un administrateur.
5. **Basculer** : publier le lien de l'espace dans WhatsApp avec une date, puis passer le groupe WhatsApp en lecture seule.

Compter un mois de transition et une personne référente pour les questions.
""",
    "messenger/signal": """\
1. **Garder les conversations utiles** : Facebook, Paramètres, Espace Comptes, « Télécharger vos informations », cocher « Messages » (HTML).
2. **Créer le groupe Signal** : un administrateur crée le groupe, active « Approuver les nouveaux membres » et crée un lien d'invitation.
3. **Inviter** : envoyer le lien dans la conversation Messenger avec une date de bascule ; les membres installent Signal avec leur numéro de téléphone (ou un nom d'utilisateur pour ne pas le montrer).
4. **Ce qui ne suit pas** : l'historique, les contacts Facebook (on se retrouve par numéro, nom d'utilisateur ou lien), les réactions et sondages Messenger.

Compter deux semaines de transition.
""",
    "messenger/element": """\
1. **Garder les conversations utiles** : Facebook, « Télécharger vos informations », « Messages » (HTML).
2. **Créer un espace Element** pour l'association sur un serveur Matrix choisi, avec un salon par conversation de groupe.
3. **Accompagner les comptes** : création du compte et sauvegarde de la clé de sécurité ; prévoir un court tutoriel.
4. **Ce qui ne suit pas** : l'historique, les contacts Facebook, les appels de groupe tels qu'on les connaît.
5. **Basculer** avec une date annoncée dans Messenger.

Compter un mois de transition.
""",
    "instagram/pixelfed": """\
1. **Télécharger ses publications** : Instagram, Paramètres, Espace Comptes, « Vos informations et autorisations », « Télécharger vos informations » (format JSON, qualité haute).
2. **Ouvrir un compte Pixelfed** sur une instance qui accepte les associations (par exemple pixelfed.fr) ; même nom, même photo de profil, lien vers le site.
3. **Reprendre les publications** : si l'instance a activé l'import Instagram (Paramètres, Import), y déposer l'archive ; sinon republier à la main les photos utiles.
4. **Ce qui ne suit pas** : les abonnés, les commentaires, les stories et les réels ; publier en double quelques mois en indiquant le compte Pixelfed sur Instagram.

Compter une heure pour ouvrir et remplir le compte.
""",
    "x-twitter/mastodon": """\
1. **Télécharger l'archive X** : Paramètres, « Votre compte », « Télécharger une archive de vos données » (prête en quelques jours).
2. **Ouvrir le compte Mastodon** de l'association sur une instance choisie (généraliste, régionale ou thématique) ; reprendre nom, photo, description et lien du site (le lien est « vérifié » si le site renvoie vers le compte).
3. **Retrouver ses contacts** : chercher les partenaires, médias et élus déjà présents ; annoncer le nouveau compte sur X et dans la signature des courriels.
4. **Ce qui ne suit pas** : les abonnés et l'historique des messages (Mastodon n'importe pas les tweets) ; l'archive reste consultable hors ligne.

Compter une heure pour ouvrir le compte ; publier en double le temps que l'audience suive.
""",
    # --- Courriel et agenda -----------------------------------------------------------------------------
    "gmail/thunderbird": """\
1. **Rien à exporter** : Thunderbird lit la boîte Gmail telle quelle (les courriels restent chez Google).
2. **Ajouter le compte** : Thunderbird, « Nouveau », « Compte courriel existant », saisir l'adresse Gmail ; la connexion se fait par la page Google (OAuth2), sans mot de passe d'application.
3. **Garder une copie locale** : paramètres du compte, « Synchronisation et espace disque », conserver les messages sur l'ordinateur ; pour une archive, glisser les dossiers utiles dans « Dossiers locaux ».
4. **Ce qui change** : les libellés Gmail deviennent des dossiers (un courriel avec deux libellés apparaît deux fois) ; les filtres Gmail continuent de s'appliquer côté serveur.
5. **Pour aller plus loin** : ce réglage prépare un changement de fournisseur, les courriels locaux se copient vers une nouvelle boîte par simple glisser-déposer.

Compter 30 minutes par poste.
""",
    "gmail/roundcube": """\
1. **Choisir un hébergeur de courriel** (associatif, CHATONS, ou l'hébergeur du site) et, idéalement, un nom de domaine à l'association : l'adresse ne dépendra plus du fournisseur.
2. **Copier les anciens courriels** : l'hébergeur peut les reprendre par IMAP (outil du type imapsync) ; sinon, dans Thunderbird, ajouter les deux comptes et glisser les dossiers de Gmail vers la nouvelle boîte.
3. **Reprendre les contacts** : Google Contacts, « Exporter », format vCard, puis import dans le carnet d'adresses de Roundcube (Contacts, Importer).
4. **Faire suivre** : dans Gmail, Paramètres, « Transfert et POP/IMAP », transférer vers la nouvelle adresse pendant la transition ; prévenir partenaires et abonnés du changement d'adresse.
5. **Ce qui casse** : les libellés deviennent des dossiers, les filtres sont à refaire (Paramètres, Filtres dans Roundcube), les comptes en ligne créés avec l'adresse Gmail sont à mettre à jour un par un.

Compter une demi-journée et trois mois de transfert.
""",
    "outlook/thunderbird": """\
1. **Importer depuis Outlook** (Windows) : Thunderbird, menu Outils, « Importer », « Outlook » : courriels, carnet d'adresses et paramètres des comptes. Les archives .pst non ouvertes dans Outlook ne sont pas lues : les ouvrir d'abord dans Outlook.
2. **Ou ajouter le compte** : « Compte courriel existant » ; pour Microsoft 365 ou Outlook.com, la connexion se fait par la page Microsoft (OAuth2).
3. **Agendas** : un agenda Exchange partagé n'est lu qu'avec une extension (par exemple TbSync) ; un agenda exporté en .ics s'importe (Agenda, Fichier, Importer).
4. **Ce qui casse** : règles de tri (à recréer dans Outils, « Filtres de messages »), catégories de couleur, signatures (à recopier).

Compter une heure par poste.
""",
    "outlook/thunderbird-android": """\
1. **Installer Thunderbird** sur le téléphone depuis le Play Store ou F-Droid.
2. **Ajouter le compte** : saisir l'adresse ; pour Outlook.com ou Microsoft 365, la connexion passe par la page Microsoft.
3. **Régler les notifications** par dossier et la signature.
4. **Ce qui manque** : l'agenda (utiliser l'application d'agenda du téléphone, reliée par exemple au Nextcloud de l'association).

Compter 15 minutes par téléphone.
""",
    "google-calendar/nextcloud-calendar": """\
1. **Exporter depuis Google Agenda** : sur ordinateur, Paramètres, « Importer et exporter », « Exporter » : une archive .zip avec un fichier .ics par agenda.
2. **Importer dans Nextcloud** : application Agenda, « Paramètres et importation », « Importer un calendrier », choisir le .ics et l'agenda de destination (en créer un par usage : bureau, événements, salles).
3. **Partager** : menu de l'agenda, partager avec les comptes ou groupes Nextcloud, ou publier un lien en lecture seule pour le site.
4. **Sur les téléphones** : Android avec l'application DAVx⁵ (adresse du Nextcloud), iPhone dans Réglages, Calendrier, Comptes, « CalDAV ».
5. **Ce qui casse** : les liens Google Meet des événements, les invitations en cours (les invités gardent l'ancienne version), les agendas abonnés (à réabonner par leur adresse .ics).

Compter une heure, plus 10 minutes par téléphone.
""",
    # --- Bureautique --------------------------------------------------------------------------------------
    "microsoft-word/libreoffice": """\
1. **Rien à convertir d'avance** : LibreOffice Writer ouvre les .docx directement.
2. **Installer LibreOffice** (libreoffice.org, version « stable » pour les postes de l'association) et choisir le format d'enregistrement : Outils, Options, Chargement/enregistrement, Général, « Toujours enregistrer sous » : .docx si les partenaires sont sous Word, sinon le format ouvert .odt.
3. **Vérifier les documents clés** (statuts, modèles de courrier, bulletin d'adhésion) : polices (Calibri et Cambria sont remplacées par Carlito et Caladea, de même largeur), zones de texte, en-têtes, numérotation.
4. **Ce qui casse** : les macros VBA, certaines zones de texte et mises en page complexes, le suivi de modifications très chargé ; la coédition en ligne (elle passe par un autre outil, par exemple Nextcloud Office).
5. **Refaire les modèles** en .ott (Fichier, Modèles, Enregistrer comme modèle) pour les documents répétitifs.

Compter une heure par poste et une demi-journée pour revoir les modèles.
""",
    "microsoft-word/onlyoffice": """\
1. **Installer ONLYOFFICE Desktop Editors** (gratuit) sur chaque poste : il ouvre et enregistre les .docx nativement.
2. **Ouvrir les documents clés** et vérifier polices, tableaux et en-têtes.
3. **Ce qui casse** : les macros VBA (ONLYOFFICE a ses propres macros en JavaScript), quelques fonctions avancées de Word ; la coédition en ligne suppose un serveur (souvent intégré à Nextcloud chez l'hébergeur).
4. **Prévenir les membres** : l'interface à onglets ressemble à Word ; les raccourcis habituels fonctionnent.

Compter 30 minutes par poste.
""",
    "microsoft-excel/libreoffice": """\
1. **Ouvrir les classeurs dans LibreOffice Calc** (.xlsx lus directement) ; commencer par ceux qui servent chaque semaine (trésorerie, adhérents).
2. **Vérifier les formules** : la plupart sont identiques ; les fonctions récentes d'Excel (RECHERCHEX, tableaux dynamiques) dépendent de la version de LibreOffice : installer la dernière version stable.
3. **Tableaux croisés dynamiques** : ils s'appellent « tables dynamiques » (Données, Table dynamique) ; les graphiques sont à revoir.
4. **Ce qui casse** : les macros VBA (en partie seulement exécutées), les connexions à des sources externes, certains formats conditionnels.
5. **Choisir le format** : garder .xlsx pour les échanges, ou passer au format ouvert .ods pour les fichiers internes.

Compter une demi-journée pour les classeurs complexes ; les listes simples passent sans retouche.
""",
    "microsoft-excel/onlyoffice": """\
1. **Installer ONLYOFFICE Desktop Editors** : les .xlsx s'ouvrent et s'enregistrent nativement.
2. **Vérifier les classeurs clés** : formules, tableaux croisés, graphiques.
3. **Ce qui casse** : les macros VBA (à réécrire en JavaScript si elles sont indispensables), certaines fonctions d'analyse avancée.
4. **Coédition** : possible si l'hébergeur Nextcloud de l'association propose ONLYOFFICE.

Compter 30 minutes par poste, plus la reprise des macros éventuelles.
""",
    "microsoft-powerpoint/libreoffice": """\
1. **Ouvrir les présentations dans LibreOffice Impress** (.pptx lus directement).
2. **Vérifier chaque diapositive** : polices (installer celles de la charte ou les remplacer), animations et transitions (certaines n'existent pas), vidéos intégrées.
3. **Refaire le modèle de l'association** : Diapo, « Diapo maîtresse », puis enregistrer comme modèle.
4. **Présenter** : la console de présentation (notes, minuteur) s'active dans Outils, Options, Impress ; exporter en PDF pour envoyer la présentation.
5. **Ce qui casse** : animations complexes, SmartArt (convertis en formes), polices manquantes.

Compter une heure pour le modèle, 15 minutes par présentation reprise.
""",
    "microsoft-powerpoint/onlyoffice": """\
1. **Installer ONLYOFFICE Desktop Editors** : les .pptx s'ouvrent nativement.
2. **Vérifier les présentations clés** : animations, polices, vidéos.
3. **Ce qui casse** : une partie des animations et des modèles PowerPoint.
4. **Exporter en PDF** pour l'envoi.

Compter 30 minutes par poste.
""",
    "microsoft-365/libreoffice": """\
1. **Faire l'inventaire** : qui utilise quoi dans Microsoft 365 (Word, Excel, PowerPoint, mais aussi Outlook, OneDrive, Teams). LibreOffice ne remplace que les logiciels de bureau.
2. **Récupérer les fichiers** de OneDrive et SharePoint sur les postes (clic droit, « Toujours conserver sur cet appareil », ou téléchargement depuis le web) avant la fin de l'abonnement.
3. **Installer LibreOffice** sur chaque poste et vérifier les documents clés (voir Word et Excel vers LibreOffice).
4. **Compléter** : courriel (Thunderbird et une boîte chez un hébergeur), fichiers partagés (Nextcloud), visio (Jitsi).
5. **Ce qui casse** : la coédition en ligne, le partage de fichiers par lien, l'agenda partagé, tant qu'ils ne sont pas remplacés ; les remises associatives de Microsoft n'ont pas d'équivalent à comparer, c'est un choix à faire en connaissance de cause.

Compter une journée pour l'association, par étapes sur deux mois.
""",
    "microsoft-365/nextcloud": """\
1. **Choisir un hébergeur Nextcloud** qui propose l'édition en ligne (Nextcloud Office ou ONLYOFFICE), l'agenda et les contacts.
2. **Fichiers** : télécharger OneDrive et les bibliothèques SharePoint des équipes, puis les déposer dans Nextcloud (client de synchronisation pour les gros volumes) ; recréer les dossiers partagés par groupe.
3. **Agenda et contacts** : dans Outlook pour Windows, Fichier, « Enregistrer le calendrier » (.ics) puis import dans l'Agenda Nextcloud ; contacts exportés en CSV depuis Outlook, à convertir en vCard avant l'import.
4. **Courriel** : Nextcloud n'en héberge pas ; prévoir un hébergeur de courriel et reprendre les boîtes (copie IMAP).
5. **Ce qui casse** : les liens de partage déjà envoyés, les conversations Teams, les droits fins de SharePoint, les formulaires Forms.

Compter deux à trois jours répartis sur un à deux mois, avec une personne référente.
""",
    "microsoft-365/collabora-online": """\
1. **Vérifier l'accès** : Collabora Online s'utilise dans un espace de fichiers (le plus souvent Nextcloud Office chez un hébergeur).
2. **Déposer les documents** Word, Excel et PowerPoint dans cet espace : ils s'ouvrent dans le navigateur, sans conversion.
3. **Tester la coédition** à deux sur un document réel (compte rendu, budget).
4. **Ce qui casse** : les macros, certaines mises en page complexes ; l'interface ressemble davantage à LibreOffice qu'à Word en ligne.

Compter une demi-journée pour déposer et vérifier les documents partagés.
""",
    "google-workspace/cryptpad": """\
1. **Exporter depuis Google** : Google Takeout, « Drive », formats Microsoft Office pour les documents (.docx, .xlsx, .pptx) ; les formulaires Google ne s'exportent pas (recopier les questions, télécharger les réponses en CSV).
2. **Créer l'équipe CryptPad** (par exemple sur CryptPad.fr) et les comptes ; attention, un mot de passe perdu ne se récupère pas : le noter dans un gestionnaire de mots de passe.
3. **Importer** : déposer les fichiers dans le drive de l'équipe ; un .docx ou un .xlsx s'ouvre dans l'application Document ou Tableur (menu Fichier, Importer).
4. **Ce qui casse** : courriel et agenda (CryptPad n'en a pas), liens de partage Google, scripts et formules propres à Google.

Compter une journée pour une petite équipe.
""",
    "google-docs/cryptpad": """\
1. **Exporter depuis Google Docs** : Fichier, Télécharger, « Microsoft Word (.docx) » (ou Google Takeout pour tout un dossier).
2. **Importer dans CryptPad** : créer un document (application Document), menu Fichier, « Importer », choisir le .docx ; ou le déposer dans le drive.
3. **Partager** : bouton « Partager », choisir lecture ou modification, copier le lien.
4. **Ce qui casse** : l'historique des versions et les commentaires Google, les modules complémentaires ; pas de récupération de mot de passe.

Compter 5 minutes par document.
""",
    "google-docs/etherpad": """\
1. **Copier le texte** du document Google (Ctrl+A, Ctrl+C) ; Etherpad garde une mise en forme simple (gras, listes, titres).
2. **Ouvrir un pad** chez un hébergeur (par exemple un pad Framasoft ou d'un chaton) : choisir la durée de conservation proposée, coller le texte.
3. **Utiliser pour ce qui s'y prête** : ordre du jour, compte rendu pris à plusieurs, brouillon ; exporter ensuite (Importer/Exporter, .odt, .pdf ou .html).
4. **Ce qui casse** : images, tableaux, commentaires ; un pad inactif peut être effacé au-delà de sa durée de conservation : archiver le texte final.

Compter quelques minutes par document.
""",
    "google-docs/onlyoffice": """\
1. **Exporter depuis Google Docs** : Fichier, Télécharger, .docx (ou Takeout pour un dossier).
2. **Ouvrir** dans ONLYOFFICE Desktop Editors, ou déposer dans l'espace Nextcloud de l'association si l'hébergeur propose ONLYOFFICE en ligne.
3. **Tester la coédition** à deux sur un document.
4. **Ce qui casse** : commentaires résolus, historique des versions, modules complémentaires Google.

Compter une demi-journée pour un dossier partagé de taille moyenne.
""",
    "google-docs/collabora-online": """\
1. **Exporter depuis Google Docs** : Fichier, Télécharger, .docx ou .odt (ou Takeout pour un dossier entier).
2. **Déposer** dans l'espace Nextcloud de l'association (Nextcloud Office) ; ouvrir et vérifier la mise en page.
3. **Partager** les dossiers avec les groupes ; tester la coédition.
4. **Ce qui casse** : historique des versions, commentaires, liens de partage Google déjà envoyés.

Compter une demi-journée pour un dossier partagé.
""",
    "google-docs/hedgedoc": """\
1. **Exporter depuis Google Docs** : Fichier, Télécharger, « Markdown (.md) ».
2. **Créer une note HedgeDoc** chez un hébergeur et coller le Markdown ; les titres, listes et liens sont repris.
3. **Réserver HedgeDoc à ce qui s'y prête** : documentation interne, procédures, pages à publier.
4. **Ce qui casse** : images (à héberger à part), tableaux complexes, mise en page.

Compter 10 minutes par document.
""",
    "google-sheets/cryptpad": """\
1. **Exporter depuis Google Sheets** : Fichier, Télécharger, .xlsx.
2. **Importer dans CryptPad** : application Tableur, Fichier, « Importer », choisir le .xlsx.
3. **Vérifier les formules** et partager le lien (lecture ou modification).
4. **Ce qui casse** : le lien avec un formulaire Google, les fonctions propres à Google (IMPORTRANGE, GOOGLEFINANCE), les scripts.

Compter 10 minutes par classeur simple.
""",
    "google-sheets/onlyoffice": """\
1. **Exporter depuis Google Sheets** : Fichier, Télécharger, .xlsx.
2. **Ouvrir dans ONLYOFFICE** (sur ordinateur, ou en ligne dans le Nextcloud de l'hébergeur s'il le propose).
3. **Vérifier** formules, filtres et graphiques.
4. **Ce qui casse** : fonctions propres à Google, scripts Apps Script, liaison avec un formulaire.

Compter 15 minutes par classeur.
""",
    "google-sheets/collabora-online": """\
1. **Exporter depuis Google Sheets** : Fichier, Télécharger, .xlsx ou .ods.
2. **Déposer dans Nextcloud** (Nextcloud Office) et ouvrir dans le navigateur.
3. **Vérifier** formules et graphiques ; partager avec les groupes.
4. **Ce qui casse** : fonctions propres à Google, scripts, liaison avec un formulaire ; lenteur possible sur de très gros classeurs.

Compter 15 minutes par classeur.
""",
    "google-forms/yakforms": """\
1. **Savoir avant de choisir** : le logiciel Yakforms n'est plus développé depuis 2021 ; il convient pour un formulaire ponctuel, moins pour un outil appelé à durer.
2. **Exporter depuis Google Forms** : onglet Réponses, menu ⋮, « Télécharger les réponses (.csv) ».
3. **Recréer le formulaire** sur une instance Yakforms (pas d'import Google) : les questions se recopient, choisir les types équivalents.
4. **Tester** sur téléphone et vérifier l'export des réponses (onglet Résultats, téléchargement).
5. **Ce qui casse** : le lien avec Google Sheets, les liens déjà diffusés.

Compter 30 minutes par formulaire.
""",
    "google-forms/limesurvey": """\
1. **Exporter depuis Google Forms** : Réponses, menu ⋮, « Télécharger les réponses (.csv) ».
2. **Recréer le questionnaire** dans LimeSurvey (pas d'import Google Forms) : un groupe de questions par page, types de question équivalents, conditions d'affichage si utiles.
3. **Régler** l'anonymat, la date de fin, le message de remerciement ; tester sur téléphone.
4. **Ce qui casse** : la liaison automatique avec un tableur (on exporte les réponses en CSV ou Excel), les liens diffusés.

Compter une heure par questionnaire la première fois.
""",
    "google-forms/nextcloud-forms": """\
1. **Exporter depuis Google Forms** : Réponses, menu ⋮, « Télécharger les réponses (.csv) ».
2. **Recréer le formulaire** dans Nextcloud Forms (pas d'import) et activer le partage par lien public.
3. **Suivre les réponses** : onglet Réponses, export CSV, ou liaison avec un tableur dans Nextcloud.
4. **Ce qui casse** : les conditions avancées, les liens déjà diffusés.

Compter 20 minutes par formulaire.
""",
    "google-forms/cryptpad": """\
1. **Exporter depuis Google Forms** : Réponses, menu ⋮, « Télécharger les réponses (.csv) ».
2. **Recréer le formulaire** dans CryptPad (Nouveau, Formulaire) ; régler qui voit les réponses et la date de clôture.
3. **Récupérer les réponses** : vue des réponses, export CSV.
4. **Ce qui casse** : mise en forme, liaison avec Google Sheets, liens déjà diffusés.

Compter 20 minutes par formulaire.
""",
    "doodle/framadate": """\
1. **Rien à exporter** : laisser les sondages Doodle en cours se terminer.
2. **Créer le prochain sondage** sur une instance Framadate (framadate.org ou celle d'un chaton) : « Créer un sondage spécial dates », saisir les créneaux.
3. **Garder les deux liens** : celui à envoyer aux participants et le lien d'administration (envoyé par courriel à l'organisateur).
4. **Ce qui change** : pas de liaison avec l'agenda personnel ; la date retenue s'envoie soi-même aux participants.

Compter 5 minutes par sondage.
""",
    "doodle/cryptpad": """\
1. **Rien à exporter** : laisser les sondages Doodle en cours se terminer.
2. **Créer un formulaire CryptPad** (Nouveau, Formulaire) avec une question « Sondage » de dates ou de créneaux.
3. **Partager le lien** de participation ; les réponses sont chiffrées.
4. **Ce qui change** : interface plus sobre, moins connue des participants.

Compter 10 minutes par sondage.
""",
    # --- Graphisme ------------------------------------------------------------------------------------------
    "canva/penpot": """\
1. **Exporter depuis Canva** : pour chaque création récurrente (affiche, publication, flyer), « Partager », « Télécharger » en PDF pour l'impression et en PNG ; le SVG n'est proposé qu'avec l'offre payante.
2. **Créer l'équipe Penpot** (design.penpot.app ou un hébergeur) et une bibliothèque partagée : couleurs, polices et logo de l'association.
3. **Refaire les modèles** : importer les images et le logo (SVG si possible), recréer la mise en page avec des composants réutilisables.
4. **Ce qui casse** : les créations Canva elles-mêmes (pas d'import), les modèles, photos et éléments de la bibliothèque Canva.

Compter une demi-journée pour les trois ou quatre modèles utilisés chaque mois.
""",
    "canva/inkscape": """\
1. **Exporter depuis Canva** : « Partager », « Télécharger », PDF (qualité impression) pour chaque création à réutiliser.
2. **Ouvrir le PDF dans Inkscape** (Fichier, Ouvrir, import « Poppler/Cairo » ou « interne ») : les éléments deviennent modifiables ; les textes peuvent être découpés et les polices remplacées.
3. **Refaire un modèle propre** (Fichier, Enregistrer comme modèle) avec les couleurs et polices de l'association.
4. **Ce qui casse** : modèles, photos et éléments de Canva ; le travail à plusieurs en ligne.

Compter une à deux heures par modèle.
""",
    # --- Fichiers ---------------------------------------------------------------------------------------------
    "google-workspace/nextcloud": """\
1. **Faire l'inventaire** dans la console d'administration Google (admin.google.com) : comptes, groupes, boîtes partagées, agendas de ressources ; décider ce qui part vers Nextcloud (fichiers, agendas, contacts, documents) et ce qui part ailleurs (la messagerie va chez un hébergeur de courriel, pas dans Nextcloud).
2. **Exporter** : l'outil « Exporter les données » de la console (offres payantes) ou Google Takeout compte par compte : Drive en formats Office (.docx, .xlsx, .pptx), Agenda en .ics, Contacts en .vcf.
3. **Mettre en place Nextcloud** chez un hébergeur, avec un compte par membre actif et des dossiers de groupe ; vérifier que l'offre comprend l'agenda, les contacts et l'édition en ligne (Collabora ou ONLYOFFICE).
4. **Importer** : les fichiers par le client de synchronisation, les .ics dans Agenda (« Importer un calendrier »), les .vcf dans Contacts ; l'application « Intégration Google », si l'hébergeur l'a activée, reprend Drive, agendas et contacts d'un compte directement.
5. **Ce qui casse** : les liens de partage déjà envoyés, les Google Forms et Sites, les commentaires et l'historique des versions, les scripts Apps Script ; les fichiers « partagés avec moi » appartenant à d'autres ne sont pas exportés.
6. **Basculer** à une date annoncée, garder l'ancien espace en lecture seule un mois, puis fermer les comptes pour ne plus payer de licences.

Compter deux à trois journées pour une dizaine de comptes, plus un mois d'accompagnement des membres.
""",
    "google-drive/nextcloud": """\
1. **Exporter depuis Google Drive** : Google Takeout, cocher « Drive », choisir les formats Microsoft Office pour les documents Google (.docx, .xlsx, .pptx) ; archives .zip de 2 à 50 Go. Pour un seul dossier partagé : clic droit, « Télécharger ».
2. **Mettre en place Nextcloud** chez un hébergeur ; créer les comptes et un dossier par groupe de travail (ou des « dossiers de groupe » si l'hébergeur les propose).
3. **Importer** : décompresser et déposer les dossiers par le client de synchronisation (plus sûr que le navigateur pour des Go) ; si l'hébergeur a activé l'application « Intégration Google », elle reprend directement Drive, agendas et contacts.
4. **Ce qui casse** : les liens de partage Google déjà envoyés, les commentaires et l'historique des versions, les formulaires Google ; les fichiers « partagés avec moi » qui n'appartiennent pas à l'association ne sont pas dans l'export.
5. **Prévenir les membres** : installer le client Nextcloud et l'application mobile ; ne plus déposer dans Drive après la date de bascule.

Compter une journée pour quelques dizaines de Go, plus deux semaines d'accompagnement.
""",
    "google-drive/cryptpad": """\
1. **Exporter depuis Google Drive** : Takeout, « Drive », formats Office ; ou télécharger les dossiers utiles.
2. **Créer l'équipe CryptPad** et les comptes ; noter les mots de passe dans un gestionnaire (non récupérables).
3. **Importer** : déposer les fichiers dans le drive de l'équipe ; les .docx et .xlsx s'ouvrent dans les applications Document et Tableur.
4. **Ce qui casse** : liens de partage Google, commentaires, historique ; l'espace gratuit est limité : garder les archives lourdes ailleurs.

Compter une demi-journée pour les dossiers courants.
""",
    "google-drive/syncthing": """\
1. **Télécharger les dossiers** depuis Google Drive (Takeout, formats Office) sur un ordinateur de référence.
2. **Installer Syncthing** sur chaque ordinateur concerné, partager le dossier de l'association en ajoutant l'identifiant de chaque appareil.
3. **Garder une sauvegarde** à part : Syncthing synchronise aussi les suppressions (activer le « versionnage » des fichiers).
4. **Ce qui casse** : accès par le navigateur, liens de partage, édition en ligne ; les ordinateurs doivent être allumés en même temps pour se synchroniser.

Compter une heure par ordinateur.
""",
    "dropbox/nextcloud": """\
1. **Récupérer les fichiers** : avec l'application Dropbox, vérifier que tous les fichiers sont disponibles hors ligne, puis copier le dossier ; ou télécharger les dossiers depuis le site (archive .zip).
2. **Mettre en place Nextcloud** chez un hébergeur et installer son client de synchronisation.
3. **Copier** le contenu dans le dossier Nextcloud et recréer les partages par groupe.
4. **Ce qui casse** : les liens de partage Dropbox envoyés, les « Dropbox Paper » (à exporter en .docx ou Markdown), l'historique des versions.
5. **Désinstaller Dropbox** une fois la synchronisation Nextcloud vérifiée, pour éviter les doublons.

Compter une demi-journée pour quelques dizaines de Go.
""",
    "dropbox/syncthing": """\
1. **Rendre tous les fichiers disponibles hors ligne** dans l'application Dropbox, puis copier le dossier.
2. **Installer Syncthing** sur les ordinateurs concernés et partager le dossier entre eux.
3. **Activer le versionnage** des fichiers et garder une sauvegarde à part.
4. **Ce qui casse** : accès web, liens de partage, application mobile aussi simple.

Compter une heure par ordinateur.
""",
    "onedrive/nextcloud": """\
1. **Télécharger réellement les fichiers** : dans l'explorateur Windows, clic droit sur le dossier OneDrive, « Toujours conserver sur cet appareil » (sinon on ne copie que des raccourcis), puis copier.
2. **Mettre en place Nextcloud** chez un hébergeur et installer son client de synchronisation.
3. **Déposer** les fichiers dans le dossier Nextcloud et recréer les partages.
4. **Ce qui casse** : les liens de partage OneDrive, la coédition dans Office en ligne (à remplacer par Nextcloud Office ou ONLYOFFICE si l'hébergeur les propose), la sauvegarde automatique du Bureau par OneDrive.
5. **Désactiver OneDrive** une fois tout vérifié.

Compter une demi-journée.
""",
    "wetransfer/nextcloud": """\
1. **Rien à exporter** : les transferts WeTransfer expirent ; télécharger seulement ceux qui doivent être gardés.
2. **Partager depuis Nextcloud** : déposer le fichier, bouton de partage, « Partager le lien », puis dans les options, mot de passe et date d'expiration.
3. **Pour recevoir** des fichiers : créer un dossier en « dépôt de fichiers » (lien de partage, option « Dépôt de fichiers ») à envoyer aux partenaires.
4. **Ce qui change** : la taille possible dépend de l'espace de l'association ; penser à supprimer les fichiers envoyés.

Compter 10 minutes pour montrer l'outil.
""",
    "wetransfer/cryptpad": """\
1. **Rien à exporter** : les transferts WeTransfer expirent.
2. **Déposer le fichier** dans le drive CryptPad, clic droit, « Partager », copier le lien (lecture seule).
3. **Ce qui change** : la taille est limitée par l'espace du compte ; le fichier reste tant qu'on ne le supprime pas.

Compter 10 minutes pour montrer l'outil.
""",
    # --- Visioconférence, discussion d'équipe ---------------------------------------------------------------
    "zoom/bigbluebutton": """\
1. **Exporter depuis Zoom** : télécharger les enregistrements à garder (portail web, « Enregistrements ») ; lister les réunions récurrentes.
2. **Trouver un accès BigBlueButton** : hébergeur, fédération ou collectivité qui le met à disposition ; créer une salle permanente par usage (formation, assemblée générale).
3. **Préparer les séances** : déposer les diaporamas en PDF dans la salle, préparer les sondages et les sous-groupes.
4. **Ce qui casse** : les liens Zoom des invitations, l'application Zoom (BigBlueButton s'utilise dans le navigateur), les webinaires avec inscription.
5. **Tester** avec trois personnes, dont une sur téléphone et une avec une connexion faible.

Compter une heure de préparation par type de séance.
""",
    "zoom/nextcloud-talk": """\
1. **Exporter depuis Zoom** : télécharger les enregistrements à garder.
2. **Vérifier l'offre Nextcloud** : Talk est-il activé, et jusqu'à combien de participants en vidéo (sans « backend haute performance », quelques personnes seulement) ?
3. **Créer une conversation par réunion récurrente** et activer l'accès des invités par lien.
4. **Ce qui casse** : les liens Zoom, les grandes réunions, les sous-groupes.

Compter 30 minutes de mise en place.
""",
    "google-meet/jitsi-meet": """\
1. **Rien à exporter** : récupérer seulement les enregistrements éventuels dans Google Drive (dossier « Meet Recordings »).
2. **Choisir une instance Jitsi** tenue par un hébergeur de confiance (sur meet.jit.si, l'organisateur doit se connecter avec Google, GitHub ou Facebook) ; créer une salle par réunion récurrente avec un nom peu devinable.
3. **Remplacer les liens** Meet dans les invitations et l'agenda de l'association.
4. **Ce qui casse** : l'ajout automatique du lien dans Google Agenda, les sous-titres automatiques.

Compter 30 minutes.
""",
    "google-meet/bigbluebutton": """\
1. **Récupérer les enregistrements** utiles dans Google Drive (« Meet Recordings »).
2. **Trouver un accès BigBlueButton** (hébergeur, réseau, collectivité) et créer une salle permanente.
3. **Préparer** diaporamas en PDF, sondages et sous-groupes pour les formations.
4. **Ce qui casse** : les liens Meet, l'intégration à Google Agenda, l'application mobile (on passe par le navigateur).

Compter une heure de préparation.
""",
    "microsoft-teams/element": """\
1. **Sauvegarder depuis Teams** : fichiers de chaque équipe (onglet Fichiers, « Ouvrir dans SharePoint », Télécharger) ; copier les échanges importants dans un document, Teams n'ayant pas d'export simple des conversations.
2. **Créer un espace Element** pour l'association sur un serveur Matrix choisi, avec un salon par canal Teams.
3. **Ranger les fichiers** ailleurs (Nextcloud, par exemple) : Element n'est pas un espace de fichiers.
4. **Ce qui casse** : l'historique des conversations, les réunions planifiées, l'intégration à Office et Outlook.
5. **Accompagner** la création des comptes et la sauvegarde de la clé de sécurité.

Compter une journée de préparation et un mois de transition.
""",
    "microsoft-teams/nextcloud-talk": """\
1. **Sauvegarder depuis Teams** : télécharger les fichiers des équipes depuis SharePoint ; copier les conversations importantes.
2. **Déposer les fichiers dans Nextcloud** et créer une conversation Talk par équipe, rattachée au dossier partagé.
3. **Vérifier la visio** : nombre de participants possible selon l'hébergeur.
4. **Ce qui casse** : historique des conversations, réunions Teams planifiées, webinaires, sous-groupes.

Compter une journée et un mois de transition.
""",
    "microsoft-teams/jitsi-meet": """\
1. **Rien à exporter pour la visio** ; les fichiers et conversations Teams restent à traiter à part.
2. **Choisir une instance Jitsi** de confiance et créer une salle par réunion récurrente.
3. **Remplacer les liens** Teams dans les invitations ; les invités n'ont plus besoin de compte Microsoft.
4. **Ce qui casse** : seule la visio est remplacée : pas de discussion persistante ni de fichiers.

Compter 30 minutes.
""",
    "microsoft-teams/rocket-chat": """\
1. **Sauvegarder depuis Teams** : fichiers (SharePoint) et conversations importantes copiées.
2. **Installer Rocket.Chat** (ou le faire installer) et recréer équipes et canaux.
3. **Prévoir la visio** (intégration Jitsi de Rocket.Chat) et un espace de fichiers.
4. **Ce qui casse** : historique (pas d'import Teams), réunions planifiées, intégrations Office ; certaines fonctions de Rocket.Chat sont payantes.

Compter une journée technique et un mois de transition.
""",
    # --- Lettres d'information -----------------------------------------------------------------------------
    "mailchimp/listmonk": """\
1. **Exporter depuis Mailchimp** : Audience, « All contacts », « Export Audience » : archive .zip avec un CSV des abonnés, un des désabonnés et un des adresses « nettoyées ».
2. **Installer listmonk** (ou le faire installer) et le relier à un service d'envoi (SMTP de l'hébergeur ou service d'envoi en volume), en configurant SPF et DKIM du domaine.
3. **Importer** : Abonnés, « Importer », le CSV des abonnés seulement (colonnes email, name) dans une liste ; importer les désabonnés en liste de blocage pour ne jamais leur réécrire.
4. **Refaire le modèle de lettre** (HTML ou éditeur visuel) ; envoyer un test à quelques adresses (Gmail, Orange, Outlook).
5. **Ce qui casse** : automatisations, segments, statistiques passées, formulaire d'inscription du site (à remplacer par celui de listmonk).

Compter une journée pour la personne technique, puis une heure pour la première lettre.
""",
    "mailchimp/ghost": """\
1. **Exporter depuis Mailchimp** : Audience, « Export Audience » (CSV des abonnés).
2. **Mettre en place Ghost** (Ghost(Pro) ou auto-hébergé, avec Mailgun pour les envois en nombre) et activer la lettre d'information.
3. **Importer les abonnés** : Membres, « Import members », le CSV (colonne email) ; ne pas importer les désabonnés.
4. **Écrire la lettre comme un article** et choisir « Publier et envoyer ».
5. **Ce qui casse** : modèles Mailchimp, automatisations, segments ; l'administration de Ghost est en anglais.

Compter une demi-journée.
""",
    "mailchimp/sympa": """\
1. **Exporter depuis Mailchimp** : Audience, « Export Audience » ; garder seulement le CSV des abonnés.
2. **Créer une liste de diffusion** (par exemple sur Framalistes ou chez un hébergeur qui propose Sympa), de type « lettre d'information » (seuls les modérateurs écrivent).
3. **Ajouter les abonnés** : administration de la liste, « Ajouter des abonnés » en masse, une adresse par ligne ; ces personnes avaient consenti à recevoir la lettre, ne pas ajouter d'autres adresses.
4. **Ce qui casse** : mise en page graphique, statistiques d'ouverture, formulaire d'inscription du site (remplacer par le lien d'abonnement de la liste).

Compter une heure.
""",
    "brevo/listmonk": """\
1. **Exporter depuis Brevo** : Contacts, sélectionner les listes, « Exporter » en CSV (avec les attributs utiles) ; exporter aussi la liste de blocage (désabonnés).
2. **Installer listmonk** et le relier à un service d'envoi (SMTP), avec SPF et DKIM.
3. **Importer** les abonnés dans une liste et les désabonnés en liste de blocage.
4. **Refaire le modèle** et envoyer un test.
5. **Ce qui casse** : SMS, courriels transactionnels, automatisations et fonctions de relation client de Brevo.

Compter une journée pour la personne technique.
""",
    # --- Vidéo, événements --------------------------------------------------------------------------------
    "youtube/peertube": """\
1. **Trouver une instance PeerTube** qui accepte les vidéos de l'association (beaucoup sont sur inscription ; certaines fédérations ou chatons en tiennent une), et créer la chaîne.
2. **Reprendre les vidéos** : si l'instance l'autorise, « Importer » une vidéo par son adresse YouTube, ou « synchroniser » toute la chaîne YouTube (PeerTube 5 et suivants) ; sinon, téléverser les fichiers d'origine (YouTube Studio, ou Google Takeout, « YouTube »).
3. **Compléter** titres, descriptions, sous-titres (PeerTube peut en générer automatiquement si l'instance l'a activé), licence des vidéos.
4. **Intégrer** les vidéos PeerTube sur le site (bouton « Partager », « Intégrer ») à la place des lecteurs YouTube.
5. **Ce qui casse** : abonnés, commentaires, statistiques, découverte par les recommandations ; beaucoup d'associations gardent YouTube en parallèle.

Compter 10 minutes par vidéo, moins avec la synchronisation.
""",
    "facebook-events/mobilizon": """\
1. **Lister les prochains événements** publiés sur Facebook (titre, date, lieu, image, texte) : il n'y a pas d'import.
2. **Créer le groupe de l'association sur Mobilizon** (mobilizon.fr ou une instance locale) et y recréer les événements, avec inscription (avec ou sans compte) et nombre de places.
3. **Relier** : mettre le lien Mobilizon dans l'événement Facebook et sur le site ; les participants s'inscrivent sur Mobilizon.
4. **Ce qui casse** : les « participe » et « intéressé » Facebook, les rappels automatiques aux amis des participants.

Compter 10 à 15 minutes par événement.
""",
    # --- Comptabilité, adhérents -----------------------------------------------------------------------------
    "excel-comptabilite/paheko": """\
1. **Choisir la date de bascule** : de préférence le premier jour d'un exercice ; on ne reprend alors que les soldes.
2. **Préparer les fichiers** : enregistrer la liste des membres en CSV (une ligne par personne, une colonne par information) et, si l'on reprend l'exercice en cours, les écritures en CSV (date, libellé, montant, compte).
3. **Paramétrer Paheko** : plan comptable associatif, comptes de banque et de caisse ; saisir la balance d'ouverture.
4. **Importer** : Membres, « Import », faire correspondre les colonnes ; Comptabilité, Import, format CSV simplifié pour les écritures ; vérifier que les soldes de banque correspondent aux relevés.
5. **Ce qui casse** : la présentation libre du tableur, les formules maison ; garder l'ancien fichier en archive, lecture seule.

Compter une demi-journée à une journée avec le ou la trésorière.
""",
    "excel-comptabilite/gnucash": """\
1. **Choisir la date de bascule** (début d'exercice de préférence).
2. **Créer la hiérarchie de comptes** dans GnuCash (modèle de base, adapté au plan comptable associatif) et saisir les soldes d'ouverture.
3. **Importer les mouvements** si besoin : enregistrer la feuille en CSV (date, libellé, montant), puis Fichier, Importer, « Importer des transactions depuis un CSV » et associer chaque ligne à un compte.
4. **Rapprocher** les comptes bancaires avec les relevés (Actions, Rapprochement).
5. **Ce qui casse** : la présentation du tableur ; les états associatifs français ne sont pas tout faits (à composer avec les rapports).

Compter une journée la première fois.
""",
    "excel-comptabilite/grisbi": """\
1. **Créer le fichier de comptes** dans Grisbi (compte bancaire, caisse) avec les catégories de recettes et dépenses de l'association.
2. **Importer les mouvements** : enregistrer la feuille en CSV, ou importer le relevé de la banque (OFX ou QIF), Fichier, « Importer ».
3. **Rapprocher** avec les relevés et produire les états (recettes et dépenses par catégorie) pour l'assemblée générale.
4. **Ce qui casse** : pas de bilan ni de partie double ; les listes de membres restent dans le tableur ou passent dans un outil d'adhérents.

Compter deux heures.
""",
    "assoconnect/paheko": """\
1. **Exporter depuis AssoConnect** : base des contacts et adhérents (tableur), cotisations, et écritures comptables (FEC ou CSV selon l'offre), au moins l'exercice en cours et le précédent.
2. **Paramétrer Paheko** (Paheko.cloud ou auto-hébergé) : catégories de membres, cotisations, plan comptable, comptes bancaires.
3. **Importer** : Membres, « Import » du tableur des contacts ; Comptabilité, Import du FEC (ou du CSV) ; vérifier les soldes.
4. **Paiement en ligne** : Paheko n'encaisse pas ; garder un prestataire (HelloAsso, banque) et enregistrer les paiements dans Paheko.
5. **Ce qui casse** : le site AssoConnect, les formulaires et campagnes en ligne, l'historique des échanges avec les contacts ; prévoir la fin d'abonnement après la clôture.

Compter deux à trois jours répartis sur un mois, avec le ou la trésorière.
""",
    "assoconnect/galette": """\
1. **Exporter depuis AssoConnect** : base des adhérents et cotisations (tableur).
2. **Installer Galette** (ou le faire installer), créer les statuts et types de cotisation.
3. **Importer** : Galette, import CSV des adhérents (définir un modèle d'import avec les colonnes voulues) ; vérifier les dates de fin d'adhésion.
4. **Ce qui casse** : comptabilité, paiement en ligne, site : Galette ne gère que le fichier des membres, il faut d'autres outils à côté.

Compter une journée, installation comprise.
""",
    "assoconnect/dolibarr": """\
1. **Exporter depuis AssoConnect** : contacts et adhérents, cotisations, écritures comptables (FEC ou CSV).
2. **Installer Dolibarr** et activer les modules Adhérents, Dons, Banques et Comptabilité.
3. **Importer** : Outils, « Assistant d'import », adhérents depuis le tableur ; écritures dans le module de comptabilité.
4. **Ce qui casse** : le site, les paiements en ligne et les campagnes AssoConnect ; l'interface de Dolibarr est moins guidée pour des bénévoles.

Compter plusieurs jours de paramétrage ; un accompagnement est conseillé.
""",
    # --- Poste de travail, navigateur, cartes, site web ------------------------------------------------------
    "windows/ubuntu": """\
1. **Sauvegarder** documents, favoris et courriels du poste Windows sur un disque externe ; lister les logiciels utilisés et vérifier qu'ils existent sous Linux (ou en ligne).
2. **Essayer sans installer** : démarrer sur une clé USB Ubuntu et vérifier écran, Wi-Fi, son et imprimante.
3. **Installer** Ubuntu (version « LTS », suivie cinq ans), en effaçant Windows ou à côté si le disque le permet.
4. **Remettre les données** et installer les logiciels (Logithèque Ubuntu) : LibreOffice, Firefox, Thunderbird sont déjà là.
5. **Ce qui casse** : les logiciels uniquement Windows (certains logiciels de comptabilité ou de caisse) ; le bureau ressemble moins à Windows que Linux Mint.

Compter deux heures par ordinateur.
""",
    "windows/debian": """\
1. **Sauvegarder** les données du poste et lister les logiciels utilisés.
2. **Essayer** avec une clé USB Debian « live » (bureau au choix) ; vérifier Wi-Fi et imprimante (certains pilotes Wi-Fi sont des micrologiciels non libres, proposés par l'installateur).
3. **Installer** Debian stable avec un bureau simple, puis remettre les données.
4. **Ce qui casse** : logiciels uniquement Windows ; installation plus technique que Linux Mint ou Ubuntu : la confier à une personne à l'aise pour des postes partagés.

Compter deux à trois heures par ordinateur.
""",
    "google-chrome/firefox": """\
1. **Importer depuis Chrome** : au premier lancement, Firefox le propose ; sinon, Marque-pages, « Gérer les marque-pages », « Importer et sauvegarder », « Importer des données d'un autre navigateur » : favoris, historique, mots de passe enregistrés.
2. **Réinstaller les extensions utiles** depuis addons.mozilla.org (la plupart existent) et ajouter uBlock Origin.
3. **Synchroniser** si besoin avec un compte Mozilla (facultatif) à la place du compte Google.
4. **Ce qui casse** : la connexion automatique aux services Google par le navigateur, quelques extensions propres à Chrome, de rares sites testés seulement sous Chrome.
5. **Faire de Firefox le navigateur par défaut** dans les réglages du système.

Compter 15 minutes par poste.
""",
    "google-maps/umap": """\
1. **Exporter la carte** : dans Google My Maps, menu de la carte, « Exporter au format KML/KMZ » ; pour une liste d'adresses, partir du tableur (CSV avec latitude et longitude, ou adresses à géocoder).
2. **Créer la carte uMap** (umap.openstreetmap.fr), puis « Importer des données » : KML, GeoJSON, GPX ou CSV ; un calque par catégorie.
3. **Régler l'affichage** (couleurs, pictogrammes, fiche de chaque point) et les droits de modification.
4. **Intégrer** la carte au site (Partager, « Intégrer la carte dans un site »).
5. **Ce qui casse** : vue satellite Google, avis et horaires des lieux, calcul d'itinéraire ; les styles des points sont à refaire.

Compter une heure pour une carte de quelques dizaines de points.
""",
    "google-maps/openstreetmap": """\
1. **Rien à exporter** pour consulter la carte : openstreetmap.org s'utilise directement.
2. **Vérifier le lieu de l'association** sur OpenStreetMap et le compléter si besoin (créer un compte, « Modifier » : nom, horaires, accessibilité).
3. **Intégrer une carte** au site : Partager, « HTML », copier le code à la place de la carte Google.
4. **Ce qui casse** : avis, photos et informations commerciales de Google, trafic en temps réel.

Compter 30 minutes.
""",
    "google-maps/organic-maps": """\
1. **Récupérer les lieux enregistrés** : Google Takeout, « Maps (vos adresses) » donne un fichier GeoJSON des lieux favoris ; le convertir en KML (par exemple avec uMap : importer puis exporter) pour Organic Maps.
2. **Installer Organic Maps** et télécharger la carte de la région (utilisable hors ligne).
3. **Importer** le fichier KML ou GPX (l'ouvrir depuis le téléphone avec Organic Maps) ; pour quelques lieux, les enregistrer à la main.
4. **Ce qui casse** : avis, transports en commun détaillés, recherche d'entreprises moins complète.

Compter 20 minutes par téléphone.
""",
    "wix/wordpress": """\
1. **Récupérer le contenu** : Wix n'exporte pas le site ; copier les textes des pages, télécharger les images d'origine (gestionnaire de médias), exporter les contacts (CSV) ; les articles du blog peuvent être repris par le flux RSS du blog avec une extension d'import RSS de WordPress.
2. **Installer WordPress** chez un hébergeur et choisir un thème proche de la charte.
3. **Recréer** pages, menu et formulaires (extension de formulaire) ; réinsérer les images.
4. **Ce qui casse** : le design Wix (à refaire), les applications Wix (réservations, boutique), les adresses des pages : prévoir des redirections.
5. **Nom de domaine** : s'il a été acheté chez Wix, demander le transfert avant la fin de l'abonnement.

Compter deux à trois jours pour un site de 20 à 40 pages.
""",
    "wix/grav": """\
1. **Récupérer le contenu** : textes des pages (Wix n'exporte pas), images d'origine, contacts.
2. **Installer Grav** chez un hébergeur PHP, avec le module d'administration et un thème.
3. **Recréer les pages** en Markdown (une page par dossier) et les images associées.
4. **Ce qui casse** : le design, les applications Wix, les adresses des pages ; l'édition demande d'être à l'aise avec le Markdown.

Compter deux jours pour un site de 20 pages.
""",
    # --- Gestion de projet ------------------------------------------------------------------------------------
    "trello/wekan": """\
1. **Exporter depuis Trello** : menu du tableau, « Imprimer, exporter et partager », « Exporter au format JSON » (l'export CSV est réservé aux offres payantes).
2. **Importer dans WeKan** : « Ajouter un tableau », « Importer », « Depuis Trello », coller le JSON, puis associer chaque membre Trello à un compte WeKan.
3. **Vérifier** listes, cartes, étiquettes, échéances et listes de contrôle.
4. **Ce qui casse** : Power-Ups, automatisations Butler, pièces jointes stockées chez Trello (à télécharger à part si besoin).

Compter 30 minutes par tableau.
""",
    "trello/kanboard": """\
1. **Exporter depuis Trello** : menu du tableau, « Imprimer, exporter et partager », « Exporter au format JSON » (pour l'archive).
2. **Recréer le projet dans Kanboard** : colonnes et catégories ; pas d'import Trello intégré (des extensions de la communauté existent, à faire installer par l'administrateur) ; Kanboard importe en revanche les tâches d'un fichier CSV.
3. **Reprendre les cartes en cours** seulement, les autres restant dans l'archive JSON.
4. **Ce qui casse** : Power-Ups, automatisations, pièces jointes, commentaires des cartes.

Compter une heure par tableau actif.
""",
}

# Steps written for further pairs, beyond the 40 most-used products.
PAIR_STEPS.update(
    {
        "lastpass/bitwarden": """\
1. **Importer directement** : dans l'application Bitwarden (ordinateur ou extension), Outils, « Importer des données », format « LastPass », puis se connecter à LastPass ; ou exporter depuis LastPass (Options avancées, Exporter, fichier CSV) et importer ce fichier.
2. **Supprimer le fichier CSV** aussitôt l'import vérifié : il contient tous les mots de passe en clair.
3. **Partager en équipe** : créer une « organisation » Bitwarden et des collections (bureau, site, réseaux sociaux) ; gratuit à deux, payant au-delà.
4. **Ce qui casse** : pièces jointes et notes de type formulaire à vérifier ; les dossiers partagés LastPass deviennent des collections à recréer.
5. **Fermer le compte LastPass** une fois tout vérifié.

Compter une heure pour l'association.
""",
        "lastpass/keepassxc": """\
1. **Exporter depuis LastPass** : Options avancées, « Exporter », fichier CSV.
2. **Créer la base KeePassXC** (mot de passe principal fort) puis Base de données, « Importer », « CSV », et associer les colonnes (nom, identifiant, mot de passe, adresse).
3. **Supprimer le fichier CSV** après vérification.
4. **Partager** : ranger le fichier .kdbx dans un dossier synchronisé (Nextcloud, Syncthing) ; une seule personne modifie à la fois.
5. **Ce qui casse** : remplissage automatique plus simple (extension KeePassXC-Browser), pas d'accès web, pas de droits par personne.

Compter une heure.
""",
        "lastpass/vaultwarden": """\
1. **Installer Vaultwarden** (personne technique) avec HTTPS et sauvegarde quotidienne de sa base.
2. **Importer** comme vers Bitwarden : les applications Bitwarden, reliées à l'adresse du serveur Vaultwarden, importent l'export LastPass (CSV) ou se connectent directement à LastPass.
3. **Créer l'organisation** et les collections, inviter les membres.
4. **Ce qui casse** : rien de plus que vers Bitwarden, mais la sécurité et les mises à jour du serveur incombent à l'association.

Compter une demi-journée technique.
""",
        "1password/bitwarden": """\
1. **Exporter depuis 1Password** (application pour ordinateur) : Fichier, « Exporter », format 1PUX (ou CSV).
2. **Importer dans Bitwarden** : Outils, « Importer des données », format « 1Password (1pux) ».
3. **Supprimer l'export** après vérification et recréer le partage (organisation et collections).
4. **Ce qui casse** : certains types d'éléments (documents, identités) à vérifier ; les coffres partagés deviennent des collections.

Compter une heure.
""",
        "1password/keepassxc": """\
1. **Exporter depuis 1Password** : Fichier, « Exporter », format 1PUX.
2. **Importer dans KeePassXC** : Base de données, « Importer », « Coffre 1Password (1pux) ».
3. **Supprimer l'export** et ranger la base .kdbx dans un dossier synchronisé si plusieurs personnes s'en servent.
4. **Ce qui casse** : remplissage automatique sur téléphone (il faut une application compatible KeePass), partage par personne.

Compter une heure.
""",
        "dashlane/bitwarden": """\
1. **Exporter depuis Dashlane** : Paramètres, « Exporter les données », format CSV (une archive de plusieurs CSV).
2. **Importer dans Bitwarden** : Outils, « Importer des données », format « Dashlane (csv) ».
3. **Supprimer l'export** et recréer le partage (organisation et collections).
4. **Ce qui casse** : la surveillance du « dark web » et le VPN de Dashlane n'ont pas d'équivalent.

Compter une heure.
""",
        "dashlane/keepassxc": """\
1. **Exporter depuis Dashlane** : Paramètres, « Exporter les données », CSV.
2. **Importer dans KeePassXC** : Base de données, « Importer », « CSV », en associant les colonnes.
3. **Supprimer l'export** ; ranger la base dans un dossier synchronisé si besoin.
4. **Ce qui casse** : synchronisation automatique, partage par personne.

Compter une heure.
""",
        "slack/zulip": """\
1. **Exporter depuis Slack** : un administrateur, Paramètres de l'espace de travail, « Importer/Exporter des données », « Exporter » (canaux publics sur les offres gratuites).
2. **Importer dans Zulip** : l'import Slack se fait à la création de l'organisation (sur Zulip Cloud, en déposant l'archive ; en auto-hébergement, par la commande d'administration décrite dans la documentation « Import from Slack ») ; les canaux Slack deviennent des canaux Zulip.
3. **Expliquer les sujets** : chaque message appartient à un sujet dans un canal ; 10 minutes de démonstration évitent la confusion.
4. **Ce qui casse** : messages privés absents de l'export gratuit, intégrations Slack.

Compter une demi-journée et deux semaines de transition.
""",
        "slack/rocket-chat": """\
1. **Exporter depuis Slack** : Paramètres de l'espace de travail, « Importer/Exporter des données », « Exporter ».
2. **Installer Rocket.Chat**, puis Administration, « Importer », « Slack », déposer l'archive et choisir les utilisateurs et canaux à reprendre.
3. **Inviter les membres** avec une date de bascule.
4. **Ce qui casse** : messages privés absents de l'export gratuit, intégrations ; certaines fonctions de Rocket.Chat sont payantes.

Compter une journée technique.
""",
        "slack/element": """\
1. **Exporter depuis Slack** l'historique utile (archive des canaux publics) et le ranger dans les archives.
2. **Créer un espace Element** pour l'association et un salon par canal Slack ; pas d'import de l'historique (des passerelles existent mais demandent un administrateur).
3. **Accompagner** la création des comptes et la sauvegarde de la clé de sécurité.
4. **Ce qui casse** : historique, intégrations, réactions personnalisées.

Compter deux heures et un mois de transition.
""",
        "discord/element": """\
1. **Rien à exporter** : Discord ne propose pas d'export d'un serveur ; copier les messages épinglés et les règles utiles.
2. **Créer un espace Element** avec un salon par salon Discord, et des salons vocaux (appels intégrés) si besoin.
3. **Publier le lien** de l'espace dans le salon d'annonces Discord avec une date de bascule.
4. **Ce qui casse** : historique, rôles et robots Discord, salons vocaux permanents.

Compter deux heures et un mois de transition.
""",
        "discord/mumble": """\
1. **Trouver un serveur Mumble** (hébergeur ou auto-hébergé) et recréer les salons vocaux.
2. **Installer Mumble** sur les postes et régler le micro avec l'assistant audio.
3. **Garder un outil écrit** à côté : Mumble ne remplace que la voix.
4. **Ce qui casse** : texte, vidéo, partage d'écran, historique.

Compter une heure.
""",
        "discord/discourse": """\
1. **Rien à exporter** : copier les règles, messages épinglés et informations durables.
2. **Créer le forum Discourse** (hébergeur ou auto-hébergé) avec une catégorie par grand salon.
3. **Republier** les informations durables en sujets épinglés.
4. **Ce qui casse** : discussion en temps réel et salons vocaux ; l'usage change (messages plus longs, moins fréquents).

Compter une demi-journée.
""",
        "notion/hedgedoc": """\
1. **Exporter depuis Notion** : Paramètres, « Exporter tout le contenu de l'espace de travail », format « Markdown et CSV ».
2. **Reprendre les pages** : ouvrir chaque fichier .md et le coller dans une note HedgeDoc ; les images sont dans l'archive, à héberger à part.
3. **Refaire les liens** entre pages avec les adresses HedgeDoc.
4. **Ce qui casse** : les bases de données Notion (exportées en CSV, à reprendre dans un tableur ou Grist), les vues et relations.

Compter une demi-journée pour une centaine de pages.
""",
        "notion/cryptpad": """\
1. **Exporter depuis Notion** : « Exporter tout le contenu de l'espace de travail », Markdown et CSV.
2. **Reprendre dans CryptPad** : pages en Document ou en Code (Markdown), bases CSV en Tableur, tableaux de tâches en Kanban.
3. **Organiser** le drive de l'équipe en dossiers.
4. **Ce qui casse** : pages liées, bases de données avec relations, vues multiples.

Compter une journée pour un espace bien rempli.
""",
        "mendeley/zotero": """\
1. **Importer directement** : Zotero, Fichier, « Importer… », « Mendeley Reference Manager (importation en ligne) », puis se connecter au compte Mendeley.
2. **Vérifier** collections, notes et PDF joints.
3. **Installer les modules** de citation pour LibreOffice ou Word et le connecteur du navigateur.
4. **Ce qui casse** : les annotations faites dans le lecteur de Mendeley selon la version, les groupes Mendeley (à recréer en groupes Zotero).

Compter une heure.
""",
        "squarespace/wordpress": """\
1. **Exporter depuis Squarespace** : Paramètres, « Importer et exporter », « Exporter », format WordPress (fichier XML avec les pages et un blog).
2. **Installer WordPress** chez un hébergeur et importer le fichier (Outils, Importer, WordPress) en récupérant les médias.
3. **Refaire** le design, les formulaires et les blocs qui ne passent pas (galeries, produits, événements).
4. **Ce qui casse** : boutique, blocs spéciaux, un seul blog exporté ; les adresses des pages peuvent changer.

Compter une à deux journées.
""",
        "asana/taiga": """\
1. **Importer directement** : Taiga, nouveau projet, « Importer un projet », « Asana », puis autoriser l'accès au compte Asana.
2. **Vérifier** tâches, responsables et échéances ; associer chaque membre Asana à un compte Taiga.
3. **Ce qui casse** : vues chronologie et portefeuille, règles automatiques, formulaires Asana.

Compter une heure par projet.
""",
        "ciel-compta/paheko": """\
1. **Choisir la bascule** au début d'un exercice.
2. **Exporter depuis Ciel** le fichier des écritures comptables (FEC) de l'exercice clos, et la balance.
3. **Paramétrer Paheko** (plan comptable associatif) puis Comptabilité, Import, format FEC ; vérifier les soldes et la balance d'ouverture.
4. **Ce qui casse** : paie, TVA et immobilisations complexes restent mieux servies par un logiciel spécialisé ou un cabinet.

Compter une journée avec le ou la trésorière.
""",
        "ebp-compta/paheko": """\
1. **Choisir la bascule** au début d'un exercice.
2. **Exporter depuis EBP** le fichier des écritures (FEC) et la balance.
3. **Importer dans Paheko** : Comptabilité, Import, format FEC ; vérifier les soldes.
4. **Ce qui casse** : fonctions réservées aux structures employeuses (paie, déclarations), modèles d'éditions EBP.

Compter une journée avec le ou la trésorière.
""",
    }
)
