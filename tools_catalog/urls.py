from django.urls import path

from tools_catalog import views

app_name = "tools_catalog"

# The tool page `<slug>/` comes last so that it does not swallow the other addresses.
urlpatterns = [
    path("", views.tool_list, name="tool_list"),
    path("besoins/", views.need_list, name="need_list"),
    path("besoins/<slug:slug>/", views.need_detail, name="need_detail"),
    path("remplacer/<slug:slug>/", views.replace, name="replace"),
    path("comparer/", views.compare, name="compare"),
    path("guides/", views.guide_list, name="guide_list"),
    path("guides/<slug:slug>/", views.guide_detail, name="guide_detail"),
    path("export.json", views.export_json, name="export_json"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("<slug:slug>/", views.tool_detail, name="tool_detail"),
]
