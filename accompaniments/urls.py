from django.urls import path

from accompaniments import views

app_name = "accompaniments"

urlpatterns = [
    path("", views.home, name="home"),
    path("arrivee/", views.after_login, name="after_login"),
    path("nouveau/", views.create, name="create"),
    path("chiffres/", views.figures, name="figures"),
    path("lien/<str:token>/", views.shared, name="shared"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/modifier/", views.update, name="update"),
    path("<int:pk>/confier/", views.handover, name="handover"),
    path("<int:pk>/visites/nouvelle/", views.visit_create, name="visit_create"),
    path("<int:pk>/ou-en-sommes-nous/", views.progress, name="progress"),
    path("<int:pk>/partage/", views.share_create, name="share_create"),
    path("<int:pk>/partage/retirer/", views.share_revoke, name="share_revoke"),
    path("<int:pk>/historique/", views.history, name="history"),
    path("<int:pk>/etapes/ajouter/", views.step_add, name="step_add"),
    path("<int:pk>/etapes/ordre/", views.steps_arrange, name="steps_arrange"),
    path("<int:pk>/etapes/<int:step_pk>/", views.step_detail, name="step"),
    path("<int:pk>/etapes/<int:step_pk>/statut/", views.step_status, name="step_status"),
    path("<int:pk>/etapes/<int:step_pk>/outil/", views.step_tool, name="step_tool"),
    path("<int:pk>/etapes/<int:step_pk>/formation/", views.step_session, name="step_session"),
    path("<int:pk>/etapes/<int:step_pk>/orientations/", views.referral_create, name="referral_create"),
    path(
        "<int:pk>/etapes/<int:step_pk>/orientations/<int:referral_pk>/",
        views.referral_outcome,
        name="referral_outcome",
    ),
]
