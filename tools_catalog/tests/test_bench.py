import pytest

from tools_catalog import bench
from tools_catalog.models import Equivalence, ProprietaryProduct, Tool

pytestmark = pytest.mark.django_db


def test_bench_generates_searchable_data_and_its_pages_answer(client):
    bench._generate(tools=50, products=20, equivalences=200)
    bench._generate(tools=50, products=20, equivalences=200)  # replaces the previous run
    assert (Tool.objects.count(), ProprietaryProduct.objects.count(), Equivalence.objects.count()) == (50, 20, 200)
    zoom = Tool.objects.filter(search_text__contains="zoom").count()
    assert zoom == 10
    for _label, url in bench.pages():
        assert client.get(url).status_code == 200, url
    assert "Vous utilisez Zoom ?" in client.get("/outils/?q=zoom").content.decode()
