"""The equipment app's shipped content as seed kinds (core/seed.py): funding schemes."""

from core.seed import Entry, Kind
from equipment import content
from equipment.models import FundingScheme


class FundingSchemeKind(Kind):
    name, label, plural = "dispositif", "dispositif de financement", "dispositifs de financement"
    model = FundingScheme
    fields = (
        "name",
        "funder",
        "funder_kind",
        "purpose",
        "opens_month",
        "closes_month",
        "wraps_year",
        "link",
        "source",
        "whole_departement",
    )

    def items(self):
        return content.SCHEMES

    def entry(self, item):
        return Entry(key=item["slug"], label=item["name"], values={name: item[name] for name in self.fields})


KINDS = [FundingSchemeKind()]
