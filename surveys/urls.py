from django.urls import path

from surveys import board_views, manage_views, views

app_name = "surveys"

urlpatterns = [
    path("", views.survey_list, name="survey_list"),
    path("outils.json", views.tools_search, name="tools_search"),
    # Coordinators' pages first: "gestion" is a reserved survey identifier.
    path("gestion/nouvelle/", manage_views.survey_create, name="survey_create"),
    path("gestion/themes/", manage_views.theme_list, name="themes"),
    path("<slug:slug>/", views.survey_detail, name="survey_detail"),
    path("<slug:slug>/atelier/<str:workshop_token>/", views.survey_detail, name="workshop_answer"),
    path("<slug:slug>/ateliers/", views.workshop_links, name="workshop_links"),
    path("<slug:slug>/ateliers/<int:pk>/retirer/", views.workshop_link_revoke, name="workshop_link_revoke"),
    path("<slug:slug>/merci/", views.survey_thanks, name="survey_thanks"),
    path("<slug:slug>/resultats/", views.survey_results, name="survey_results"),
    path("<slug:slug>/resultats/textes/<int:question_id>/", views.text_answer_list, name="text_answers"),
    path("<slug:slug>/export.csv", views.export_csv, name="export_csv"),
    path("<slug:slug>/export.json", views.export_json, name="export_json"),
    path("<slug:slug>/gestion/", manage_views.builder, name="builder"),
    path("<slug:slug>/gestion/reglages/", manage_views.survey_update, name="survey_update"),
    path("<slug:slug>/gestion/historique/", manage_views.survey_history, name="survey_history"),
    path("<slug:slug>/gestion/apercu/", manage_views.survey_preview, name="preview"),
    path("<slug:slug>/gestion/parties/", manage_views.section_add, name="section_add"),
    path("<slug:slug>/gestion/parties/<int:pk>/", manage_views.section_action, name="section_action"),
    path("<slug:slug>/gestion/questions/", manage_views.question_add, name="question_add"),
    path("<slug:slug>/gestion/questions/<int:pk>/", manage_views.question_action, name="question_action"),
    path("<slug:slug>/gestion/questions/<int:pk>/choix/", manage_views.choice_add, name="choice_add"),
    path("<slug:slug>/gestion/choix/<int:pk>/", manage_views.choice_action, name="choice_action"),
    path("<slug:slug>/gestion/deplacer/", manage_views.reorder, name="reorder"),
    path("<slug:slug>/besoins/", board_views.needs_board, name="needs_board"),
    path("<slug:slug>/besoins/citations/", board_views.quote_action, name="quote_action"),
    path("<slug:slug>/autres/", board_views.others, name="others"),
    path("<slug:slug>/gestion/restitution/", board_views.restitution_edit, name="restitution_edit"),
    path("<slug:slug>/restitution/", board_views.restitution, name="restitution"),
]
