from django.urls import path

from trainings import manage_views, views

app_name = "trainings"

urlpatterns = [
    path("", views.session_list, name="session_list"),
    path("calendrier.ics", views.feed, name="feed"),
    path("calendrier/", views.calendar_current, name="calendar"),
    path("calendrier/<int:year>/<int:month>/", views.calendar_month, name="calendar_month"),
    path("archives/", views.archive, name="archive"),
    path("sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("sessions/<int:pk>/session.ics", views.session_ics, name="session_ics"),
    path("inscription/<str:token>/", views.registration_manage, name="registration_manage"),
    path("sessions/<int:pk>/demande-envoyee/", views.registration_requested, name="registration_requested"),
    path("inscription/<str:token>/confirmer/", views.registration_confirm, name="registration_confirm"),
    path("inscription/<str:token>/annuler/", views.registration_cancel, name="registration_cancel"),
    # Coordinators
    path("gestion/", manage_views.dashboard, name="manage_dashboard"),
    path("gestion/sessions/nouvelle/", manage_views.session_create, name="session_create"),
    path("gestion/sessions/<int:pk>/modifier/", manage_views.session_update, name="session_update"),
    path("gestion/sessions/<int:pk>/dupliquer/", manage_views.session_duplicate, name="session_duplicate"),
    path("gestion/sessions/<int:pk>/annuler/", manage_views.session_cancel, name="session_cancel"),
    path("gestion/sessions/<int:pk>/inscrits/", manage_views.session_registrations, name="session_registrations"),
    path("gestion/sessions/<int:pk>/inscrits.csv", manage_views.export_csv, name="export_csv"),
    path("gestion/sessions/<int:pk>/inscrire/", manage_views.registration_add, name="registration_add"),
    path("gestion/sessions/<int:pk>/presences/", manage_views.attendance, name="attendance"),
    path("gestion/sessions/<int:pk>/emargement/", manage_views.attendance_sheet, name="attendance_sheet"),
    path("gestion/sessions/<int:pk>/historique/", manage_views.session_history, name="session_history"),
    path(
        "gestion/inscriptions/<int:pk>/annuler/",
        manage_views.registration_cancel,
        name="registration_cancel_by_coordinator",
    ),
    path("gestion/modules/", manage_views.training_manage_list, name="training_manage_list"),
    path("gestion/modules/nouveau/", manage_views.training_create, name="training_create"),
    path("gestion/modules/<slug:slug>/", manage_views.training_manage, name="training_manage"),
    path("gestion/modules/<slug:slug>/modifier/", manage_views.training_update, name="training_update"),
    path("gestion/modules/<slug:slug>/historique/", manage_views.training_history, name="training_history"),
    path("avis/<str:token>/", views.feedback, name="feedback"),
    path("<slug:slug>/", views.training_detail, name="training_detail"),
]
