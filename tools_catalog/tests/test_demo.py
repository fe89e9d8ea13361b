import importlib.util

import pytest

from tools_catalog.models import Equivalence, Guide, Hoster, Need, ProprietaryProduct, Tool

pytestmark = pytest.mark.django_db

HAS_DEMO = importlib.util.find_spec("tools_catalog.demo") is not None


@pytest.mark.skipif(not HAS_DEMO, reason="tools_catalog/demo.py n'existe pas encore")
def test_demo_content_is_idempotent_and_complete():
    from io import StringIO

    from tools_catalog import demo

    models = [Need, Hoster, Tool, ProprietaryProduct, Equivalence, Guide]
    demo.load(stdout=StringIO())
    counts = [model.objects.count() for model in models]
    demo.load(stdout=StringIO())
    assert [model.objects.count() for model in models] == counts
    needs, hosters, tools, products, equivalences, guides = counts
    assert tools >= 60 and products >= 50 and equivalences >= 80
    assert 18 <= needs <= 25 and guides >= 6 and hosters >= 2
    # The journey of the issue: "zoom" leads to Jitsi Meet and its migration steps.
    from tools_catalog.search import match_products

    zoom = match_products("zoom")
    assert zoom and any(e.tool.slug == "jitsi-meet" and e.migration_steps for e in zoom[0].public_equivalences)
    for name in ["google drive", "gdrive", "doodle", "excel", "mailchimp", "whatsapp", "facebook"]:
        assert match_products(name), name
