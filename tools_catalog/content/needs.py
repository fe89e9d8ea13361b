"""The needs of an association ("besoins"), in display order."""

NEEDS = [
    {
        "slug": "visioconference",
        "name": "Visioconférence",
        "description": "Se réunir à distance en vidéo ou en audio, avec partage d'écran.",
    },
    {
        "slug": "partage-fichiers",
        "name": "Partage et stockage de fichiers",
        "description": "Ranger les documents de l'association en ligne, les synchroniser et les partager.",
    },
    {
        "slug": "bureautique",
        "name": "Bureautique",
        "description": "Écrire des courriers, tenir un tableau, préparer une présentation.",
    },
    {
        "slug": "redaction-collaborative",
        "name": "Rédaction collaborative",
        "description": "Écrire à plusieurs dans le même document, en même temps, depuis un navigateur.",
    },
    {
        "slug": "planifier-reunion",
        "name": "Planifier une réunion",
        "description": "Trouver une date qui convient au plus grand nombre sans multiplier les courriels.",
    },
    {
        "slug": "sondages-formulaires",
        "name": "Sondages et formulaires",
        "description": "Recueillir des inscriptions, des avis ou des réponses à un questionnaire.",
    },
    {
        "slug": "adherents-cotisations",
        "name": "Gestion des adhérents et cotisations",
        "description": "Tenir le fichier des membres, suivre les cotisations et les relances.",
    },
    {
        "slug": "comptabilite",
        "name": "Comptabilité",
        "description": "Tenir les comptes, préparer le bilan et le budget présentés en assemblée générale.",
    },
    {
        "slug": "site-web",
        "name": "Site web",
        "description": "Présenter l'association et ses actions sur un site à son nom.",
    },
    {
        "slug": "lettre-information",
        "name": "Lettre d'information et listes de diffusion",
        "description": "Envoyer des nouvelles aux membres et aux sympathisants, échanger par courriel en groupe.",
    },
    {
        "slug": "reseaux-sociaux",
        "name": "Réseaux sociaux",
        "description": "Publier des nouvelles, des photos et des vidéos, et échanger avec le public.",
    },
    {
        "slug": "evenements",
        "name": "Événements",
        "description": "Annoncer une activité, gérer les inscriptions et prévenir les participants.",
    },
    {
        "slug": "messagerie-instantanee",
        "name": "Messagerie instantanée",
        "description": "Échanger des messages rapides, seul à seul ou en groupe, sur téléphone ou ordinateur.",
    },
    {
        "slug": "courriel-agenda",
        "name": "Courriel et agenda",
        "description": "Lire et envoyer des courriels, tenir un agenda partagé entre bénévoles.",
    },
    {
        "slug": "mots-de-passe",
        "name": "Mots de passe",
        "description": "Ranger et partager les mots de passe de l'association en sécurité.",
    },
    {
        "slug": "gestion-projet",
        "name": "Gestion de projet et tâches",
        "description": "Répartir les tâches entre bénévoles et suivre l'avancement d'un projet.",
    },
    {
        "slug": "graphisme",
        "name": "Graphisme et mise en page",
        "description": "Créer une affiche, un flyer, un logo, retoucher une photo, mettre en page un bulletin.",
    },
    {
        "slug": "video-son",
        "name": "Vidéo et son",
        "description": "Monter une vidéo, enregistrer un podcast, diffuser un événement en direct, lire des médias.",
    },
    {
        "slug": "cartes",
        "name": "Cartes",
        "description": "Se repérer, indiquer un lieu, créer une carte des actions de l'association.",
    },
    {
        "slug": "systeme-exploitation",
        "name": "Système d'exploitation",
        "description": "Le logiciel de base qui fait fonctionner l'ordinateur (comme Windows ou macOS).",
    },
    {
        "slug": "navigateur",
        "name": "Navigateur",
        "description": "Le logiciel pour aller sur internet, et ce qui protège des publicités et du pistage.",
    },
    {
        "slug": "forum-discussions",
        "name": "Forum et discussions de groupe",
        "description": "Échanger par thèmes, garder la trace des discussions et des décisions.",
    },
    {
        "slug": "notes-documentation",
        "name": "Notes et documentation",
        "description": "Garder ses notes, sa documentation et ses références bibliographiques en ordre.",
    },
]
