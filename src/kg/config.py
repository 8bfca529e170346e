"""Build options.

Examples
--------
>>> Config().jobs >= 1
True
>>> Config(html_max_nodes=10).html_max_nodes
10
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Config", "PIPELINE_VERSION", "STREAM_ABOVE", "default_cache_dir"]

#: graphs with more nodes + edges + evidence sentences + facts than this are
#: written by the streaming Turtle writer when ``turtle_writer="auto"`` (each
#: evidence sentence is a ``kg:Assertion`` of several triples)
STREAM_ABOVE = 50_000

#: Bumped whenever a change in the code or data changes what a document
#: yields; part of the incremental cache key.
PIPELINE_VERSION = "1"


def default_cache_dir() -> Path:
    """The user cache folder (``$XDG_CACHE_HOME/liuzhou-kg``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "liuzhou-kg"


@dataclass(frozen=True)
class Config:
    """Options of :func:`kg.build`.

    Parameters
    ----------
    jobs : worker processes for the per-document stages (default: all cores).
    encoding : force this input encoding instead of detecting it.
    errors : ``"strict"`` skips undecodable files; ``"replace"`` decodes with U+FFFD.
    html_max_nodes : the HTML view keeps this many most central nodes.
    cache_dir : incremental cache folder, ``None`` for no cache.
    keep_going : still write the exports when some input failed.
    progress : show progress on stderr.
    """

    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    encoding: str | None = None
    errors: str = "strict"
    html_max_nodes: int = 500
    cache_dir: Path | None = None
    keep_going: bool = False
    progress: bool = False
    max_file_bytes: int = 200 * 1024 * 1024
    #: ``rdflib`` (rdflib's Turtle, byte for byte, written from strings by
    #: kg.export.turtle_pretty), ``stream`` (kg.export.turtle_stream, ~40×
    #: faster than rdflib on 1M triples, same triples, another layout) or
    #: ``auto`` (stream above STREAM_ABOVE items)
    turtle_writer: str = "auto"
