"""The namespace prefixes of the public contract (CONTRACT.md).

Queries run by :mod:`kg.query` have these prefixes pre-bound, and
:func:`shorten` writes IRIs with them for display.

Examples
--------
>>> PREFIXES["kg"]
'https://w3id.org/liuzhou-kg/ontology#'
>>> shorten("https://w3id.org/liuzhou-kg/resource/entity/%E6%9F%B3%E5%B7%A5")
'kgr:entity/柳工'
>>> shorten("http://example.org/x")
'<http://example.org/x>'
"""
from __future__ import annotations

from urllib.parse import unquote

__all__ = ["KG", "KGR", "PREFIXES", "sparql_prolog", "shorten"]

KG = "https://w3id.org/liuzhou-kg/ontology#"
KGR = "https://w3id.org/liuzhou-kg/resource/"

PREFIXES: dict[str, str] = {
    "kg": KG,
    "kgr": KGR,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "sh": "http://www.w3.org/ns/shacl#",
}


def sparql_prolog() -> str:
    """The ``PREFIX`` lines of :data:`PREFIXES`, for pasting into a query.

    Examples
    --------
    >>> sparql_prolog().splitlines()[0]
    'PREFIX kg: <https://w3id.org/liuzhou-kg/ontology#>'
    """
    return "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()) + "\n"


def shorten(iri: str) -> str:
    """Write an IRI as ``prefix:local`` (percent-escapes decoded) for display."""
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{p}:{unquote(iri[len(ns):])}"
    return f"<{iri}>"
