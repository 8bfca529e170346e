"""rdflib's Turtle layout, written from plain strings.

:func:`to_turtle` gives exactly the bytes of
``to_rdflib(G).serialize(format="turtle")`` (rdflib 7's ``TurtleSerializer``,
kept as :func:`kg.export.turtle.to_turtle_rdflib`) without building rdflib
terms: the triples of :func:`kg.export.turtle_stream.iter_triples` are
grouped by subject and written with rdflib's rules, which are

* the prefixes: ``@prefix p: <ns> .`` for every namespace some prefixed name
  uses, sorted by prefix;
* the subjects: members of ``rdfs:Class`` first (sorted), then the others by
  (number of triples naming them as object, IRI);
* the predicates: ``rdf:type`` (written ``a``), ``rdfs:label``, then by IRI;
* the objects: IRIs by IRI before literals; literals without a datatype by
  (language tag, text) with no tag first;
* prefixed names: ``split_uri``'s namespace (the IRI up to the longest
  trailing run of XML name characters, from its first letter, digit or
  ``_``) must be a bound namespace, ``(``/``)``/a ``%`` not starting an
  escape are backslashed and a local name may not end in ``.``; otherwise
  ``<IRI>``;
* literals: ``Literal._quote_encode`` (a text with a newline as a long
  string), ``xsd:integer`` and canonical ``xsd:decimal`` written bare.

Anything outside what a build produces (an IRI outside the bound
namespaces, a blank node, a typed literal this module does not write
itself, a language tag rdflib rejects) is handed to rdflib: a literal to
``Literal._literal_n3``, a list of typed literals to rdflib's sort, and an
unknown IRI to the whole rdflib writer.  ``tests/test_turtle_pretty.py``
compares the two writers byte for byte.

Examples
--------
>>> from kg.graph import build_graph
>>> from kg.model import Entity
>>> ttl = to_turtle(build_graph([Entity("柳工", "Company", "柳工")], [], [], {}))
>>> print(ttl.splitlines()[-2])
    kg:mentionCount 0 .
"""
from __future__ import annotations

import pickle
import re
from itertools import chain
from unicodedata import category

from ..graph import ONTOLOGY, RESOURCE
from .turtle_stream import (Lit, assertion_triples, document_triples, iter_triples, node_triples,
                            observation_triples)

