"""Search and filters of the actors directory, all carried in the URL (shared by the list and the map JSON)."""

import django_filters
from django import forms
from django.db.models import Q

from actors.models import Actor, Commune, Service
from tools_catalog.models import Need, Tool


def tools_with_actors():
    """Published tools some published actor helps with, directly or through a need (keeps the select short)."""
    direct = Actor.tools.through.objects.filter(actor__is_published=True).values("tool_id")
    actor_needs = Actor.needs.through.objects.filter(actor__is_published=True).values("need_id")
    via_needs = Tool.needs.through.objects.filter(need_id__in=actor_needs).values("tool_id")
    return Tool.objects.published().filter(Q(pk__in=direct) | Q(pk__in=via_needs)).order_by("name")


FILTER_LABELS = {
    "q": "recherche",
    "kind": "type de structure",
    "service": "service",
    "public": "public",
    "tool": "outil",
    "need": "besoin",
    "commune": "commune",
}


class ActorFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Nom, sigle ou mot-clé",
        method="filter_search",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = django_filters.ChoiceFilter(label="Type de structure", choices=Actor.Kind.choices, empty_label="Tous")
    service = django_filters.ModelChoiceFilter(
        label="Service proposé",
        queryset=Service.objects.order_by("position", "name"),
        to_field_name="slug",
        field_name="services",
        empty_label="Tous",
    )
    public = django_filters.ChoiceFilter(
        label="Public", choices=Actor.Public.choices, method="filter_public", empty_label="Tous"
    )
    tool = django_filters.ModelChoiceFilter(
        label="Outil libre",
        queryset=tools_with_actors(),
        to_field_name="slug",
        method="filter_tool",
        empty_label="Tous",
    )
    need = django_filters.ModelChoiceFilter(
        label="Besoin",
        queryset=Need.objects.ordered(),
        to_field_name="slug",
        method="filter_need",
        empty_label="Tous",
    )
    commune = django_filters.ModelChoiceFilter(
        label="Commune de l'association",
        queryset=Commune.objects.order_by("search_name"),
        to_field_name="insee_code",
        method="filter_commune",
        empty_label="Toutes",
        help_text="Acteurs situés dans la commune, qui y interviennent, ou qui couvrent tout le département.",
    )

    class Meta:
        model = Actor
        fields = []

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_public(self, queryset, name, value):
        return queryset.with_public(value)

    def filter_tool(self, queryset, name, value):
        return queryset.helping_with(tools=[value])

    def filter_need(self, queryset, name, value):
        return queryset.helping_with(needs=[value])

    def filter_commune(self, queryset, name, value):
        serving = Actor.objects.filter(communes_served=value).values("pk")
        return queryset.filter(Q(insee_code=value.insee_code) | Q(serves_whole_departement=True) | Q(pk__in=serving))

    def ignored_filters(self):
        """Names (in French) of the URL filters whose value is unknown: they are ignored, not fatal."""
        if not self.is_bound:
            return []
        self.form.is_valid()
        return [FILTER_LABELS.get(name, name) for name in self.form.errors]

    def active_filters(self):
        """The filters actually applied, for the text alternative of the map and the page title."""
        if not self.is_bound or not self.form.is_valid():
            data = getattr(self.form, "cleaned_data", {})
        else:
            data = self.form.cleaned_data
        return [(FILTER_LABELS[name], value) for name, value in data.items() if value not in (None, "")]
