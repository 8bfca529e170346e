"""SPARQL over an exported graph, with the contract's prefixes pre-bound.

Two engines give the same rows: ``"rdflib"`` (pure Python, the reference
that ``eval/score.py`` uses) and ``"oxigraph"`` (pyoxigraph, a Rust store).
``"auto"`` picks oxigraph, measured ten times faster at every size
(``benchmarks/query_engines.py``, load + one aggregate query):

=========  =======  ==============  ================
entities   Turtle   rdflib          oxigraph
=========  =======  ==============  ================
1,000      0.65 MB  0.47 s + 0.08   0.03 s + 0.005
5,000      3.3 MB   2.6 s + 0.38    0.24 s + 0.04
20,000     13 MB    12.5 s + 1.6    1.1 s + 0.19
=========  =======  ==============  ================

and falls back to rdflib only when pyoxigraph cannot be imported.  Syntax
errors are reported with rdflib's parser, which names the construct that
failed, whatever the engine.

Rows are ``dict``\\ s from variable name to a string — an IRI, or a
literal's lexical form (numbers in canonical form, so both engines agree) —
or ``None`` for an unbound variable.

Examples
--------
>>> import tempfile, pathlib
>>> ttl = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
>>> _ = ttl.write_text('''@prefix kg: <https://w3id.org/liuzhou-kg/ontology#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/liuzhou-kg/resource/entity/柳工> a kg:Company ;
...     rdfs:label "柳工"@zh-Hans ; kg:mentionCount 7 .''', encoding="utf-8")
>>> r = run_query(ttl, "SELECT ?e ?n WHERE { ?e a kg:Company ; kg:mentionCount ?n }")
>>> r.rows
[{'e': 'https://w3id.org/liuzhou-kg/resource/entity/柳工', 'n': '7'}]
>>> run_query(ttl, "SELECT ?n WHERE { ?e kg:mentionCount ?n }", engine="oxigraph").rows
[{'n': '7'}]
>>> from kg.formats import format_result
>>> print(format_result(r, "table"))
e                n
---------------  -
kgr:entity/柳工  7
(1 row)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .errors import InputError, QueryError
from .prefixes import PREFIXES

__all__ = [
    "ENGINES",
    "QueryResult",
    "Graph",
    "choose_engine",
    "open_graph",
    "read_query",
    "run_query",
]

ENGINES = ("rdflib", "oxigraph")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "negativeInteger", "nonPositiveInteger",
    "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".n3": "n3",
    ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".jsonld": "json-ld",
}


@dataclass
class QueryResult:
    """The answer of one query.

    ``kind`` is ``"select"``, ``"ask"`` (one row ``{"ask": "true"|"false"}``)
    or ``"graph"`` (CONSTRUCT/DESCRIBE: rows of subject, predicate, object).
    ``iris`` holds, per row, the names of the columns whose value is an IRI.
    """

    columns: list[str]
    rows: list[dict[str, str | None]]
    kind: str = "select"
    iris: list[frozenset[str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)


# --------------------------------------------------------------------------
# terms


def canonical_literal(lexical: str, datatype: str | None) -> str:
    """The lexical form of a literal, numbers in canonical form.

    Examples
    --------
    >>> canonical_literal("250000000.0", "http://www.w3.org/2001/XMLSchema#decimal")
    '250000000'
    >>> canonical_literal("0.90", "http://www.w3.org/2001/XMLSchema#decimal")
    '0.9'
    >>> canonical_literal("007", "http://www.w3.org/2001/XMLSchema#integer")
    '7'
    >>> canonical_literal("柳工", None)
    '柳工'
    """
    try:
        if datatype in _INTEGER_TYPES:
            return str(int(lexical))
        if datatype == _XSD + "decimal":
            d = Decimal(lexical)
            if d == d.to_integral_value():
                return str(d.quantize(Decimal(1)))
            return format(d.normalize(), "f")
        if datatype in (_XSD + "double", _XSD + "float"):
            return repr(float(lexical))
    except (ValueError, InvalidOperation):
        pass
    return lexical


def _rdflib_term(t) -> tuple[str | None, bool]:
    from rdflib import BNode, Literal, URIRef
    if t is None:
        return None, False
    if isinstance(t, URIRef):
        return str(t), True
    if isinstance(t, BNode):
        return "_:" + str(t), False
    if isinstance(t, Literal):
        return canonical_literal(str(t), str(t.datatype) if t.datatype else None), False
    return str(t), False


def _ox_term(t) -> tuple[str | None, bool]:
    import pyoxigraph as ox
    if t is None:
        return None, False
    if isinstance(t, ox.NamedNode):
        return t.value, True
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value, False
    if isinstance(t, ox.Literal):
        return canonical_literal(t.value, t.datatype.value if t.datatype else None), False
    return str(t), False


def _rows(columns, solutions, convert) -> QueryResult:
    rows, iris = [], []
    for sol in solutions:
        row, iri = {}, set()
        for c, term in zip(columns, sol):
            row[c], is_iri = convert(term)
            if is_iri:
                iri.add(c)
        rows.append(row)
        iris.append(frozenset(iri))
    return QueryResult(list(columns), rows, "select", iris)


def _graph_rows(triples, convert) -> QueryResult:
    cols = ["subject", "predicate", "object"]
    res = _rows(cols, triples, convert)
    res.kind = "graph"
    return res


def _ask(value: bool) -> QueryResult:
    return QueryResult(["ask"], [{"ask": "true" if value else "false"}], "ask", [frozenset()])


# --------------------------------------------------------------------------
# query text


def read_query(query: str | Path) -> tuple[str, str]:
    """Return ``(text, source)`` for a query given as text or as a file.

    A value ending in ``.rq``/``.sparql`` or naming an existing file is read
    from disk; ``source`` is then its path, else ``"<query>"``.

    Examples
    --------
    >>> read_query("ASK {}")
    ('ASK {}', '<query>')
    """
    s = str(query)
    looks_like_file = s.endswith((".rq", ".sparql")) and "\n" not in s
    if looks_like_file or (isinstance(query, Path)) or ("\n" not in s and len(s) < 4096
                                                       and Path(s).is_file()):
        p = Path(s)
        try:
            return p.read_text(encoding="utf-8"), str(p)
        except FileNotFoundError:
            raise InputError(s, "expected a SPARQL query file", "no such file") from None
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(s, "expected a readable UTF-8 query file", str(err)) from None
    return s, "<query>"


def _position(text: str, char: int) -> tuple[int, int]:
    line = text.count("\n", 0, char) + 1
    col = char - (text.rfind("\n", 0, char) + 1) + 1
    return line, col


def _rdflib_syntax_error(err, text: str, source: str) -> QueryError:
    msg = str(err)
    m = re.match(r"Unknown namespace prefix\s*:\s*(\S+)", msg)
    if m:
        found = re.search(r"(?<![\w<])" + re.escape(m.group(1)) + ":", text)
        line, col = _position(text, found.start()) if found else (None, None)
        return QueryError(source, "expected a declared prefix",
                          f"unknown prefix {m.group(1)!r}", line=line, column=col)
    loc = getattr(err, "loc", None)
    if isinstance(loc, int):
        line, col = _position(text, loc)
        near = text[loc:loc + 20].split("\n")[0]
        return QueryError(source, "expected valid SPARQL", f"{near!r}" if near else "end of query",
                          line=line, column=col)
    return QueryError(source, "expected valid SPARQL", msg.splitlines()[0][:200])


def _ox_syntax_error(err, text: str, source: str) -> QueryError:
    msg = str(err)
    m = re.match(r"error at (\d+):(\d+): (.*)", msg, re.S)
    if not m:
        return QueryError(source, "expected valid SPARQL", msg.splitlines()[0][:200])
    line, col, detail = int(m.group(1)), int(m.group(2)), " ".join(m.group(3).split())
    # semantic errors hide among the expected tokens as plain sentences
    prose = [t for t in re.split(r",\s*", detail) if re.fullmatch(r"[A-Z][a-z]+( [\w']+){3,}", t)]
    if prose:
        detail = "; ".join(prose)
    if len(detail) > 120:
        detail = detail[:117] + "..."
    lines = text.split("\n")
    near = lines[line - 1][col - 1:col + 19] if 0 < line <= len(lines) else ""
    found = repr(near) if near.strip() else "end of line"
    return QueryError(source, f"expected valid SPARQL ({detail})", found, line=line, column=col)


def _friendlier_error(err, text: str, source: str) -> QueryError:
    """Oxigraph reports where parsing gave up, with a long list of tokens;
    rdflib's parser names the construct that failed.  Prefer rdflib's
    message when it rejects the query too."""
    from rdflib.plugins.sparql import prepareQuery
    try:
        prepareQuery(text, initNs=PREFIXES)
    except Exception as rerr:
        return _rdflib_syntax_error(rerr, text, source)
    return _ox_syntax_error(err, text, source)


# --------------------------------------------------------------------------
# graphs


def choose_engine(path, engine: str = "auto") -> str:
    """Resolve ``"auto"`` to an engine (``path`` is kept for future size rules).

    Examples
    --------
    >>> choose_engine("whatever.ttl", "rdflib")
    'rdflib'
    """
    if engine in ENGINES:
        return engine
    if engine != "auto":
        raise QueryError("", "expected an engine: auto, " + ", ".join(ENGINES), repr(engine))
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:  # pragma: no cover - a declared dependency
        return "rdflib"
    return "oxigraph"


def _format_of(path: Path) -> str:
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), "expected an RDF file (.ttl, .nt, .rdf, .jsonld)",
                         f"suffix {path.suffix or '(none)'!r}")
    return fmt


class Graph:
    """An RDF graph loaded into one engine, ready for many queries.

    Use :func:`open_graph` to make one.
    """

    def __init__(self, path: str, engine: str, store):
        self.path = path
        self.engine = engine
        self._store = store

    def __len__(self) -> int:
        return len(self._store)

    def query(self, text: str, source: str = "<query>") -> QueryResult:
        """Run SPARQL ``text``; errors name ``source``."""
        if self.engine == "rdflib":
            return self._query_rdflib(text, source)
        return self._query_ox(text, source)

    def _query_rdflib(self, text: str, source: str) -> QueryResult:
        from rdflib.plugins.sparql import prepareQuery
        try:
            prepared = prepareQuery(text, initNs=PREFIXES)
        except Exception as err:  # pyparsing.ParseException, prefix errors
            raise _rdflib_syntax_error(err, text, source) from None
        try:
            res = self._store.query(prepared)
            if res.type == "ASK":
                return _ask(bool(res.askAnswer))
            if res.type in ("CONSTRUCT", "DESCRIBE"):
                return _graph_rows(list(res.graph), _rdflib_term)
            return _rows([str(v) for v in res.vars], list(res), _rdflib_term)
        except Exception as err:
            raise QueryError(source, "expected a query rdflib can evaluate",
                             f"{type(err).__name__}: {err}") from None

    def _query_ox(self, text: str, source: str) -> QueryResult:
        import pyoxigraph as ox
        try:
            res = self._store.query(text, prefixes=PREFIXES)
        except SyntaxError as err:
            raise _friendlier_error(err, text, source) from None
        except Exception as err:
            raise QueryError(source, "expected a query oxigraph can evaluate",
                             f"{type(err).__name__}: {err}") from None
        if isinstance(res, ox.QueryBoolean) or isinstance(res, bool):
            return _ask(bool(res))
        if isinstance(res, ox.QueryTriples):
            return _graph_rows([(t.subject, t.predicate, t.object) for t in res], _ox_term)
        cols = [v.value for v in res.variables]
        return _rows(cols, ([sol[c] for c in cols] for sol in res), _ox_term)


def open_graph(path, engine: str = "auto") -> Graph:
    """Load the RDF file at ``path`` into ``engine`` (``auto``, ``rdflib``, ``oxigraph``)."""
    p = Path(path)
    engine = choose_engine(p, engine)
    fmt = _format_of(p)
    if not p.is_file():
        raise InputError(str(p), "expected a graph file", "no such file")
    if engine == "rdflib":
        import rdflib
        g = rdflib.Graph()
        try:
            g.parse(p, format=fmt)
        except Exception as err:
            raise _graph_syntax_error(p, err) from None
        return Graph(str(p), engine, g)
    import pyoxigraph as ox
    store = ox.Store()
    ox_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
              "n3": ox.RdfFormat.N3, "xml": ox.RdfFormat.RDF_XML,
              "json-ld": getattr(ox.RdfFormat, "JSON_LD", None)}[fmt]
    if ox_fmt is None:
        raise InputError(str(p), "expected Turtle, N-Triples or RDF/XML for oxigraph", fmt)
    try:
        store.bulk_load(path=str(p), format=ox_fmt)
    except SyntaxError as err:
        raise _graph_syntax_error(p, err) from None
    except OSError as err:
        raise InputError(str(p), "expected a readable graph file", str(err)) from None
    return Graph(str(p), engine, store)


def _graph_syntax_error(p: Path, err) -> InputError:
    msg = " ".join(str(err).split())
    line = col = None
    m = re.search(r"error at (\d+):(\d+)", msg) or re.search(r"line (\d+)", msg)
    if m:
        line = int(m.group(1))
        col = int(m.group(2)) if m.lastindex and m.lastindex > 1 else None
    return InputError(str(p), "expected valid RDF", msg[:200], line=line, column=col)


def run_query(graph, query, engine: str = "auto") -> QueryResult:
    """Run ``query`` (text or ``.rq`` file) over ``graph`` (a path or a :class:`Graph`)."""
    text, source = read_query(query)
    if not isinstance(graph, Graph):
        graph = open_graph(graph, engine)
    return graph.query(text, source)
