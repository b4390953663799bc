"""Hostile input, round two (issue 16): nothing lost, nothing doubled.

Broken containers keep what follows the damage; a folder walk reads every file or lists it with
a reason; one article met twice is stored once whatever the workers; a moved archive is the same
archive; a one-article file that changes replaces its article, a crawl that loses a record does
not shift the others. Each test is a case the code before this round got wrong.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
import shutil

import pytest
from click.testing import CliRunner

from conftest import CORPUS, write
from vnie.errors import NOTICES
from vnie.inputs.read import Reject, iter_inputs
from vnie.interfaces.cli import main
from vnie.interfaces.ingest import ingest
from vnie.models import Article
from vnie.storage import store


def article(i: int) -> str:
    """A short report of our own (none of its people is in the demo corpus)."""
    return (f"Hội nghị sơ kết công tác lần thứ {i + 1}\n\nNgày {1 + i % 28}/{1 + i % 12}/2024, tại huyện Hòa Bình, "
            f"đồng chí Đinh Công Tráng {i}, Phó Bí thư Tỉnh ủy, chủ trì hội nghị. Các cấp ủy đã kết nạp được "
            f"{100 + i}/{400 + i} đảng viên mới.\n")


def record(i: int, url: bool = True, text: str | None = None) -> str:
    rec = {"title": f"Tin {i}", "text": text or article(i)}
    if url:
        rec["url"] = f"https://hostile.example/{i}"
    return json.dumps(rec, ensure_ascii=False)


def split(items):
    items = list(items)
    arts = [i for i in items if isinstance(i, Article)]
    return arts, [i for i in items if isinstance(i, Reject)]


def db_rows(db_path, sql, params=()):
    db = store.open_db(db_path, readonly=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.conn.close()


# ---------------------------------------------------------------- WARC

def warc_file(n: int, gz: bool, types=None) -> tuple[bytes, list[int]]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf, starts = io.BytesIO(), []
    writer = WARCWriter(buf, gzip=gz)
    for k in range(n):
        ctype = (types or {}).get(k, "text/html; charset=utf-8")
        body = (f"<html><body><article><h1>Tin {k}</h1><p>{article(k)}</p></article></body></html>"
                if "html" in (ctype or "html") else article(k))
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)] if ctype else [], protocol="HTTP/1.1")
        starts.append(buf.tell())
        writer.write_record(writer.create_warc_record(f"https://hostile.example/w/{k}", "response",
                                                      payload=io.BytesIO(body.encode()), http_headers=headers))
    return buf.getvalue(), starts


def wrong_length(record: bytes, delta: int) -> bytes:
    m = re.search(rb"Content-Length: (\d+)", record)
    return record[:m.start(1)] + str(int(m.group(1)) + delta).encode() + record[m.end(1):]


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
@pytest.mark.parametrize("delta", [40, -40])
def test_a_wrong_content_length_loses_no_later_record(tmp_path, gz, delta, capfd):
    data, starts = warc_file(5, gz)
    if gz:  # one record per gzip member: recompress the second with its length wrong
        members = [gzip.decompress(data[a:b]) for a, b in zip(starts, starts[1:] + [len(data)])]
        members[1] = wrong_length(members[1], delta)
        data = b"".join(gzip.compress(m) for m in members)
    else:
        data = data[:starts[1]] + wrong_length(data[starts[1]:starts[2]], delta) + data[starts[2]:]
    arts, rejects = split(iter_inputs([write(tmp_path / ("c.warc.gz" if gz else "c.warc"), data)]))
    assert [a.url for a in arts] == [f"https://hostile.example/w/{k}" for k in range(5)]  # before: 2 of 5
    (damage,) = rejects
    assert damage.code == "E010" and re.fullmatch(r"byte \d+", damage.position) and damage.reason.isprintable()
    assert "Content-Length" not in capfd.readouterr().err  # warcio's warning is a reject, not terminal noise


def test_plain_text_and_untyped_responses_are_articles_and_other_types_are_listed(tmp_path):
    types = {0: "text/plain; charset=utf-8", 1: None, 2: "image/png", 3: "text/css", 4: "text/html"}
    data, _ = warc_file(5, False, types)
    arts, rejects = split(iter_inputs([write(tmp_path / "c.warc", data)]))
    assert [a.position for a in arts] == ["record 1", "record 2", "record 5"]  # before: record 5 only
    assert arts[0].text == article(0) and arts[0].format == "warc"
    (notice,) = rejects
    assert notice.code == "E016" and notice.code in NOTICES
    assert "image/png ×1" in notice.reason and "text/css ×1" in notice.reason and "records 3, 4" in notice.reason


# ---------------------------------------------------------------- gzip

def corrupt(member: bytes) -> bytes:
    bad = bytearray(member)
    mid = len(bad) // 2
    bad[mid:mid + 8] = b"\xff\x00\x1f\x8b\x1b[2J"  # garbage, a false gzip magic and an ESC sequence
    return bytes(bad)


def test_a_corrupt_gzip_member_keeps_the_members_after_it_jsonl(tmp_path):
    members = [gzip.compress(("\n".join(record(m * 10 + k) for k in range(10)) + "\n").encode()) for m in range(4)]
    path = write(tmp_path / "crawl.jsonl.gz", members[0] + corrupt(members[1]) + members[2] + members[3])
    arts, rejects = split(iter_inputs([path]))
    urls = {a.url for a in arts}
    assert {f"https://hostile.example/{i}" for i in range(20, 40)} <= urls  # before: lost with member 2
    assert {f"https://hostile.example/{i}" for i in range(10)} <= urls
    (damage,) = rejects
    assert damage.code == "E006" and damage.position.startswith("line ") and damage.reason.isprintable()
    assert "\x1b" not in damage.reason and "read on from the next member" in damage.reason


def test_a_corrupt_gzip_member_keeps_the_records_after_it_warc(tmp_path):
    data, starts = warc_file(5, True)
    members = [data[a:b] for a, b in zip(starts, starts[1:] + [len(data)])]
    members[2] = corrupt(members[2])
    arts, rejects = split(iter_inputs([write(tmp_path / "c.warc.gz", b"".join(members))]))
    assert [a.url for a in arts] == [f"https://hostile.example/w/{k}" for k in (0, 1, 3, 4)]  # before: 0, 1
    assert [r.code for r in rejects] == ["E010"] and all(r.reason.isprintable() for r in rejects)


# ---------------------------------------------------------------- the folder walk

def test_a_folder_walk_reads_or_lists_every_file(tmp_path, db_path):
    arch = tmp_path / "arch"
    write(arch / "crawl.json", "\n".join(record(i) for i in range(3)))  # JSON lines named .json
    write(arch / "array.json", json.dumps([json.loads(record(10)), json.loads(record(11))], ensure_ascii=False))
    write(arch / ".hidden.txt", article(20))
    write(arch / ".cache" / "a.txt", article(21))
    write(arch / "notes.md", "# notes")
    write(arch / "index.tsv", "a\tb\n")
    write(arch / "a.txt", article(22))
    result = ingest([arch], db_path)
    assert result.counts == {"new": 6, "changed": 0, "skipped": 0, "rejected": 0} and result.exit_code == 0
    listed = sorted((r.source.split("/")[-1], r.code) for r in result.notices)
    assert listed == [(".cache", "E014"), (".hidden.txt", "E014"), ("index.tsv", "E014"), ("notes.md", "E014")]
    assert result.ignored == 4
    cli = CliRunner().invoke(main, ["ingest", str(arch), "--db", str(tmp_path / "cli.db"), "--log", "log"])
    assert cli.exit_code == 0 and "4 not read (listed)" in cli.output and "not read: " in cli.output


def test_a_symbolic_link_to_a_file_outside_the_archive_is_refused(tmp_path, db_path):
    secret = write(tmp_path / "outside" / "secret.txt", article(30))
    arch = tmp_path / "arch"
    write(arch / "a.txt", article(31))
    os.symlink(secret, arch / "x.txt")
    os.symlink(arch / "a.txt", arch / "inside-link.txt")  # a link inside the archive is read (the same article)
    result = ingest([arch], db_path)
    assert [(r.source.split("/")[-1], r.code) for r in result.rejects] == [("x.txt", "E017")]
    assert str(secret) in result.rejects[0].reason
    assert db_rows(db_path, "SELECT COUNT(*) FROM articles WHERE text LIKE ?", ["%Tráng 30%"]) == [(0,)]


def test_a_database_inside_the_archive_is_not_read_as_input(tmp_path):
    arch = tmp_path / "arch"
    write(arch / "a.txt", article(40))
    other = arch / "old.sqlite"
    store.open_db(tmp_path / "x.db").conn.close()
    shutil.copy(tmp_path / "x.db", other)
    for _ in range(2):  # before: E004 for the database on every run, exit 1 for ever
        out = CliRunner().invoke(main, ["ingest", str(arch), "--db", str(arch / "facts.db"), "--quiet"])
        assert out.exit_code == 0, out.output
    notices = db_rows(arch / "facts.db", "SELECT source, code, reason FROM rejects ORDER BY source")
    assert [(s.split("/")[-1], c) for s, c, _ in notices] == [("facts.db", "E014"), ("facts.db-shm", "E014"),
                                                              ("facts.db-wal", "E014"), ("facts.db.lock", "E014"),
                                                              ("old.sqlite", "E014")]


# ---------------------------------------------------------------- small things

def test_a_nul_deep_in_a_file_is_as_binary_as_one_near_its_start(tmp_path):
    text = (article(50) * 40).encode()
    assert len(text) > 6000
    for at in (40, 6000):
        (r,) = iter_inputs([write(tmp_path / f"nul{at}.txt", text[:at] + b"\x00" + text[at:])])
        assert isinstance(r, Reject) and r.code == "E004", at


def test_impossible_publication_dates_are_not_dates(tmp_path):
    lines = [json.dumps({"url": f"https://x.example/{d}", "published": d, "text": article(i)})
             for i, d in enumerate(["9999-99-99", "2024-02-30", "2024-13-01", "0001-01-01", "2024-02-29"])]
    arts, _ = split(iter_inputs([write(tmp_path / "d.jsonl", "\n".join(lines))]))
    assert [a.published for a in arts] == [None, None, None, None, "2024-02-29"]
    (a,) = iter_inputs([write(tmp_path / "d.txt", "Tin\n\n30/02/2024\n\nNội dung.\n")])
    assert a.published is None
    html = '<html><head><meta property="article:published_time" content="2024-02-30"></head><body><article>' \
           f"<p>{article(1)}</p></article></body></html>"
    (h,) = iter_inputs([write(tmp_path / "d.html", html)])
    assert h.published is None


def test_an_article_of_invisible_characters_is_an_input_reject(tmp_path, db_path):
    write(tmp_path / "arch" / "inv.txt", "\u200b\u200d\ufeff\u2060\n\u200b" * 50)
    result = ingest([tmp_path / "arch"], db_path)
    assert [r.code for r in result.rejects] == ["E011"]  # nothing to extract; before: E040, an extraction bug


# ---------------------------------------------------------------- one article, once

def test_the_same_url_twice_in_a_crawl_is_stored_once_whatever_the_workers(tmp_path):
    lines = [record(60), record(61), record(60, text=article(62)), record(61), record(63)]
    write(tmp_path / "arch" / "crawl.jsonl", "\n".join(lines))
    got = {}
    for workers in (1, 2):
        db_path = tmp_path / f"w{workers}.db"
        result = ingest([tmp_path / "arch"], db_path, workers=workers)
        got[workers] = (result.counts, [(r.position, r.code) for r in result.rejects])
        texts = db_rows(db_path, "SELECT text FROM articles WHERE url = ?", ["https://hostile.example/60"])
        assert texts == [(json.loads(lines[0])["title"] + "\n\n" + article(60),)]  # the first, not replaced
        orphans = db_rows(db_path, "SELECT COUNT(*) FROM persons p WHERE NOT EXISTS"
                                   " (SELECT 1 FROM people m WHERE m.person_id = p.id)")
        assert orphans == [(0,)]
    # line 4 repeats line 2 word for word: a copy, skipped; line 3 has other text under line 1's URL: E015
    assert got[1] == got[2] == ({"new": 3, "changed": 0, "skipped": 1, "rejected": 1}, [("line 3", "E015")])


def test_a_replaced_article_leaves_no_person_behind(tmp_path, db_path):
    path = write(tmp_path / "arch" / "a.txt", article(70))
    ingest([tmp_path / "arch"], db_path)
    write(path, article(70).replace("Đinh Công Tráng 70", "Lương Văn Can"))
    assert ingest([tmp_path / "arch"], db_path).counts["changed"] == 1
    names = [n for (n,) in db_rows(db_path, "SELECT name FROM persons")]
    assert any("Lương Văn Can" in n for n in names) and not any("Tráng" in n for n in names)


# ---------------------------------------------------------------- identity: moves and deletions

def test_a_moved_archive_is_the_same_archive(tmp_path):
    a, b = tmp_path / "A", tmp_path / "B"
    shutil.copytree(CORPUS, a)
    db_path = tmp_path / "facts.db"
    assert ingest([a], db_path).counts["new"] == 18
    before = db_rows(db_path, "SELECT COUNT(*), SUM(numerator), SUM(denominator) FROM ratios")
    a.rename(b)
    again = ingest([b], db_path)
    assert again.counts == {"new": 0, "changed": 0, "skipped": 18, "rejected": 0}  # before: 14 new, sums doubled
    assert db_rows(db_path, "SELECT COUNT(*) FROM articles") == [(18,)]
    assert db_rows(db_path, "SELECT COUNT(*), SUM(numerator), SUM(denominator) FROM ratios") == before
    files = [p for (p,) in db_rows(db_path, "SELECT path FROM files")]
    assert files and all(p.startswith(str(b)) for p in files)  # the files table follows the move
    sources = [s for (s,) in db_rows(db_path, "SELECT source FROM articles")]
    assert all(s.startswith(str(b)) for s in sources)
    # read from another folder (a parent), the same files are the same articles
    assert ingest([tmp_path], db_path, reextract=True).counts["new"] == 0


def test_a_crawl_without_urls_that_loses_its_first_record_keeps_no_stale_copy(tmp_path, db_path):
    path = write(tmp_path / "arch" / "crawl.jsonl", "\n".join(record(80 + i, url=False) for i in range(4)))
    assert ingest([tmp_path / "arch"], db_path).counts["new"] == 4
    write(path, "\n".join(record(80 + i, url=False) for i in range(1, 4)))
    result = ingest([tmp_path / "arch"], db_path)
    assert result.counts == {"new": 0, "changed": 0, "skipped": 3, "rejected": 0}  # before: 3 changed
    texts = [t for (t,) in db_rows(db_path, "SELECT text FROM articles")]
    assert len(texts) == len(set(texts)) == 4  # the deleted record's article is kept, no record is doubled


def test_an_edited_file_replaces_its_article(tmp_path, db_path):
    path = write(tmp_path / "arch" / "a.txt", article(90))
    ingest([tmp_path / "arch"], db_path)
    write(path, article(91))
    result = ingest([tmp_path / "arch"], db_path)
    assert result.counts == {"new": 0, "changed": 1, "skipped": 0, "rejected": 0}
    assert [t for (t,) in db_rows(db_path, "SELECT text FROM articles")] == [article(91)]
    (run,) = db_rows(db_path, "SELECT MAX(id) FROM runs")
    assert sorted(s for (s,) in db_rows(db_path, "SELECT state FROM run_articles WHERE run_id = ?", run)) == \
        ["changed", "replaced"]


def test_a_database_from_before_keyed_by_paths_is_migrated(tmp_path):
    """Schema 4 keyed a file's article by its absolute path: migrated, a move is still no re-ingest."""
    from vnie.text import article_id

    arch = tmp_path / "A"
    shutil.copytree(CORPUS, arch)
    db_path = tmp_path / "facts.db"
    ingest([arch], db_path)
    conn = store.sqlite3.connect(db_path)
    with conn:  # make it what schema 4 wrote: path ids, no file_key, user_version 4
        conn.execute("PRAGMA foreign_keys=OFF")
        for aid, key in conn.execute("SELECT id, file_key FROM articles WHERE url IS NULL").fetchall():
            for table in [*store.FACT_TABLES, "articles_fts"]:
                conn.execute(f"UPDATE {table} SET article_id = ? WHERE article_id = ?", (article_id(key), aid))
            conn.execute("UPDATE articles SET id = ?, file_key = NULL WHERE id = ?", (article_id(key), aid))
        conn.execute("PRAGMA user_version = 4")
        conn.execute("PRAGMA application_id = 0")
    conn.close()
    db = store.open_db(db_path)  # migrates
    assert db.execute("SELECT COUNT(*) FROM articles WHERE url IS NULL AND file_key IS NULL").fetchone()[0] == 0
    assert store.integrity_ok(db) and not db.execute("PRAGMA foreign_key_check").fetchall()
    db.conn.close()
    arch.rename(tmp_path / "B")
    assert ingest([tmp_path / "B"], db_path).counts == {"new": 0, "changed": 0, "skipped": 18, "rejected": 0}
