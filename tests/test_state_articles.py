"""Whole articles of our own on state bodies (a council's first session, a session of dismissals
and by-elections, appointment ceremonies, a ministry's conference, a trial, a Party-to-state
transfer, a CV, a district's new council, a reshuffle, election results), with hand-made gold
written before the pipeline ran on them: the document-level constructions (lists over lines, a
header's body, a post named a sentence before its holder). Roles are scored per article, the way
../shared/eval/score.py does (titles after normalisation, a gold role a list of spellings)."""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from vnie import extract_text

DATA = Path(__file__).parent / "data" / "state_articles"
ARTICLES = sorted((DATA / "articles").glob("*.txt"))

# all articles together, and the least any one article may score
FLOOR = {"precision": 0.97, "recall": 0.94}
ARTICLE_FLOOR = {"precision": 0.85, "recall": 0.85}

ABBREVIATIONS = {"UBND": "ủy ban nhân dân", "HĐND": "hội đồng nhân dân", "MTTQ": "mặt trận tổ quốc",
                 "TAND": "tòa án nhân dân", "VKSND": "viện kiểm sát nhân dân", "TP": "thành phố"}
TERM = re.compile(r",?\s*(?:khóa|khoá)\s+[ivxlc\d]+\b|,?\s*nhiệm k[ỳì]\s+\d{4}\s*[-–]\s*\d{4}")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("uỷ", "ủy").replace("Uỷ", "Ủy").replace("oà", "òa")
    text = " ".join(ABBREVIATIONS.get(w, w) for w in text.split()).casefold()
    return re.sub(r"\s+", " ", TERM.sub("", text)).strip(" ,.;:-")


def score(path: Path) -> tuple[int, int, int]:
    gold = json.loads((DATA / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
    found = {norm(p.name): [norm(r.title) for r in p.roles] for p in extract_text(path.read_text(encoding="utf-8")).people}
    tp = fp = fn = 0
    for person in gold["people"]:
        pred = Counter(found.pop(norm(person["name"]), []))
        for role in person["roles"]:
            options = [norm(o) for o in (role if isinstance(role, list) else [role])]
            hit = next((o for o in options if pred[o]), None)
            if hit:
                pred[hit] -= 1
                tp += 1
            else:
                fn += 1
        fp += sum(pred.values())
    fp += sum(len(roles) for roles in found.values())
    return tp, fp, fn


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[int, int, int]]:
    return {p.stem: score(p) for p in ARTICLES}


def test_articles_are_there():
    assert len(ARTICLES) >= 6
    assert all((DATA / "gold" / f"{p.stem}.json").exists() for p in ARTICLES)


def test_roles_hold_their_floor(scores):
    tp, fp, fn = (sum(s[k] for s in scores.values()) for k in range(3))
    assert tp / (tp + fp) >= FLOOR["precision"], scores
    assert tp / (tp + fn) >= FLOOR["recall"], scores


@pytest.mark.parametrize("stem", [p.stem for p in ARTICLES])
def test_each_article_holds_its_floor(scores, stem):
    tp, fp, fn = scores[stem]
    assert tp / (tp + fp or 1) >= ARTICLE_FLOOR["precision"], (stem, tp, fp, fn)
    assert tp / (tp + fn or 1) >= ARTICLE_FLOOR["recall"], (stem, tp, fp, fn)
