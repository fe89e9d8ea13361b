"""CSV and JSON exports, streamed in constant memory: responses are read in chunks with iterator(chunk_size)."""

import json
from itertools import islice

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections
from django.db.models import Q
from django.http import StreamingHttpResponse
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


def _quoted(text):
    """A text cell as the kernel's csv.writer writes it (QUOTE_NONNUMERIC, doubled quotes)."""
    return '"' + text.replace('"', '""') + '"'


class _SafeCells(dict):
    """Text -> its formula-safe (the kernel's `neutralise`), quoted CSV cell, remembered: the labels,
    tool names and short texts of an export repeat a lot. At most SAFE_CELLS_KEPT entries (constant memory)."""

    def __missing__(self, text):
        cell = _quoted(kernel_exports.neutralise(text))
        if len(self) < SAFE_CELLS_KEPT and len(text) <= 200:
            self[text] = cell
        return cell


SAFE_CELLS_KEPT = 20_000
EMPTY = '""'
YES_NO_CELLS = {True: '"Oui"', False: '"Non"', None: EMPTY}  # SQLite's 1 and 0 find True and False
CHOICE, NUMERIC_CELL, YES_NO_CELL, TEXT_CELL = range(4)  # how a question's cells are written


def export_csv_lines(survey, *, response_ids=None, chunk_size=CHUNK_SIZE):
    """The CSV export as text lines (BOM and header first): byte for byte what the kernel's csv_lines
    writes for export_csv_rows, in constant memory, with little Python work per cell.

    The kernel writes every cell through csv.writer after `cell()`: integers bare, every other value
    formula-safe (`neutralise`) and quoted. Here each response's line is a list of ready cells, filled
    from the answer rows of its chunk (three queries per CHUNK_SIZE responses, as iter_responses):
    numbers with str(), yes/no from a table, texts, choice labels and tool names through the kernel's
    `neutralise` (remembered per text), then quoted; the line is one join.
    surveys/tests/test_exports.py checks the equality with the generic path on awkward values.
    """
    questions = survey_questions(survey)
    yield next(kernel_exports.csv_lines(csv_header(questions), ())).decode("utf-8")
    how, column, other_column = {}, {}, {}
    width = 2
    for question in questions:
        if question.kind in CHOICE_LIKE:
            how[question.pk] = CHOICE
        elif question.kind in NUMERIC:
            how[question.pk] = NUMERIC_CELL
        elif question.kind == Question.Kind.YES_NO:
            how[question.pk] = YES_NO_CELL
        else:
            how[question.pk] = TEXT_CELL
        column[question.pk] = width
        width += 1
        if question.offers_other:
            other_column[question.pk] = width
            width += 1
    blank = [EMPTY] * width
    of_kind = {
        kind: [pk for pk, its in how.items() if its == kind] for kind in (CHOICE, NUMERIC_CELL, YES_NO_CELL, TEXT_CELL)
    }
    filled = (
        (Q(question_id__in=of_kind[TEXT_CELL]) | Q(question_id__in=of_kind[CHOICE])) & ~Q(text="")
        | Q(question_id__in=of_kind[NUMERIC_CELL], number__isnull=False)
        | Q(question_id__in=of_kind[YES_NO_CELL], boolean__isnull=False)
    )
    question_ids = list(column)
    labels = {choice.pk: choice.label for q in questions for choice in q.choices.all()}
    order = {choice.pk: (choice.position, choice.pk) for q in questions for choice in q.choices.all()}
    product_names = dict(ProprietaryProduct.objects.values_list("pk", "name"))
    tool_names = dict(Tool.objects.values_list("pk", "name"))
    zone = timezone.get_current_timezone()
    responses = Response.objects.filter(survey=survey)
    if response_ids is not None:
        responses = responses.filter(pk__in=response_ids)
    stream = responses.order_by("pk").values_list("pk", "submitted_at").iterator(chunk_size=chunk_size)
    safe = _SafeCells()
    for chunk in _chunks(stream, chunk_size):
        span = {"response_id__gte": chunk[0][0], "response_id__lte": chunk[-1][0], "question_id__in": question_ids}
        rows = {}
        for response_id, submitted_at in chunk:
            row = rows[response_id] = blank[:]
            row[0] = str(response_id)
            row[1] = '"' + submitted_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") + '"'
        # Only the answers whose cell is not empty: a choice-like answer's cell comes from its selected
        # choices and tools, the answer row only brings its "Autre" text.
        others = {}  # (response_id, question_id) -> "Autre" text of a choice-like answer
        for response_id, question_id, text, number, boolean in _fetch(
            Answer.objects.filter(filled, **span)
            .order_by()
            .values_list("response_id", "question_id", "text", "number", "boolean")
        ):
            kind = how[question_id]
            if kind == TEXT_CELL:
                rows[response_id][column[question_id]] = safe[text]
            elif kind == CHOICE:
                others[(response_id, question_id)] = text
            elif kind == NUMERIC_CELL:
                rows[response_id][column[question_id]] = str(number)
            else:
                rows[response_id][column[question_id]] = YES_NO_CELLS[boolean]
        items = {}  # (response_id, question_id) -> [labels and names] of a choice-like answer
        for response_id, question_id, choice_id in _fetch(
            AnswerChoice.objects.filter(**span).order_by().values_list("response_id", "question_id", "choice_id")
        ):
            items.setdefault((response_id, question_id), []).append(choice_id)
        for key, choice_ids in items.items():
            if len(choice_ids) > 1:
                choice_ids.sort(key=order.__getitem__)
            items[key] = [labels.get(choice_id, "") for choice_id in choice_ids]
        for response_id, question_id, product_id, tool_id in _fetch(
            AnswerTool.objects.filter(**span)
            .order_by("response_id", "pk")
            .values_list("response_id", "question_id", "product_id", "tool_id")
        ):
            name = product_names.get(product_id) if product_id else tool_names.get(tool_id)
            items.setdefault((response_id, question_id), []).append(name or "")
        for key, other in others.items():
            items.setdefault(key, []).append("Autre")
            rows[key[0]][other_column[key[1]]] = safe[other]
        for (response_id, question_id), names in items.items():
            rows[response_id][column[question_id]] = safe[MULTI_SEPARATOR.join(names)]
        yield from [";".join(row) + "\r\n" for row in rows.values()]


def csv_response(survey, *, response_ids=None):
    """The streamed CSV download of the responses: the kernel's CSV (BOM, `;`, formula-safe cells,
    its file name header), written by export_csv_lines a few hundred lines per write."""
    lines = export_csv_lines(survey, response_ids=response_ids)
    response = StreamingHttpResponse(
        (batch.encode("utf-8") for batch in _batched(lines)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = kernel_exports.content_disposition(f"{survey.slug}-reponses.csv")
    return response


def _batched(lines, size=LINES_PER_CHUNK):
    """Send the lines a few hundred at a time: one write per line costs more than the line itself."""
    batch = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


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
