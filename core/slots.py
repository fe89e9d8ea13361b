"""Extension points: blocks that one app shows on another app's page, with a one-way dependency.

`tools_catalog` shows "Qui peut aider près de chez vous ?" (actors) and "Prochaines formations"
(trainings) on a tool page without importing either app: the page renders the slot
"tool_detail", and the actors and trainings apps register providers for it in their
AppConfig.ready():

    from core import slots
    slots.register("tool_detail", "actors.helpers", actors_for_tool, order=10)

A provider is called as provider(request, obj) and returns a dict {"template": "...", ...}
(the rest is the template's context) or None to show nothing. Each provider must run a
fixed number of queries. Known slots: "home", "tool_detail", "actor_detail", "coordinator_todo",
"visit_sheet" (the visit sheet's tools, needs, commune and ranked items), "replace" (the
"Remplacer …" page of a proprietary product), "catalogue_search" (the catalogue list page with a
query: obj is the query text) and "survey_needs" (a data block: the training supply of catalogue needs
for the surveys' needs board and restitution, obj = {"needs": [need ids]}; read with `collect`).
"""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

_registry = {}


def register(slot, key, provider, order=50):
    _registry.setdefault(slot, {})[key] = (order, provider)


def collect(slot, request, obj=None):
    blocks = []
    for _order, provider in sorted(_registry.get(slot, {}).values(), key=lambda item: item[0]):
        block = provider(request, obj)
        if block:
            blocks.append(block)
    return blocks


def render(slot, request, obj=None):
    html = []
    for block in collect(slot, request, obj):
        context = dict(block)
        template_name = context.pop("template")
        html.append(render_to_string(template_name, context, request=request))
    return mark_safe("".join(html))
