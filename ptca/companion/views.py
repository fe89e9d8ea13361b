from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET


@require_GET
def search(request):
    """Portal-wide search box of the header; the catalogue answers for now."""
    query = request.GET.get("q", "")[:200]
    url = reverse("tools_catalog:tool_list")
    return redirect(f"{url}?{urlencode({'q': query})}" if query else url)
