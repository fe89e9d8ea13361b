from django.shortcuts import get_object_or_404, render

from tools_catalog.models import Guide, Need, ProprietaryProduct, Tool


def tool_list(request):
    return render(request, "tools_catalog/tool_list.html", {"tools": Tool.objects.published(), "nav": "tools"})


def tool_detail(request, slug):
    tool = get_object_or_404(Tool.objects.published(), slug=slug)
    return render(request, "tools_catalog/tool_detail.html", {"tool": tool, "nav": "tools"})


def need_detail(request, slug):
    need = get_object_or_404(Need, slug=slug)
    return render(request, "tools_catalog/need_detail.html", {"need": need, "nav": "tools"})


def replace(request, slug):
    product = get_object_or_404(ProprietaryProduct.objects.published(), slug=slug)
    return render(request, "tools_catalog/replace.html", {"product": product, "nav": "tools"})


def guide_list(request):
    return render(request, "tools_catalog/guide_list.html", {"guides": Guide.objects.published(), "nav": "tools"})


def guide_detail(request, slug):
    guide = get_object_or_404(Guide.objects.published(), slug=slug)
    return render(request, "tools_catalog/guide_detail.html", {"guide": guide, "nav": "tools"})
