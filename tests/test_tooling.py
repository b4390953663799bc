"""What `make eval` scores and says, and the `analysis` extra holding what the notebook and README use."""
from __future__ import annotations

import ast
import subprocess
import sys
import tomllib

import nbformat

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import eval as make_eval  # noqa: E402  (bench/eval.py)


def test_make_eval_without_shared_says_so_in_one_line(tmp_path):
    done = subprocess.run(["make", "-s", "eval", f"SHARED={tmp_path / 'nowhere'}"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1 and "nothing to score" in done.stdout and not done.stderr
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "eval.py"), str(tmp_path)], capture_output=True,
                          text=True)
    assert done.returncode == 2 and done.stdout.count("\n") == 1 and "Traceback" not in done.stderr


def fake_shared(tmp_path, shared, *parts):
    """A ../shared holding only ``parts`` (links to the real one)."""
    root = tmp_path / "shared"
    for part in ("eval", *parts):
        (root / part).parent.mkdir(parents=True, exist_ok=True)
        (root / part).symlink_to(shared / part)
    return root


def test_eval_scores_dev_and_dev2_apart_and_together(shared, tmp_path):
    assert [name for name, _, _ in make_eval.sets(shared)] == ["seeds + dev", "dev2", "all"]
    only_dev2 = fake_shared(tmp_path, shared, "dev2")
    assert [name for name, _, _ in make_eval.sets(only_dev2)] == ["dev2"]


def test_eval_runs_the_scorer(shared, tmp_path, capfd):
    root = fake_shared(tmp_path, shared, "seeds", "gold")
    assert make_eval.main([str(root)]) == 0
    out = capfd.readouterr().out
    assert "== seeds + dev" in out and "people" in out and "(1 gold articles)" in out


def imported_modules(source: str) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module.split(".")[0])
    return out


# the distribution that brings each module the notebook imports
PROVIDED_BY = {"matplotlib": "matplotlib", "pandas": "pandas", "IPython": "ipykernel", "pyarrow": "pyarrow"}


def test_analysis_extra_holds_what_the_notebook_and_readme_use():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extra = {dep.split(">")[0].split("=")[0].split("[")[0].strip() for dep in project["optional-dependencies"]["analysis"]}
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    used = set().union(*(imported_modules(c.source) for c in nb.cells if c.cell_type == "code"))
    third_party = used - set(sys.stdlib_module_names) - {"vnie"}
    assert third_party and third_party <= set(PROVIDED_BY), third_party
    assert {PROVIDED_BY[m] for m in third_party} <= extra
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "nbconvert" in readme and {"nbconvert", "nbclient", "pandas", "pyarrow"} <= extra
