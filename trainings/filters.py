"""Filters of the session list and the iCalendar feed, carried in the URL (shared by both)."""

import django_filters
from django.db.models import F

from actors import geo
from actors.filters import CommuneFilter, radius_filter, radius_of
from actors.models import Commune
from trainings.models import Audience, Training

FILTER_LABELS = {"public": "public", "format": "format", "commune": "commune", "module": "module",
                 "pres_de": "près de", "rayon": "rayon"}  # fmt: skip


class SessionFilter(django_filters.FilterSet):
    public = django_filters.ChoiceFilter(
        label="Public", choices=Audience.choices, method="filter_public", empty_label="Tous"
    )
    format = django_filters.ChoiceFilter(
        label="Format", choices=Training.Format.choices, field_name="training__format", empty_label="Tous"
    )
    commune = django_filters.ModelChoiceFilter(
        label="Commune",
        queryset=Commune.objects.filter(training_sessions__isnull=False).distinct().order_by("search_name"),
        to_field_name="insee_code",
        empty_label="Toutes",
    )
    module = django_filters.ModelChoiceFilter(
        label="Module",
        queryset=Training.objects.published(),
        to_field_name="slug",
        field_name="training",
        empty_label="Tous",
    )

    pres_de = CommuneFilter(
        label="Près de",
        method="filter_near",
        help_text="Les sessions les plus proches de cette commune d'abord, avec la distance ; "
        "les sessions en ligne ensuite.",
    )
    rayon = radius_filter()

    class Meta:
        fields = []

    def keep(self, queryset, name, value):
        return queryset  # read by filter_near

    def filter_near(self, queryset, name, value):
        """By distance from the commune's centre to the session's commune (SQL), then by date."""
        queryset = queryset.annotate(
            distance_km=geo.distance_km("commune__latitude", "commune__longitude", value.latitude, value.longitude)
        )
        radius = radius_of(self)
        if radius is not None:
            box = geo.within_box("commune__latitude", "commune__longitude", value.latitude, value.longitude, radius)
            queryset = queryset.filter(box, distance_km__lte=radius)
        return queryset.order_by(F("distance_km").asc(nulls_last=True), "start", "pk")

    def near_commune(self):
        if not self.is_bound or not self.form.is_valid() and "pres_de" in self.form.errors:
            return None
        return self.form.cleaned_data.get("pres_de")

    def filter_public(self, queryset, name, value):
        return queryset.filter(training__in=Training.objects.for_audience(value).values("pk"))

    def ignored_filters(self):
        """Filters given in the URL with a value we do not know (the list says so instead of failing)."""
        if not self.is_bound:
            return []
        self.form.is_valid()
        return [FILTER_LABELS[name] for name in self.form.errors if name in FILTER_LABELS]

    def active_filters(self):
        """(label, value) of the filters applied, for the heading."""
        if not self.is_bound or not self.form.is_valid():
            return []
        active = []
        for name, value in self.form.cleaned_data.items():
            if value in (None, ""):
                continue
            field = self.form.fields[name]
            if hasattr(field, "choices") and not hasattr(value, "pk"):
                value = dict(field.choices).get(value, value)
            active.append((FILTER_LABELS[name], str(value)))
        return active

    def canonical_filters(self):
        """[(name, value)] of the valid filters applied, in a fixed order, values as in the URL.

        What a cache key may depend on: unknown parameters and invalid values leave it unchanged,
        so junk query strings cannot create cache entries (the set of keys is bounded by the data).
        """
        if not self.is_bound:
            return []
        self.form.is_valid()
        canonical = []
        for name in sorted(self.filters):
            if name in self.form.errors:
                continue
            value = self.form.cleaned_data.get(name)
            if value in (None, ""):
                continue
            field = self.filters[name].extra.get("to_field_name")
            canonical.append((name, str(getattr(value, field) if field else value)))
        return canonical

    @property
    def qs(self):
        # Invalid values are ignored (and reported) instead of emptying the list.
        if not hasattr(self, "_qs"):
            queryset = self.queryset.all()
            if self.is_bound:
                self.form.is_valid()
                for name, value in self.form.cleaned_data.items():
                    if name in self.form.errors or value in (None, ""):
                        continue
                    queryset = self.filters[name].filter(queryset, value)
            self._qs = queryset
        return self._qs
