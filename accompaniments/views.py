"""Pages of the follow-ups. Thin: reads in selectors.py, writes in services.py, rules in perms.py.

Every page of a file goes through `perms.followup_for` (assigned advisors only); the board's
read-only page through its token; the coordinators' figures through `coordinator_required`.
"""

from auditlog.models import LogEntry
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accompaniments import selectors, services
from accompaniments.forms import (
    FollowupCreateForm,
    FollowupUpdateForm,
    HandoverForm,
    ReferralForm,
    ReferralOutcomeForm,
    StepAddForm,
    StepSessionForm,
    StepStatusForm,
    StepToolForm,
    VisitForm,
)
from accompaniments.models import NO_VISIT_MONTHS, STALLED_AFTER_DAYS, Budget, Comfort, Followup, Referral, Staff, Step
from accompaniments.perms import advisor_required, followup_for
from actors.models import Actor, Commune
from core.history import history_page, history_row
from core.perms import coordinator_required
from tools_catalog.models import Tool
from trainings.models import Session

PER_PAGE = 20
REFERRAL_HELPERS = 30  # actors linked to the step's tool or need, offered first
SESSIONS_OFFERED = 20
STALE_MESSAGE = (
    "Quelqu'un a modifié cette étape pendant que vous la modifiiez : rien n'a été enregistré. "
    "Voici sa version actuelle ; refaites votre changement si besoin."
)


def _form_error(form, error):
    """Put a service's refusal next to its field (or at the top of the form)."""
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


@require_GET
def after_login(request):
    """The former landing after sign-in: the portal's one now chooses (ptca/coordination.py)."""
    return redirect("after_login")


# The advisor's home --------------------------------------------------------------------------


@advisor_required
@require_GET
def home(request):
    """ "Mon espace": the advisor's follow-ups, what is due, filters by commune and state."""
    communes = selectors.advisor_communes(request.user)
    commune_code = request.GET.get("commune", "")[:10]
    commune = next((c for c in communes if c.insee_code == commune_code), None)
    status_key = request.GET.get("etat", "")[:20]
    notices = []
    if commune_code and commune is None:
        notices.append("Cette commune n'a aucun accompagnement : le filtre est ignoré.")
    if status_key and status_key not in selectors.LIST_STATUSES:
        notices.append("Cet état n'existe pas : le filtre est ignoré.")
        status_key = ""
    followups = selectors.advisor_followups(request.user, commune=commune, status_key=status_key)
    page_obj = Paginator(followups, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "nav": "followups",
        "page_obj": page_obj,
        "followups": page_obj.object_list,
        "communes": communes,
        "commune": commune,
        "status_key": status_key,
        "status_choices": [
            ("", "En cours et en pause"),
            ("en-cours", "En cours"),
            ("en-pause", "En pause"),
            ("termines", "Terminés"),
            ("tous", "Tous"),
        ],
        "filtered": bool(commune or status_key),
        "notices": notices,
        **selectors.advisor_due(request.user),
    }
    return render(request, "accompaniments/home.html", context)


# Creating a follow-up ------------------------------------------------------------------------


def _initial_from_sheet(query):
    """The association's profile as the visit sheet's public parameters give it (invalid values dropped)."""
    initial = {}
    for key, name, choices in (
        ("equipe", "staff", Staff),
        ("budget", "budget", Budget),
        ("aisance", "comfort", Comfort),
    ):
        value = query.get(key, "")
        if value in choices.values:
            initial[name] = value
    code = query.get("commune", "")[:10]
    if code and Commune.objects.filter(insee_code=code).exists():
        initial["commune"] = code
    return initial


@advisor_required
@require_http_methods(["GET", "POST"])
def create(request):
    """ "Suivre cette association": pre-filled from the visit sheet's link; the steps come ordered quick wins first."""
    if request.method == "POST":
        keys = FollowupCreateForm.posted_keys(request.POST)
        by_key, unknown = selectors.proposals_from_keys(keys)
        rows = [(index, by_key[key]) for index, key in enumerate(keys) if key in by_key]
        form = FollowupCreateForm(request.POST, rows=rows, unknown_keys=unknown)
        notices = []
        if form.is_valid():
            data = form.cleaned_data
            try:
                followup = services.followup_create(
                    advisor=request.user,
                    name=data["name"],
                    rna=data["rna"],
                    commune=data["commune"],
                    staff=data["staff"],
                    budget=data["budget"],
                    comfort=data["comfort"],
                    consent=data["consent"],
                    steps=data["steps"],
                )
            except services.FollowupError as error:
                _form_error(form, error)
            else:
                messages.success(request, f"L'accompagnement de « {followup.name} » est créé.")
                return redirect(followup)
    else:
        rows, notices = selectors.proposals_from_query(request.GET)
        form = FollowupCreateForm(initial=_initial_from_sheet(request.GET), rows=list(enumerate(rows)))
    status = 400 if form.is_bound else 200
    return render(
        request,
        "accompaniments/followup_create.html",
        {"nav": "followups", "form": form, "notices": notices},
        status=status,
    )


