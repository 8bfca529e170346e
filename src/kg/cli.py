"""The ``kg`` command: a thin layer over the library.

It parses arguments, calls :func:`kg.build` / :func:`kg.write_exports`,
reports progress on stderr and turns :class:`~kg.errors.KGError` into a
one-line message and an exit code.
"""
from __future__ import annotations

import os
import sys
import time

import click

from .config import Config
from .errors import KGError

__all__ = ["main"]


def _fail(err: KGError) -> None:
    click.echo(f"kg: error: {err}", err=True)
    raise SystemExit(err.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="liuzhou-kg")
def main():
    """Build and query a knowledge graph of Liuzhou industry news."""


@main.command("build")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", "outdir", default="exports", show_default=True,
              type=click.Path(file_okay=False), help="Folder for graph.ttl, graph.json, graph.html, report.json.")
@click.option("-j", "--jobs", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--encoding", default=None, help="Force this input encoding (default: detect).")
@click.option("--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
              help="Undecodable bytes: skip the file (strict) or replace them.")
@click.option("--keep-going", is_flag=True, help="Write the exports even when some input failed.")
@click.option("--html-max-nodes", type=click.IntRange(min=0), default=500, show_default=True,
              help="The HTML view keeps this many most central nodes.")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse per-document results of unchanged articles.")
@click.option("--turtle-writer", type=click.Choice(["auto", "rdflib", "stream"]), default="auto",
              show_default=True, help="rdflib's layout, or the streaming writer (large graphs; same triples).")
@click.option("-q", "--quiet", is_flag=True, help="No progress output.")
def build_cmd(paths, outdir, jobs, encoding, errors, keep_going, html_max_nodes, cache, turtle_writer, quiet):
    """Build the graph from PATHS (files or folders; default: seeds/)."""
    from .config import default_cache_dir
    from .pipeline import build, write_exports

    paths = paths or ("seeds",)
    cfg = Config(jobs=jobs or os.cpu_count() or 1, encoding=encoding, errors=errors,
                 keep_going=keep_going, html_max_nodes=html_max_nodes,
                 cache_dir=default_cache_dir() if cache else None, progress=not quiet,
                 turtle_writer=turtle_writer)
    t0 = time.perf_counter()
    done = [0]

    def progress(result):
        done[0] += 1
        if not quiet and sys.stderr.isatty() or (not quiet and done[0] % 100 == 0):
            click.echo(f"\r  {done[0]} documents processed", err=True, nl=False)

    try:
        G = build(paths, cfg, progress=progress)
        failed = [f for f in G.graph.get("files", []) if f.get("status") == "failed"]
        if failed and not keep_going:
            for f in failed:
                click.echo(f"kg: error: {f['path']}: {f['reason']}", err=True)
            click.echo("kg: exports not written (use --keep-going to write them anyway)", err=True)
            raise SystemExit(1)
        write_exports(G, outdir, cfg)
    except KGError as err:
        _fail(err)
    if not quiet:
        if done[0]:
            click.echo("", err=True)
        files = G.graph.get("files", [])
        status = {}
        for f in files:
            status[f["status"]] = status.get(f["status"], 0) + 1
        st = ", ".join(f"{v} {k}" for k, v in sorted(status.items()))
        click.echo(f"kg: {len(files)} files ({st}); {G.number_of_nodes()} entities, "
                   f"{G.number_of_edges()} relations, {len(G.graph.get('observations', []))} facts "
                   f"→ {outdir}/ in {time.perf_counter() - t0:.1f}s", err=True)
    failed = [f for f in G.graph.get("files", []) if f.get("status") == "failed"]
    if failed:
        raise SystemExit(1)


@main.command("watch")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", "outdir", default="exports", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the exports, rewritten after every change.")
@click.option("-j", "--jobs", type=int, default=None, help="Worker processes (default: all cores).")
@click.option("--interval", type=click.FloatRange(min=0.1), default=2.0, show_default=True,
              help="Seconds between two looks at the inputs.")
@click.option("--max-builds", type=click.IntRange(min=1), default=None,
              help="Stop after this many builds (default: run until interrupted).")
@click.option("--html-max-nodes", type=click.IntRange(min=0), default=500, show_default=True,
              help="The HTML view keeps this many most central nodes.")
@click.option("--turtle-writer", type=click.Choice(["auto", "rdflib", "stream"]), default="auto",
              show_default=True, help="rdflib's layout, or the streaming writer (large graphs; same triples).")
@click.option("-q", "--quiet", is_flag=True, help="No line per build.")
def watch_cmd(paths, outdir, jobs, interval, max_builds, html_max_nodes, turtle_writer, quiet):
    """Build the graph of PATHS, then rebuild it whenever an article is added,
    changed or removed (one process: the dictionaries stay loaded and only
    new articles are read).  Stop with Ctrl-C."""
    from .config import default_cache_dir
    from .watch import watch

    paths = paths or ("seeds",)
    cfg = Config(jobs=jobs or os.cpu_count() or 1, html_max_nodes=html_max_nodes,
                 cache_dir=default_cache_dir(), progress=False, turtle_writer=turtle_writer)

    def report(G, seconds):
        if not quiet:
            files = G.graph.get("files", [])
            click.echo(f"kg: {time.strftime('%H:%M:%S')} {len(files)} files; {G.number_of_nodes()} entities, "
                       f"{G.number_of_edges()} relations → {outdir}/ in {seconds:.1f}s", err=True)

    try:
        watch(paths, outdir, cfg, interval=interval, max_builds=max_builds, on_build=report)
    except KGError as err:
        _fail(err)
    except KeyboardInterrupt:
        click.echo("kg: stopped", err=True)


def _register_analysis():
    try:
        from .cli_analysis import metrics_cmd, query_cmd, validate_cmd
    except ImportError:  # pragma: no cover - during development
        return
    main.add_command(query_cmd, "query")
    main.add_command(metrics_cmd, "metrics")
    main.add_command(validate_cmd, "validate")


_register_analysis()

if __name__ == "__main__":  # pragma: no cover
    main()
