"""Search and filters of the actors directory, all carried in the URL (shared by the list and the map JSON)."""

import django_filters
from django import forms
from django.db.models import Q

from actors.fields import CommuneField, CommuneInput
from actors.models import Actor, Service
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
    "pres_de": "près de",
    "rayon": "rayon",
}

RADIUS_CHOICES = [("5", "5 km"), ("10", "10 km"), ("20", "20 km"), ("40", "40 km")]


class CommuneFilter(django_filters.Filter):
    """A commune typed with the type-ahead field (name, postal code or INSEE code)."""

    field_class = CommuneField

    def __init__(self, *args, list_id="communes-37", with_list=True, **kwargs):
        kwargs.setdefault("widget", CommuneInput(list_id=list_id, with_list=with_list))
        super().__init__(*args, **kwargs)


def radius_filter():
    return django_filters.ChoiceFilter(
        label="Dans un rayon de", choices=RADIUS_CHOICES, method="keep", empty_label="Sans limite"
    )


def radius_of(filterset):
    value = filterset.form.cleaned_data.get("rayon") if hasattr(filterset.form, "cleaned_data") else None
    return int(value) if value and "rayon" not in filterset.form.errors else None


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
    commune = CommuneFilter(
        label="Commune de l'association",
        method="filter_commune",
        help_text="Acteurs situés dans la commune, qui y interviennent, ou qui couvrent tout le département.",
    )
    pres_de = CommuneFilter(
        label="Près de",
        method="filter_near",
        with_list=False,  # shares the list of `commune`
        help_text="Les acteurs les plus proches de cette commune d'abord, avec la distance.",
    )
    rayon = radius_filter()

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

    def keep(self, queryset, name, value):
        return queryset  # read by filter_near

    def filter_near(self, queryset, name, value):
        return queryset.near(value.latitude, value.longitude, within_km=radius_of(self), commune=value)

    def near_commune(self):
        """The commune of "près de" when valid (the list then shows distances), else None."""
        if not self.is_bound or not self.form.is_valid() and "pres_de" in self.form.errors:
            return None
        return self.form.cleaned_data.get("pres_de")

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