# One file ------------------------------------------------------------------------------------


def _share_url(request, followup):
    if not followup.share_token:
        return ""
    return request.build_absolute_uri(reverse("accompaniments:shared", args=[followup.share_token]))


@never_cache
@advisor_required
@require_GET
def detail(request, pk):
    followup = followup_for(request, pk, selectors.followup_queryset())
    steps = selectors.followup_steps(followup)
    context = {
        "nav": "followups",
        "followup": followup,
        "steps": steps,
        "visits": selectors.followup_visits(followup),
        "share_url": _share_url(request, followup),
        "today": timezone.localdate(),
    }
    return render(request, "accompaniments/followup_detail.html", context)


def _conflicts(form, current):
    """The fields where the saved version (the other advisor's) differs from what this advisor typed."""
    rows = []
    for name in ("name", "rna", "commune", "staff", "budget", "comfort", "status", "next_visit_on"):
        if name not in form.cleaned_data:
            continue
        field = form.fields[name]
        mine, theirs = form.cleaned_data[name], getattr(current, name)
        choices = dict(getattr(field, "choices", []) or []) if not hasattr(field, "queryset") else {}
        mine_text = str(choices.get(mine, mine) if mine not in (None, "") else "—")
        theirs_text = str(choices.get(theirs, theirs) if theirs not in (None, "") else "—")
        if mine_text != theirs_text:
            rows.append({"label": field.label, "mine": mine_text, "theirs": theirs_text})
    return rows


def _update_initial(followup):
    return {
        "name": followup.name,
        "rna": followup.rna,
        "commune": followup.commune.insee_code if followup.commune else "",
        "staff": followup.staff,
        "budget": followup.budget,
        "comfort": followup.comfort,
        "status": followup.status,
        "next_visit_on": followup.next_visit_on,
        "version": followup.version,
    }


@never_cache
@advisor_required
@require_http_methods(["GET", "POST"])
def update(request, pk):
    """Edit the association and the state of the follow-up; a stale save answers 409 and writes nothing."""
    followup = followup_for(request, pk, Followup.objects.select_related("commune"))
    context = {"nav": "followups", "followup": followup}
    if request.method != "POST":
        context["form"] = FollowupUpdateForm(initial=_update_initial(followup))
        return render(request, "accompaniments/followup_form.html", context)
    form = FollowupUpdateForm(request.POST)
    context["form"] = form
    if not form.is_valid():
        return render(request, "accompaniments/followup_form.html", context, status=400)
    data = form.cleaned_data
    try:
        saved = services.followup_update(
            followup=followup,
            version=data["version"],
            name=data["name"],
            rna=data["rna"],
            commune=data["commune"],
            staff=data["staff"],
            budget=data["budget"],
            comfort=data["comfort"],
            status=data["status"],
            next_visit_on=data["next_visit_on"],
        )
    except services.StaleVersionError as stale:
        current = Followup.objects.select_related("commune").get(pk=stale.current.pk)
        conflicts = _conflicts(form, current)
        data = request.POST.copy()
        data["version"] = str(current.version)
        form = FollowupUpdateForm(data)
        form.is_valid()
        context.update(form=form, followup=current, conflicts=conflicts)
        return render(request, "accompaniments/followup_form.html", context, status=409)
    except services.FollowupError as error:
        _form_error(form, error)
        return render(request, "accompaniments/followup_form.html", context, status=400)
    messages.success(request, "Vos modifications sont enregistrées.")
    return redirect(saved)


@advisor_required
@require_http_methods(["GET", "POST"])
def handover(request, pk):
    """ "Confier à" another advisor: both see the file, unless this advisor steps out."""
    followup = followup_for(request, pk)
    form = HandoverForm(request.POST or None, advisors=selectors.advisors_to_hand_over(followup))
    if request.method == "POST" and form.is_valid():
        to = form.cleaned_data["to"]
        try:
            services.followup_handover(followup=followup, by=request.user, to=to, leave=form.cleaned_data["leave"])
        except services.FollowupError as error:
            _form_error(form, error)
        else:
            who = to.get_full_name() or to.get_username()
            if form.cleaned_data["leave"]:
                messages.success(request, f"L'accompagnement de « {followup.name} » est confié à {who}.")
                return redirect("accompaniments:home")
            messages.success(request, f"{who} suit maintenant aussi cet accompagnement.")
            return redirect(followup)
    status = 400 if form.is_bound else 200
    return render(
        request, "accompaniments/handover.html", {"nav": "followups", "followup": followup, "form": form}, status=status
    )


