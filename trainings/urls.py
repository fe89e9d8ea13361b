from django.urls import path

from trainings import views

app_name = "trainings"

urlpatterns = [
    path("", views.session_list, name="session_list"),
]
