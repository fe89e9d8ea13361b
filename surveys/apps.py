from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "surveys"
    verbose_name = "Enquêtes de terrain"

    def ready(self):
        from core import slots
        from surveys import helpers

        slots.register("home", "surveys.helpers", helpers.open_surveys, order=30)
        slots.register("coordinator_todo", "surveys.helpers", helpers.coordinator_todo, order=40)
