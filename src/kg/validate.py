"""SHACL validation of an exported graph against the packaged shapes.

:func:`validate` runs pyshacl (no inference) with ``kg/ontology/shapes.ttl``
and returns a plain ``dict`` report; :func:`format_report` makes it
readable; :func:`check` raises :class:`~kg.errors.ValidationError` when the
graph has violations.  Domain/range mismatches are warnings: they are
reported but do not make the graph non-conforming.

Examples
--------
>>> import rdflib
>>> g = rdflib.Graph().parse(data='''
... @prefix kg: <https://w3id.org/liuzhou-kg/ontology#> .
... <https://w3id.org/liuzhou-kg/resource/entity/x> a kg:Company , kg:Region ;
...     <http://www.w3.org/2000/01/rdf-schema#label> "x" ; kg:mentionCount 1 .
... ''', format="turtle")
>>> r = validate(g)
>>> r["conforms"], r["violations"], r["warnings"]
(False, 1, 0)
>>> r["results"][0]["message"]
'an entity has exactly one of the nine entity types'
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources as ir
from pathlib import Path

from .errors import InputError, ValidationError
from .prefixes import shorten

__all__ = ["shapes_path", "ontology_path", "validate", "format_report", "check"]

_SH = "http://www.w3.org/ns/shacl#"
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


def shapes_path() -> Path:
    """The packaged SHACL shapes (``kg/ontology/shapes.ttl``)."""
    return Path(str(ir.files("kg") / "ontology" / "shapes.ttl"))


def ontology_path() -> Path:
    """The packaged OWL ontology (``kg/ontology/kg.ttl``)."""
    return Path(str(ir.files("kg") / "ontology" / "kg.ttl"))


@lru_cache(maxsize=4)
def _shapes(path: str):
    import rdflib
    return rdflib.Graph().parse(path, format="turtle")


def _data_graph(graph):
    import rdflib
    if isinstance(graph, rdflib.Graph):
        return graph, "<graph>"
    p = Path(graph)
    if not p.is_file():
        raise InputError(str(p), "expected a graph file", "no such file")
    try:
        return rdflib.Graph().parse(p, format="turtle"), str(p)
    except Exception as err:
        raise InputError(str(p), "expected valid Turtle",
                         " ".join(str(err).split())[:200]) from None


def _term(t) -> str | None:
    import rdflib
    if t is None:
        return None
    if isinstance(t, rdflib.URIRef):
        return str(t)
    if isinstance(t, rdflib.BNode):
        return "_:" + str(t)
    return str(t)


def validate(graph, shapes=None) -> dict:
    """Validate ``graph`` (a Turtle path or an ``rdflib.Graph``).

    Returns ``{"graph", "conforms", "violations", "warnings", "infos",
    "results"}``; ``conforms`` is true when there is no violation; each
    result is ``{"severity", "focus", "path", "value", "message", "shape",
    "constraint"}`` (IRIs as strings), sorted by severity, message, focus.
    """
    import pyshacl
    from rdflib import Namespace
    data, name = _data_graph(graph)
    sg = _shapes(str(shapes or shapes_path()))
    _, results_graph, _ = pyshacl.validate(data, shacl_graph=sg, inference="none",
                                           allow_warnings=True, advanced=True)
    SH = Namespace(_SH)
    results = []
    for r in results_graph.subjects(predicate=SH.resultSeverity):
        sev = str(results_graph.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        comp = results_graph.value(r, SH.sourceConstraintComponent)
        results.append({
            "severity": sev,
            "focus": _term(results_graph.value(r, SH.focusNode)),
            "path": _term(results_graph.value(r, SH.resultPath)),
            "value": _term(results_graph.value(r, SH.value)),
            "message": str(results_graph.value(r, SH.resultMessage) or ""),
            "shape": _term(results_graph.value(r, SH.sourceShape)),
            "constraint": str(comp).rsplit("#", 1)[-1] if comp else None,
        })
    results.sort(key=lambda x: (_SEVERITY_ORDER.get(x["severity"], 9), x["message"],
                                x["focus"] or "", x["path"] or "", x["value"] or ""))
    counts = Counter(r["severity"] for r in results)
    return {
        "graph": name,
        "conforms": counts["Violation"] == 0,
        "violations": counts["Violation"],
        "warnings": counts["Warning"],
        "infos": counts["Info"],
        "results": results,
    }


def format_report(report: dict, examples: int = 3) -> str:
    """A readable report: a summary line, then each message with its count
    and up to ``examples`` focus nodes.

    Examples
    --------
    >>> print(format_report({"graph": "g.ttl", "conforms": True, "violations": 0,
    ...                      "warnings": 0, "infos": 0, "results": []}))
    g.ttl: conforms (0 violations, 0 warnings)
    """
    v, w = report["violations"], report["warnings"]
    head = "conforms" if report["conforms"] else "does not conform"
    lines = [f"{report['graph']}: {head} ({v} violation{'s' if v != 1 else ''}, "
             f"{w} warning{'s' if w != 1 else ''})"]
    groups: dict[tuple[str, str], list[dict]] = {}
    for r in report["results"]:
        groups.setdefault((r["severity"], r["message"]), []).append(r)
    for (sev, msg), rs in groups.items():
        lines.append(f"{sev}: {msg} ({len(rs)})")
        for r in rs[:examples]:
            where = shorten(r["focus"]) if r["focus"] and "://" in r["focus"] else str(r["focus"])
            if r["path"]:
                where += " " + shorten(r["path"])
            if r["value"] is not None and r["value"] != r["focus"]:
                val = shorten(r["value"]) if "://" in r["value"] else repr(r["value"])
                where += " → " + val
            lines.append(f"    {where}")
        if len(rs) > examples:
            lines.append(f"    … and {len(rs) - examples} more")
    return "\n".join(lines)


def check(graph, shapes=None) -> dict:
    """Validate and raise :class:`~kg.errors.ValidationError` on violations."""
    report = validate(graph, shapes)
    if not report["conforms"]:
        first = next(r for r in report["results"] if r["severity"] == "Violation")
        raise ValidationError(report["graph"], "expected a graph conforming to the SHACL shapes",
                              f"{report['violations']} violation(s), first: {first['message']}")
    return report
