from django.urls import path

from actors import manage_views, views

app_name = "actors"

urlpatterns = [
    path("", views.actor_list, name="actor_list"),
    path("carte.json", views.actor_map_data, name="actor_map_data"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.json", views.export_json, name="export_json"),
    path("export-data-inclusion.json", views.export_data_inclusion, name="export_data_inclusion"),
    path("nouveau/", views.actor_create, name="actor_create"),
    path("tableau-de-bord/", views.dashboard, name="dashboard"),
    path("services/", manage_views.service_list, name="service_list"),
    path("services/ajouter/", manage_views.service_form, name="service_create"),
    path("services/<int:pk>/", manage_views.service_form, name="service_update"),
    path("services/<int:pk>/historique/", manage_views.service_history, name="service_history"),
    path("services/<int:pk>/supprimer/", manage_views.service_delete, name="service_delete"),
    path("communes/", manage_views.commune_list, name="commune_list"),
    path("signalements/<int:pk>/traiter/", views.report_handle, name="report_handle"),
    path("<slug:slug>/", views.actor_detail, name="actor_detail"),
    path("<slug:slug>/signaler/", views.actor_report, name="actor_report"),
    path("<slug:slug>/modifier/", views.actor_update, name="actor_update"),
    path("<slug:slug>/verifier/", views.actor_verify, name="actor_verify"),
    path("<slug:slug>/publication/", views.actor_publication, name="actor_publication"),
    path("<slug:slug>/historique/", views.actor_history, name="actor_history"),
]
