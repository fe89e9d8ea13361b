"""Demo data of the surveys app (DEBUG only, `manage.py demo_data`): a few hundred generated responses
(fixed random seed) to the seeded survey, added once when it has none, so the results page shows
something real. The survey itself is seeded content (surveys/seed.py).
"""

from surveys.content import SLUG
from surveys.generate import generate_responses
from surveys.models import Survey

DEMO_RESPONSES = 300


def load(*, stdout):
    survey = Survey.objects.filter(slug=SLUG).first()
    if survey is None:
        stdout.write("Enquête : absente (lancez seed_content), pas de réponses de démonstration.")
        return
    if survey.responses.exists():
        stdout.write(f"Enquête : {survey.title}, déjà des réponses, rien ajouté.")
        return
    generate_responses(survey=survey, count=DEMO_RESPONSES, seed=37)
    stdout.write(f"Enquête : {DEMO_RESPONSES} réponses de démonstration générées.")
