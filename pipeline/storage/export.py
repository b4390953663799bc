"""Export whole tables of a facts database as Parquet, CSV, JSON (one array) or JSON lines.

Tables are read in batches (``fetchmany``) and written as they come, so memory stays bounded by
one batch whatever the size of the archive. Parquet keeps the column types declared in the schema
(INTEGER -> int64, REAL -> float64, TEXT -> string) and types the columns that hold calendar days
(``DATE_COLUMNS``: a publication date, a ratio's period, an election day) as date32. A value that
is a month, a year or an interval ("2020-10", "2024-01-01/2024-06-30": a role's ``since``, the
``dates`` table's ``value``) stays text, since a date32 would turn it into a day it does not say;
a day column that holds any value that is not a real ISO day stays text too, and the export says
so (``Exported.kept_text``). It needs pyarrow, from the ``analysis`` extra.
Every table is read inside one transaction, so ``--all`` is one consistent snapshot even while an
ingest is writing, and each file is written beside its final name and renamed when complete.

Nothing is written outside ``out_dir``: a table's file is named after it only when its name is
a plain word (a crafted database can name a table ``../x`` or ``/etc/x``); any other name gets
a file name made of its letters and a hash. CSV cells a spreadsheet would run as formulas
(``=``, ``+``, ``-``, ``@``) are quoted with ``'`` (``csvsafe``).
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import time
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import VnieError
from .csvsafe import safe_row
from .store import open_db

FORMATS = ("parquet", "csv", "json", "jsonl")
# Columns that hold one calendar day (ISO), typed date32 in Parquet when every value is one.
DATE_COLUMNS = {
    "articles": {"published", "date"},
    "persons": {"first_seen", "last_seen"},
    "person_roles": {"date", "status_date"},
    "events": {"date"},
    "ratios": {"date", "period_start", "period_end"},
}
BATCH_ROWS = 5000
TEXT_BATCH_ROWS = 500  # articles carry whole texts: smaller batches keep memory flat


@dataclass
class Exported:
    table: str
    path: Path
    rows: int
    bytes: int
    seconds: float
    kept_text: list[str] = field(default_factory=list)  # day columns left as text: a value is not a day


def tables(db) -> list[str]:
    """The tables a user can export: every table but SQLite's and the full-text index's own."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    fts = [name for name, sql in rows if sql and "VIRTUAL TABLE" in sql.upper()]
    return [name for name, _ in rows
            if not name.startswith("sqlite_") and name not in fts and not any(name.startswith(f + "_") for f in fts)]


def column_types(db, table: str) -> list[tuple[str, str]]:
    """(column, 'int' | 'real' | 'text') from the declared types, by SQLite's affinity rules."""
    out = []
    for _, name, declared, *_ in db.execute(f"PRAGMA table_info({quoted(table)})").fetchall():
        declared = (declared or "").upper()
        if "INT" in declared:
            kind = "int"
        elif any(t in declared for t in ("REAL", "FLOA", "DOUB")):
            kind = "real"
        else:
            kind = "text"
        out.append((name, kind))
    return out


def export(db_path: str | Path, out_dir: str | Path, names: list[str] | None = None, fmt: str = "parquet",
           batch_rows: int | None = None) -> list[Exported]:
    """Write each table in ``names`` (all when None) to ``out_dir/<table>.<fmt>``."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    writer = {"parquet": _write_parquet, "csv": _write_csv, "json": _write_json, "jsonl": _write_jsonl}[fmt]
    if fmt == "parquet":
        _require_pyarrow()
    db = open_db(db_path, readonly=True)
    try:
        known = tables(db)
        names = names or known
        unknown = [n for n in names if n not in known]
        if unknown:
            raise VnieError("E051", f"no table {', '.join(unknown)}; the tables are {', '.join(known)}")
        out = _out_dir(out_dir)
        db.execute("BEGIN")  # one snapshot for every table
        return [_export_table(db, name, inside(out, file_name(name, fmt)), writer, batch_rows) for name in names]
    finally:
        db.conn.close()


def quoted(name: str) -> str:
    """A table or column name as an SQL identifier, whatever it holds (a ``"`` is doubled)."""
    return '"' + name.replace('"', '""') + '"'


_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,100}")


