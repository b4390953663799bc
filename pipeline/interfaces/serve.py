"""Browse a facts database in Datasette, read-only.

``make_app(db_path)`` builds the :class:`datasette.app.Datasette` instance (the CLI serves it
with uvicorn; tests use its ``.client``): the database is opened read-only (``mode=ro``), as
"vnie", with the metadata, facets and canned queries of ``datasette_metadata.yaml``. Nothing can
write: Datasette refuses any statement but SELECT, no canned query is writable, and the server
answers GET and HEAD only (every write Datasette could make starts with a POST). Crawled markup in
the articles is shown as text (Datasette escapes every value).

The pages: an article's row page (``templates/row-vnie-articles.html``) shows the article as
``vnie show`` draws it (displaCy, facts highlighted, the records beside it) with the stored row
folded below; every ``article_id`` (and each id of a post's ``evidence``) links to that page; a search
snippet shows its matches marked; the canned queries open with their SQL folded away.

Nobody in: a server on loopback answers only requests whose ``Host`` is loopback (a web page
cannot reach it through DNS rebinding); one query may return at most ``QUERY_BYTES`` bytes of
values and make none over ``MAX_VALUE`` bytes (``randomblob(150000000)`` is refused, not served);
``.csv`` pages quote cells a spreadsheet would run as formulas; the file is opened by an escaped
``file:`` URI, so a ``#`` or ``?`` in its name cannot open another file.
"""
from __future__ import annotations

import ipaddress
import re
import socket
import sqlite3
import threading
import time
import webbrowser
from pathlib import Path
from urllib.parse import parse_qs

import yaml

from ..errors import Errors, VnieError
from ..storage import query
from ..storage.csvsafe import CsvStream
from ..storage.search import fts_query
from ..storage.store import file_uri, open_db

DB_NAME = "vnie"
METADATA = Path(__file__).with_name("datasette_metadata.yaml")
TEMPLATES = Path(__file__).with_name("templates")
SETTINGS = {
    "sql_time_limit_ms": 3000,  # a canned query may scan a whole table (a place in the article texts)
    "max_returned_rows": 2000,
    "truncate_cells_html": 0,  # an article row page shows the whole text
    "allow_csv_stream": True,
}
MAX_VALUE = 64_000_000  # bytes of one value or row (SQLite's length limit): more than any stored article
QUERY_BYTES = 64_000_000  # bytes of values one query may return before it is stopped (E057)
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def require_datasette():
    """E050 naming the extra to install when Datasette is not there (a core-only install)."""
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise VnieError("E050", 'browsing needs Datasette, the "serve" extra: pip install "vnie[serve]"') from None


_require_datasette = require_datasette


def _add_functions(conn, database) -> None:
    """SQL functions for the vnie database: the ones vnie's queries use, and the table search box's;
    and the bounds of what one query may make and return."""
    if database != DB_NAME:
        return
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE)
    conn.row_factory = _counted_rows(conn.row_factory or sqlite3.Row)
    query.sql_functions(conn)
    # a table's search box (articles_fts?_search=) reads what is typed as `vnie search` does: the
    # index holds folded text, phrases are the words typed together or in quotes
    conn.create_function("escape_fts", 1, lambda q: fts_query(q) if q else q)


ARTICLE_ID = re.compile(r"[0-9a-f]{16}")  # the form of vnie's article ids (text.article_id)


def _article_link(datasette, value: str) -> str:
    from datasette.utils import tilde_encode
    from markupsafe import escape

    return f'<a href="{datasette.urls.row(DB_NAME, "articles", tilde_encode(value))}">{escape(value)}</a>'


def _render_cell(value, column, table, database, datasette):
    """Article ids as links to their article's page, a search snippet's matches marked; else None
    (Datasette's own rendering: a foreign key expanded to its label arrives as a dict and stays so)."""
    from markupsafe import Markup, escape

    if database != DB_NAME or not isinstance(value, (str, int)):
        return None
    if column == "person_id" and table is None and isinstance(value, int):
        return Markup(f'<a href="{datasette.urls.row(DB_NAME, "persons", str(value))}">{value}</a>')
    if not isinstance(value, str):
        return None
    if column == "article_id" and ARTICLE_ID.fullmatch(value):
        return Markup(_article_link(datasette, value))
    if column == "evidence" and value and all(ARTICLE_ID.fullmatch(v) for v in value.split()):
        return Markup(" ".join(_article_link(datasette, v) for v in value.split()))
    if column == "snippet" and table is None:
        marked = re.sub(r"\[([^\[\]]*)\]", r"<mark>\1</mark>", str(escape(value)))
        return Markup(marked)
    return None


