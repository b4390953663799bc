"""Matching what was typed: whole words, diacritics optional when left out, phrases, ranked search
with snippets in the articles' own spelling, and the text filters of the queries."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from facts import article, extraction, person, ratio, save
from vnie.interfaces.cli import main
from vnie.storage import query
from vnie.storage.search import fts_query, has_name, has_phrase, hits, phrases, snippet


@pytest.mark.parametrize("name, typed, found", [
    ("Lâm Văn Đông", "Lâm Văn Đông", True),
    ("Lâm Văn Đông", "Lam Van Dong", True),  # without diacritics: any spelling
    ("Lâm Văn Đông", "LÂM VĂN ĐÔNG", True),  # case never matters
    ("Lâm Văn Đông", "lam  van   dong", True),
    ("Lâm Văn Đông", "Lâm Đông", True),  # in order, a middle name left out
    ("Lâm Văn Đông", "Văn Đông", True),
    ("Lâm Văn Đông", "Lam Dong", True),
    ("Lâm Văn Đông", "Đông Lâm", False),  # out of order
    ("Lâm Văn Đông", "Làm Văn Đông", False),  # typed with diacritics: they must match
    ("Lâm Văn Đồng", "Lâm Văn Đông", False),
    ("Lâm Văn Đồng", "Lam Van Dong", True),
    ("Lâm Văn Đông", "Lâ", False),  # whole words only
    ("Lâm Văn Đông", "Lâm Văn Đông Hải", False),
    ("Võ Thị Thu Trang", "Vo Thi Thu Trang", True),
    ("Nguyễn Thị Hoà", "Nguyễn Thị Hòa", True),  # one tone placement
    ("Lâm Văn Đông", "", False),
    ("Lâm Văn Đông", "%", False),  # no word typed: nobody, never everybody
    (None, "Lâm", False),
])
def test_has_name(name, typed, found):
    assert has_name(name, typed) is found


@pytest.mark.parametrize("text, typed, found", [
    ("kết nạp được 269/805 đảng viên mới", "đảng viên", True),
    ("kết nạp được 269/805 đảng viên mới", "dang vien moi", True),
    ("kết nạp được 269/805 đảng viên mới", "đảng mới", False),  # a phrase: the words together
    ("kết nạp được 269/805 đảng viên mới", "đảng vi", False),  # whole words
    ("Hội trường Huyện ủy Tân Lạc", "Tan Lac", True),
    ("Hội trường Huyện ủy Tân Lạc", "Tân Lập", False),
    ("huyện Tân Lạc và huyện Lạc Sơn", '"Tân Lạc" "Lạc Sơn"', True),  # each quoted part a phrase
    ("huyện Tân Lạc", '"Tân Lạc" "Lạc Sơn"', False),  # every phrase needed
    ("làm việc với văn phòng", "lam van", False),
])
def test_has_phrase(text, typed, found):
    assert has_phrase(text, typed) is found


@pytest.mark.parametrize("typed, expected", [
    ("Lam Van Dong", '"lam van dong"'),
    ('"Lam Van Dong"', '"lam van dong"'),  # quotes or not: the same phrase
    ('"Tân Lạc" ngân sách', '"tan lac" "ngan sach"'),
    ('Tân Lạc "ngân sách', '"tan lac" "ngan sach"'),  # an unclosed quote closes at the end
    ("14/6", '"14 6"'),
    ('say "hi" AND NOT x*', '"say" "hi" "and not x"'),  # FTS5 operators are words here
    ("", '""'),
    ("?!", '""'),
])
def test_fts_query(typed, expected):
    assert fts_query(typed) == expected


ARTICLES = {
    "lam": ("Đồng chí Lâm Văn Đông dự hội nghị\n\nNgày 14/6, đồng chí Lâm Văn Đông, Trưởng Ban Tổ chức Tỉnh ủy, "
            "phát biểu. Ông Lâm Văn Đông nhấn mạnh [ba] nhiệm vụ.", "2024-06-14"),
    "once": ("Hội nghị sơ kết\n\nNgày 20/12, đồng chí Lâm Văn Đông dự hội nghị tại huyện Tân Lạc.", "2023-12-20"),
    # every word of the name, none of them together: the old search found it
    "scattered": ("Đoàn công tác làm việc\n\nĐoàn đã làm việc với văn phòng; đồng chí Trần Văn Hải, đồng chí "
                  "Nguyễn Thị Mai dự.", "2024-10-10"),
    "namesake": ("Tin khác\n\nÔng Lâm Văn Đồng, nông dân xã Phong Mỹ, được khen thưởng.", "2024-05-01"),
}


@pytest.fixture
def db(db_path):
    return save(db_path, *[extraction(article(aid, text, published=pub)) for aid, (text, pub) in ARTICLES.items()])


@pytest.mark.parametrize("typed, ids", [
    ("Lam Van Dong", ["lam", "namesake", "once"]),  # without diacritics: the namesake too, never "làm… văn… đồng"
    ("Lâm Văn Đông", ["lam", "once"]),  # with them: exactly that spelling
    ('"Lâm Văn Đông"', ["lam", "once"]),
    ("lâm văn đông", ["lam", "once"]),
    ('"Lâm Văn Đông" "Tân Lạc"', ["once"]),
    ("Lâm Đông", []),
    ("làm việc", ["scattered"]),
    ("", []),
])
def test_search_finds_the_phrase_and_ranks(db, typed, ids):
    rows = query.search(db, typed)
    # ranked by bm25 over the index, a title match weighing four: most matches first, then the shorter text
    assert [r["article_id"] for r in rows] == ids
    assert [r["hits"] for r in rows] == sorted((r["hits"] for r in rows), reverse=True)


def test_search_snippets_keep_the_spelling_and_mark_every_match(db):
    (first, *_) = query.search(db, "Lam Van Dong")
    assert first["article_id"] == "lam" and first["hits"] == 4  # title once, text three times
    assert "đồng chí [Lâm Văn Đông], Trưởng Ban" in first["snippet"]
    assert first["snippet"].endswith("Ông [Lâm Văn Đông]…")  # cut after a match, never inside one
    assert snippet("Tiêu đề Lâm Văn Đông", "", "lam van dong") == "Tiêu đề [Lâm Văn Đông]"  # a title-only match
    assert hits("Lâm Văn", "Đông", "Lâm Văn Đông") == 0  # no phrase across the title's end


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_search_marks_matches_in_every_format(db, db_path, fmt):
    r = CliRunner().invoke(main, ["search", "Tan Lac", "--db", str(db_path), "--format", fmt])
    assert r.exit_code == 0, r.output
    if fmt == "json":
        (row,) = json.loads(r.output)
        assert "[Tân Lạc]" in row["snippet"] and row["article_id"] == "once"
    elif fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(r.output)))
        assert "[Tân Lạc]" in row["snippet"]
    else:  # rich keeps the brackets: they are escaped, not read as a style
        assert "[Tân Lạc]" in r.output
    r = CliRunner().invoke(main, ["search", "ngan sach", "--db", str(db_path), "--format", fmt])
    assert r.exit_code == 0 and "once" not in r.output


def test_cli_search_needs_words(db_path, db):
    for typed in ["", "  ", '""', "?"]:
        r = CliRunner().invoke(main, ["search", typed, "--db", str(db_path)])
        assert r.exit_code == 2 and "no word" in r.output


def test_phrases_of_a_search():
    assert len(phrases('Lâm Văn Đông')) == 1
    assert len(phrases('"Lâm Văn Đông" Tân Lạc')) == 2
    assert len(phrases('"" ""')) == 0


# ------------------------------------------------------------------ the filters take text without diacritics

FILTERED = ("Hội nghị tại huyện Tân Lạc\n\nĐồng chí Lâm Văn Đông, Trưởng Ban Tổ chức Tỉnh ủy, dự. Huyện kết nạp "
            "được 134/150 đảng viên mới.")


@pytest.fixture
def filtered(db_path):
    ex = extraction(article("f", FILTERED, published="2023-12-20"), province="Hòa Phong",
                    people=[person(FILTERED, "Lâm Văn Đông", ("Trưởng Ban Tổ chức Tỉnh ủy", "holds"))],
                    ratios=[ratio(FILTERED, "134/150", 134, 150, "đảng viên mới")])
    ex.events = []
    return save(db_path, ex)


@pytest.mark.parametrize("call, found", [
    (lambda db: query.people(db, name="Lam Van Dong"), 1),
    (lambda db: query.people(db, name="Lâm Đông"), 1),
    (lambda db: query.people(db, name="Làm Văn Đông"), 0),
    (lambda db: query.people(db, title="truong ban to chuc"), 1),
    (lambda db: query.people(db, province="Hoa Phong"), 1),
    (lambda db: query.roles(db, name="lam van dong"), 1),
    (lambda db: query.person_timeline(db, "Lam Van Dong"), 1),
    (lambda db: query.person_timeline(db, ""), 0),
    (lambda db: query.ratios(db, subject="dang vien"), 1),
    (lambda db: query.ratios(db, subject="dang vi"), 0),
    (lambda db: query.ratios(db, subject="đảng viên mới", by="province"), 1),
])
def test_filters_accept_text_without_diacritics(filtered, call, found):
    assert len(call(filtered)) == found


def test_cli_person_needs_a_name(filtered, db_path):
    for name in ["", "   ", "%"]:
        r = CliRunner().invoke(main, ["person", name, "--db", str(db_path)])
        assert r.exit_code == 2 and "give a name" in r.output
    r = CliRunner().invoke(main, ["person", "Lam Van Dong", "--db", str(db_path), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output)[0]["title"] == "Trưởng Ban Tổ chức Tỉnh ủy"