__all__ = ["to_turtle", "BOUND", "Unsupported"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"

#: namespace → prefix, as bound in ``kg.export.turtle._bound_graph`` (no
#: other namespace bound there starts with one of these:
#: ``tests/test_turtle_pretty.py`` checks both)
BOUND = {ONTOLOGY: "kg", RESOURCE: "kgr", _RDF: "rdf", _RDFS: "rdfs",
         "http://www.w3.org/2004/02/skos/core#": "skos", "http://www.w3.org/ns/prov#": "prov",
         "https://schema.org/": "schema", _XSD: "xsd", "http://www.w3.org/2002/07/owl#": "owl"}

_NAMESPACE = {p: ns for ns, p in BOUND.items()}
_TYPE, _LABEL, _NIL, _CLASS = _RDF + "type", _RDFS + "label", _RDF + "nil", _RDFS + "Class"
_INTEGER, _DECIMAL = _XSD + "integer", _XSD + "decimal"
_INVALID_IRI = re.compile('[<>" {}|\\\\^`]')
_LANG = re.compile("[a-zA-Z]+(?:-[a-zA-Z0-9]+)*\\Z")
_INTEGER_LEX = re.compile("-?(?:0|[1-9][0-9]*)\\Z")
_DECIMAL_LEX = re.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?\\Z")
_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
# rdflib.namespace: NAME_CATEGORIES, SPLIT_START_CATEGORIES, ALLOWED_NAME_CHARS
_NAME = frozenset(("Ll", "Lu", "Lo", "Lt", "Nl", "Mc", "Me", "Mn", "Lm", "Nd"))
_SPLIT_START = frozenset(("Ll", "Lu", "Lo", "Lt", "Nl", "Nd"))
_ALLOWED = frozenset("\u00B7\u0387-._%()")
_XMLNS = "http://www.w3.org/XML/1998/namespace"


class Unsupported(Exception):
    """The graph holds something only rdflib's own writer handles."""


def _split(iri: str) -> tuple[str, str] | None:
    """``rdflib.namespace.split_uri``: (namespace, local name), or None."""
    n = len(iri)
    i = n
    while i > 0 and (category(iri[i - 1]) in _NAME or iri[i - 1] in _ALLOWED):
        i -= 1
    if i == n:  # rdflib's loop ends at once: no local name
        return None
    for j in range(i, n):
        c = iri[j]
        if c == "_" or category(c) in _SPLIT_START:
            return (iri[:j], iri[j:]) if j else None
    return None


def _pname(iri: str, verb: bool) -> str | None:
    """``TurtleSerializer.get_pname`` for an IRI under a :data:`BOUND`
    namespace: ``(prefix, local name)``-text, or None for ``<IRI>``."""
    if _INVALID_IRI.search(iri) or iri.startswith(_XMLNS):
        raise Unsupported(iri)
    root = next((ns for ns in BOUND if iri.startswith(ns)), None)
    if root is None:
        raise Unsupported(iri)
    if not verb and "/" in iri[len(root):]:
        return None  # the local name starts after that "/": the namespace is longer than root
    parts = _split(iri)
    if parts is None:  # the IRI is a namespace, or nothing
        if iri != root:
            return None
        parts = (iri, "")
    ns, local = parts
    if ns != root:
        # a longer namespace (no bound one starts with ``root``): rdflib would
        # make up a prefix for a predicate, and not for the others
        if verb or len(ns) < len(root):
            raise Unsupported(iri)
        return None
    local = local.replace("(", "\\(").replace(")", "\\)")
    local = _PERCENT.sub("\\\\%", local)
    if local.endswith("."):
        return None
    return f"{BOUND[root]}:{local}"


def _quote(s: str) -> str:
    """``rdflib.term.Literal._quote_encode``."""
    if "\n" in s:
        encoded = s.replace("\\", "\\\\")
        if '"""' in s:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + "\\" + '"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % s.replace("\n", "\\n").replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


def _rdflib_literal(lit: Lit):
    from rdflib import Literal, URIRef

    value, lang, dt = lit
    return Literal(value, lang=lang or None, datatype=URIRef(dt) if dt else None)


class _Writer:
    """Names terms as rdflib does, each once; ``used`` collects the prefixes
    written, ``nodes`` and ``verbs`` the text of each IRI as subject or
    object, and as predicate."""

    def __init__(self):
        self.nodes: dict[str, str] = {}
        self.verbs: dict[str, str] = {}
        self.langs: set[str] = set()
        self.used: dict[str, str] = {}
        self.prefixes: dict[tuple[str, bool], str | None] = {}

    def _name(self, iri: str, verb: bool) -> str:
        if verb and iri == _TYPE:
            return "a"
        p = _pname(iri, verb)
        if p is not None:
            prefix = p[:p.index(":")]
            self.used[prefix] = _NAMESPACE[prefix]
        return "()" if iri == _NIL else p or f"<{iri}>"

    def iri(self, iri: str) -> str:
        """An IRI as subject or object."""
        text = self.nodes.get(iri)
        if text is None:
            text = self.nodes[iri] = self._name(iri, False)
        return text

    def verb(self, iri: str) -> str:
        """An IRI as predicate."""
        text = self.verbs.get(iri)
        if text is None:
            text = self.verbs[iri] = self._name(iri, True)
        return text

    def prefix(self, iri: str, verb: bool) -> str | None:
        """The prefix naming ``iri`` notes in ``used`` (None: none)."""
        key = (iri, verb)
        p = self.prefixes.get(key, False)
        if p is False:
            p = None
            if not (verb and iri == _TYPE):
                name = _pname(iri, verb)
                if name is not None:
                    p = name[:name.index(":")]
            self.prefixes[key] = p
        return p

    def datatype(self, dt: str) -> str:
        # rdflib notes the datatype's prefix while counting, even for a literal written bare
        if _INVALID_IRI.search(dt):
            raise Unsupported(dt)
        return self.iri(dt)

    def literal(self, lit: Lit) -> str:
        value, lang, dt = lit
        if lang:
            if lang not in self.langs:
                if not _LANG.match(lang):
                    raise Unsupported(lang)
                self.langs.add(lang)
            return f"{_quote(value)}@{lang}"
        if not dt:
            return _quote(value)
        quoted_dt = self.datatype(dt)
        if dt == _INTEGER and _INTEGER_LEX.match(value):
            return value
        if dt == _DECIMAL and len(value) < 300 and _DECIMAL_LEX.match(value):  # finite as a float
            return value if "." in value else value + ".0"
        if dt in (_INTEGER, _DECIMAL) or dt.startswith(_XSD) and dt[len(_XSD):] in (
                "boolean", "double", "float"):
            n3 = _rdflib_literal(lit)._literal_n3
            return n3(use_plain=True, qname_callback=lambda u: self.iri(str(u)))
        return f"{_quote(value)}^^{quoted_dt}"


def _sort_objects(objs: list) -> list:
    """rdflib's order of the objects of one subject and predicate."""
    lits = [o for o in objs if o.__class__ is Lit]
    iris = sorted(o for o in objs if o.__class__ is not Lit)
    if any(o[2] for o in lits):  # typed literals: rdflib's value-space order
        back = {_rdflib_literal(o): o for o in lits}
        if len(back) != len(lits):  # pragma: no cover - distinct texts rdflib takes for one term
            raise Unsupported("literals rdflib takes for equal")
        return iris + [back[t] for t in sorted(back)]
    return iris + sorted(lits, key=lambda o: (o[1], o[0]))


def _write(triples) -> str:
    index: dict[str, dict[str, dict]] = {}
    refs: dict[str, int] = {}
    for s, p, o in triples:
        if s.__class__ is not str or p.__class__ is not str:
            raise Unsupported(s)
        preds = index.get(s)
        if preds is None:
            preds = index[s] = {}
        objs = preds.get(p)
        if objs is None:
            objs = preds[p] = {}
        if o not in objs:
            objs[o] = None
            if o.__class__ is str:
                refs[o] = refs.get(o, 0) + 1
    w = _Writer()
    top = sorted(s for s, preds in index.items() if _CLASS in preds.get(_TYPE, ()))
    seen = set(top)
    subjects = top + sorted((s for s in index if s not in seen), key=lambda s: (refs.get(s, 0), s))
    out = [""]  # the prefixes, once the terms are named (rdflib names them all first)
    add, literal = out.append, w.literal
    nodes, verbs, iri, verb = w.nodes, w.verbs, w.iri, w.verb
    for s in subjects:
        preds = index[s]
        order = [p for p in (_TYPE, _LABEL) if p in preds]
        order += sorted(p for p in preds if p != _TYPE and p != _LABEL)
        add("\n")
        add(nodes.get(s) or iri(s))
        sep = " "
        for p in order:
            add(sep)
            sep = " ;\n    "
            add(verbs.get(p) or verb(p))
            add(" ")
            objs = preds[p]
            if len(objs) > 1:
                objs = _sort_objects(list(objs))
            add(",\n        ".join([(nodes.get(o) or iri(o)) if o.__class__ is str else literal(o)
                                      for o in objs]))
        add(" .\n")
    add("\n")
    out[0] = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(w.used.items()))
    text = "".join(out)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # rdflib writes bytes with errors="replace"
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _block(s: str, pairs, w: _Writer) -> tuple[str, frozenset, tuple]:
    """One subject's statement as :func:`_write` writes it, from its
    ``(predicate, object)`` pairs in graph order: ``(text, prefixes used,
    IRI objects)``, the IRI objects once per distinct pair (what the
    subject adds to the reference counts that order the subjects)."""
    preds: dict[str, dict] = {}
    for p, o in pairs:
        objs = preds.get(p)
        if objs is None:
            objs = preds[p] = {}
        objs[o] = None
    order = [p for p in (_TYPE, _LABEL) if p in preds]
    order += sorted(p for p in preds if p != _TYPE and p != _LABEL)
    out = ["\n", w.iri(s)]
    used = {w.prefix(s, False)}
    iris = []
    sep = " "
    for p in order:
        out.append(sep)
        sep = " ;\n    "
        out.append(w.verb(p))
        used.add(w.prefix(p, True))
        out.append(" ")
        objs = list(preds[p])
        for o in objs:
            if o.__class__ is str:
                iris.append(o)
                used.add(w.prefix(o, False))
            elif not o[1] and o[2]:  # a typed literal notes its datatype's prefix
                used.add(w.prefix(o[2], False))
        if len(objs) > 1:
            objs = _sort_objects(objs)
        out.append(",\n        ".join([w.iri(o) if o.__class__ is str else w.literal(o) for o in objs]))
    out.append(" .\n")
    used.discard(None)
    return "".join(out), frozenset(used), tuple(iris)


