"""Files in the user cache folder: written atomically, the oldest pruned.

Shared by the per-document cache (:mod:`kg.cache`), the segmenter's
dictionary state (:mod:`kg.segcache`) and the built lexicons
(:mod:`kg.resources`).  A cache that cannot be written is no error: the
next run builds the same thing again.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> for i in range(4):
...     ok = write_atomic(d / f"state-{i}.bin", b"x", keep=(d, "state-*.bin", 2))
>>> len(list(d.glob("state-*.bin")))
2
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = ["write_atomic"]


def write_atomic(path: Path, data: bytes, keep: tuple | None = None) -> bool:
    """Write ``data`` to ``path`` through a temporary file in the same folder
    and an atomic rename; ``keep=(folder, pattern, n)`` then removes all but
    the ``n`` most recent files matching ``pattern`` (``path`` always stays).
    Returns False, and leaves no temporary file, when the folder is not
    writable."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        return False
    if keep is not None:
        folder, pattern, n = keep
        old = sorted(Path(folder).glob(pattern), key=_mtime, reverse=True)
        for p in old[n:]:
            if p != path:
                try:
                    p.unlink()
                except OSError:
                    pass
    return True


def _mtime(p: Path) -> float:
    try:
        return p.stat().st_mtime
    except OSError:
        return 0.0
