import pytest

from actors import bench
from actors.models import Actor


@pytest.mark.django_db
def test_bench_generates_data_and_pages_answer(client, django_assert_max_num_queries):
    bench.generate(size=0.01)
    bench.generate(size=0.01)  # replaces, no duplicates
    assert Actor.objects.filter(slug__startswith="bench-").count() == 20
    for _label, url in bench.pages():
        with django_assert_max_num_queries(10):
            assert client.get(url).status_code == 200, url