@advisor_required
@require_http_methods(["GET", "POST"])
def visit_create(request, pk):
    followup = followup_for(request, pk)
    form = VisitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.visit_log(
                followup=followup,
                by=request.user,
                visited_on=data["visited_on"],
                way=data["way"],
                note=data["note"],
                next_visit_on=data["next_visit_on"],
            )
        except services.FollowupError as error:
            _form_error(form, error)
        else:
            messages.success(request, "La visite est notée.")
            return redirect(reverse("accompaniments:detail", args=[followup.pk]) + "#visites")
    status = 400 if form.is_bound else 200
    return render(
        request,
        "accompaniments/visit_form.html",
        {"nav": "followups", "followup": followup, "form": form},
        status=status,
    )


@advisor_required
@require_http_methods(["GET", "POST"])
def step_add(request, pk):
    followup = followup_for(request, pk)
    equivalences, needs = selectors.step_choices()
    form = StepAddForm(request.POST or None, equivalences=equivalences, needs=needs)
    if request.method == "POST" and form.is_valid():
        key = form.cleaned_data["step"]
        equivalence, need = form.equivalences.get(key), form.needs.get(key)
        try:
            if equivalence is not None:
                services.step_add(followup=followup, product=equivalence.product, tool=equivalence.tool)
            else:
                services.step_add(followup=followup, need=need)
        except services.FollowupError as error:
            _form_error(form, error)
        else:
            messages.success(request, "L'étape est ajoutée à la fin du parcours.")
            return redirect(reverse("accompaniments:detail", args=[followup.pk]) + "#etapes")
    status = 400 if form.is_bound else 200
    return render(
        request, "accompaniments/step_add.html", {"nav": "followups", "followup": followup, "form": form}, status=status
    )


def _step_for(request, pk, step_pk):
    """The step `step_pk` of the follow-up `pk` (assigned advisors only); a step of another file is a 404."""
    followup = followup_for(request, pk)
    step = get_object_or_404(selectors.step_queryset(), pk=step_pk, followup_id=followup.pk)
    step.followup = followup
    return followup, step


def _step_forms(step, data=None, bound=None):
    """The forms of the step page; `bound` names the one filled with `data` (the others start fresh)."""
    helpers = list(
        Actor.objects.published()
        .helping_with(tools=[step.tool] if step.tool_id else [], needs=[step.need] if step.need_id else [])
        .only("pk", "name")[:REFERRAL_HELPERS]
    )
    others = list(Actor.objects.published().only("pk", "name"))
    related = Session.objects.published().upcoming().select_related("training")
    related = related.related_to(tools=[step.tool] if step.tool_id else [], needs=[step.need] if step.need_id else [])
    sessions = list(related[:SESSIONS_OFFERED])
    if step.session_id and step.session_id not in {session.pk for session in sessions}:
        sessions.insert(0, step.session)
    need_tools = list(Tool.objects.published().filter(needs=step.need_id)) if step.need_id else []

    def make(name, cls, **kwargs):
        return cls(data if bound == name else None, step=step, **kwargs)

    return {
        "status_form": make("status", StepStatusForm) if step.allowed_statuses else None,
        "tool_form": make("tool", StepToolForm, tools=need_tools) if step.need_id else None,
        "session_form": make("session", StepSessionForm, sessions=sessions),
        "referral_form": make("referral", ReferralForm, helpers=helpers, others=others),
    }


def _step_page(request, followup, step, *, forms=None, status=200, stale=False, outcome_error=None):
    context = {
        "nav": "followups",
        "followup": followup,
        "step": step,
        "stale": stale,
        "outcome_error": outcome_error,
        "outcome_choices": Referral.Outcome.choices,
        **(forms or _step_forms(step)),
    }
    return render(request, "accompaniments/step_detail.html", context, status=status)


@never_cache
@advisor_required
@require_GET
def step_detail(request, pk, step_pk):
    followup, step = _step_for(request, pk, step_pk)
    return _step_page(request, followup, step)


