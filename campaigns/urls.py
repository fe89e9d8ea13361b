from django.urls import path

from campaigns import embed, views, widgets

app_name = "campaigns"

urlpatterns = [
    path("campagnes/", views.campaign_list, name="campaign_list"),
    path("campagnes/nouvelle/", views.campaign_create, name="campaign_create"),
    path("campagnes/<slug:slug>/", views.campaign_detail, name="campaign_detail"),
    path("campagnes/<slug:slug>/carte.json", views.campaign_map_data, name="campaign_map_data"),
    path("campagnes/<slug:slug>/modifier/", views.campaign_update, name="campaign_update"),
    path("campagnes/<slug:slug>/etapes/nouvelle/", views.step_create, name="step_create"),
    path("campagnes/<slug:slug>/etapes/<int:pk>/", views.step_update, name="step_update"),
    path("campagnes/<slug:slug>/bilan/", views.report, name="report"),
    path("campagnes/<slug:slug>/bilan.csv", views.report_csv, name="report_csv"),
    path("campagnes/<slug:slug>/mairies/", views.town_halls, name="town_halls"),
    path("campagnes/<slug:slug>/kit/<int:session_pk>/", views.kit, name="kit"),
    path("campagnes/<slug:slug>/kit/<int:session_pk>/affiche/", views.poster, {"size": "a4"}, name="poster"),
    path("campagnes/<slug:slug>/kit/<int:session_pk>/flyer/", views.poster, {"size": "a5"}, name="flyer"),
    path("campagnes/<slug:slug>/etapes/<int:step_pk>/kit/", views.step_kit, name="step_kit"),
    path(
        "campagnes/<slug:slug>/etapes/<int:step_pk>/kit/affiche/", views.step_poster, {"size": "a4"}, name="step_poster"
    ),
    path("campagnes/<slug:slug>/etapes/<int:step_pk>/kit/flyer/", views.step_poster, {"size": "a5"}, name="step_flyer"),
    path("mairies/<str:insee>/modifier/", views.town_hall_update, name="town_hall_update"),
    path("actions/", views.inventory, name="inventory"),
    path("actions/nouvelle/", views.action_form, name="action_create"),
    path("actions/<int:pk>/modifier/", views.action_form, name="action_update"),
    path("actions/export.csv", views.inventory_csv, name="inventory_csv"),
    path("actions/export.json", views.inventory_json, name="inventory_json"),
    path("integrer/", embed.embed_page, name="embed"),
    path("widgets/formations/", widgets.trainings_widget, name="widget_trainings"),
    path("widgets/acteurs/", widgets.actors_widget, name="widget_actors"),
    path("widgets/alternatives/", widgets.alternatives_widget, name="widget_alternatives"),
]
