"""The Python examples of docs/stages.md and the README run as written and print what they show.

Each ```python block made of ``>>>`` lines is a doctest; the blocks of one file share one
namespace, in order, as in one session. They run in a folder holding ``corpus`` (the demo
articles) and ``my_rules`` (the shipped rules with "bữa nay" added to the relative days), the two
folders the examples name.
"""
from __future__ import annotations

import doctest
import os
import re
import shutil

import pytest

from conftest import CORPUS, ROOT

BLOCK = re.compile(r"```python\n(.*?)```", re.S)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.fixture
def session_folder(tmp_path):
    (tmp_path / "corpus").symlink_to(CORPUS)
    rules = shutil.copytree(ROOT / "rules", tmp_path / "my_rules")
    dates = rules / "dates.yaml"
    text = dates.read_text(encoding="utf-8")
    assert "\n  hôm nay: 0\n" in text
    dates.write_text(text.replace("\n  hôm nay: 0\n", "\n  hôm nay: 0\n  bữa nay: 0\n"), encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    yield tmp_path
    os.chdir(cwd)


@pytest.mark.slow
@pytest.mark.parametrize("page", ["docs/stages.md", "README.md"])
def test_the_python_examples_print_what_they_show(page, session_folder):
    text = (ROOT / page).read_text(encoding="utf-8")
    blocks = [b for b in BLOCK.findall(text) if b.lstrip().startswith(">>>")]
    assert blocks, f"{page} has no Python examples"
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=FLAGS)
    globs: dict = {}
    for n, block in enumerate(blocks, 1):
        test = parser.get_doctest(block, globs, f"{page} block {n}", page, 0)
        runner.run(test, clear_globs=False)
        globs = test.globs
    failed, tried = runner.summarize(verbose=False)
    assert tried and not failed, f"{page}: {failed} of {tried} examples print something else (see above)"
