"""Site-wide pages that compose the apps: the visit companion and the portal-wide search."""

from django.urls import path

from ptca.companion import views

urlpatterns = [
    path("visite/", views.visit, name="visit"),
    path("visite/fiche/", views.visit_sheet, name="visit_sheet"),
    path("visite/produits.json", views.visit_filter, name="visit_filter"),
    path("recherche/", views.search, name="search"),
]
