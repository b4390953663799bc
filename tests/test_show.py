"""`vnie show`: an article drawn by displaCy with its facts, from a file (any item of it) or from a
database row, escaped so crawled markup never runs; bad input gives a coded error, never a traceback,
and never leaves the page it was to replace empty."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from conftest import write
from facts import article, date, event, extraction, person, ratio, save
from vnie.interfaces.cli import main
from vnie.interfaces.show import displacy_docs, facts_of, render_html

HOSTILE = ('Tin <script>alert(1)</script> thử\n\nNgày 14/6/2024, đồng chí Lâm Văn Đông, Trưởng Ban Tổ chức Tỉnh ủy, '
           'chủ trì hội nghị <img src=x onerror=alert(2)> với 48/50 đại biểu.\n\n'
           'Xem <a href="javascript:alert(3)">tại đây</a>.')


def hand_built(aid="h1"):
    return extraction(
        article(aid, HOSTILE, published="2024-06-14", title="Tin <script>alert(1)</script> thử"), province="Hòa Phong",
        people=[person(HOSTILE, "Lâm Văn Đông", ("Trưởng Ban Tổ chức Tỉnh ủy", "holds", {"since": "2020-10"}))],
        dates=[date(HOSTILE, "14/6/2024", "2024-06-14")],
        ratios=[ratio(HOSTILE, "48/50", 48, 50, "đại biểu")],
        events=[event(HOSTILE, "hội nghị", "2024-06-14", who=(("Lâm Văn Đông <b>", "chaired"),))])


def assert_inert(page: str):
    """Nothing of the article can run: no tag made from its text, no javascript: link, no handler."""
    assert "<script" not in page and "<img" not in page and "onerror=" not in page.replace("onerror=alert", "")
    assert not re.search(r"""href\s*=\s*["']?\s*javascript""", page, re.I)
    assert "Content-Security-Policy" in page and "script-src" not in page  # default-src 'none': no script


def test_page_is_drawn_by_displacy_with_every_fact():
    page = render_html(hand_built())
    assert 'class="spans"' in page  # displaCy's span renderer
    for label in ("PERSON 1", "ROLE of 1", "DATE", "RATIO", "MEETING"):
        assert label in page, label
    assert "#1 Lâm Văn Đông: Trưởng Ban Tổ chức Tỉnh ủy (holds); since 2020-10" in page  # the side table
    assert_inert(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "javascript:alert(3)" in page  # shown as text


def test_roles_are_labelled_with_their_person():
    text = "Tin\n\nĐồng chí Hồ Minh Tâm, Bí thư Tỉnh ủy; đồng chí Trần Quốc Bảo, Chủ tịch UBND tỉnh."
    ex = extraction(article("r", text), people=[person(text, "Hồ Minh Tâm", ("Bí thư Tỉnh ủy", "holds")),
                                                person(text, "Trần Quốc Bảo", ("Chủ tịch UBND tỉnh", "holds"))])
    labels = {text[s:e]: label for s, e, _, label, _ in facts_of(ex)}
    assert labels == {"Hồ Minh Tâm": "PERSON 1", "Bí thư Tỉnh ủy": "ROLE of 1",
                      "Trần Quốc Bảo": "PERSON 2", "Chủ tịch UBND tỉnh": "ROLE of 2"}


def test_displacy_docs_keep_paragraphs_and_token_offsets():
    ex = hand_built()
    docs = displacy_docs(ex)
    assert len(docs) == 3  # one per paragraph
    spans = [(d["tokens"][s["start_token"]:s["end_token"]], s["label"]) for d in docs for s in d["spans"]]
    assert (["Lâm", "Văn", "Đông"], "PERSON 1") in spans
    assert (["48/50"], "RATIO") in spans  # a fact inside a word is cut out of it


def test_a_fact_across_a_line_break_keeps_its_paragraph_whole():
    text = "Tin\n\nđồng chí Lâm Văn\nĐông dự."
    ex = extraction(article("x", text), people=[person(text, "Lâm Văn\nĐông")])
    docs = displacy_docs(ex)
    assert len(docs) == 2 and docs[1]["spans"][0]["label"] == "PERSON 1"


def test_show_from_the_database_is_the_show_of_the_file(db_path, tmp_path):
    ex = hand_built()
    save(db_path, ex)
    out = tmp_path / "page.html"
    r = CliRunner().invoke(main, ["show", "h1", "--db", str(db_path), "--html", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8") == render_html(ex)
    r = CliRunner().invoke(main, ["show", "nope", "--db", str(db_path), "--html", str(out)])
    assert r.exit_code == 2 and "E055" in r.output


def test_show_default_page_name_and_stdout(db_path, tmp_path, monkeypatch):
    save(db_path, hand_built())
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["show", "h1", "--db", str(db_path)])
    assert r.exit_code == 0 and (tmp_path / "h1.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    r = CliRunner().invoke(main, ["show", "h1", "--db", str(db_path), "--html", "-"])
    assert r.exit_code == 0 and r.output.startswith("<!doctype html>")


def test_item_of_a_file_of_many(tmp_path):
    lines = [{"url": f"https://example.vn/{n}", "title": f"Tin số {n}", "published": "2024-06-14",
              "text": f"Ngày 14/6/2024, đồng chí Nguyễn Văn An{n}, Chủ tịch UBND tỉnh, dự hội nghị số {n}."}
             for n in range(1, 4)]
    src = write(tmp_path / "many.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:2])
                + "\n{broken\n" + json.dumps(lines[2], ensure_ascii=False) + "\n")
    out = tmp_path / "p.html"
    for item, title in [(None, "Tin số 1"), ("2", "Tin số 2"), ("4", "Tin số 3")]:
        r = CliRunner().invoke(main, ["show", str(src), "--html", str(out), *(["--item", item] if item else [])])
        assert r.exit_code == 0, r.output
        assert f"<title>{title}</title>" in out.read_text(encoding="utf-8")
    r = CliRunner().invoke(main, ["show", str(src), "--item", "3", "--html", str(out)])
    assert r.exit_code == 1 and "E007" in r.output and "line 3" in r.output  # that line is broken
    r = CliRunner().invoke(main, ["show", str(src), "--item", "9", "--html", str(out)])
    assert r.exit_code == 2 and "fewer than 9" in r.output


@pytest.mark.parametrize("content", ["\u200b\u200c\u200d\n\u2060 \ufeff", "\u00ad\u200b"])
def test_invisible_article_is_a_coded_error_and_the_old_page_stays(tmp_path, content):
    src = write(tmp_path / "invisible.txt", content)
    out = write(tmp_path / "page.html", "<p>the page from before</p>")
    r = CliRunner().invoke(main, ["show", str(src), "--html", str(out)])
    assert r.exit_code == 1, r.output
    assert re.search(r"\[E0\d\d\]", r.output) and "Traceback" not in r.output
    assert out.read_text(encoding="utf-8") == "<p>the page from before</p>"  # not truncated
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".vnie-show")] == []


def test_an_empty_page_file_is_written_over(tmp_path):
    src = write(tmp_path / "a.txt", "Tin thử\n\nNgày 14/6/2024, đồng chí Lâm Văn Đông, Trưởng Ban Tổ chức Tỉnh ủy, dự.")
    out = write(tmp_path / "page.html", "")  # truncated to 0 bytes by an earlier crash
    r = CliRunner().invoke(main, ["show", str(src), "--html", str(out)])
    assert r.exit_code == 0, r.output
    assert 'class="spans"' in out.read_text(encoding="utf-8")
    plain = write(tmp_path / "plain.txt", "x")
    assert out.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777  # the mode any new file gets here
