from django.urls import path

from surveys import views

app_name = "surveys"

urlpatterns = [
    path("", views.survey_list, name="survey_list"),
    path("outils.json", views.tools_search, name="tools_search"),
    path("<slug:slug>/", views.survey_detail, name="survey_detail"),
    path("<slug:slug>/atelier/<str:workshop_token>/", views.survey_detail, name="workshop_answer"),
    path("<slug:slug>/ateliers/", views.workshop_links, name="workshop_links"),
    path("<slug:slug>/ateliers/<int:pk>/retirer/", views.workshop_link_revoke, name="workshop_link_revoke"),
    path("<slug:slug>/merci/", views.survey_thanks, name="survey_thanks"),
    path("<slug:slug>/resultats/", views.survey_results, name="survey_results"),
    path("<slug:slug>/resultats/textes/<int:question_id>/", views.text_answer_list, name="text_answers"),
    path("<slug:slug>/export.csv", views.export_csv, name="export_csv"),
    path("<slug:slug>/export.json", views.export_json, name="export_json"),
]
