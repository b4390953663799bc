"""Work per article grows linearly with the article: hostile floods that made a stage quadratic.

Each flood is run at n and 4n; a linear stage takes about four times as long, a quadratic one
sixteen. Where the cost is a count of calls, the calls are counted instead of timed.
"""
from __future__ import annotations

import time

import pytest

import vnie
from vnie.inputs.read import article_from_text
from vnie.ruleset import load_rules
from vnie.stages import clean, dates, events


def seconds(fn) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def assert_linear(run, small: int) -> None:
    """``run(n)`` at n and 4n: at most 8 times the time (quadratic work gives 16)."""
    t1, t4 = seconds(lambda: run(small)), seconds(lambda: run(4 * small))
    assert t4 < 8 * t1 + 0.05, f"n={small}: {t1:.3f}s, 4n: {t4:.3f}s"


def parts(text: str, stage: str):
    """An article run through the pipeline up to (not through) ``stage``: what that stage reads."""
    from vnie.language import STAGES

    nlp = vnie.load(disable=STAGES[STAGES.index(stage):])
    return nlp(nlp.tokenizer.from_article(article_from_text(text)))


# ---------------------------------------------------------------- the floods (sentences of our own)

def meetings(n: int) -> str:
    return "Tin\n\n" + "".join(f"Ngày {1 + i % 28}/{1 + i % 12}/2024, Ban Tổ chức tổ chức Hội nghị lần thứ {i}. "
                               for i in range(n))


def same_day(n: int) -> str:
    return "Tin\n\n" + "".join(f"Ngày {1 + i % 28}/{1 + i % 12}/2024 họp bàn.\n\nCùng ngày, họp Hội nghị.\n\n"
                               for i in range(n))


def yearless(n: int) -> str:
    """Dated days in some paragraphs, days without a year in others: each is placed near the dated ones."""
    return ("Tin\n\n" + "".join(f"Ngày {1 + i % 28}/{1 + i % 12}/2024 họp.\n\n" for i in range(n))
            + "".join(f"Ngày {1 + i % 28}/{1 + i % 12} họp tiếp.\n\n" for i in range(n)))


def test_zero_width_joiner_flood_cleans_each_cluster_once(monkeypatch):
    calls = []
    original = clean._clean_cluster
    monkeypatch.setattr(clean, "_clean_cluster", lambda *a: calls.append(1) or original(*a))
    flood = "Ngày 1/2/2024 a" + "\u200d" * 24_000 + " họp."
    t0 = time.perf_counter()
    cleaned = clean.clean_text(flood)
    assert time.perf_counter() - t0 < 2  # 20 s before: every prefix of the cluster was cleaned again
    assert cleaned.text == "Ngày 1/2/2024 a họp." and len(calls) < 100
    assert cleaned.to_original(15, 16) == (24_015, 24_016)  # " " after the flood points after it


def test_distinct_meetings_are_not_compared_pairwise(monkeypatch):
    calls = []
    original = events._same
    monkeypatch.setattr(events, "_same", lambda a, b: calls.append(1) or original(a, b))
    ex = vnie.extract_text(meetings(1500))
    assert ex.events and len(calls) < 10 * 1500  # every pair (1.1 million) before


def test_same_day_meetings_do_not_rescan_the_days_before(monkeypatch):
    class Walks(dict):
        walks = 0

        def __iter__(self):
            Walks.walks += 1
            return super().__iter__()

    original = events._dates_by_sentence
    monkeypatch.setattr(events, "_dates_by_sentence", lambda d: Walks(original(d)))
    ex = vnie.extract_text(same_day(300))
    assert ex.events[0].date == "2024-01-01"
    assert Walks.walks < 10  # once per "Cùng ngày" before


@pytest.mark.parametrize("flood,small", [(meetings, 400), (same_day, 400)])
def test_events_stage_is_linear(flood, small):
    rules = load_rules()

    def run(n):
        doc = docs[n]
        events.extract_events(doc._.sentences, doc._.clean.to_original, doc._.dates, doc._.people, None, rules)
    docs = {n: parts(flood(n), "events") for n in (small, 4 * small)}
    assert_linear(run, small)


def test_yearless_days_are_placed_in_linear_time():
    rules = load_rules()

    def run(n):
        doc = docs[n]
        dates.extract_dates(doc._.sentences, doc._.clean.to_original, None, "Tin", rules)
    docs = {n: parts(yearless(n), "dates") for n in (500, 2000)}
    found = dates.extract_dates(docs[500]._.sentences, docs[500]._.clean.to_original, None, "Tin", rules)
    assert sum(d.reason == "year from the article" for d in found) == 500
    assert_linear(run, 500)
