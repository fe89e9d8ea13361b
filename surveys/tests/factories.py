"""factory_boy factories for surveys (and the few catalogue objects the tools question needs)."""

import factory

from surveys.models import Choice, Question, Section, Survey
from tools_catalog.models import Equivalence, ProprietaryProduct, Tool


class SurveyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Survey

    title = factory.Sequence(lambda n: f"Enquête {n}")
    slug = factory.Sequence(lambda n: f"enquete-{n}")
    status = Survey.Status.OPEN
    introduction = "Merci de répondre."
    thank_you_message = "Merci !"
    privacy_notice = "Rien de personnel n'est gardé."

    class Params:
        draft = factory.Trait(status=Survey.Status.DRAFT)
        closed = factory.Trait(status=Survey.Status.CLOSED)


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    survey = factory.SubFactory(SurveyFactory)
    title = factory.Sequence(lambda n: f"Partie {n}")
    position = factory.Sequence(lambda n: n)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    survey = factory.SubFactory(SurveyFactory)
    text = factory.Sequence(lambda n: f"Question {n} ?")
    kind = Question.Kind.SINGLE
    position = factory.Sequence(lambda n: n)
    required = False


class ChoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Choice

    question = factory.SubFactory(QuestionFactory)
    label = factory.Sequence(lambda n: f"Choix {n}")
    position = factory.Sequence(lambda n: n)


class ToolFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tool

    name = factory.Sequence(lambda n: f"Outil libre {n}")
    slug = factory.Sequence(lambda n: f"outil-libre-{n}")
    summary = "Un outil libre."
    licence = "AGPL-3.0-or-later"
    access = Tool.Access.ONLINE
    cost_model = Tool.CostModel.FREE
    ease = Tool.Ease.EASY


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProprietaryProduct

    name = factory.Sequence(lambda n: f"Produit {n}")
    slug = factory.Sequence(lambda n: f"produit-{n}")
    vendor = "Éditeur"
    business_model = ProprietaryProduct.BusinessModel.FREEMIUM


class EquivalenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Equivalence

    product = factory.SubFactory(ProductFactory)
    tool = factory.SubFactory(ToolFactory)
    coverage = Equivalence.Coverage.FULL
    losses = "Moins d'intégrations."
    gains = "Données en Europe."
    migration_effort = Equivalence.Effort.LOW


def survey_with_every_type(**survey_kwargs):
    """A survey with one question of each type; returns (survey, {name: question}, {name: [choices]})."""
    survey = SurveyFactory(**survey_kwargs)
    section = SectionFactory(survey=survey, title="Votre association", position=1)
    Q = Question.Kind
    q = {}
    q["size"] = QuestionFactory(
        survey=survey, section=section, position=1, kind=Q.SINGLE, required=True, text="Combien de salariés ?"
    )
    choices = {
        "size": [
            ChoiceFactory(question=q["size"], label=label, position=i)
            for i, label in enumerate(["Aucun salarié", "1 à 2", "Plus de 2"])
        ]
    }
    q["role"] = QuestionFactory(
        survey=survey, section=section, position=2, kind=Q.SINGLE, has_other=True, text="Votre rôle ?"
    )
    choices["role"] = [
        ChoiceFactory(question=q["role"], label=label, position=i) for i, label in enumerate(["Président", "Trésorier"])
    ]
    q["brakes"] = QuestionFactory(survey=survey, position=3, kind=Q.MULTIPLE, has_other=True, text="Freins ?")
    choices["brakes"] = [
        ChoiceFactory(question=q["brakes"], label=label, position=i)
        for i, label in enumerate(["Temps", "Données", "Habitudes"])
    ]
    q["why"] = QuestionFactory(
        survey=survey,
        position=4,
        kind=Q.SHORT_TEXT,
        required=True,
        text="Pourquoi aucun ?",
        show_if_choice=choices["size"][0],
    )
    q["scale"] = QuestionFactory(
        survey=survey,
        position=5,
        kind=Q.SCALE,
        required=True,
        text="Satisfaction ?",
        scale_min_label="Pas du tout",
        scale_max_label="Très",
    )
    q["yes_no"] = QuestionFactory(survey=survey, position=6, kind=Q.YES_NO, text="Site web ?")
    q["short"] = QuestionFactory(survey=survey, position=7, kind=Q.SHORT_TEXT, text="Un mot ?")
    q["long"] = QuestionFactory(survey=survey, position=8, kind=Q.LONG_TEXT, text="Remarques ?")
    q["number"] = QuestionFactory(
        survey=survey, position=9, kind=Q.NUMBER, text="Bénévoles ?", min_value=0, max_value=500
    )
    q["place"] = QuestionFactory(survey=survey, position=10, kind=Q.PLACE, text="Commune ?")
    q["tools"] = QuestionFactory(survey=survey, position=11, kind=Q.TOOLS, text="Vos outils ?", has_other=True)
    return survey, q, choices


def valid_post(survey, q, choices, catalogue=None, **overrides):
    """POST data answering every question of `survey_with_every_type` validly, with a fresh genuine token."""
    from surveys.services import make_submission_token

    data = {
        "token": make_submission_token(survey=survey),
        "site_web": "",
        q["size"].field_name: str(choices["size"][0].pk),
        q["why"].field_name: "Pas les moyens",
        q["role"].field_name: str(choices["role"][1].pk),
        q["brakes"].field_name: [str(choices["brakes"][0].pk), str(choices["brakes"][2].pk)],
        q["scale"].field_name: "4",
        q["yes_no"].field_name: "oui",
        q["short"].field_name: "Bonjour",
        q["long"].field_name: "Une remarque\nsur deux lignes.",
        q["number"].field_name: "12",
        q["place"].field_name: "37000",
    }
    if catalogue:
        data[q["tools"].field_name] = [f"p{catalogue['product'].pk}", f"t{catalogue['tool'].pk}"]
    for key, value in overrides.items():
        name = q[key].field_name if key in q else key
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data
