"""The dependency direction (.importlinter) holds on the real tree and fails on an import against it.

The contracts run with import-linter in a subprocess: on the project itself, then on a copy of
its Python files where one module imports against the direction.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from importlinter.api import read_configuration

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / ".importlinter"
ROOT_PACKAGES = read_configuration(str(CONFIG))["session_options"]["root_packages"]
LINT = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(config_filename='.importlinter', no_cache=True, no_logo=True))"
)


def lint_imports(directory):
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-c", LINT], cwd=directory, capture_output=True, text=True, timeout=120, check=False
    )
    return result.returncode, result.stdout + result.stderr


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    """The Python files of every checked package, and the contracts, in a temporary directory."""
    base = tmp_path_factory.mktemp("project")
    shutil.copy(CONFIG, base / ".importlinter")
    for package in ROOT_PACKAGES:
        for source in (ROOT / package).rglob("*.py"):
            target = base / source.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return base


def test_root_packages_are_every_package_of_the_project():
    packages = {path.parent.name for path in ROOT.glob("*/__init__.py")}
    assert packages == set(ROOT_PACKAGES)


def test_every_package_with_tests_is_collected_by_make_test():
    """A package whose tests pytest.ini does not list would never run in CI (it happened to two apps)."""
    import configparser

    ini = configparser.ConfigParser()
    ini.read(ROOT / "pytest.ini")
    testpaths = set(ini["pytest"]["testpaths"].split())
    with_tests = {path.parent.parent.name for path in ROOT.glob("*/tests/__init__.py")} | {"tests"}
    assert with_tests - testpaths == set()


def test_the_real_tree_keeps_every_contract():
    code, output = lint_imports(ROOT)
    assert code == 0, output
    assert "Contracts: 5 kept, 0 broken." in output


# (module written into the copy, its source, the import that must be reported)
AGAINST_THE_DIRECTION = [
    ("core/against.py", "from ptca import urls\n", "core.against -> ptca.urls"),
    ("core/against.py", "def f():\n    from tools_catalog.models import Tool\n", "core.against -> tools_catalog.models"),
    ("tools_catalog/against.py", "def f():\n    import actors.models\n", "tools_catalog.against -> actors.models"),
    (
        "tools_catalog/tests/test_against.py",
        "from trainings.tests.factories import SessionFactory\n",
        "tools_catalog.tests.test_against -> trainings.tests.factories",
    ),
    ("actors/against.py", "from surveys import models\n", "actors.against -> surveys.models"),
    ("surveys/against.py", "from actors.models import Actor\n", "surveys.against -> actors.models"),
    ("actors/against.py", "from trainings.models import Session\n", "actors.against -> trainings.models"),
    ("trainings/against.py", "from surveys.models import Survey\n", "trainings.against -> surveys.models"),
    ("trainings/against.py", "from ptca import views\n", "trainings.against -> ptca.views"),
    ("trainings/against.py", "from equipment.models import Offer\n", "trainings.against -> equipment.models"),
    ("equipment/against.py", "from surveys.models import Survey\n", "equipment.against -> surveys.models"),
    ("equipment/against.py", "from trainings.models import Session\n", "equipment.against -> trainings.models"),
    ("campaigns/against.py", "from accompaniments import models\n", "campaigns.against -> accompaniments.models"),
]  # fmt: skip


@pytest.mark.parametrize("path,source,reported", AGAINST_THE_DIRECTION, ids=[case[2] for case in AGAINST_THE_DIRECTION])
def test_an_import_against_the_direction_breaks_the_contract(project_copy, tmp_path, path, source, reported):
    tree = tmp_path / "tree"
    shutil.copytree(project_copy, tree)
    (tree / path).write_text(source, encoding="utf-8")
    code, output = lint_imports(tree)
    assert code == 1, output
    assert reported in output, output
    assert "BROKEN" in output


def test_an_import_along_the_direction_keeps_the_contract(project_copy, tmp_path):
    tree = tmp_path / "tree"
    shutil.copytree(project_copy, tree)
    (tree / "trainings/along.py").write_text(
        "import core.exports\nfrom actors.models import Actor\nfrom tools_catalog.models import Tool\n",
        encoding="utf-8",
    )
    (tree / "ptca/along.py").write_text("import surveys.models\nimport trainings.models\n", encoding="utf-8")
    code, output = lint_imports(tree)
    assert code == 0, output
