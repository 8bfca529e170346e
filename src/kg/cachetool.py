"""``python -m kg.cachetool info|clear [--dir DIR]``: the per-document build cache.

``info`` prints the number of cached documents and their size, ``clear``
deletes them (see :mod:`kg.cache`).
"""
from __future__ import annotations

import argparse

from .cache import DocCache
from .config import default_cache_dir

__all__ = ["main"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m kg.cachetool", description="The per-document build cache.")
    ap.add_argument("action", choices=("info", "clear"))
    ap.add_argument("--dir", default=None, help=f"cache folder (default: {default_cache_dir()})")
    a = ap.parse_args(argv)
    c = DocCache(a.dir or default_cache_dir())
    if a.action == "clear":
        c.clear()
        print(f"cleared {c.dir}")
    else:
        n, b = c.size()
        print(f"{c.dir}: {n} documents, {b / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