async def _article_vars(datasette, request):
    """The article drawn as `vnie show` draws it, for the article's row page."""
    from datasette.utils import tilde_decode
    from markupsafe import Markup

    from ..storage.store import load_extraction
    from .show import STYLE, article_html

    article_id = tilde_decode(request.url_vars.get("pks", ""))
    ex = await datasette.get_database(DB_NAME).execute_fn(lambda conn: load_extraction(conn, article_id))
    return {"vnie_article": Markup(article_html(ex)) if ex else "", "vnie_style": Markup(STYLE)}


def _read_only(datasette):
    """ASGI middleware: a vnie Datasette answers GET and HEAD only, so nothing can be posted to it;
    on loopback, only requests for a loopback host (DNS rebinding); CSV with formulas quoted."""
    def wrap(app):
        async def guarded(scope, receive, send):
            # checked per request: Datasette builds its test client's app before make_app marks it
            if scope["type"] != "http" or not getattr(datasette, "vnie_read_only", False):
                await app(scope, receive, send)
                return
            if scope["method"] not in ("GET", "HEAD"):
                await _refuse(send, 405, b"vnie serve is read-only: GET and HEAD only\n", [(b"allow", b"GET, HEAD")])
                return
            host = _host(scope)
            if not allowed_host(host, getattr(datasette, "vnie_hosts", None)):
                await _refuse(send, 421, f"[E056] {Errors.E056}: {host!r}\n".encode())
                return
            if _is_csv(scope):
                send = _csv_safe(send)
            await app(scope, receive, send)
        return guarded
    return wrap


async def _refuse(send, status: int, body: bytes, headers=()) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), *headers]})
    await send({"type": "http.response.body", "body": body})


def _host(scope) -> str:
    """The host a request names (its Host header without the port), lower case."""
    raw = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").strip().lower()
    if raw.startswith("["):  # [::1]:8001
        return raw[1:raw.find("]")] if "]" in raw else raw
    return raw.rsplit(":", 1)[0] if raw.count(":") == 1 else raw


def allowed_host(host: str, allowed: set | None) -> bool:
    """``allowed``: None answers any host (a server on a public address); else the host must be one of them."""
    return allowed is None or host in allowed


def hosts_for(listen: str) -> set | None:
    """The hosts a server listening on ``listen`` answers: on loopback, loopback names only (a page
    elsewhere that resolves its own name to 127.0.0.1 is refused); on another address, any."""
    return LOOPBACK_NAMES | {listen.lower()} if is_loopback(listen) else None


def _is_csv(scope) -> bool:
    path = scope.get("path", "")
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return path.endswith(".csv") or query.get("_format") == ["csv"]


def _csv_safe(send):
    """Rewrite a CSV response as it streams: cells a spreadsheet would run as formulas get a ``'``."""
    stream = CsvStream()

    async def rewritten(message):
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
            message = {**message, "headers": headers}
        elif message["type"] == "http.response.body":
            body = stream.feed(message.get("body", b""))
            if not message.get("more_body", False):
                body += stream.finish()
            message = {**message, "body": body}
        await send(message)
    return rewritten


_query = threading.local()  # each query runs in one of Datasette's threads: the cursor it reads, its bytes


def _counted_rows(make_row):
    """A row factory that counts the bytes of the values each query returns and stops the query
    (E057) past ``QUERY_BYTES``: rows are built in Python, out of SQLite's reach, and a few calls
    of ``randomblob`` or ``printf`` can make gigabytes of them."""
    def row(cursor, values):
        if getattr(_query, "cursor", None) is not cursor:
            _query.cursor, _query.bytes = cursor, 0
        _query.bytes += sum(len(v) for v in values if isinstance(v, (str, bytes)))
        if _query.bytes > QUERY_BYTES:
            raise sqlite3.DataError(f"[E057] {Errors.E057} ({QUERY_BYTES // 1_000_000} MB of values)")
        return make_row(cursor, values)
    return row


def _register_plugin() -> None:
    from datasette import hookimpl
    from datasette.plugins import pm

    if pm.get_plugin("vnie") is not None:
        return

    class VniePlugin:
        @staticmethod
        @hookimpl(trylast=True)  # after Datasette's own escape_fts, so ours is the one kept
        def prepare_connection(conn, database):
            _add_functions(conn, database)

        @staticmethod
        @hookimpl
        def asgi_wrapper(datasette):
            return _read_only(datasette)

        @staticmethod
        @hookimpl
        def render_cell(value, column, table, database, datasette):
            return _render_cell(value, column, table, database, datasette)

        @staticmethod
        @hookimpl
        def extra_template_vars(template, database, table, view_name, request, datasette):
            if database == DB_NAME and table == "articles" and view_name == "row" and request is not None:
                return _article_vars(datasette, request)
            return {}

        @staticmethod
        @hookimpl(tryfirst=True)
        def handle_exception(datasette, request, exception):
            _bad_request(exception)  # then Datasette's own handler renders it

    pm.register(VniePlugin, name="vnie")


