import pytest

from tools_catalog.tests.factories import (
    EquivalenceFactory,
    HosterFactory,
    NeedFactory,
    ProprietaryProductFactory,
    ToolFactory,
)


@pytest.fixture
def visio_catalogue(db):
    """Zoom and its free equivalents (Jitsi Meet first), plus unrelated tools."""
    visio = NeedFactory(visio=True)
    files = NeedFactory(files=True)
    framasoft = HosterFactory(name="Framasoft", url="https://framasoft.org/", chatons=True)
    zoom = ProprietaryProductFactory(zoom=True, needs=[visio])
    jitsi = ToolFactory(jitsi=True, needs=[visio], tags=["vidéo", "réunion"], hosters=[framasoft])
    bbb = ToolFactory(
        name="BigBlueButton", slug="bigbluebutton", summary="Classe virtuelle.", advanced=True, needs=[visio]
    )
    nextcloud = ToolFactory(nextcloud=True, needs=[files], tags=["fichiers"])
    libreoffice = ToolFactory(libreoffice=True, tags=["bureautique"])
    EquivalenceFactory(
        product=zoom,
        tool=jitsi,
        full=True,
        migration_steps="1. Créez un salon sur meet.jit.si.\n2. Envoyez le lien aux membres.",
    )
    EquivalenceFactory(product=zoom, tool=bbb, hard=True)
    gdrive = ProprietaryProductFactory(gdrive=True, needs=[files])
    EquivalenceFactory(product=gdrive, tool=nextcloud)
    excel = ProprietaryProductFactory(excel=True)
    EquivalenceFactory(product=excel, tool=libreoffice)
    return {
        "visio": visio,
        "files": files,
        "zoom": zoom,
        "gdrive": gdrive,
        "excel": excel,
        "jitsi": jitsi,
        "bbb": bbb,
        "nextcloud": nextcloud,
        "libreoffice": libreoffice,
        "framasoft": framasoft,
    }


def build_catalogue(size):
    """`size` tools, each with needs, tags, a hoster and two equivalences; for query-count tests."""
    needs = [NeedFactory() for _ in range(3)]
    hoster = HosterFactory()
    tools = []
    for index in range(size):
        tool = ToolFactory(
            name=f"Visio libre {index}",
            slug=f"visio-libre-{index}",
            needs=needs[: 1 + index % 3],
            tags=[f"mot{index % 4}", "commun"],
            hosters=[hoster],
            platforms=["web", "linux"] if index % 2 else ["android"],
        )
        tools.append(tool)
    products = [
        ProprietaryProductFactory(name=f"Zoom {index}", slug=f"zoom-{index}", aliases="zoom") for index in range(3)
    ]
    for index, tool in enumerate(tools):
        EquivalenceFactory(product=products[index % 3], tool=tool)
        EquivalenceFactory(product=products[(index + 1) % 3], tool=tool)
    return tools, products, needs


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The list page caches its counts by catalogue version; each test starts from an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
