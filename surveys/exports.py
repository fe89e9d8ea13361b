"""CSV and JSON exports, streamed in constant memory: responses are read in chunks with iterator(chunk_size)."""

import json
from itertools import islice

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections
from django.utils import timezone

from core import exports as kernel_exports
from surveys.models import Answer, AnswerChoice, AnswerTool, Question, Response
from surveys.selectors import survey_questions
from tools_catalog.models import ProprietaryProduct, Tool

CHUNK_SIZE = 2000
MULTI_SEPARATOR = " ; "
LINES_PER_CHUNK = 500
CHOICE_LIKE = frozenset({Question.Kind.SINGLE, Question.Kind.MULTIPLE, Question.Kind.TOOLS})
NUMERIC = frozenset({Question.Kind.SCALE, Question.Kind.NUMBER})


def _chunks(iterable, size):
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


TEXT, NUMBER, BOOLEAN, ITEMS = range(4)  # the fields of an answer tuple


def _fetch(queryset):
    """The rows of a values_list queryset as plain tuples, straight from the cursor (integers, text and
    booleans need no conversion; this skips Django's per-row work on a few hundred thousand rows)."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def iter_responses(survey, *, questions=None, response_ids=None, chunk_size=CHUNK_SIZE):
    """Yield (response_id, submitted_at, [answer of each question, in the order of `questions`]),
    a chunk of responses at a time; an answer is None or a tuple (text, number, boolean, items).

    items: labels of the selected choices (in the choices' order) and names of the tools cited.
    Memory holds one chunk at most, whatever the number of responses. Each chunk is three queries on
    a range of response ids (the answers' own indexes, no join).
    """
    questions = questions if questions is not None else survey_questions(survey)
    question_ids = [q.pk for q in questions]
    labels = {choice.pk: choice.label for q in questions for choice in q.choices.all()}
    order = {choice.pk: (choice.position, choice.pk) for q in questions for choice in q.choices.all()}
    product_names = dict(ProprietaryProduct.objects.values_list("pk", "name"))
    tool_names = dict(Tool.objects.values_list("pk", "name"))
    responses = Response.objects.filter(survey=survey)
    if response_ids is not None:
        responses = responses.filter(pk__in=response_ids)
    stream = responses.order_by("pk").values_list("pk", "submitted_at").iterator(chunk_size=chunk_size)
    for chunk in _chunks(stream, chunk_size):
        first, last = chunk[0][0], chunk[-1][0]
        span = {"response_id__gte": first, "response_id__lte": last, "question_id__in": question_ids}
        values = {
            (response_id, question_id): (text, number, None if boolean is None else bool(boolean), [])
            for response_id, question_id, text, number, boolean in _fetch(
                Answer.objects.filter(**span)
                .order_by()
                .values_list("response_id", "question_id", "text", "number", "boolean")
            )
        }
        selected = {}
        for response_id, question_id, choice_id in _fetch(
            AnswerChoice.objects.filter(**span).order_by().values_list("response_id", "question_id", "choice_id")
        ):
            selected.setdefault((response_id, question_id), []).append(choice_id)
        for key, choice_ids in selected.items():
            if len(choice_ids) > 1:
                choice_ids.sort(key=order.__getitem__)
            values[key][ITEMS].extend(labels.get(choice_id, "") for choice_id in choice_ids)
        for response_id, question_id, product_id, tool_id in _fetch(
            AnswerTool.objects.filter(**span)
            .order_by("response_id", "pk")
            .values_list("response_id", "question_id", "product_id", "tool_id")
        ):
            name = product_names.get(product_id) if product_id else tool_names.get(tool_id)
            values[(response_id, question_id)][ITEMS].append(name or "")
        get = values.get
        for response_id, submitted_at in chunk:
            yield response_id, submitted_at, [get((response_id, pk)) for pk in question_ids]


def _value(question, answer):
    """(main cell, other cell) for one answer, as plain text."""
    if answer is None:
        return "", ""
    kind = question.kind
    if kind in CHOICE_LIKE:
        return MULTI_SEPARATOR.join(answer[ITEMS] + (["Autre"] if answer[TEXT] else [])), answer[TEXT]
    if kind in NUMERIC:
        return answer[NUMBER], ""
    if kind == Question.Kind.YES_NO:
        return ("Oui" if answer[BOOLEAN] else "Non") if answer[BOOLEAN] is not None else "", ""
    return answer[TEXT], ""


def csv_header(questions):
    header = ["Réponse n°", "Envoyée le"]
    for question in questions:
        header.append(question.text)
        if question.offers_other:
            header.append(f"{question.text} – Autre (précisez)")
    return header


def export_csv_rows(survey, *, response_ids=None, chunk_size=CHUNK_SIZE):
    """Rows of the CSV export (header first), as plain values. Constant memory."""
    questions = survey_questions(survey)
    yield csv_header(questions)
    columns = [(question, question.offers_other) for question in questions]
    zone = timezone.get_current_timezone()
    for response_id, submitted_at, answers in iter_responses(
        survey, questions=questions, response_ids=response_ids, chunk_size=chunk_size
    ):
        row = [response_id, submitted_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")]
        for (question, with_other), answer in zip(columns, answers, strict=True):
            main, other = _value(question, answer)
            row.append(main)
            if with_other:
                row.append(other)
        yield row


def csv_response(survey, *, response_ids=None):
    """The streamed CSV download of the responses (the kernel's CSV: BOM, `;`, formula-safe)."""
    rows = export_csv_rows(survey, response_ids=response_ids)
    header = next(rows)
    response = kernel_exports.csv_response(f"{survey.slug}-reponses.csv", header, rows)
    response.streaming_content = _batched(response.streaming_content)
    return response


def _batched(lines, size=LINES_PER_CHUNK):
    """Send the lines a few hundred at a time: one write per line costs more than the line itself."""
    batch = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield b"".join(batch)
            batch = []
    if batch:
        yield b"".join(batch)


def stream_json(survey, *, response_ids=None):
    """The survey, its questions and every response as one JSON document, written piece by piece."""
    questions = survey_questions(survey)
    head = kernel_exports.envelope(
        "ptca-enquete-reponses",
        {
            "enquete": {"titre": survey.title, "slug": survey.slug},
            "questions": [
                {
                    "id": q.pk,
                    "texte": q.text,
                    "type": q.kind,
                    "choix": [{"id": c.pk, "libelle": c.label} for c in q.choices.all()],
                }
                for q in questions
            ],
        },
        licence=None,  # answers are for the network's coordinators, not open data
    )
    yield json.dumps(head, ensure_ascii=False, cls=DjangoJSONEncoder)[:-1].encode() + b', "reponses": ['
    first = True
    for response_id, submitted_at, answers in iter_responses(survey, questions=questions, response_ids=response_ids):
        record = {"id": response_id, "envoyee_le": submitted_at.isoformat(), "reponses": {}}
        for question, answer in zip(questions, answers, strict=True):
            if answer is None:
                continue
            if question.kind in CHOICE_LIKE:
                value = {"choix": answer[ITEMS], "autre": answer[TEXT]}
            elif question.kind in NUMERIC:
                value = answer[NUMBER]
            elif question.kind == Question.Kind.YES_NO:
                value = answer[BOOLEAN]
            else:
                value = answer[TEXT]
            record["reponses"][str(question.pk)] = value
        yield (b"" if first else b",") + json.dumps(record, ensure_ascii=False).encode()
        first = False
    yield b"]}"
