"""A plain (not editable) install works: the wheel and the sdist carry the rules, and `vnie` run
from another folder stores the same facts as the checkout.

The fresh venv installs only the wheel (no dependencies): the dependencies the checkout's venv
already has are put on its path with a .pth file (not a site dir, so the checkout's editable
install of vnie is not loaded there), and nothing is downloaded.
"""
from __future__ import annotations

import json
import site
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT
from vnie.interfaces.ingest import ingest
from vnie.storage import store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True)
    return next(out.glob("vnie-*.whl"))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, wheel) -> Path:
    """A new venv with the wheel installed non-editable; returns its bin folder."""
    env = tmp_path_factory.mktemp("venv")
    venv.create(env, with_pip=False)
    purelib = next(env.glob("lib/python*/site-packages"))
    (purelib / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(env / "bin" / "python"), "install", "--no-deps",
                    "--no-index", "-q", str(wheel)], check=True, capture_output=True)
    return env / "bin"


def test_the_wheel_and_the_sdist_ship_the_rules(wheel, tmp_path):
    names = zipfile.ZipFile(wheel).namelist()
    rules = sorted(p.name for p in (ROOT / "rules").iterdir() if p.suffix in {".yaml", ".txt", ".jsonl"})
    assert {f"vnie/rules/{name}" for name in rules} <= set(names)
    assert "vnie/interfaces/datasette_metadata.yaml" in names and not any(n.startswith("pipeline/") for n in names)
    subprocess.run([sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_sdist({str(tmp_path)!r})"],
                   cwd=ROOT, check=True, capture_output=True)
    sdist = tarfile.open(next(tmp_path.glob("vnie-*.tar.gz"))).getnames()
    assert all(any(n.endswith(f"/rules/{name}") for n in sdist) for name in rules)


def test_an_installed_vnie_stores_what_the_checkout_stores(fresh, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run([fresh / "python", "-c", "import vnie, vnie.ruleset as r; print(vnie.__file__); print(r.RULES_DIR)"],
                           cwd=elsewhere, check=True, capture_output=True, text=True).stdout.split()
    assert all(str(ROOT) not in line for line in where), where  # the installed copy, not the checkout
    run = subprocess.run([fresh / "vnie", "ingest", str(CORPUS), "--db", "x.db", "--quiet"], cwd=elsewhere,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    ingest([CORPUS], tmp_path / "checkout.db", measure_inputs=False)
    installed, checkout = store.open_db(elsewhere / "x.db"), store.open_db(tmp_path / "checkout.db")
    assert store.facts(installed) == store.facts(checkout)


def test_an_installed_vnie_extracts_and_loads_as_spacy(fresh, tmp_path):
    ext = subprocess.run([fresh / "vnie", "extract", str(CORPUS / "2025-03-21-hoi-nghi-tinh-uy-bau-bo-sung-pho-bi-thu.txt")],
                         cwd=tmp_path, capture_output=True, text=True)
    assert ext.returncode == 0, ext.stderr
    assert "Lâm Văn Đông" in {p["name"] for p in json.loads(ext.stdout)["people"]}
    code = ("import vnie; doc = vnie.load()('Ông Lê Văn Hải, Phó Bí thư Tỉnh ủy, dự họp.'); "
            "print([(s.kb_id_, s.text) for s in doc.spans['roles']])")
    out = subprocess.run([fresh / "python", "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "('Lê Văn Hải', 'Phó Bí thư Tỉnh ủy')" in out.stdout
