"""The field survey shipped with the portal: "Les associations et le numérique", the working group's
questionnaire. Loaded by ``manage.py seed_content`` (surveys/seed.py); `build_survey` also serves the
benchmark and the tests.

Questions rows: (position, section, kind, text, help, required, has_other, choices, extra); `extra`
holds bounds, scale labels and `show_if` (question position, choice position).
"""

from surveys.models import Choice, Question, Section, Survey

SLUG = "associations-et-numerique"
TITLE = "Les associations et le numérique"
K = Question.Kind

SECTIONS = [
    (1, "Votre association", "Pour situer les réponses : rien ne permet de vous identifier."),
    (2, "Vos outils numériques", "Les outils que l'association utilise aujourd'hui, libres ou non."),
    (3, "Vos besoins", "Ce qui vous aiderait : c'est ce qui guidera les prochaines formations."),
]

# (position, section, kind, text, help, required, has_other, choices, extra)
QUESTIONS = [
    (
        1,
        1,
        K.SINGLE,
        "Combien de salariés compte votre association ?",
        "",
        True,
        False,
        ["Aucun salarié (bénévoles seulement)", "1 ou 2 salariés", "De 3 à 10 salariés", "Plus de 10 salariés"],
        {},
    ),
    (
        2,
        1,
        K.NUMBER,
        "Combien de bénévoles actifs environ ?",
        "Une estimation suffit.",
        False,
        False,
        [],
        {"min_value": 0, "max_value": 5000},
    ),
    (
        3,
        1,
        K.PLACE,
        "Où se trouve votre association ?",
        "Commune ou code postal, par exemple Chinon ou 37500.",
        True,
        False,
        [],
        {},
    ),
    (
        4,
        1,
        K.SINGLE,
        "Quel est votre rôle dans l'association ?",
        "",
        True,
        True,
        ["Président ou présidente", "Trésorier ou trésorière", "Secrétaire", "Salarié ou salariée", "Bénévole"],
        {},
    ),
    (
        5,
        2,
        K.TOOLS,
        "Quels outils utilisez-vous ?",
        "Cochez tous ceux que l'association utilise, libres ou non.",
        False,
        True,
        [],
        {},
    ),
    (
        6,
        2,
        K.SCALE,
        "Êtes-vous satisfait·e de vos outils numériques ?",
        "",
        True,
        False,
        [],
        {"scale_min_label": "Pas du tout satisfait·e", "scale_max_label": "Très satisfait·e"},
    ),
    (
        7,
        2,
        K.SINGLE,
        "Avez-vous déjà essayé un outil libre ?",
        "",
        True,
        False,
        ["Oui, nous en utilisons", "Oui, mais nous avons arrêté", "Non, jamais", "Je ne sais pas"],
        {},
    ),
    (8, 2, K.SHORT_TEXT, "Pourquoi avez-vous arrêté ?", "En quelques mots.", False, False, [], {"show_if": (7, 2)}),
    (
        9,
        2,
        K.MULTIPLE,
        "Qu'est-ce qui freine l'usage d'outils libres chez vous ?",
        "Plusieurs réponses possibles.",
        False,
        True,
        [
            "Le manque de temps",
            "La peur de perdre nos données",
            "Nous ne connaissons pas les alternatives",
            "Les membres sont habitués à d'autres outils",
            "Le manque d'accompagnement",
            "Le matériel est livré avec d'autres logiciels",
        ],
        {},
    ),
    (
        10,
        3,
        K.MULTIPLE,
        "Sur quels sujets aimeriez-vous être formé·es ?",
        "Plusieurs réponses possibles.",
        False,
        True,
        [
            "Visioconférence",
            "Partage de documents",
            "Comptabilité",
            "Communication et site web",
            "Protection des données (RGPD)",
            "Gestion des adhérents",
        ],
        {},
    ),
    (
        11,
        3,
        K.SINGLE,
        "Quel accompagnement souhaiteriez-vous ?",
        "",
        False,
        False,
        [
            "Un atelier collectif près de chez nous",
            "Un accompagnement individuel",
            "Des tutoriels en ligne",
            "Aucun pour l'instant",
        ],
        {},
    ),
    (
        12,
        3,
        K.YES_NO,
        "Votre association a-t-elle reçu du matériel neuf grâce à une subvention ces deux dernières années ?",
        "",
        False,
        False,
        [],
        {},
    ),
    (
        13,
        3,
        K.LONG_TEXT,
        "Remarques libres",
        "Tout ce que vous voulez nous dire sur le numérique dans votre association.",
        False,
        False,
        [],
        {},
    ),
]

INTRODUCTION = """Le groupe de travail « numérique libre et associations » d'Indre-et-Loire veut **faire remonter les
paroles de terrain** : comment les associations utilisent le numérique, ce qui freine l'usage d'outils libres, ce
qu'elles voudraient apprendre.

Répondre prend environ 5 minutes. Les réponses sont **anonymes**."""

THANK_YOU = """Les réponses sont lues par les coordinateurs du réseau et serviront à choisir les thèmes des
formations de l'année. Une synthèse sera présentée lors de la prochaine rencontre du groupe de travail."""

PRIVACY = """Nous recueillons uniquement vos réponses et la date d'envoi. **Aucun nom, aucune adresse IP,
aucun compte** n'est enregistré avec une réponse. Évitez d'écrire des informations personnelles dans les champs
libres. Les réponses sont conservées le temps de l'enquête et de sa synthèse."""


def build_structure(survey):
    """Create or update the sections, questions and choices of the shipped survey (by position)."""
    sections = {}
    for position, title, description in SECTIONS:
        sections[position], _ = Section.objects.update_or_create(
            survey=survey, position=position, defaults={"title": title, "description": description}
        )
    questions = {}
    for position, section, kind, text, help_text, required, has_other, choices, extra in QUESTIONS:
        fields = {key: value for key, value in extra.items() if key != "show_if"}
        question, _ = Question.objects.update_or_create(
            survey=survey,
            position=position,
            defaults={
                "section": sections[section],
                "kind": kind,
                "text": text,
                "help_text": help_text,
                "required": required,
                "has_other": has_other,
                **fields,
            },
        )
        questions[position] = question
        for index, label in enumerate(choices, start=1):
            Choice.objects.update_or_create(question=question, position=index, defaults={"label": label})
    for position, *_rest, extra in QUESTIONS:
        if "show_if" in extra:
            parent_position, choice_position = extra["show_if"]
            choice = Choice.objects.get(question=questions[parent_position], position=choice_position)
            Question.objects.filter(pk=questions[position].pk).update(show_if_choice=choice)


def build_survey(*, slug=SLUG, title=TITLE, status=Survey.Status.OPEN):
    """Create or update a survey with the shipped texts and questions (benchmarks and tests)."""
    survey, _ = Survey.objects.update_or_create(
        slug=slug,
        defaults={
            "title": title,
            "introduction": INTRODUCTION,
            "status": status,
            "thank_you_message": THANK_YOU,
            "privacy_notice": PRIVACY,
        },
    )
    build_structure(survey)
    return survey