def _step_action(request, pk, step_pk, name, apply, success):
    """Run one form of the step page: 400 with the message on a refusal, 409 when someone saved first."""
    followup, step = _step_for(request, pk, step_pk)
    forms = _step_forms(step, request.POST, bound=name)
    form = forms[f"{name}_form"]
    if form is None:
        raise Http404
    if form.is_valid():
        try:
            apply(step, form)
        except services.StaleVersionError:
            followup, step = _step_for(request, pk, step_pk)
            return _step_page(request, followup, step, status=409, stale=True)
        except services.FollowupError as error:
            _form_error(form, error)
        else:
            messages.success(request, success)
            return redirect(step.get_absolute_url())
    return _step_page(request, followup, step, forms=forms, status=400)


@advisor_required
@require_POST
def step_status(request, pk, step_pk):
    def apply(step, form):
        data = form.cleaned_data
        services.step_move(step=step, status=data["status"], reason=data["reason"], version=data["version"])

    return _step_action(request, pk, step_pk, "status", apply, "Le statut de l'étape est changé.")


@advisor_required
@require_POST
def step_tool(request, pk, step_pk):
    def apply(step, form):
        tool = form.tools.get(form.cleaned_data["tool"])
        services.step_set_tool(step=step, tool=tool, version=form.cleaned_data["version"])

    return _step_action(request, pk, step_pk, "tool", apply, "L'outil de l'étape est enregistré.")


@advisor_required
@require_POST
def step_session(request, pk, step_pk):
    def apply(step, form):
        session = form.sessions.get(form.cleaned_data["session"])
        services.step_set_session(step=step, session=session, version=form.cleaned_data["version"])

    return _step_action(request, pk, step_pk, "session", apply, "La session de formation est enregistrée.")


@advisor_required
@require_POST
def referral_create(request, pk, step_pk):
    def apply(step, form):
        data = form.cleaned_data
        services.referral_create(
            step=step, actor=data["actor"], referred_on=data["referred_on"], version=data["version"]
        )

    return _step_action(request, pk, step_pk, "referral", apply, "L'orientation est notée.")


@advisor_required
@require_POST
def referral_outcome(request, pk, step_pk, referral_pk):
    followup, step = _step_for(request, pk, step_pk)
    referral = next((r for r in step.referrals.all() if r.pk == referral_pk), None)
    if referral is None:
        raise Http404
    form = ReferralOutcomeForm(request.POST)
    if form.is_valid():
        try:
            services.referral_set_outcome(
                referral=referral, outcome=form.cleaned_data["outcome"], version=form.cleaned_data["version"]
            )
        except services.StaleVersionError:
            followup, step = _step_for(request, pk, step_pk)
            return _step_page(request, followup, step, status=409, stale=True)
        except services.FollowupError as error:
            return _step_page(request, followup, step, status=400, outcome_error=(referral.pk, error.message))
        messages.success(request, "La suite donnée à l'orientation est enregistrée.")
        return redirect(step.get_absolute_url())
    message = next(iter(form.errors.values()))[0] if form.errors else "Choix invalide."
    return _step_page(request, followup, step, status=400, outcome_error=(referral.pk, message))


ARRANGE_ACTIONS = {"monter": "up", "descendre": "down", "retirer": "remove"}


@advisor_required
@require_POST
def steps_arrange(request, pk):
    """The path's buttons (one form, no JavaScript): `monter`, `descendre` or `retirer` = a step's id."""
    followup = followup_for(request, pk)
    action, value = next(((name, request.POST[name]) for name in ARRANGE_ACTIONS if name in request.POST), (None, ""))
    if action is None or not value.isdigit():
        messages.error(request, "Action inconnue : monter, descendre ou retirer une étape seulement.")
        return redirect(reverse("accompaniments:detail", args=[followup.pk]) + "#etapes")
    steps, fields = selectors.steps_for_display(Step.objects.filter(followup_id=followup.pk))
    step = get_object_or_404(steps.only(*fields), pk=int(value[:18]))  # a step of another file: 404
    if ARRANGE_ACTIONS[action] == "remove":
        label = step.label
        try:
            services.step_remove(step=step)
        except services.FollowupError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"L'étape « {label} » est retirée du parcours.")
        return redirect(reverse("accompaniments:detail", args=[followup.pk]) + "#etapes")
    services.step_reorder(step=step, direction=ARRANGE_ACTIONS[action])
    return redirect(reverse("accompaniments:detail", args=[followup.pk]) + f"#etape-{step.pk}")


# For the association: progress sheet and read-only link --------------------------------------


@never_cache
@advisor_required
@require_GET
def progress(request, pk):
    """ "Où en sommes-nous ?", to print on A4 (two pages at most) and give to the association."""
    followup = followup_for(request, pk, selectors.followup_queryset())
    return render(
        request,
        "accompaniments/progress.html",
        {"nav": "followups", "sheet": selectors.progress(followup), "shared": False, "today": timezone.localdate()},
    )


