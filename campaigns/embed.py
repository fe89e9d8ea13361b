"""The page "Intégrer le portail sur votre site": the code to copy and a live preview of each widget."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from tools_catalog.models import ProprietaryProduct

WIDGETS = [
    ("formations", "Prochaines formations", "campaigns:widget_trainings", "commune=37261", 360),
    ("acteurs", "Acteurs près de chez vous", "campaigns:widget_actors", "commune=37261", 360),
    ("alternatives", "Alternatives libres à …", "campaigns:widget_alternatives", "produit={product}", 320),
]


@require_GET
def embed_page(request):
    """Public: how a partner shows the portal's content on its site (iframe code, live preview)."""
    product = ProprietaryProduct.objects.published().only("slug").first()
    base = settings.SITE_URL.rstrip("/")
    widgets = []
    for key, title, url_name, query, height in WIDGETS:
        query = query.format(product=product.slug if product else "")
        path = reverse(url_name) + "?" + query
        code = (
            f'<iframe src="{base}{path}" title="{title} – {settings.SITE_NAME}" '
            f'width="100%" height="{height}" style="border:0" loading="lazy"></iframe>'
        )
        widgets.append({"key": key, "title": title, "path": path, "code": code, "height": height})
    return render(request, "campaigns/embed.html", {"nav": "campaigns", "widgets": widgets})
