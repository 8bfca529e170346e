"""Write rows as an aligned text table, CSV or JSON.

Used by ``kg query`` and ``kg metrics``.  The table aligns Chinese text
(two columns per wide character) and writes IRIs with the contract's
prefixes; CSV and JSON keep full IRIs.

Examples
--------
>>> rows = [{"name": "柳工", "n": 3}, {"name": "Walker S1", "n": None}]
>>> print(format_rows(["name", "n"], rows, "table"))
name       n
---------  -
柳工       3
Walker S1
(2 rows)
>>> print(format_rows(["name", "n"], rows, "csv"), end="")
name,n
柳工,3
Walker S1,
>>> print(format_rows(["name", "n"], rows[:1], "json"))
[
  {
    "name": "柳工",
    "n": 3
  }
]
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata

from .errors import ConfigError
from .prefixes import shorten

__all__ = ["FORMATS", "display_width", "format_rows", "format_result"]

FORMATS = ("table", "csv", "json")


def display_width(s: str) -> int:
    """Terminal columns taken by ``s`` (wide and full-width characters count 2).

    Examples
    --------
    >>> display_width("柳工ab")
    6
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(v, is_iri: bool) -> str:
    if v is None:
        return ""
    if is_iri:
        return shorten(str(v))
    if isinstance(v, float):
        return f"{v:.4g}" if abs(v) < 1e-3 and v else f"{v:.4f}".rstrip("0").rstrip(".")
    if isinstance(v, (list, tuple)):
        return ", ".join(str(x) for x in v)
    return " ".join(str(v).split())  # one line per row


def _table(columns, rows, iris) -> str:
    cells = [[_cell(r.get(c), c in (iris[i] if i < len(iris) else ())) for c in columns]
             for i, r in enumerate(rows)]
    widths = [max([display_width(c)] + [display_width(row[j]) for row in cells])
              for j, c in enumerate(columns)]

    def line(values):
        parts = [v + " " * (w - display_width(v)) for v, w in zip(values, widths)]
        return "  ".join(parts).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(row) for row in cells]
    n = len(rows)
    out.append(f"({n} row{'s' if n != 1 else ''})" if n else "(no results)")
    return "\n".join(out)


def _csv(columns, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow(["" if r.get(c) is None else
                    (";".join(map(str, r[c])) if isinstance(r[c], (list, tuple)) else r[c])
                    for c in columns])
    return buf.getvalue()


def format_rows(columns, rows, fmt: str = "table", iris=()) -> str:
    """Format ``rows`` (dicts) with the given ``columns`` as ``fmt``.

    ``iris`` optionally gives, per row, the set of columns holding IRIs
    (shortened in tables).
    """
    if fmt == "table":
        return _table(list(columns), rows, list(iris))
    if fmt == "csv":
        return _csv(list(columns), rows)
    if fmt == "json":
        return json.dumps([{c: r.get(c) for c in columns} for r in rows],
                          ensure_ascii=False, indent=2)
    raise ConfigError("", "expected a format: " + ", ".join(FORMATS), repr(fmt))


def format_result(result, fmt: str = "table") -> str:
    """Format a :class:`kg.query.QueryResult`."""
    return format_rows(result.columns, result.rows, fmt, result.iris)
