"""`vnie serve`: Datasette over a facts database, read-only, with vnie's metadata and queries.

The canned queries must give the rows the functions of pipeline/query.py give (they mirror them);
the served database must not change whatever is sent; crawled markup must show as text.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import types
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS, ROOT, write
from vnie.storage import query
from vnie.interfaces.cli import main
from vnie.interfaces.serve import load_metadata, make_app, warnings_for

MARKUP = ("Ngày 14/6/2024, đồng chí Lâm Văn Đông, Trưởng Ban Tổ chức Tỉnh ủy, phát biểu"
          " <script>alert(1)</script> tại hội nghị với 48/50 đại biểu.\n\n"
          "Xem thêm <a href=\"javascript:alert(1)\">tại đây</a> và nhiều nội dung khác của bài viết này.")


def ingest(inputs, db: Path) -> Path:
    r = CliRunner().invoke(main, ["ingest", *map(str, inputs), "--db", str(db), "--quiet"])
    assert r.exit_code == 0, r.output
    with sqlite3.connect(db) as conn:  # immutable readers see the main file only: fold the WAL into it
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return ingest([CORPUS], tmp_path_factory.mktemp("serve") / "facts.db")


@pytest.fixture(scope="module")
def ds(demo_db):
    return make_app(demo_db)


def get_json(ds, path: str, **params):
    async def fetch():
        return await ds.client.get(path + "?" + urllib.parse.urlencode({**params, "_shape": "array"}))
    r = asyncio.run(fetch())
    assert r.status_code == 200, r.text
    return r.json()


def get(ds, path: str):
    async def fetch():
        return await ds.client.get(path)
    return asyncio.run(fetch())


def canned(ds, query_name: str, **params) -> list[dict]:
    return get_json(ds, f"/vnie/{query_name}.json", **params)


# ------------------------------------------------------------------ the canned queries

def test_person_timeline_has_each_title_once_with_first_and_last(ds):
    rows = canned(ds, "person_timeline", name="Lâm Văn Đông")
    titles = [r["title"] for r in rows]
    assert len(titles) == len(set(titles)) >= 3
    first = {r["title"]: (r["first"], r["last"]) for r in rows}
    assert first["Trưởng Ban Tổ chức Tỉnh ủy"][0] == "2023-01-12"
    assert all(r["first"] <= r["last"] for r in rows)
    assert canned(ds, "person_timeline", name="") == []


def test_person_timeline_is_query_person_timeline(ds, demo_db):
    db = query.open_db(demo_db, readonly=True)
    names = [n for (n,) in db.execute("SELECT DISTINCT name FROM persons")] + ["Văn", "lâm văn đông", "%", "_"]
    for name in names:
        assert canned(ds, "person_timeline", name=name) == query.person_timeline(db, name), name


@pytest.mark.parametrize("subject, since", [("đảng viên", ""), ("chỉ tiêu", "2024"), ("", ""), ("", "2024-07")])
def test_ratios_by_province_half_is_query_ratios(ds, demo_db, subject, since):
    db = query.open_db(demo_db, readonly=True)
    expected = query.ratios(db, subject=subject or None, since=since or None, by="province,half")
    assert canned(ds, "ratios_by_province_half", subject=subject, since=since) == expected


def test_ratios_by_province_half_on_the_demo(ds):
    rows = canned(ds, "ratios_by_province_half", subject="đảng viên", since="2024")
    assert {"province": "Hòa Phong", "half": "2024-H1", "figures": 1, "numerator": 612.0, "denominator": 1200.0,
            "percent": 51.0} in [{k: v for k, v in r.items() if k != "period_from"} for r in rows]
    assert all(r["half"] >= "2024" and r["period_from"] for r in rows)


@pytest.mark.parametrize("subject, since", [("đảng viên", ""), ("dang vien", "2024"), ("", "")])
def test_ratios_by_owner_half_is_query_ratios(ds, demo_db, subject, since):
    db = query.open_db(demo_db, readonly=True)
    expected = query.ratios(db, subject=subject or None, since=since or None, by="owner_level,half")
    assert expected and canned(ds, "ratios_by_owner_half", subject=subject, since=since) == expected


@pytest.mark.parametrize("post, place", [("Bí thư Tỉnh ủy", "Hòa Phong"), ("Chủ tịch UBND tỉnh", ""),
                                         ("bi thu tinh uy", "hoa phong"), ("Phó Bí thư Tỉnh ủy", ""), ("", "")])
def test_post_holders_is_query_post_holders(ds, demo_db, post, place):
    db = query.open_db(demo_db, readonly=True)
    expected = query.post_holders(db, post, place=place or None)
    assert canned(ds, "post_holders", post=post, place=place) == expected
    assert bool(expected) == bool(post)


def sql_of(name: str) -> str:
    return " ".join(load_metadata()["databases"]["vnie"]["queries"][name]["sql"].split())


def test_canned_search_and_post_holders_run_the_library_sql():
    """Written once: the page's SQL is the Python function's (the page has no :limit parameter)."""
    assert sql_of("post_holders") == " ".join(query.POST_HOLDERS.split())
    assert sql_of("search") == " ".join(query.SEARCH.replace(":limit", "100").split())


@pytest.mark.parametrize("place, year", [("Tân Lạc", "2023"), ("Hội trường Tỉnh ủy", "2025"), ("", "2023"),
                                         ("Tân Lạc", "")])
def test_events_by_place_year_is_query_events(ds, demo_db, place, year):
    db = query.open_db(demo_db, readonly=True)
    expected = query.events(db, place=place or None, year=year or None)
    assert expected
    rows = canned(ds, "events_by_place_year", place=place, year=year)
    key = lambda r: r["event_id"]  # noqa: E731 - query.events orders by date only
    assert [{k: r[k] for k in expected[0]} for r in sorted(rows, key=key)] == sorted(expected, key=key)


def test_events_by_place_year_on_the_demo(ds):
    rows = canned(ds, "events_by_place_year", place="Tân Lạc", year="2023")
    assert all(r["date"].startswith("2023") for r in rows)
    held = [r for r in rows if r["location"] == "Hội trường Huyện ủy Tân Lạc"]
    assert held and "Nguyễn Hữu Phước (chaired)" in held[0]["attendees"]


def test_people_per_body_is_query_people_per_body(ds, demo_db):
    rows = canned(ds, "people_per_body")
    assert rows == query.people_per_body(query.open_db(demo_db, readonly=True))
    bodies = {r["body"]: r for r in rows if r["province"] == "Hòa Phong"}
    assert {"Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Ủy ban nhân dân tỉnh"} <= set(bodies)
    assert "Lâm Văn Đông" in bodies["Tỉnh ủy"]["names"]


@pytest.mark.parametrize("typed", ["Lâm Văn Đông", "Lam Van Dong", "LÂM VĂN ĐÔNG", "lam  văn   đông"])
def test_search_with_or_without_diacritics(ds, demo_db, typed):
    expected = {r["article_id"] for r in query.search(query.open_db(demo_db, readonly=True), "lam van dong")}
    assert expected
    assert {r["article_id"] for r in canned(ds, "search", q=typed)} == expected
    fts = get_json(ds, "/vnie/articles_fts.json", _search=typed)  # the table's own search box
    assert {r["article_id"] for r in fts} == expected


@pytest.mark.parametrize("typed", ['"Lâm Văn Đông"', "Lâm Văn Đông", '"Tân Lạc" "ngân sách"', 'Tân Lạc "ngân sách"',
                                   "Tân Lạc ngân sách", '"dang vien moi', "làm việc", '"" ?'])
def test_quotes_mean_the_same_on_the_command_line_and_the_web(ds, demo_db, typed):
    from vnie.storage.search import phrases

    db = query.open_db(demo_db, readonly=True)
    expected = query.search(db, typed)
    assert canned(ds, "search", q=typed) == expected  # every row, snippet and rank order
    r = CliRunner().invoke(main, ["search", typed, "--db", str(demo_db), "--format", "json"])
    assert (r.exit_code, json.loads(r.output) if r.exit_code == 0 else []) == (0 if phrases(typed) else 2, expected)
    fts = {row["article_id"] for row in get_json(ds, "/vnie/articles_fts.json", _search=typed)} if phrases(typed) else set()
    assert fts >= {row["article_id"] for row in expected}  # the box does not check diacritics typed: never fewer


def test_search_is_a_phrase_of_whole_words(ds):
    words = {r["article_id"] for r in canned(ds, "search", q='"Tân Lạc" "ngân sách"')}
    phrase = {r["article_id"] for r in canned(ds, "search", q="Tân Lạc ngân sách")}
    assert words and not phrase  # not written together anywhere
    for row in canned(ds, "search", q="Lam Van Dong"):
        assert "[Lâm Văn Đông]" in row["snippet"]  # the match, in its own spelling, in every row


def test_canned_queries_are_read_only_selects():
    from datasette.utils import validate_sql_select

    queries = load_metadata()["databases"]["vnie"]["queries"]
    assert {"person_timeline", "post_holders", "ratios_by_province_half", "ratios_by_owner_half",
            "events_by_place_year", "people_per_body", "search"} <= set(queries)
    for name, q in queries.items():
        assert not q.get("write"), name
        assert q.get("hide_sql") is True, name  # results first: the SQL is one click away
        validate_sql_select(q["sql"])  # raises on anything but SELECT / WITH … SELECT


# ------------------------------------------------------------------ the pages: article, links, SQL folded away

def test_article_page_is_the_vnie_show_drawing(ds, demo_db):
    from vnie.interfaces.show import article_html
    from vnie.storage.store import load_extraction

    db = query.open_db(demo_db, readonly=True)
    (aid,) = db.execute("SELECT id FROM articles WHERE title LIKE 'Đồng chí Lâm Văn Đông%'").fetchone()
    page = get(ds, f"/vnie/articles/{aid}")
    assert page.status_code == 200
    assert article_html(load_extraction(db, aid)) in page.text  # the same drawing, displaCy and records
    assert 'class="spans"' in page.text and "ROLE of 1" in page.text
    assert "<details" in page.text and "The stored row" in page.text  # every column, folded below
    assert ".vnie-text h2{white-space:normal" in page.text  # the title wraps as a title
    assert get(ds, "/vnie/articles/0000000000000000").status_code == 404


def test_article_ids_link_to_their_article(ds):
    link = re.compile(r'<a href="/vnie/articles/([0-9a-f]{16})">\1</a>')
    for path in ["/vnie/events_by_place_year?place=T%C3%A2n+L%E1%BA%A1c&year=2023", "/vnie/search?q=Lam+Van+Dong",
                 "/vnie/post_holders?post=B%C3%AD+th%C6%B0+T%E1%BB%89nh+%E1%BB%A7y&place=H%C3%B2a+Phong"]:
        page = get(ds, path).text
        assert link.search(page), path
    for table in ["ratios", "person_roles", "events"]:  # tables: Datasette's own link, labelled by the title
        assert re.search(r'<a href="/vnie/articles/[0-9a-f]{16}">[^<]+</a>&nbsp;<em>[0-9a-f]{16}</em>',
                         get(ds, f"/vnie/{table}?_size=5").text), table
    holders = get(ds, "/vnie/post_holders?post=B%C3%AD+th%C6%B0+T%E1%BB%89nh+%E1%BB%A7y&place=H%C3%B2a+Phong").text
    assert len(link.findall(holders)) >= 3  # each article of the evidence
    assert re.search(r'<a href="/vnie/persons/\d+">\d+</a>', holders)


def test_canned_queries_open_with_results_and_the_sql_folded(ds):
    page = get(ds, "/vnie/search?q=Lam+Van+Dong").text
    assert 'id="sql-query"' not in page and 'id="sql-editor"' not in page
    assert "_show_sql=1" in page  # one click shows it
    assert "<mark>Lâm Văn Đông</mark>" in page  # the matches marked in the snippet
    shown = get(ds, "/vnie/search?q=Lam+Van+Dong&_show_sql=1").text
    assert 'id="sql-query"' in shown or 'id="sql-editor"' in shown


# ------------------------------------------------------------------ metadata, facets, settings

def test_metadata_describes_every_table(ds, demo_db):
    meta = get(ds, "/-/metadata.json").json()
    assert meta["title"] and meta["source"] == "vnie" and meta["license"]
    described = meta["databases"]["vnie"]["tables"]
    tables = [t for (t,) in sqlite3.connect(demo_db).execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'articles_fts_%'")]
    assert set(tables) <= set(described)
    assert all(described[t].get("description") for t in tables)


@pytest.mark.parametrize("table, facets", [("person_roles", {"canonical", "status"}),
                                           ("ratios", {"subject_head", "province", "owner_level", "period_from"}),
                                           ("events", {"location"}),
                                           ("articles", {"published_from", "province"})])
def test_facets(ds, table, facets):
    body = get(ds, f"/vnie/{table}.json?_size=1").json()
    assert facets <= set(body["facet_results"])


def test_served_read_only_with_vnie_settings(ds):
    dbs = get(ds, "/-/databases.json").json()
    # mutable in Datasette's sense (it follows a running ingest), opened with mode=ro
    assert [(d["name"], d["is_mutable"]) for d in dbs if d["name"] != "_internal"] == [("vnie", True)]
    assert get(ds, "/-/settings.json").json()["truncate_cells_html"] == 0


def test_post_is_refused(ds):
    async def post():
        return await ds.client.post("/vnie/person_timeline", data={"name": "x"})
    assert asyncio.run(post()).status_code == 405


def test_warnings(tmp_path):
    db = write(tmp_path / "f.db", b"")
    assert warnings_for(db, "127.0.0.1") == [] and warnings_for(db, "localhost") == []
    assert "0.0.0.0" in warnings_for(db, "0.0.0.0")[0]
    assert warnings_for(db, "::1") == []


def test_pages_follow_an_ingest(tmp_path):
    from vnie.interfaces.ingest import ingest

    db = tmp_path / "live.db"
    ingest([CORPUS / "crawl-2024.jsonl"], db)
    app = make_app(db)
    before = get(app, "/vnie/articles.json?_shape=array&_col=id").json()
    ingest([CORPUS], db)  # the served database grows while the server runs
    after = get(app, "/vnie/articles.json?_shape=array&_col=id").json()
    assert len(before) == 4 and len(after) == 18


def test_cli_warns_on_a_public_host(monkeypatch, demo_db):
    import vnie.interfaces.serve

    served = []
    monkeypatch.setattr(vnie.interfaces.serve, "serve", lambda *a, **k: served.append(k))
    r = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--host", "0.0.0.0", "--port", "9"])
    assert r.exit_code == 0 and "Warning: serving on 0.0.0.0" in r.output
    assert served == [{"host": "0.0.0.0", "port": 9, "open_browser": False}]
    r = CliRunner().invoke(main, ["serve", "--db", str(demo_db)])
    assert "Warning" not in r.output and served[-1]["host"] == "127.0.0.1" and served[-1]["port"] == 8001


def test_cli_port_0_picks_a_free_port(monkeypatch, demo_db):
    import vnie.interfaces.serve

    served = []
    monkeypatch.setattr(vnie.interfaces.serve, "serve", lambda *a, **k: served.append(k))
    r = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--port", "0"])
    port = served[0]["port"]
    assert r.exit_code == 0 and port > 0 and f"http://127.0.0.1:{port}/vnie" in r.output


def test_open_waits_for_the_server(monkeypatch):
    import vnie.interfaces.serve

    opened = []
    monkeypatch.setattr(vnie.interfaces.serve.webbrowser, "open", opened.append)
    vnie.interfaces.serve._open_when_up(types.SimpleNamespace(started=True), "http://127.0.0.1:8001/vnie")
    vnie.interfaces.serve._open_when_up(types.SimpleNamespace(started=False), "http://never", timeout=0.2)
    assert opened == ["http://127.0.0.1:8001/vnie"]


def test_cli_port_taken_exit_2(demo_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        r = CliRunner().invoke(main, ["serve", "--db", str(demo_db), "--port", str(taken.getsockname()[1])])
    assert r.exit_code == 2 and "E054" in r.output


def test_cli_missing_database_exit_2(tmp_path):
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert r.exit_code == 2 and "E031" in r.output


# ------------------------------------------------------------------ crawled markup stays text

@pytest.fixture(scope="module")
def markup_article(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("markup")
    record = {"url": "javascript:alert(2)", "title": "Tin thử <script>alert(3)</script>", "published": "2024-06-14",
              "text": MARKUP}
    src = write(folder / "a.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    return src, ingest([src], folder / "markup.db")


def assert_no_live_markup(page: str):
    assert "<script>alert" not in page
    assert 'href="javascript' not in page and "href='javascript" not in page


def test_markup_escaped_in_datasette_pages(markup_article):
    _, db = markup_article
    ds = make_app(db)
    (article_id,) = sqlite3.connect(db).execute("SELECT id FROM articles").fetchone()
    for path in [f"/vnie/articles/{article_id}", "/vnie/articles", "/vnie/search?q=alert",
                 "/vnie/articles_fts?_search=alert"]:
        page = get(ds, path)
        assert page.status_code == 200, path
        assert_no_live_markup(page.text)
    row = get(ds, f"/vnie/articles/{article_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in row and "javascript:alert(1)" in row.replace("&#34;", '"')


def test_markup_escaped_in_vnie_show(markup_article, tmp_path):
    src, _ = markup_article
    out = tmp_path / "show.html"
    r = CliRunner().invoke(main, ["show", str(src), "--html", str(out)])
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and 'href="javascript' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# ------------------------------------------------------------------ the real server, end to end

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(url: str, data: bytes | None = None) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a socket listening on ``port`` (Linux /proc/net/tcp, tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


@pytest.fixture
def server(demo_db, tmp_path):
    port = free_port()
    log = open(tmp_path / "serve.log", "w+")
    proc = subprocess.Popen([sys.executable, "-m", "vnie", "serve", "--db", str(demo_db), "--port", str(port)],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                if fetch(base + "/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"vnie serve did not come up: {log.read()}")
            time.sleep(0.2)
        yield base, port
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_vnie_serve_end_to_end(server, demo_db):
    base, port = server
    db = query.open_db(demo_db, readonly=True)  # read before the snapshot: a WAL reader makes -wal and -shm files
    timeline, events = query.person_timeline(db, "Lâm Văn Đông"), query.events(db, place="Tân Lạc", year=2024)
    before, files = sha256(demo_db), sorted(demo_db.parent.iterdir())

    status, body = fetch(base + "/vnie/person_timeline.json?" + urllib.parse.urlencode(
        {"name": "Lâm Văn Đông", "_shape": "array"}))
    assert status == 200 and json.loads(body) == timeline
    status, body = fetch(base + "/vnie/events_by_place_year.json?place=T%C3%A2n+L%E1%BA%A1c&year=2024&_shape=array")
    assert status == 200 and {r["event_id"] for r in json.loads(body)} == {r["event_id"] for r in events}

    writes = [("/vnie", b"sql=drop+table+runs"),
              ("/vnie", b"sql=insert+into+runs+(status)+values+('x')"),
              ("/vnie/person_timeline", b"name=x"),
              ("/vnie/runs/-/insert", b'{"row": {"status": "x"}}'),
              ("/vnie.json?sql=drop+table+runs", None),
              ("/vnie.json?sql=insert+into+runs+(status)+values+('x')", None),
              ("/vnie.json?sql=select+1;+drop+table+runs", None),
              ("/vnie.json?sql=pragma+journal_mode%3Ddelete", None)]
    for path, data in writes:
        status, _ = fetch(base + path, data)
        assert status >= 400, path
    assert len(json.loads(fetch(base + "/vnie/runs.json?_shape=array")[1])) == 1  # still there, nothing added

    assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1 only, nothing on other interfaces or IPv6
    assert sha256(demo_db) == before and sorted(demo_db.parent.iterdir()) == files  # no -wal, -shm or journal
