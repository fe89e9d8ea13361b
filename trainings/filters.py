"""Filters of the session list and the iCalendar feed, carried in the URL (shared by both)."""

import django_filters

from actors.models import Commune
from trainings.models import Audience, Training

FILTER_LABELS = {"public": "public", "format": "format", "commune": "commune", "module": "module"}


class SessionFilter(django_filters.FilterSet):
    public = django_filters.ChoiceFilter(
        label="Public", choices=Audience.choices, method="filter_public", empty_label="Tous"
    )
    format = django_filters.ChoiceFilter(
        label="Format", choices=Training.Format.choices, field_name="training__format", empty_label="Tous"
    )
    commune = django_filters.ModelChoiceFilter(
        label="Commune",
        queryset=Commune.objects.filter(training_sessions__isnull=False).distinct().order_by("name"),
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

    class Meta:
        fields = []

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
