from django.urls import path

from equipment import views

app_name = "equipment"

urlpatterns = [
    path("financer/", views.guide, name="guide"),
    path("gestion/offres/", views.offer_list, name="offer_list"),
    path("gestion/offres/ajouter/", views.offer_form, name="offer_create"),
    path("gestion/offres/<int:pk>/", views.offer_form, name="offer_update"),
    path("gestion/offres/<int:pk>/verifiee/", views.offer_verified, name="offer_verified"),
    path("gestion/prix/", views.price_list, name="price_list"),
    path("gestion/prix/ajouter/", views.price_form, name="price_create"),
    path("gestion/prix/<int:pk>/", views.price_form, name="price_update"),
    path("gestion/dispositifs/", views.scheme_list, name="scheme_list"),
    path("gestion/dispositifs/ajouter/", views.scheme_form, name="scheme_create"),
    path("gestion/dispositifs/<int:pk>/", views.scheme_form, name="scheme_update"),
]
