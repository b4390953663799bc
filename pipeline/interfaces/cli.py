"""Command line: parses arguments, calls the library, prints. Exit codes: 0 all done,
1 some inputs rejected (listed on stderr), 2 usage or fatal error."""
from __future__ import annotations

import csv
import logging
import sys
from typing import NoReturn

import click

from .. import __version__

from ..storage import query
from ..storage.csvsafe import safe_row
from .progress import json_line
from ..errors import NOTICES, VnieError, printable


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {printable(message)}", err=True)
    sys.exit(2)


def emit(rows, fmt: str, title: str | None = None) -> None:
    """Print rows (list of dicts) as a table, CSV or JSON. CSV cells that a spreadsheet would take
    for a formula (``=``, ``+``, ``-``, ``@``) are quoted with ``'``; table cells show control
    characters escaped, so nothing in the data drives the terminal."""
    if fmt == "json":
        click.echo(json_line(rows, indent=2))
        return
    if fmt == "csv":
        if rows:
            w = csv.writer(sys.stdout)
            w.writerow(list(rows[0]))
            w.writerows([printable(c, keep="\n\r\t") if isinstance(c, str) else c for c in safe_row(r.values())]
                        for r in rows)
        return
    if not rows:
        click.echo("(no rows)")
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    def cell(v) -> str:  # escaped: "[ngân sách]" in a snippet is a matched phrase, not a rich style
        return "" if v is None else escape(printable(str(v)))  # and control characters shown escaped

    console = Console(width=max(120, Console().width))
    widths = {col: max(len(str(col)), *(len(cell(r.get(col))) for r in rows)) for col in rows[0]}
    if sum(min(w, 12) for w in widths.values()) + 3 * len(widths) + 1 > console.width:
        # too many columns to read side by side: one block per row, a line per field
        for n, r in enumerate(rows, 1):
            block = Table(title=f"{cell(title)} ({n}/{len(rows)})" if title else None, show_header=False)
            block.add_column(style="bold", no_wrap=True)
            block.add_column(overflow="fold")
            for col, v in r.items():
                block.add_row(cell(col), cell(v))
            console.print(block)
        return
    table = Table(title=title and cell(title), show_lines=False)
    kept = _kept_widths(widths, console.width // 2)
    for col in rows[0]:
        table.add_column(cell(col), overflow="fold", min_width=kept.get(col))
    for r in rows:
        table.add_row(*[cell(v) for v in r.values()])
    console.print(table)


def _kept_widths(widths: dict, budget: int) -> dict:
    """Short columns (dates, counts, statuses) keep their width, narrowest first, within ``budget``
    characters; the long ones (titles, snippets) wrap in what is left."""
    kept: dict = {}
    for col, width in sorted(widths.items(), key=lambda kv: kv[1]):
        if width > 16 or sum(kept.values()) + 3 * len(kept) + width > budget:
            break
        kept[col] = width
    return kept


def _db(path, readonly=True):
    try:
        return query.open_db(path, readonly=readonly)
    except VnieError as exc:
        _fail(str(exc))


def _group_keys(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return ",".join(query.group_keys(value))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
DB = click.option("--db", "db_path", default="vnie.db", show_default=True, help="SQLite file")
MAX_LIMIT = 10_000_000
ROW_ID = click.IntRange(1, 2**63 - 1)  # what SQLite can hold: a larger number is a usage error, not a crash


def limit_option(default: int):
    return click.option("--limit", default=default, show_default=True, type=click.IntRange(1, MAX_LIMIT),
                        help="most rows to show")


def _dask(ctx, param, value):
    if value is None:
        return None
    from .ingest import dask_spec

    try:
        dask_spec(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnie")
def main():
    """vnie: people, roles, dates, ratios and meetings from Vietnamese news, into SQLite."""
    _escaped_logs()


class _Escaped(logging.Formatter):
    def format(self, record) -> str:
        return printable(super().format(record))


def _escaped_logs() -> None:
    """Warnings of the libraries vnie reads with (warcio quotes a crawled URL, trafilatura a page)
    reach the terminal escaped, like vnie's own lines; warcio's repairs of what it reads are its own."""
    handler = logging.StreamHandler()
    handler.setFormatter(_Escaped("%(name)s: %(levelname)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[handler])  # no-op where logging is set up
    logging.getLogger("warcio").setLevel(logging.ERROR)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@DB
@click.option("--reextract", is_flag=True, help="extract again even where the article is unchanged")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="extraction processes on this machine")
@click.option("--dask", "dask_spec", metavar="ADDRESS|local:N", callback=_dask,
              help="extract on a Dask cluster: a scheduler address, or local:N for N local workers")
@click.option("--log", "log_mode", type=click.Choice(["auto", "bar", "log", "json", "quiet"]), default="auto",
              show_default=True, help="progress bar on a terminal, plain log lines elsewhere (cron)")
@click.option("--batch", default=64, show_default=True, type=click.IntRange(1, 100_000),
              help="articles per transaction (a killed run does at most this many again)")
@click.option("--log-json", is_flag=True, help="progress and summary as JSON lines (same as --log json)")
@click.option("--quiet", is_flag=True, help="no progress, only the summary (same as --log quiet)")
def ingest(inputs, db_path, reextract, workers, dask_spec, log_mode, batch, log_json, quiet):
    """Read INPUTS (files, directories, - for stdin) and store their facts in --db.

    Unchanged inputs are skipped, changed ones replace their facts, and a new rules
    version re-extracts. Exit code 0: all stored; 1: some inputs rejected (listed); 2: error.
    """
    from .startup import loading

    with loading():  # the imports with the collector off, then frozen (the models: when first needed)
        from .ingest import ingest as run_ingest
        from .progress import reporter

    report = reporter("json" if log_json else "quiet" if quiet else log_mode)
    try:
        result = run_ingest(list(inputs), db_path, reextract=reextract, workers=workers, dask=dask_spec, batch=batch,
                            on_start=lambda r: report.start(r.run_id, inputs, db_path), on_progress=report.update,
                            on_wait=lambda: click.echo(f"vnie: another ingest is writing {printable(str(db_path))};"
                                                       " waiting for it to finish", err=True))
    except VnieError as exc:
        report.close()
        _fail(str(exc))
    report.finish(result, db_path)
    sys.exit(result.exit_code)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
def extract(inputs, fmt):
    """Extract facts from INPUTS without a database; records on stdout."""
    from .startup import loading

    with loading():  # the imports with the collector off, then frozen (warm_up does the same for the models)
        from ..inputs.read import Reject, iter_inputs
        from .ingest import extract_bounded, warm_up_or_leave
    warm_up_or_leave()  # rules that cannot be loaded: each article is rejected with the reason (E020), exit 1

    rejected = 0
    records = []
    for item in iter_inputs(inputs):
        if not isinstance(item, Reject):
            ex, item = extract_bounded(item)  # the bounds per article of ingest; never an exception
        if isinstance(item, Reject):
            notice = item.code in NOTICES
            rejected += not notice
            click.echo(f"{'not read' if notice else 'rejected'}: {printable(str(item))}", err=True)
            continue
        rec = ex.to_record()
        if fmt == "jsonl":
            click.echo(json_line(rec))
        else:
            records.append(rec)
    if fmt == "json":
        click.echo(json_line(records, indent=2))
    elif fmt == "table":
        for rec in records:
            _print_record(rec)
    sys.exit(1 if rejected else 0)


def _print_record(rec):
    click.echo(f"\n== {rec['title']}  ({rec['published'] or 'no date'})  {rec['source']}")
    emit([{"name": p["name"], "roles": "; ".join(r["title"] for r in p["roles"])} for p in rec["people"]], "table", "people")
    emit([{"text": d["text"], "value": d["value"]} for d in rec["dates"]], "table", "dates")
    emit([{"ratio": f"{r['numerator']:g}/{r['denominator']:g}", "subject": r["subject"], "action": r["action"]}
          for r in rec["ratios"]], "table", "ratios")
    emit([{k: e[k] for k in ("name", "date", "location", "organizer")} for e in rec["events"]], "table", "events")


@main.group("query")
def query_group():
    """Ask the database: people, roles, dates, ratios, events."""


@query_group.command("people")
@DB
@click.option("--name")
@click.option("--title")
@click.option("--province")
@limit_option(200)
@FORMAT
def q_people(db_path, name, title, province, limit, fmt):
    emit(query.people(_db(db_path), name=name, title=title, province=province, limit=limit), fmt, "people")


@query_group.command("roles")
@DB
@click.option("--name")
@click.option("--title")
@click.option("--status", type=click.Choice(["holds", "elected", "appointed", "relieved", "former"]))
@click.option("--since")
@click.option("--until")
@limit_option(500)
@FORMAT
def q_roles(db_path, name, title, status, since, until, limit, fmt):
    emit(query.roles(_db(db_path), name=name, title=title, status=status, since=since, until=until, limit=limit), fmt, "roles")


@query_group.command("dates")
@DB
@click.option("--kind", type=click.Choice(["day", "month", "year", "period", "span", "relative"]))
@click.option("--since")
@click.option("--until")
@click.option("--text")
@limit_option(500)
@FORMAT
def q_dates(db_path, kind, since, until, text, limit, fmt):
    emit(query.dates(_db(db_path), kind=kind, since=since, until=until, text=text, limit=limit), fmt, "dates")


@query_group.command("ratios")
@DB
@click.option("--subject", help="what was counted: whole words, with or without diacritics (\"dang vien\")")
@click.option("--action", help="the verb, as --subject")
@click.option("--since", help="the period counted starts on or after (2024, 2024-07)")
@click.option("--until", help="the period counted ends on or before")
@click.option("--by", callback=lambda ctx, param, value: _group_keys(value), metavar="KEY[,KEY]",
              help=f"group and sum by one or more of: {', '.join(sorted(query.GROUPS))} (e.g. province,half)."
                   " year/half/quarter/month place a figure in the period it counts; one with no period written"
                   " goes by its article's date, and the period_from column says so")
@limit_option(500)
@FORMAT
def q_ratios(db_path, subject, action, since, until, by, limit, fmt):
    """x/y figures, one per row or summed per group (--by)."""
    emit(query.ratios(_db(db_path), subject=subject, action=action, since=since, until=until, by=by, limit=limit), fmt, "ratios")


@query_group.command("events")
@DB
@click.option("--place")
@click.option("--year", type=click.IntRange(1, 9999))
@click.option("--name")
@limit_option(200)
@FORMAT
def q_events(db_path, place, year, name, limit, fmt):
    emit(query.events(_db(db_path), place=place, year=year, name=name, limit=limit), fmt, "events")


def _needs_words(value: str, what: str) -> str:
    from ..storage.search import words

    if not words(value):
        raise click.BadParameter(f"give {what} (it holds no word)")
    return value


@main.command()
@click.argument("name", callback=lambda ctx, param, value: _needs_words(value, "a name"))
@DB
@FORMAT
def person(name, db_path, fmt):
    """A person's role timeline: each title with the first and last date the archive shows it.

    NAME as written or without diacritics, whole words in order ("Lam Van Dong", "Lâm Đông")."""
    emit(query.person_timeline(_db(db_path), name), fmt, f"timeline: {name}")


@main.command()
@click.argument("title", callback=lambda ctx, param, value: _needs_words(value, "a post"))
@click.option("--place", help="the province or district (\"Hòa Phong\", \"Tan Lac\"); every place when left out")
@DB
@FORMAT
def post(title, place, db_path, fmt):
    """Who held a post, when: each holder of TITLE ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh") in order.

    The first and last day the archive shows them in it, the start the text gives, elected and
    relieved days, the articles of those days, and overlaps: two holders of a one-person post in
    the same span (an extraction or linking error worth a look)."""
    emit(query.post_holders(_db(db_path), title, place=place), fmt, f"holders: {title}" + (f", {place}" if place else ""))


@main.command()
@click.argument("text", callback=lambda ctx, param, value: _needs_words(value, "words to search for"))
@DB
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100_000))
@FORMAT
def search(text, db_path, limit, fmt):
    """Full-text search: articles holding TEXT, best first, with the passage it stands in.

    Words typed next to each other are a phrase of whole words; "quoted parts" are phrases of
    their own, all needed ('"Tân Lạc" "ngân sách"'). Without diacritics a word matches any
    spelling ("Lam Van Dong"); with them it must match. Matches are marked [like this]."""
    emit(query.search(_db(db_path), text, limit=limit), fmt, f"search: {text}")


@main.command()
@DB
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def stats(db_path, fmt):
    """Counts of what the database holds."""
    s = query.stats(_db(db_path))
    if fmt == "json":
        click.echo(json_line(s, indent=2))
        return
    by_source = s.pop("articles_by_date_source")
    emit([{"table": k, "rows": v} for k, v in s.items()], "table", "vnie stats")
    emit([{"publication date from": k, "articles": v} for k, v in by_source.items()], "table")


@main.command()
@click.argument("run_id", required=False, type=ROW_ID)
@DB
@click.option("--limit", type=click.IntRange(1, MAX_LIMIT), help="most rows to show [runs: 20, a run's articles: all]")
@FORMAT
def runs(run_id, db_path, limit, fmt):
    """What each ingest did; with RUN_ID, the articles that run added, changed and replaced."""
    db = _db(db_path)
    if run_id is None:
        emit(query.runs(db, limit=limit or 20), fmt, "runs")
        return
    if not db.execute("SELECT 1 FROM runs WHERE id = ?", [run_id]).fetchone():
        _fail(f"no run {run_id} in {db_path} (vnie runs lists them)")
    emit(query.run_articles(db, run_id, limit=limit or MAX_LIMIT), fmt, f"run {run_id}")


@main.command()
@DB
@click.option("--run", "run_id", type=ROW_ID, help="those a run met first")
@click.option("--new", "new", is_flag=True, help="only those the last run met first (not known from earlier runs)")
@limit_option(200)
@FORMAT
def rejects(db_path, run_id, new, limit, fmt):
    """Inputs that could not be read, with the reason; each is stored once, when first met."""
    emit(query.rejects(_db(db_path), run_id=run_id, new=new, limit=limit), fmt, "rejects")


@main.command()
@click.argument("article")
@click.option("--db", "db_path", help="read ARTICLE from this database: ARTICLE is an article id, as the queries give it")
@click.option("--item", default=1, show_default=True, type=click.IntRange(1),
              help="in a file of many articles (JSONL, WARC), the Nth (a JSONL line, a WARC response)")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="where to write the page (default: ARTICLE_ID.html in this folder; - for stdout)")
def show(article, db_path, item, html_path):
    """Render ARTICLE with every fact highlighted, as a static HTML page (displaCy).

    ARTICLE is a file (extracted now), or with --db an article id (rendered from the stored facts).
    Exit code 1 when the article cannot be read or extracted (the reason is printed), 2 when there
    is no such article."""
    from .show import render_html

    ex = _stored(article, db_path) if db_path else _extracted(article, item)
    page = render_html(ex)
    target = html_path or f"{ex.article.id}.html"
    if target == "-":
        click.echo(page)
        return
    try:
        _write_whole(target, page)
    except OSError as exc:
        _fail(f"cannot write {target}: {exc}")
    click.echo(f"wrote {target}", err=True)


def _stored(article_id: str, db_path: str):
    from ..storage.store import load_extraction

    ex = load_extraction(_db(db_path), article_id)
    if ex is None:
        _fail(str(VnieError("E055", f"no article {article_id!r} in {db_path} (ids are in every query's article_id)")))
    return ex


def _extracted(path: str, item: int):
    """The ITEMth article of PATH, extracted; a reject or an extraction failure is printed, exit 1."""
    from itertools import islice

    from ..inputs.read import Reject, iter_inputs
    from ..language import extract as run

    found = next(islice(iter_inputs([path]), item - 1, None), None)
    if found is None:
        _fail(f"{path} holds fewer than {item} articles" if item > 1 else f"{path}: nothing to show")
    if isinstance(found, Reject):
        click.echo(f"rejected: {found}", err=True)
        sys.exit(1)
    try:
        return run(found)
    except VnieError as exc:
        click.echo(f"rejected: {exc}", err=True)
    except Exception as exc:  # noqa: BLE001 - an extraction bug is reported with its code, not a traceback
        click.echo(f"rejected: {found.source}: [E040] {type(exc).__name__}: {exc}", err=True)
    sys.exit(1)


def _write_whole(target: str, text: str) -> None:
    """Write beside the target and rename: a page is replaced whole or not at all, never left empty."""
    import os
    import tempfile
    from pathlib import Path

    folder = Path(target).resolve().parent
    fd, partial = tempfile.mkstemp(prefix=".vnie-show-", suffix=".html", dir=folder)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(partial, Path(target).stat().st_mode & 0o777 if Path(target).exists() else 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


@main.command()
@click.option("--db", "db_path", required=True, help="SQLite file made by an older vnie")
def upgrade(db_path):
    """Bring a database made by an older vnie to this version's schema (new columns; facts the
    new columns hold are filled when the articles are extracted again: vnie ingest --reextract)."""
    from pathlib import Path

    from ..storage.store import SCHEMA_VERSION

    if not Path(db_path).is_file():
        _fail(str(VnieError("E031", f"no database at {db_path}")))
    try:
        query.open_db(db_path, readonly=False)
    except VnieError as exc:
        _fail(str(exc))
    click.echo(f"{db_path}: schema {SCHEMA_VERSION}", err=True)


@main.command("serve")
@DB
@click.option("--host", default="127.0.0.1", show_default=True,
              help="address to listen on; anything but loopback lets other machines read the database")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="0: any free port")
@click.option("--open", "open_browser", is_flag=True, help="open the browser once the server is up")
def serve_cmd(db_path, host, port, open_browser):
    """Browse --db in Datasette, read-only: tables, facets, search and the researchers' queries."""
    try:
        from .serve import free_port, require_datasette, serve, warnings_for

        require_datasette()  # a core-only install: which extra to install, not a traceback

        for warning in warnings_for(db_path, host):
            click.echo(f"Warning: {warning}", err=True)
        port = port or free_port(host)
        click.echo(f"serving {db_path} read-only at http://{host}:{port}/vnie (Ctrl+C stops)", err=True)
        serve(db_path, host=host, port=port, open_browser=open_browser)
    except VnieError as exc:
        _fail(str(exc))


@main.command("export")
@DB
@click.option("--table", "tables", multiple=True, help="a table to export (repeat for several)")
@click.option("--all", "all_tables", is_flag=True, help="every table")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "json", "jsonl"]), default="parquet",
              show_default=True, help="json: one array per table; jsonl: an object a line")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="folder to write into")
def export_cmd(db_path, tables, all_tables, fmt, out_dir):
    """Write whole tables to --out, one file per table (Parquet keeps the column types, days as dates)."""
    from ..storage.export import export

    if bool(tables) == all_tables:
        _fail("give --table NAME (one or more) or --all")
    try:
        done = export(db_path, out_dir, names=list(tables) or None, fmt=fmt)
    except VnieError as exc:
        _fail(str(exc))
    emit([{"table": e.table, "rows": e.rows, "bytes": e.bytes, "seconds": round(e.seconds, 3), "file": str(e.path)}
          for e in done], "table", f"export to {out_dir}")
    for e in done:
        for column in e.kept_text:
            click.echo(f"note: {column} is not a calendar day: the column stays text", err=True)


if __name__ == "__main__":
    main()
