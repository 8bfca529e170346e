"""The incremental cache: one pickled :class:`~kg.model.DocResult` per document.

Re-running a build after adding or editing a few articles re-processes only
those articles; every other document's result is read back from the cache.

Key
    SHA-256 of the document id (itself the hash of the file's bytes), the
    SHA-256 of its decoded text, :data:`kg.config.PIPELINE_VERSION` and a
    *fingerprint* of everything else a document's result depends on: the data
    files (``kg/data/**``, except the HTML assets), the source code of the
    per-document stages (:data:`STAGE_MODULES`) and the versions of jieba,
    OpenCC and pyahocorasick.  Editing a lexicon or a rule therefore
    invalidates every entry; nothing has to be cleared by hand.
Where
    ``<cache_dir>/docs/<2 hex digits>/<key>.pkl`` with ``cache_dir`` from
    :class:`~kg.config.Config` (``kg build`` uses ``~/.cache/liuzhou-kg``, or
    ``$XDG_CACHE_HOME/liuzhou-kg``; ``--no-cache`` disables it).  Entries are
    written atomically (a temporary file renamed into place), so concurrent
    builds and interrupted builds leave no half-written entry; an unreadable
    entry is ignored and overwritten.
Clearing
    ``python -m kg.cachetool clear`` (or delete the ``docs`` folder);
    ``python -m kg.cachetool info`` shows its size.

Examples
--------
>>> import tempfile
>>> from kg.config import Config
>>> from kg.model import Document, DocResult
>>> c = DocCache(tempfile.mkdtemp())
>>> d = Document("doc/0123456789abcdef", "a.txt", "a.txt", "柳工在柳州。", "00")
>>> c.get(d) is None
True
>>> c.put(d, DocResult(document=d, headline="柳工在柳州。", traditional=False))
>>> c.get(d).headline
'柳工在柳州。'
>>> DocCache.from_config(Config(cache_dir=None)) is None
True
"""
from __future__ import annotations

import hashlib
import pickle
import shutil
import sys
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .cachefile import write_atomic
from .config import PIPELINE_VERSION, Config
from .model import DocResult, Document

__all__ = ["DocCache", "fingerprint", "STAGE_MODULES", "cached_process"]

#: modules whose source code decides what one document yields
STAGE_MODULES = ("normalise", "sentences", "segment", "recognise", "resolve", "relate", "facts",
                 "pipeline", "model", "resources", "cache")
_SUBDIR = "docs"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of the data files, the stage sources and the library versions."""
    from importlib import metadata

    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256(f"pipeline {PIPELINE_VERSION}\n".encode())
    data = pkg / "data"
    files = sorted(p for p in data.rglob("*") if p.is_file() and "html" not in p.relative_to(data).parts
                   and "__pycache__" not in p.parts)
    for p in files:
        h.update(f"data {p.relative_to(data).as_posix()}\n".encode())
        h.update(hashlib.sha256(p.read_bytes()).digest())
    for name in STAGE_MODULES:
        p = pkg / f"{name}.py"
        h.update(f"code {name}\n".encode())
        h.update(hashlib.sha256(p.read_bytes()).digest() if p.exists() else b"-")
    for dist in ("jieba", "opencc", "pyahocorasick"):
        try:
            v = metadata.version(dist)
        except metadata.PackageNotFoundError:
            v = "-"
        h.update(f"lib {dist} {v}\n".encode())
    h.update(f"python {sys.version_info[0]}.{sys.version_info[1]}\n".encode())
    return h.hexdigest()


class DocCache:
    """Per-document results stored under ``root/docs``."""

    def __init__(self, root):
        self.root = Path(root)
        self.dir = self.root / _SUBDIR
        self.fp = fingerprint()

    @classmethod
    def from_config(cls, config: Config) -> "DocCache | None":
        return cls(config.cache_dir) if config.cache_dir is not None else None

    def key(self, doc: Document) -> str:
        text = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
        return hashlib.sha256(f"{self.fp}\n{doc.id}\n{text}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pkl"

    def get(self, doc: Document) -> DocResult | None:
        """The cached result of ``doc``, or ``None`` (absent or unreadable)."""
        key = self.key(doc)
        try:
            with open(self._path(key), "rb") as f:
                stored_key, result = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a corrupt or foreign entry is a miss
            return None
        if stored_key != key or not isinstance(result, DocResult):
            return None
        # the same content under another name: keep this file's path
        d = result.document
        if (d.path, d.source_file, d.encoding) != (doc.path, doc.source_file, doc.encoding):
            result = replace(result, document=Document(doc.id, doc.path, doc.source_file, "",
                                                       doc.sha256, doc.encoding))
        return result

    def put(self, doc: Document, result: DocResult) -> None:
        """Store ``result`` atomically; a cache that cannot be written is skipped."""
        key = self.key(doc)
        write_atomic(self._path(key), pickle.dumps((key, result), protocol=pickle.HIGHEST_PROTOCOL))

    def split(self, docs) -> tuple[list[DocResult], list[Document]]:
        """(cached results, documents still to process), both in input order."""
        hits, misses = [], []
        for d in docs:
            r = self.get(d)
            if r is None:
                misses.append(d)
            else:
                hits.append(r)
        return hits, misses

    def size(self) -> tuple[int, int]:
        """(entries, bytes)."""
        n = b = 0
        if self.dir.is_dir():
            for p in self.dir.rglob("*.pkl"):
                n += 1
                b += p.stat().st_size
        return n, b

    def clear(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


class cached_process:
    """``process(doc)`` that also stores its result (picklable, for worker pools)."""

    def __init__(self, cache: DocCache, process):
        self.cache = cache
        self.process = process

    def __call__(self, doc: Document) -> DocResult:
        r = self.process(doc)
        if not (r.warnings and r.warnings[0].startswith("failed: ")):  # never keep a failure
            self.cache.put(doc, r)
        return r
