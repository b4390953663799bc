"""`vnie serve`: Datasette over a facts database, read-only, with vnie's metadata and queries.

The canned queries must give the rows the functions of pipeline/query.py give (they mirror them);
the served database must not change whatever is sent; crawled markup must show as text.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
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
            "percent": 51.0} in rows
    assert all(r["half"] >= "2024" for r in rows)


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


@pytest.mark.parametrize("typed", ["Lâm Đông", "Lam Dong", "LÂM ĐÔNG", "lam  đông"])
def test_search_with_or_without_diacritics(ds, demo_db, typed):
    expected = {r["id"] for r in query.search(query.open_db(demo_db, readonly=True), "lam dong")}
    assert expected
    assert {r["id"] for r in canned(ds, "search", q=typed)} == expected
    fts = get_json(ds, "/vnie/articles_fts.json", _search=typed)  # the table's own search box
    assert {r["article_id"] for r in fts} == expected


def test_search_phrase(ds):
    phrase = {r["id"] for r in canned(ds, "search", q='"Lâm Văn Đông"')}
    words = {r["id"] for r in canned(ds, "search", q="Lâm Văn Đông")}
    assert phrase and phrase <= words


def test_canned_queries_are_read_only_selects():
    from datasette.utils import validate_sql_select

    queries = load_metadata()["databases"]["vnie"]["queries"]
    assert {"person_timeline", "ratios_by_province_half", "events_by_place_year", "people_per_body"} <= set(queries)
    for name, q in queries.items():
        assert not q.get("write"), name
        validate_sql_select(q["sql"])  # raises on anything but SELECT / WITH … SELECT


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
                                           ("ratios", {"subject_head", "province"}), ("events", {"location"}),
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
