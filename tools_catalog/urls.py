from django.urls import path

from tools_catalog import manage_views, views

app_name = "tools_catalog"


def manage_urls():
    """The coordinators' pages of each kind of entry (tools_catalog/manage_views.py), under gestion/."""
    patterns = []
    for key, kind in manage_views.KINDS.items():
        views_of_kind = manage_views.make_views(kind)
        prefix = f"gestion/{kind.path}/"
        patterns += [
            path(prefix, views_of_kind["list"], name=f"manage_{key}_list"),
            path(prefix + "ajouter/", views_of_kind["create"], name=f"manage_{key}_create"),
            path(prefix + "<int:pk>/", views_of_kind["update"], name=f"manage_{key}_update"),
            path(prefix + "<int:pk>/historique/", views_of_kind["history"], name=f"manage_{key}_history"),
        ]
    return patterns


# The tool page `<slug>/` comes last so that it does not swallow the other addresses.
urlpatterns = [
    path("", views.tool_list, name="tool_list"),
    path("besoins/", views.need_list, name="need_list"),
    path("besoins/<slug:slug>/", views.need_detail, name="need_detail"),
    path("remplacer/<slug:slug>/", views.replace, name="replace"),
    path("remplacer/<slug:slug>/signaler/", views.product_report, name="product_report"),
    path("remplacer/<slug:product_slug>/<slug:tool_slug>/", views.equivalence_detail, name="equivalence_detail"),
    path(
        "remplacer/<slug:product_slug>/<slug:tool_slug>/signaler/",
        views.equivalence_report,
        name="equivalence_report",
    ),
    path("equivalences/proposer/", views.equivalence_propose, name="equivalence_propose"),
    path("coordination/signalements/", views.report_list, name="report_list"),
    path("coordination/signalements/<int:pk>/traiter/", views.report_handle, name="report_handle"),
    path("coordination/propositions/", views.proposal_list, name="proposal_list"),
    path("coordination/propositions/<int:pk>/relire/", views.proposal_review, name="proposal_review"),
    path("coordination/a-verifier/", views.stale_fact_list, name="stale_fact_list"),
    path("gestion/signalements/<int:pk>/", manage_views.report_handle_page, name="manage_report"),
    path("gestion/<str:key>/<int:pk>/verifie/", manage_views.mark_checked, name="manage_mark_checked"),
    *manage_urls(),
    path("comparer/", views.compare, name="compare"),
    path("guides/", views.guide_list, name="guide_list"),
    path("guides/<slug:slug>/", views.guide_detail, name="guide_detail"),
    path("export.json", views.export_json, name="export_json"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("<slug:slug>/signaler/", views.tool_report, name="tool_report"),
    path("<slug:slug>/historique/", views.tool_history, name="tool_history"),
    path("<slug:slug>/", views.tool_detail, name="tool_detail"),
]
