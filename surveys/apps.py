from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "surveys"
    verbose_name = "Enquêtes de terrain"

    def ready(self):
        from core import slots
        from surveys import helpers

        slots.register("home", "surveys.helpers", helpers.open_surveys, order=30)
        slots.register("coordinator_todo", "surveys.helpers", helpers.coordinator_todo, order=40)
        slots.register("coordinator_todo", "surveys.helpers.products", helpers.products_without_alternative, order=41)
        slots.register("replace", "surveys.helpers", helpers.product_cited, order=30)
