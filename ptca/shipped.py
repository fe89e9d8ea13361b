"""`/coordination/contenu-livre/`: the shipped content a coordinator must choose about.

What `seed_content --check` calls "modifiées ici ET dans la version livrée" (conflicts), and the
release's changes to entries not edited here (not applied yet), each with both values side by side
and two buttons: "Garder la version d'ici" (`--keep-local`) or "Prendre la version livrée"
(`--take-upstream`). The choice runs the same seed code path as the command (ptca.seed.choose).
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from core.models import SeedRecord
from core.perms import coordinator_required
from core.roles import is_coordinator
from core.seed import SeedError, comparison, display
from ptca import seed

CHOICES = {"prendre": True, "garder": False}


def _rows(item):
    return [
        {
            **row,
            "here_text": display(item.kind, row["name"], row["here"]),
            "upstream_text": display(item.kind, row["name"], row["upstream"]),
            "base_text": display(item.kind, row["name"], row["base"]),
        }
        for row in comparison(item)
    ]


def _entries(items):
    return [{"item": item, "selector": item.selector, "rows": _rows(item)} for item in items]


@coordinator_required
@require_GET
def shipped_content(request):
    conflicts, updates = seed.pending()
    return render(
        request,
        "ptca/shipped_content.html",
        {"nav": "coordination", "conflicts": _entries(conflicts), "updates": _entries(updates)},
    )


@coordinator_required
@require_POST
def shipped_content_choose(request):
    selector, choice = request.POST.get("entree", ""), request.POST.get("choix", "")
    conflicts, updates = seed.pending()
    waiting = {item.selector: item for item in [*conflicts, *updates]}
    if choice not in CHOICES:
        messages.error(
            request, "Choix inconnu : utilisez « Garder la version d'ici » ou « Prendre la version livrée »."
        )
    elif selector not in waiting:
        messages.error(
            request, "Cette entrée n'attend plus de choix (déjà traitée, ou inconnue) : rien n'a été modifié."
        )
    else:
        item = waiting[selector]
        try:
            seed.choose(selector, take=CHOICES[choice])
        except SeedError as error:
            messages.error(request, str(error))
        else:
            label = item.label or item.key
            if CHOICES[choice]:
                messages.success(request, f"Version livrée prise pour « {label} » ({item.kind.label}).")
            else:
                messages.success(
                    request, f"Version d'ici gardée pour « {label} » ({item.kind.label}) : elle ne sera plus proposée."
                )
    return redirect("seed_content")


def coordinator_todo(request, obj=None):
    """Coordination to-do: entries the last seed_content run found changed here AND upstream (one query,
    on the records: the page itself compares with the release)."""
    if request is None or not is_coordinator(request.user):
        return None
    conflicts = SeedRecord.objects.filter(status=SeedRecord.Status.CONFLICT).count()
    if not conflicts:
        return None
    return {"template": "ptca/slots/shipped_todo.html", "conflicts": conflicts}
