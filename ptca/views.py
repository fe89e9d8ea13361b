"""Site-wide pages: home, static pages, errors, health check."""

import logging

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET

from core.exports import OPEN_DATA_LICENCE
from ptca.source import source_archive

logger = logging.getLogger(__name__)


@require_GET
def home(request):
    return render(request, "ptca/home.html")


@require_GET
def style_guide(request):
    """Living style page: every component of the design system (DEBUG only)."""
    if not settings.DEBUG:
        raise Http404
    from django import forms

    class DemoForm(forms.Form):
        name = forms.CharField(label="Nom de l'association", help_text="Tel qu'il figure au RNA.")
        email = forms.EmailField(label="Courriel")
        kind = forms.ChoiceField(
            label="Taille", choices=[("b", "Bénévoles seulement"), ("s", "Avec salariés")], widget=forms.RadioSelect
        )
        note = forms.CharField(label="Remarque", widget=forms.Textarea, required=False)

    form = DemoForm(data={"name": "", "email": "pas-un-courriel", "kind": "b"})
    form.is_valid()
    return render(request, "ptca/style.html", {"form": form})


@require_GET
def accessibility(request):
    return render(request, "ptca/accessibility.html")


@require_GET
def legal(request):
    """Legal notice and privacy notice: the retention periods come from the settings that apply them."""
    context = {
        "source_code_url": settings.SOURCE_CODE_URL,
        "open_data_licence": OPEN_DATA_LICENCE,
        "retention_months": settings.REGISTRATION_RETENTION_MONTHS,
        "access_log_days": settings.ACCESS_LOG_RETENTION_DAYS,
        "followup_months": settings.FOLLOWUP_RETENTION_MONTHS,
        "report_email_days": settings.REPORT_EMAIL_RETENTION_DAYS,
    }
    return render(request, "ptca/legal.html", context)


@require_GET
def source_code(request):
    """The source of the running portal (AGPL-3.0 section 13), see ptca/source.py."""
    response = HttpResponse(source_archive(), content_type="application/gzip")
    response["Content-Disposition"] = 'attachment; filename="portail-ptca-source.tar.gz"'
    response["Cache-Control"] = "public, max-age=3600"
    return response


@never_cache
@require_GET
def health(request):
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        # With the exception and its traceback: what the operator needs to see why.
        logger.exception("health check failed: the database does not answer")
        return JsonResponse({"status": "indisponible", "database": False}, status=503)
    return JsonResponse({"status": "ok", "database": True})


@requires_csrf_token
def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)


@requires_csrf_token
def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


@requires_csrf_token
def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Render without a request context: the database may be what failed."""
    return HttpResponse(loader.get_template("500.html").render(), status=500)
