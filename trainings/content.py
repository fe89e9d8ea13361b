"""The training modules shipped with the portal (the three modules the working group asked for).

Keys: slug, title, audiences (Audience), summary, objectives and programme (Markdown), prerequisites,
duration, format (Training.Format), needs and tools (catalogue slugs), organisers and speakers (actor
slugs). Loaded by ``manage.py seed_content`` (trainings/seed.py); sessions are demo data only.
"""

from trainings.models import Audience, Training

TRAININGS = [
    {
        "slug": "numerique-libre-associations-enjeux-acteurs",
        "title": "Le numérique libre pour les associations : enjeux et acteurs du territoire",
        "audiences": [Audience.INFORMATEURS],
        "summary": "Une demi-journée pour comprendre les enjeux des outils libres, savoir en parler sans pousser, "
        "et connaître les acteurs d'Indre-et-Loire vers qui orienter une association.",
        "objectives": "- Expliquer ce qu'est un outil libre, avec des mots simples\n"
        "- Présenter les bénéfices **et les limites** d'un changement d'outil\n"
        "- Orienter vers les bons acteurs du territoire",
        "programme": "1. Tour de table : les outils des associations que vous accueillez\n"
        "2. Libre, gratuit, propriétaire : ce qui change vraiment (données, coût, dépendance)\n"
        "3. Les équivalents les plus demandés : visio, partage de fichiers, bureautique\n"
        "4. Les acteurs du territoire et ce qu'ils proposent\n"
        "5. Mises en situation à l'accueil",
        "prerequisites": "Aucun. Venez avec les questions que les associations vous posent.",
        "duration": "Une demi-journée (3 heures)",
        "format": Training.Format.ONSITE,
        "needs": ["visioconference", "partage-fichiers", "bureautique"],
        "tools": ["jitsi-meet", "nextcloud", "libreoffice"],
        "organisers": ["ptca37"],
        "speakers": ["informatique-participative", "funlab"],
    },
    {
        "slug": "accompagner-association-outils-libres",
        "title": "Accompagner une association vers des outils libres",
        "audiences": [Audience.ACCOMPAGNATEURS],
        "summary": "Deux jours pour mener un diagnostic des usages numériques d'une association et construire "
        "avec elle un chemin de changement réaliste.",
        "objectives": "- Faire le point sur les outils et les besoins d'une association\n"
        "- Estimer l'effort de migration et son coût\n"
        "- Accompagner le changement auprès des bénévoles",
        "programme": "**Jour 1** : diagnostic, besoins, équivalences.\n\n**Jour 2** : plan de migration, "
        "hébergeurs (CHATONS), conduite du changement.",
        "prerequisites": "Avoir suivi « Le numérique libre pour les associations » ou une expérience équivalente.",
        "duration": "Deux jours (12 heures)",
        "format": Training.Format.HYBRID,
        "needs": ["partage-fichiers", "redaction-collaborative", "adherents-cotisations"],
        "tools": ["nextcloud", "cryptpad"],
        "organisers": ["ligue-enseignement-37", "ptca37"],
        "speakers": ["informatique-participative"],
    },
    {
        "slug": "prendre-en-main-suite-bureautique-libre",
        "title": "Prendre en main une suite bureautique libre",
        "audiences": [Audience.BENEVOLES, Audience.SALARIES],
        "summary": "Une journée pratique pour écrire, calculer et présenter avec LibreOffice, et ouvrir sans "
        "peine les fichiers reçus des partenaires.",
        "objectives": "- Créer et partager des documents aux formats ouverts\n- Ouvrir et enregistrer des fichiers Word et Excel",
        "programme": "1. Traitement de texte\n2. Tableur : le budget de l'association\n3. Présentation\n4. Formats de fichiers",
        "prerequisites": "Savoir utiliser un ordinateur. Apportez le vôtre si possible.",
        "duration": "Une journée (6 heures)",
        "format": Training.Format.ONSITE,
        "needs": ["bureautique"],
        "tools": ["libreoffice"],
        "organisers": ["informatique-participative"],
        "speakers": ["informatique-participative"],
    },
]
