"""The CLI's surface: exit codes 0 / 1 / 2 and what it prints."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import CORPUS, write
from vnie.interfaces.cli import main

TXT = "Tin thử\n\nNgày 14/6/2024, đồng chí Lâm Văn Đông, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu tại hội nghị.\n"


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def test_extract_jsonl(tmp_path):
    r = run("extract", write(tmp_path / "a.txt", TXT), "--format", "jsonl")
    assert r.exit_code == 0, r.output
    rec = json.loads(r.output.splitlines()[0])
    assert rec["people"][0]["name"] == "Lâm Văn Đông"
    assert rec["dates"][0]["value"] == "2024-06-14"


def test_extract_from_stdin():
    r = run("extract", "-", input=TXT)
    assert r.exit_code == 0 and "Lâm Văn Đông" in r.output


def test_some_inputs_rejected_exit_1(tmp_path):
    r = run("extract", write(tmp_path / "a.txt", TXT), tmp_path / "nope.txt")
    assert r.exit_code == 1
    assert "nope.txt" in r.output and "[E001]" in r.output


def test_usage_error_exit_2():
    assert run("extract").exit_code == 2
    assert run("query", "ratios", "--by", "planet").exit_code == 2
    assert run("person", "").exit_code == 2  # an empty name is a mistake, not "everyone"
    assert run("search", " ").exit_code == 2
    assert run("post", "").exit_code == 2


def test_query_missing_database_exit_2(tmp_path):
    r = run("query", "people", "--db", tmp_path / "none.db")
    assert r.exit_code == 2 and "E031" in r.output


def test_ingest_then_query(tmp_path):
    db = tmp_path / "f.db"
    r = run("ingest", CORPUS, "--db", db, "--quiet")
    assert r.exit_code == 0, r.output
    r = run("query", "people", "--db", db, "--name", "Lâm Văn Đông", "--format", "json")
    assert r.exit_code == 0
    assert json.loads(r.output)[0]["name"] == "Lâm Văn Đông"
    r = run("person", "Lâm Văn Đông", "--db", db, "--format", "csv")
    assert "Trưởng Ban Tổ chức Tỉnh ủy" in r.output
    r = run("stats", "--db", db, "--format", "json")
    assert json.loads(r.output)["articles"] >= 15
    r = run("ingest", CORPUS, "--db", db, "--quiet")
    assert "unchanged (skipped)" in r.output and " 0 new" in r.output


def test_show_escapes_crawled_markup(tmp_path):
    html = ("<html><body><article><h1>Tin thử</h1><p>Ngày 14/6/2024, đồng chí Lâm Văn Đông, Trưởng Ban Tổ chức "
            "Tỉnh ủy, phát biểu &lt;script&gt;alert(1)&lt;/script&gt; tại hội nghị với 48/50 đại biểu.</p>"
            "<p>Xem thêm <a href=\"javascript:alert(2)\">tại đây</a> và nhiều nội dung khác của bài viết này.</p>"
            "</article></body></html>")
    out = tmp_path / "out.html"
    r = run("show", write(tmp_path / "a.html", html), "--html", out)
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page
    assert 'href="javascript' not in page
    assert "PERSON 1" in page and 'class="spans"' in page and "&lt;script&gt;" in page


def test_ratios_by_province_and_half(tmp_path):
    db = tmp_path / "f.db"
    assert run("ingest", CORPUS, "--db", db, "--quiet").exit_code == 0
    r = run("query", "ratios", "--db", db, "--subject", "đảng viên", "--since", "2024", "--by", "province,half",
            "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert {"province": "Hòa Phong", "half": "2024-H1", "figures": 1, "numerator": 612.0, "denominator": 1200.0,
            "percent": 51.0} in [{k: v for k, v in row.items() if k != "period_from"} for row in rows]
    assert all(row["period_from"] for row in rows)  # each group says where its period came from
    assert all(row["half"] >= "2024" for row in rows)
    assert run("query", "ratios", "--db", db, "--by", "province,planet").exit_code == 2


def test_rules_that_cannot_be_loaded_reject_each_article_with_the_reason(tmp_path):
    """VNIE_RULES naming no folder: ``vnie extract`` rejects each article with E020 (exit 1), as the
    README says; the models' warm-up before the first article must not stop it with a traceback."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "VNIE_RULES": str(tmp_path / "no such rules")}
    out = subprocess.run([sys.executable, "-m", "vnie", "extract", str(write(tmp_path / "a.txt", TXT))],
                         capture_output=True, text=True, env=env, check=False)
    assert out.returncode == 1, out.stderr
    assert "[E020]" in out.stderr and "rules directory not found" in out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""
