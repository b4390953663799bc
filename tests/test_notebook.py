"""notebooks/explore.ipynb runs from top to bottom on a demo database and draws its plots."""
from __future__ import annotations

import json
import sys

import nbformat
import pytest
from click.testing import CliRunner
from nbclient import NotebookClient

from conftest import CORPUS, ROOT
from vnie.interfaces.cli import main
from vnie.interfaces.show import rows_html

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture
def venv_kernel(tmp_path, monkeypatch):
    """A "python3" kernelspec that runs this interpreter, found before any user-wide one."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "vnie test kernel", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))  # searched first


@pytest.mark.slow  # ~4 s: runs the notebook in a kernel
def test_notebook_runs_and_plots(tmp_path, monkeypatch, venv_kernel):
    db = tmp_path / "demo.db"
    r = CliRunner().invoke(main, ["ingest", str(CORPUS), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    plots = tmp_path / "plots"
    monkeypatch.setenv("VNIE_DB", str(db))
    monkeypatch.setenv("VNIE_PLOTS", str(plots))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, kernel_name="python3", timeout=60,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()  # raises on a cell error

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2
    assert sorted(p.name for p in plots.iterdir()) == ["people_per_body.png", "ratios_over_time.png"]
    assert all(p.stat().st_size > 5000 for p in plots.iterdir())
    tables = "".join(o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {}))
    assert "Trưởng Ban Tổ chức Tỉnh ủy" in tables and "Tỉnh ủy" in tables and "Tân Lạc" in tables
    assert "Đặng Công Thành" in tables and "Hồ Minh Tâm" in tables and "<th>overlaps</th>" in tables  # vnie post


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")


def test_rows_html_escapes_values():
    page = rows_html([{"title": "<script>alert(1)</script>", "url": '<a href="javascript:x">'}, {"title": None,
                                                                                                "url": 1}])
    assert "<script" not in page and 'href="javascript' not in page and "&lt;script&gt;" in page
    assert rows_html([]) == "<p>(no rows)</p>"
