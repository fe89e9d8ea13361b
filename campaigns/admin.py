"""Admin of the campaigns app: every save goes through the services (the front-end pages are the main way)."""

from django.contrib import admin

from campaigns.models import Action, Campaign, Step, TownHall, TownHallContact


class ReadOnlyAdmin(admin.ModelAdmin):
    """Read-only here: coordinators edit on the front-end pages, which go through campaigns.services."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm(f"campaigns.delete_{self.model._meta.model_name}")


@admin.register(Campaign)
class CampaignAdmin(ReadOnlyAdmin):
    list_display = ["title", "starts_on", "ends_on", "status", "funding"]
    list_filter = ["status", "funding"]
    search_fields = ["title", "territory_name"]
    readonly_fields = ["slug"]
    filter_horizontal = ["communes", "carriers"]


@admin.register(Step)
class StepAdmin(ReadOnlyAdmin):
    list_display = ["title", "campaign", "due_on", "status"]
    list_filter = ["status"]
    filter_horizontal = ["sessions", "actors"]


@admin.register(Action)
class ActionAdmin(ReadOnlyAdmin):
    list_display = ["title", "kind", "starts_on", "is_published"]
    list_filter = ["kind", "is_published"]
    filter_horizontal = ["communes", "carriers"]


@admin.register(TownHall)
class TownHallAdmin(ReadOnlyAdmin):
    list_display = ["name", "commune", "email", "phone"]
    search_fields = ["name", "commune__name", "commune__insee_code"]


@admin.register(TownHallContact)
class TownHallContactAdmin(ReadOnlyAdmin):
    list_display = ["campaign", "commune", "contacted_on", "reminded_on", "poster_up"]
