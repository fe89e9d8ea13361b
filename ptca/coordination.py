"""The coordination space, `/coordination/`: where a coordinator lands after signing in.

The to-do first (every `coordinator_todo` slot block, in order), then a shortcut to every task:
the pages each app registers in core.manage_pages. ptca composes every app, so it also registers
here the existing pages of apps that do not register their own yet.
"""

from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from core import manage_pages
from core.perms import coordinator_required
from core.roles import is_advisor, is_coordinator


@require_GET
def after_login(request):
    """Where a sign-in lands: coordinators on the coordination space, advisors on their own space,
    anyone else on the home page."""
    if is_coordinator(request.user):
        return redirect("coordination")
    if is_advisor(request.user):
        return redirect("accompaniments:home")
    return redirect("home")


@coordinator_required
@require_GET
def coordination(request):
    return render(request, "ptca/coordination.html", {"nav": "coordination", "groups": manage_pages.grouped()})


def register_pages():
    """Pages of apps that do not register them yet, and the models nobody edits by hand."""
    register = manage_pages.register
    register("actors.actor", "actors:dashboard", "Acteurs du territoire", group="Acteurs", order=200)
    register("actors.errorreport", "actors:dashboard", "Signalements sur les acteurs", group="Acteurs", order=201)
    register("trainings.session", "trainings:manage_dashboard", "Sessions de formation", group="Formations", order=300)
    register("trainings.registration", "trainings:manage_dashboard", "Inscriptions", group="Formations", order=301)
    register(
        "trainings.training", "trainings:training_manage_list", "Modules de formation", group="Formations", order=302
    )
    manage_pages.shortcut("surveys:survey_list", "Enquêtes et leurs résultats", group="Enquêtes", order=400)
    manage_pages.shortcut(
        "accompaniments:figures", "Accompagnements : les chiffres d'ensemble", group="Accompagnements", order=450
    )
    manage_pages.shortcut("outbox", "Courriels envoyés par le portail", group="Courriels", order=500)
    # Each survey's builder, needs board, "Autre" curation, restitution and workshop links are reached
    # from the coordinators' table of the surveys list.
    for model in ("survey", "section", "question", "choice", "pinnedquote", "othermapping", "restitution"):
        register(
            f"surveys.{model}",
            "surveys:survey_list",
            "Enquêtes : construire, besoins, restitution",
            group="Enquêtes",
            order=401,
        )
    register("surveys.workshoplink", "surveys:survey_list", "Enquêtes : liens d'atelier", group="Enquêtes", order=402)
    register("surveys.theme", "surveys:themes", "Thèmes des réponses", group="Enquêtes", order=403)
    register(
        "core.seedrecord",
        "seed_content",
        "Contenu livré : choisir entre ici et la version livrée",
        group="Contenu livré",
        order=550,
    )
    for model in ("response", "answer", "answerchoice", "answertool"):
        manage_pages.exempt(f"surveys.{model}", "written by respondents; read on the results pages")
    # Anonymous answers to a module's feedback form (branch h-sessions): written by participants.
    manage_pages.exempt("trainings.feedbackresponse", "written by participants; read on the module's page")
    manage_pages.exempt("taggit.tag", "typed in a tool's form (mots-clés)")
    manage_pages.exempt("taggit.taggeditem", "written with a tool's keywords")
