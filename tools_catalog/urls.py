from django.urls import path

from tools_catalog import views

app_name = "tools_catalog"

urlpatterns = [
    path("", views.tool_list, name="tool_list"),
    path("guides/", views.guide_list, name="guide_list"),
    path("guides/<slug:slug>/", views.guide_detail, name="guide_detail"),
    path("besoins/<slug:slug>/", views.need_detail, name="need_detail"),
    path("remplacer/<slug:slug>/", views.replace, name="replace"),
    path("<slug:slug>/", views.tool_detail, name="tool_detail"),
]
