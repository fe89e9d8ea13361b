"""The demo content (DEBUG) has one campaign on a real intercommunality of Indre-et-Loire, with its steps."""

from campaigns.demo import EPCI_CODE, SLUG
from campaigns.models import Action, Campaign, TownHall


def test_the_demo_campaign_covers_loches_sud_touraine_with_its_steps(demo_content, client):
    campaign = Campaign.objects.get(slug=SLUG)
    communes = list(campaign.communes.all())
    assert len(communes) == 67 and {commune.epci_code for commune in communes} == {EPCI_CODE}
    assert campaign.territory_name == "Communauté de communes Loches Sud Touraine"
    assert campaign.steps.count() == 5 and campaign.steps.late().count() == 1
    assert campaign.steps.filter(sessions__isnull=False).count() == 1
    assert TownHall.objects.filter(commune__insee_code="37132").exists()
    assert Action.objects.published().exists()
    page = client.get(campaign.get_absolute_url()).content.decode()
    assert "Soirée d&#x27;interconnaissance" in page and "Bilan avec le financeur" in page
