"""Template helpers available in every template (declared as builtins in settings)."""

from django import template
from django.utils.http import urlencode

from core import slots
from core.exports import OPEN_DATA_LICENCE
from core.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """Render coordinator-written Markdown as sanitised HTML."""
    return render_markdown(text)


@register.simple_tag(takes_context=True)
def query_transform(context, **kwargs):
    """Current query string with some parameters replaced (None removes one): for pagination."""
    params = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    return urlencode(sorted(params.lists()), doseq=True)


@register.inclusion_tag("components/error_summary.html")
def error_summary(*forms):
    """List every error of the given forms at the top of the page, each linking to its field."""
    items = []
    for form in forms:
        if form is None or not form.is_bound:
            continue
        for error in form.non_field_errors():
            items.append({"message": error, "anchor": None})
        for field in form:
            for error in field.errors:
                anchor = field.auto_id or ""
                items.append({"message": f"{field.label} : {error}", "anchor": anchor})
    return {"error_items": items}


@register.simple_tag(takes_context=True)
def render_slot(context, slot, obj=None):
    """Render the blocks other apps registered for `slot` (see core/slots.py)."""
    return slots.render(slot, context.get("request"), obj)


@register.inclusion_tag("components/open_data_licence.html", takes_context=True)
def open_data_licence(context):
    """The licence and source of an open-data export, next to the link that offers it."""
    return {"licence": OPEN_DATA_LICENCE, "SITE_NAME": context.get("SITE_NAME"), "SITE_URL": context.get("SITE_URL")}
