"""The field survey as a seed kind (core/seed.py).

Only the survey's texts and state are compared across releases. Its questions and choices are
created with it and then belong to the coordinators: answers refer to them, so a release never
rewrites them (a new questionnaire ships under a new slug).
"""

from core.seed import Entry, Kind
from surveys import content
from surveys.models import Survey


class SurveyKind(Kind):
    name, label, plural = "enquete", "enquête", "enquêtes"
    model = Survey
    fields = ("title", "introduction", "status", "thank_you_message", "privacy_notice")

    def items(self):
        return [
            {
                "slug": content.SLUG,
                "title": content.TITLE,
                "introduction": content.INTRODUCTION,
                "status": Survey.Status.OPEN,
                "thank_you_message": content.THANK_YOU,
                "privacy_notice": content.PRIVACY,
            }
        ]

    def entry(self, item):
        return Entry(key=item["slug"], label=item["title"], values={name: item[name] for name in self.fields})

    def create(self, key, values, ctx):
        survey = super().create(key, values, ctx)
        content.build_structure(survey)
        return survey


KINDS = [SurveyKind()]
