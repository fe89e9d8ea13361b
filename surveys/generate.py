"""Generated responses for demos and benchmarks: deterministic (fixed seed), written with bulk_create."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from surveys.models import Answer, AnswerChoice, AnswerTool, Question, Response
from surveys.selectors import survey_questions
from tools_catalog.models import ProprietaryProduct, Tool

PLACES = [
    "Tours",
    "37000",
    "Amboise",
    "Chinon",
    "Loches",
    "Joué-lès-Tours",
    "37300",
    "Bléré",
    "Montlouis-sur-Loire",
    "Richelieu",
    "37500",
    "Château-Renault",
    "Ballan-Miré",
    "Descartes",
]
OTHER_TEXTS = ["Co-président", "Référent numérique", "Service civique", "Membre du bureau", "Animateur"]
SHORT_TEXTS = [
    "Trop compliqué pour les bénévoles",
    "Personne pour nous aider",
    "Les membres ne suivaient pas",
    "Problème d'hébergement",
    "Manque de temps",
]
LONG_TEXTS = [
    "Nous aimerions un atelier près de chez nous, le soir ou le samedi.",
    "Le numérique prend déjà beaucoup de temps aux bénévoles.",
    "Nous avons reçu des ordinateurs avec une subvention, déjà équipés.",
    "Merci pour cette enquête !",
    "Besoin d'aide pour le site web de l'association.",
]
BATCH = 1000


def _answer(rng, question, products, tools):
    """An answer as (text, number, boolean, choice_ids, product_ids, tool_ids), or None for no answer."""
    if not question.required and rng.random() < 0.2:
        return None
    kind = question.kind
    choices = [choice.pk for choice in question.choices.all()]
    if kind == Question.Kind.SINGLE:
        if question.has_other and rng.random() < 0.06:
            return rng.choice(OTHER_TEXTS), None, None, [], [], []
        weights = [len(choices) - i for i in range(len(choices))]
        return "", None, None, [rng.choices(choices, weights)[0]], [], []
    if kind == Question.Kind.MULTIPLE:
        picked = sorted(rng.sample(choices, rng.randint(1, min(3, len(choices)))))
        other = rng.choice(OTHER_TEXTS) if question.has_other and rng.random() < 0.05 else ""
        return other, None, None, picked, [], []
    if kind == Question.Kind.SCALE:
        return "", rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 3, 2])[0], None, [], [], []
    if kind == Question.Kind.NUMBER:
        low = question.min_value if question.min_value is not None else 0
        high = min(question.max_value if question.max_value is not None else 100, low + 80)
        return "", rng.randint(low, high), None, [], [], []
    if kind == Question.Kind.YES_NO:
        return "", None, rng.random() < 0.4, [], [], []
    if kind == Question.Kind.PLACE:
        return rng.choice(PLACES), None, None, [], [], []
    if kind == Question.Kind.SHORT_TEXT:
        return rng.choice(SHORT_TEXTS), None, None, [], [], []
    if kind == Question.Kind.LONG_TEXT:
        if rng.random() < 0.6:
            return None
        return rng.choice(LONG_TEXTS), None, None, [], [], []
    if kind == Question.Kind.TOOLS:
        picked_products = sorted(rng.sample(products, min(len(products), rng.randint(1, 4))))
        picked_tools = sorted(rng.sample(tools, min(len(tools), rng.randint(0, 2))))
        other = "Logiciel de la fédération" if question.has_other and rng.random() < 0.04 else ""
        if not (picked_products or picked_tools or other):
            return None
        return other, None, None, [], picked_products, picked_tools
    return None


def generate_responses(*, survey, count, seed=37, days=70, now=None):
    """Add `count` plausible responses over the last `days` days (conditions respected)."""
    rng = random.Random(seed)
    now = now or timezone.now()
    questions = survey_questions(survey)
    products = list(ProprietaryProduct.objects.published().order_by("pk").values_list("pk", flat=True)[:40])
    tools = list(Tool.objects.published().order_by("pk").values_list("pk", flat=True)[:40])
    offset = Response.objects.filter(survey=survey).count()
    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        with transaction.atomic():
            responses = Response.objects.bulk_create(
                [
                    Response(
                        survey=survey,
                        token=f"gen-{survey.pk}-{seed}-{offset + start + i}",
                        submitted_at=now - timedelta(seconds=rng.randint(0, days * 86400)),
                    )
                    for i in range(size)
                ]
            )
            answers, extras = [], []
            for response in responses:
                selected = set()
                for question in questions:
                    if question.show_if_choice_id and question.show_if_choice_id not in selected:
                        continue
                    data = _answer(rng, question, products, tools)
                    if data is None:
                        continue
                    text, number, boolean, choice_ids, product_ids, tool_ids = data
                    if not text and number is None and boolean is None and not (choice_ids or product_ids or tool_ids):
                        continue
                    selected.update(choice_ids)
                    answers.append(
                        Answer(response=response, question=question, text=text or "", number=number, boolean=boolean)
                    )
                    extras.append((choice_ids, product_ids, tool_ids))
            Answer.objects.bulk_create(answers, batch_size=5000)
            choice_rows, tool_rows = [], []
            for answer, (choice_ids, product_ids, tool_ids) in zip(answers, extras, strict=True):
                common = {"answer_id": answer.pk, "response_id": answer.response_id, "question_id": answer.question_id}
                choice_rows += [AnswerChoice(choice_id=c, **common) for c in choice_ids]
                tool_rows += [AnswerTool(product_id=p, **common) for p in product_ids]
                tool_rows += [AnswerTool(tool_id=t, **common) for t in tool_ids]
            AnswerChoice.objects.bulk_create(choice_rows, batch_size=5000)
            AnswerTool.objects.bulk_create(tool_rows, batch_size=5000)
