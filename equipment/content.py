"""Shipped equipment content (manage.py seed_content creates it, never overwrites a coordinator's edit).

Only what can be sourced:
- funding schemes: the FDVA's "fonctionnement et projets innovants" part, with its official page.
  Its exact dates are set every year by the département's service (SDJES): the months below are the
  usual "early year" window, `checked_on` is left empty so that a coordinator checks the year's
  campaign and sets its closing date;
- no reconditioned offer: none of the working group's reconditioning actors (Informatique
  participative, in actors/content/working_group.py) has published prices we could confirm;
- no reference price: no dated, sourced figure was available when this content was written.
  Coordinators enter both in the coordination space (/equipement/gestion/…).
"""

SCHEMES = [
    {
        "slug": "fdva-fonctionnement-innovation",
        "name": "FDVA — fonctionnement et projets innovants",
        "funder": "État — service départemental à la jeunesse, à l'engagement et aux sports (SDJES) d'Indre-et-Loire",
        "funder_kind": "etat",
        "purpose": (
            "Le Fonds pour le développement de la vie associative soutient le fonctionnement global ou un "
            "projet nouveau des associations, surtout les petites. Les priorités de l'année sont fixées par "
            "la note d'orientation départementale. L'autre volet du FDVA finance la formation des bénévoles."
        ),
        "opens_month": 1,
        "closes_month": 3,
        "wraps_year": False,
        "link": "https://www.associations.gouv.fr/fdva.html",
        "source": "associations.gouv.fr, page « Le Fonds pour le développement de la vie associative (FDVA) »",
        "whole_departement": True,
    },
]
