"""Site-wide pages that compose the apps: portal-wide search (and the visit companion)."""

from django.urls import path

from ptca.companion import views

urlpatterns = [
    path("recherche/", views.search, name="search"),
]
