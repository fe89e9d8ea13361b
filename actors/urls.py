from django.urls import path

from actors import views

app_name = "actors"

urlpatterns = [
    path("", views.actor_list, name="actor_list"),
    path("<slug:slug>/", views.actor_detail, name="actor_detail"),
]