@never_cache
@require_GET
def shared(request, token):
    """The board's read-only view, through the revocable link (no account). Revoked or unknown: 404."""
    followup = selectors.shared_followup(token)
    if followup is None:
        raise Http404
    response = render(
        request,
        "accompaniments/progress.html",
        {"sheet": selectors.progress(followup), "shared": True, "today": timezone.localdate()},
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"  # the token never leaves in a Referer header
    return response


@advisor_required
@require_POST
def share_create(request, pk):
    followup = followup_for(request, pk)
    replaced = bool(followup.share_token)
    services.share_link_create(followup=followup)
    messages.success(
        request,
        "Un nouveau lien de lecture est créé ; l'ancien ne fonctionne plus."
        if replaced
        else "Le lien de lecture est créé : donnez-le au bureau de l'association.",
    )
    return redirect(reverse("accompaniments:detail", args=[followup.pk]) + "#partage")


@advisor_required
@require_POST
def share_revoke(request, pk):
    followup = followup_for(request, pk)
    services.share_link_revoke(followup=followup)
    messages.success(request, "Le lien de lecture est retiré : il ne donne plus accès à rien.")
    return redirect(reverse("accompaniments:detail", args=[followup.pk]) + "#partage")


# History -------------------------------------------------------------------------------------

CHOICE_FIELDS = {
    Step: {"status": Step.Status, "abandon_reason": Step.AbandonReason},
    Referral: {"outcome": Referral.Outcome},
    Followup: {"status": Followup.Status},
}


def _labelled_changes(model, changes):
    """ "Statut : Proposé → Adopté", "Accompagnateurs : ajout de …": choices and advisors (never free text)."""
    lines = []
    changes = changes or {}
    for name, choices in CHOICE_FIELDS.get(model, {}).items():
        if name in changes and isinstance(changes[name], list):
            before, after = ([*changes[name], None, None])[:2]
            labels = dict(choices.choices)
            before, after = labels.get(before, "—"), labels.get(after, "—")
            if before != after:
                lines.append(f"{model._meta.get_field(name).verbose_name.capitalize()} : {before} → {after}")
    advisors = changes.get("advisors") if model is Followup else None
    if isinstance(advisors, dict):
        verb = {"add": "ajout de", "delete": "retrait de"}.get(advisors.get("operation"), "changement :")
        lines.append(f"Accompagnateurs : {verb} {', '.join(str(name) for name in advisors.get('objects', []))}")
    return lines


@advisor_required
@require_GET
def history(request, pk):
    """Who changed what on the steps, referrals and advisors of this file (notes are never in the history)."""
    followup = followup_for(request, pk)
    models = {ContentType.objects.get_for_model(model).pk: model for model in (Followup, Step, Referral)}
    entries = (
        LogEntry.objects.filter(content_type_id__in=list(models), additional_data__followup=followup.pk)
        .select_related("actor")
        .order_by("-timestamp", "-pk")
    )
    page_obj = history_page(entries, request.GET.get("page"))
    step_ids = {int(e.object_pk) for e in page_obj.object_list if models[e.content_type_id] is Step}
    steps, fields = selectors.steps_for_display(Step.objects.filter(pk__in=step_ids))
    steps = {step.pk: step for step in steps.only(*fields)}
    rows = []
    for entry in page_obj.object_list:
        model = models[entry.content_type_id]
        row = history_row(entry, model)
        step = steps.get(int(entry.object_pk)) if model is Step else None
        row["object"] = step.label if step else model._meta.verbose_name.capitalize()
        row["details"] = _labelled_changes(model, entry.changes_dict)
        rows.append(row)
    return render(
        request,
        "accompaniments/history.html",
        {"nav": "followups", "followup": followup, "rows": rows, "page_obj": page_obj},
    )


# Coordinators: aggregates only -----------------------------------------------------------------


@coordinator_required
@require_GET
def figures(request):
    """What the follow-ups teach, never who: per equivalence, per actor, per need; cells under 5 hidden."""
    since = selectors.quarter_start()
    context = {
        "nav": "followups",
        "equivalences": selectors.equivalence_figures(),
        "actors": selectors.actor_referral_figures(since),
        "needs": selectors.need_stalled_figures(),
        "without_visit": selectors.cell(selectors.followups_without_visit_count()),
        "quarter_start": since,
        "min_cell": selectors.MIN_CELL,
        "stalled_days": STALLED_AFTER_DAYS,
        "no_visit_months": NO_VISIT_MONTHS,
    }
    return render(request, "accompaniments/figures.html", context)