def _write_memo(triples, memo) -> str:
    """:func:`_write` with each subject's statement kept in ``memo``
    (:class:`kg.memo.Memo`) under the subject and its pairs: the
    same text, with only the subjects whose triples changed written again."""
    pairs: dict[str, list] = {}
    top = set()
    for s, p, o in triples:
        if s.__class__ is not str or p.__class__ is not str:
            raise Unsupported(s)
        got = pairs.get(s)
        if got is None:
            got = pairs[s] = []
        got.append((p, o))
        if p == _TYPE and o == _CLASS:
            top.add(s)
    w = None
    blocks = {}
    refs: dict[str, int] = {}
    used: set[str] = set()
    get = memo.lookup
    for s, ps in pairs.items():
        key = ("ttl", s, tuple(ps))
        b = get(key)
        if b is None:
            if w is None:
                w = _Writer()
            b = _block(s, ps, w)
            memo.put(key, b)
        blocks[s] = b
        used |= b[1]
        for o in b[2]:
            refs[o] = refs.get(o, 0) + 1
    subjects = sorted(top) + sorted((s for s in pairs if s not in top), key=lambda s: (refs.get(s, 0), s))
    head = "".join(f"@prefix {p}: <{_NAMESPACE[p]}> ." + "\n" for p in sorted(used))
    text = head + "".join([blocks[s][0] for s in subjects]) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # rdflib writes bytes with errors="replace"
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _write_graph_memo(G, memo) -> str:
    """:func:`_write_memo` for a graph of :func:`kg.build`'s shape, without
    listing its triples first: each document, entity (with the relations it
    is the subject of), piece of evidence and fact is one subject, kept in
    ``memo`` under the pickle of what its triples are made from (pickle
    keeps every value with its type: equal bytes, equal triples).  A subject
    made by two of them (never in a build) is left to :func:`_write_memo`."""
    dumps, lookup, put = pickle.dumps, memo.lookup, memo.put
    nodes = G.nodes
    blocks: dict[str, tuple] = {}
    w = None

    def add(key, triples) -> None:
        nonlocal w
        b = lookup(key)
        if b is None:
            pairs = []
            for s, p, o in triples:  # one subject
                pairs.append((p, o))
            if w is None:
                w = _Writer()
            top = any(p == _TYPE and o == _CLASS for p, o in pairs)
            b = (s, top) + _block(s, pairs, w)
            b += (_encodes(b[2]),)
            put(key, b)
        if b[0] in blocks:
            raise _Shared(b[0])
        blocks[b[0]] = b

    for doc_id, d in G.graph.get("documents", {}).items():
        add(("ttl-doc", dumps((doc_id, d), 5)), document_triples(doc_id, d))
    out_rels: dict = {}
    for h, t, rel in G.edges(keys=True):
        out_rels.setdefault(h, []).append((rel, nodes[t]["iri"]))
    for n, a in G.nodes(data=True):
        rels = out_rels.get(n, ())
        if rels:
            u = a["iri"]
            triples = chain(node_triples(a), ((u, ONTOLOGY + rel, tu) for rel, tu in rels))
        else:
            triples = node_triples(a)
        add(("ttl-node", dumps((a, rels), 5)), triples)
    for h, t, rel, a in G.edges(keys=True, data=True):
        hu, tu = nodes[h]["iri"], nodes[t]["iri"]
        for ev in a.get("evidence", []):
            add(("ttl-ev", dumps((h, t, rel, hu, tu, ev), 5)), assertion_triples(h, t, rel, hu, tu, ev))
    for o in G.graph.get("observations", []):
        if o["about"] in G:
            about = nodes[o["about"]]["iri"]
            add(("ttl-obs", dumps((o, about), 5)), observation_triples(o, about))
    refs: dict[str, int] = {}
    used: set[str] = set()
    top = []
    for s, b in blocks.items():
        used |= b[3]
        for o in b[4]:
            refs[o] = refs.get(o, 0) + 1
        if b[1]:
            top.append(s)
    top.sort()
    seen = set(top)
    subjects = top + sorted((s for s in blocks if s not in seen), key=lambda s: (refs.get(s, 0), s))
    head = "".join(f"@prefix {p}: <{_NAMESPACE[p]}> ." + "\n" for p in sorted(used))
    text = head + "".join([blocks[s][2] for s in subjects]) + "\n"
    if not all(b[5] for b in blocks.values()):  # rdflib writes bytes with errors="replace"
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def _encodes(text: str) -> bool:
    """Whether ``text`` is valid UTF-8 text (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class _Shared(Exception):
    """Two parts of the graph make triples of one subject."""


def to_turtle(G, memo=None) -> str:
    """Turtle text of the graph: the bytes (decoded) of
    ``kg.export.turtle.to_rdflib(G).serialize(format="turtle")``.

    Parameters
    ----------
    G : the graph of :func:`kg.build`.
    memo : a :class:`kg.memo.Memo` kept between builds: each
        subject's statement is written once and taken from it afterwards
        while its triples stay the same (the same text).

    Returns
    -------
    str
        The Turtle document; a graph holding what only rdflib writes (see the
        module notes) is written by rdflib itself.
    """
    try:
        if memo is None:
            return _write(iter_triples(G))
        try:
            return _write_graph_memo(G, memo)
        except Unsupported:
            raise
        except Exception:  # noqa: BLE001 - a shared subject, an unpicklable value: the general way
            return _write_memo(iter_triples(G), memo)
    except Unsupported:
        from .turtle import to_turtle_rdflib

        return to_turtle_rdflib(G)
