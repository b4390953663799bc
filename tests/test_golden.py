"""Golden files: corpus articles and their expected records, compared whole.

Regenerate for review with ``VNIE_REGEN=1 pytest tests/test_golden.py`` and read the diff.
"""
from __future__ import annotations

import json
import os

import pytest

from conftest import CORPUS, ROOT
from vnie import extract
from vnie.models import Article
from vnie.inputs.read import iter_inputs

GOLDEN = ROOT / "tests" / "golden"
ARTICLES = ["2024-07-16-ky-hop-thu-19-hdnd-tinh-hoa-phong.txt", "2025-03-21-hoi-nghi-tinh-uy-bau-bo-sung-pho-bi-thu.txt"]


def summary(ex) -> dict:
    return {
        "title": ex.article.title,
        "published": ex.article.published,
        "people": [{"name": p.name, "roles": [r.title for r in p.roles]} for p in ex.people],
        "dates": [[d.text, d.value] for d in ex.dates],
        "ratios": [[r.numerator, r.denominator, r.subject_head, r.action] for r in ex.ratios],
        "events": [[e.name, e.date, e.location, e.organizer] for e in ex.events],
    }


@pytest.mark.parametrize("name", ARTICLES)
def test_golden(name):
    (article,) = [a for a in iter_inputs([CORPUS / name]) if isinstance(a, Article)]
    got = summary(extract(article))
    path = GOLDEN / (name.rsplit(".", 1)[0] + ".json")
    if os.environ.get("VNIE_REGEN") == "1" or not path.exists():
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if os.environ.get("VNIE_REGEN") != "1":
            pytest.fail(f"wrote missing golden file {path.name}; review it and run again")
    assert got == json.loads(path.read_text(encoding="utf-8"))
