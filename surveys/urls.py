from django.urls import path

from surveys import views

app_name = "surveys"

urlpatterns = [
    path("", views.survey_list, name="survey_list"),
    path("<slug:slug>/", views.survey_detail, name="survey_detail"),
    path("<slug:slug>/merci/", views.survey_thanks, name="survey_thanks"),
    path("<slug:slug>/resultats/", views.survey_results, name="survey_results"),
    path("<slug:slug>/resultats/textes/<int:question_id>/", views.text_answer_list, name="text_answers"),
    path("<slug:slug>/export.csv", views.export_csv, name="export_csv"),
    path("<slug:slug>/export.json", views.export_json, name="export_json"),
]
