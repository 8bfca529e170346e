"""The analysis commands of the ``kg`` CLI: ``query``, ``metrics``, ``validate``.

They only parse arguments, call the library, print, and turn a
:class:`~kg.errors.KGError` into a one-line message on stderr and the
error's exit code.  ``kg.cli`` registers them; the library never imports
this module.

A GRAPH argument is a graph file or a build's output folder (its
``graph.ttl``; ``kg metrics`` prefers ``graph.json``, faster to load).
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from .errors import KGError, ValidationError
from .formats import FORMATS, format_result, format_rows

__all__ = ["query_cmd", "metrics_cmd", "validate_cmd", "resolve_graph"]


def _echo(text: str) -> None:
    click.echo(text, nl=not text.endswith("\n"))


def _fail(err: KGError):
    click.echo(f"kg: error: {err}", err=True)
    raise SystemExit(err.exit_code)


def resolve_graph(path: str, prefer=("graph.ttl",)) -> Path:
    """A graph file, or the first of ``prefer`` inside a build folder."""
    p = Path(path)
    if p.is_dir():
        for name in prefer:
            if (p / name).is_file():
                return p / name
        from .errors import InputError
        raise InputError(str(p), "expected a graph file or a build folder with "
                         + " or ".join(prefer), "a folder without them")
    return p


@click.command("query")
@click.argument("graph")
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format.")
@click.option("--engine", type=click.Choice(["auto", "rdflib", "oxigraph"]), default="auto",
              show_default=True, help="SPARQL engine (auto = oxigraph).")
def query_cmd(graph, query, fmt, engine):
    """Run a SPARQL QUERY (text or a .rq file) over GRAPH (Turtle).

    The prefixes kg:, kgr:, rdf:, rdfs:, skos:, prov:, schema:, xsd:, owl:
    and sh: are pre-bound.  Bundled questions are in queries/*.rq.
    """
    from .query import run_query
    try:
        result = run_query(resolve_graph(graph), query, engine)
        _echo(format_result(result, fmt))
    except KGError as err:
        _fail(err)


def _metrics_text(result: dict, fmt: str, top: int) -> str:
    from .metrics import metric_tables
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2)
    parts = []
    for title, (cols, rows) in metric_tables(result, top).items():
        if fmt == "table":
            parts.append(f"## {title}\n" + format_rows(cols, rows, "table"))
        else:
            parts.append(f"# {title}\n" + format_rows(cols, rows, "csv").rstrip("\n"))
    return "\n\n".join(parts)


@click.command("metrics")
@click.argument("graph")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="Rows per ranked list.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="Output format (json: every value).")
@click.option("--plot", "plot_dir", type=click.Path(file_okay=False), default=None,
              help="Also write PNG charts into this folder.")
def metrics_cmd(graph, top, fmt, plot_dir):
    """Graph metrics of GRAPH (graph.json or graph.ttl): degree, weighted
    degree, betweenness, PageRank, communities, articulation points and
    bridges, per-type top lists, company links to the Greater Bay Area and
    ASEAN, industries by companies and parks, industry co-occurrence."""
    from .load import load
    from .metrics import compute_metrics, plot_metrics
    try:
        G = load(resolve_graph(graph, ("graph.json", "graph.ttl")))
        result = compute_metrics(G, top=top)
        _echo(_metrics_text(result, fmt, top))
        if plot_dir:
            for p in plot_metrics(result, plot_dir):
                click.echo(f"wrote {p}", err=True)
    except KGError as err:
        _fail(err)


@click.command("validate")
@click.argument("graph")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Report format.")
def validate_cmd(graph, fmt):
    """Check GRAPH (Turtle) against the SHACL shapes of the contract.

    Exits with status 1 when there are violations; warnings (a relation
    whose ends have unexpected types) are reported but do not fail.
    """
    from .validate import format_report, validate
    try:
        report = validate(resolve_graph(graph))
    except KGError as err:
        _fail(err)
    click.echo(json.dumps(report, ensure_ascii=False, indent=2) if fmt == "json"
               else format_report(report))
    if not report["conforms"]:
        _fail(ValidationError(report["graph"], "expected a graph conforming to the SHACL shapes",
                              f"{report['violations']} violation(s)"))