def _bad_request(exception) -> None:
    """A sort by a column the table has not is the request's fault: 400, not 500."""
    from datasette.views.base import DatasetteError

    if isinstance(exception, DatasetteError) and exception.status == 500 and str(exception.message).startswith(
            ("Cannot sort table by", "Cannot use _sort and _sort_desc")):
        exception.status = 400


def load_metadata() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def make_app(db_path: str | Path, metadata: dict | None = None, settings: dict | None = None,
             host: str = "127.0.0.1"):
    """A Datasette instance serving ``db_path`` read-only, named "vnie", with vnie's metadata;
    ``host``: the address it listens on (on loopback it answers loopback host names only)."""
    _require_datasette()
    from datasette.app import Datasette
    from datasette.database import Database

    path = Path(db_path)
    open_db(path, readonly=True).conn.close()  # E031 none, E034 not a vnie database (nor a device, nor bytes)
    _register_plugin()
    ds = Datasette(metadata=metadata or load_metadata(), template_dir=str(TEMPLATES),
                   settings={**SETTINGS, **(settings or {})})
    # mutable, so pages follow an ingest that is running (WAL lets readers and the one writer work
    # together); Datasette opens a mutable file's read connections with mode=ro, and the writes it
    # could make are all POSTs, which the plugin refuses
    ds.add_database(_database_class(Database)(ds, path=str(path), is_mutable=True), name=DB_NAME)
    if "_memory" in ds.databases:  # Datasette adds an in-memory database when given no files
        ds.remove_database("_memory")
    ds.vnie_read_only = True  # read by the plugin's asgi_wrapper
    ds.vnie_hosts = hosts_for(host)
    return ds


def _database_class(Database):
    # (a base handed in: Datasette is imported only when serving, from the serve extra)
    class EscapedPath(Database):  # type: ignore[valid-type, misc]
        """Datasette's database, connected through an escaped ``file:`` URI (Datasette pastes the
        path into the URI as it is, so "a#b.db" would open "a")."""

        def connect(self, write=False):
            conn = sqlite3.connect(file_uri(self.path, "rw" if write else "ro"), uri=True, check_same_thread=False)
            self._all_file_connections.append(conn)
            return conn
    return EscapedPath


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def warnings_for(db_path: str | Path, host: str) -> list[str]:
    """What a user should know before serving: reachable from other machines, plugins that could write."""
    out = []
    if not is_loopback(host):
        out.append(f"serving on {host}: anyone who can reach this machine can read the whole database "
                   "(read-only). Use the default 127.0.0.1 to keep it on this machine.")
    return out + third_party_plugins()


def third_party_plugins() -> list[str]:
    from datasette.plugins import DEFAULT_PLUGINS, pm

    names = sorted(n for n, p in pm.list_name_plugin()
                   if n != "vnie" and getattr(p, "__name__", n) not in DEFAULT_PLUGINS)
    if not names:
        return []
    return [f"Datasette plugins installed and loaded: {', '.join(names)}. Check that none of them writes."]


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, open_browser: bool = False,
          log_level: str = "warning") -> None:
    """Serve until interrupted (uvicorn), optionally opening the browser once the server is up."""
    import asyncio

    ds = make_app(db_path, host=host)
    import datasette.handle_exception
    import uvicorn

    # Datasette prints every refused query ("Statement must be a SELECT") as a traceback with all
    # its local variables when rich is installed: pages of noise in a researcher's terminal
    datasette.handle_exception.rich = None
    asyncio.run(ds.invoke_startup())
    server = uvicorn.Server(uvicorn.Config(ds.app(), host=host, port=port, log_level=log_level, lifespan="on"))
    if open_browser:
        threading.Thread(target=_open_when_up, args=(server, f"http://{_url_host(host)}:{port}/{DB_NAME}"),
                         daemon=True).start()
    try:
        server.run()
    except SystemExit:  # uvicorn exits with its own code (3) when it cannot listen: ours is 2
        if server.started:
            raise
        raise VnieError("E054", f"cannot listen on {host}:{port} (the port is taken, or the address is not "
                                "this machine's)") from None


def free_port(host: str) -> int:
    """A port nobody listens on now, for --port 0."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", "::"):
        return "127.0.0.1"
    return f"[{host}]" if ":" in host else host


def _open_when_up(server, url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.1)
    if server.started:
        webbrowser.open(url)