def file_name(table: str, fmt: str) -> str:
    """``articles.parquet`` for a plain name; another name (``../x``, ``/etc/x``, ``a"b``) becomes
    its letters and a hash of it, so it can name no other folder and two names never share a file."""
    if _PLAIN.fullmatch(table):
        return f"{table}.{fmt}"
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", table).strip("_")[:40] or "table"
    return f"{slug}-{hashlib.sha256(table.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}.{fmt}"


def inside(out: Path, name: str) -> Path:
    """``out / name``, refused (E052) unless it is a file directly in ``out``."""
    path = out / name
    if os.path.dirname(name) or path.resolve().parent != out.resolve():
        raise VnieError("E052", f"{name!r} would be written outside the export folder", where=str(out))
    return path


def _out_dir(out_dir) -> Path:
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise VnieError("E052", str(exc), where=str(out)) from None
    return out


def _export_table(db, table: str, path: Path, writer, batch_rows: int | None) -> Exported:
    t0 = time.perf_counter()
    columns = column_types(db, table)
    kept_text: list[str] = []
    if writer is _write_parquet:
        columns, kept_text = _day_columns(db, table, columns)
    size = batch_rows or (TEXT_BATCH_ROWS if table == "articles" else BATCH_ROWS)
    cursor = db.execute(f"SELECT * FROM {quoted(table)}")
    batches = iter(lambda: cursor.fetchmany(size), [])
    partial = path.with_name(path.name + ".partial")
    try:
        partial.unlink(missing_ok=True)  # a file (or a link someone put there) by that name: never written through
        rows = writer(partial, table, columns, batches)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise VnieError("E052", str(exc), where=str(path)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return Exported(table, path, rows, path.stat().st_size, time.perf_counter() - t0, kept_text)


def _day_columns(db, table: str, columns) -> tuple[list[tuple[str, str]], list[str]]:
    """Columns of DATE_COLUMNS typed 'date' where every value is a real ISO day; the others named."""
    out, kept_text = [], []
    for name, kind in columns:
        if kind == "text" and name in DATE_COLUMNS.get(table, ()):
            odd = next((v for (v,) in db.execute(f'SELECT DISTINCT "{name}" FROM "{table}" WHERE "{name}" IS NOT NULL')
                        if not _is_day(v)), None)
            if odd is None:
                kind = "date"
            else:
                kept_text.append(f"{table}.{name} (holds {odd!r})")
        out.append((name, kind))
    return out, kept_text


def _is_day(value) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _write_csv(path: Path, table: str, columns, batches) -> int:
    rows = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c for c, _ in columns])
        for batch in batches:
            w.writerows(safe_row(row) for row in batch)
            rows += len(batch)
    return rows


def _write_json(path: Path, table: str, columns, batches) -> int:
    """One JSON array of objects, written a batch at a time."""
    names = [c for c, _ in columns]
    rows = 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("[")
        for batch in batches:
            for row in batch:
                fh.write(("," if rows else "") + "\n" + json.dumps(dict(zip(names, row)), ensure_ascii=False))
                rows += 1
        fh.write("\n]\n")
    return rows


def _write_jsonl(path: Path, table: str, columns, batches) -> int:
    names = [c for c, _ in columns]
    rows = 0
    with open(path, "w", encoding="utf-8") as fh:
        for batch in batches:
            fh.writelines(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n" for row in batch)
            rows += len(batch)
    return rows


def _require_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise VnieError("E050", 'Parquet export needs pyarrow: pip install "vnie[analysis]"') from None


def _write_parquet(path: Path, table: str, columns, batches) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"int": pa.int64(), "real": pa.float64(), "text": pa.string(), "date": pa.date32()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    rows = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in batches:
            arrays = [_column(table, name, kind, [row[i] for row in batch], types[kind])
                      for i, (name, kind) in enumerate(columns)]
            writer.write_batch(pa.record_batch(arrays, schema=schema))
            rows += len(batch)
    return rows


def _column(table: str, name: str, kind: str, values: list, arrow_type):
    """One column of a batch in its declared type; SQLite may store another type in a cell."""
    import pyarrow as pa

    if kind == "date":  # checked beforehand: every value is an ISO day
        return pa.array([None if v is None else dt.date.fromisoformat(v) for v in values], type=arrow_type)
    try:
        return pa.array(values, type=arrow_type)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError) as exc:
        if kind != "text":
            raise VnieError("E053", f"{table}.{name} is declared {kind}: {exc}") from None
    # a number or bytes in a TEXT column: keep it, as text
    return pa.array([v if v is None or isinstance(v, str) else
                     v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in values], type=arrow_type)
