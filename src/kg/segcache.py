"""Start-up cache of the segmenter's dictionary.

A :class:`~kg.segment.Segmenter` needs jieba's word frequencies with the
project's lexicon names added (``suggest_freq`` + ``add_word`` for ~12,000
names) and the log probability of every entry; building them costs about
1 s in every new process (``kg build``, each spawned worker).  This module
keeps them in one :mod:`marshal` file that reads back in about 0.25 s: the
total, jieba's own frequency of the added words and the log probabilities
(the integer frequencies follow from these; not storing them saves a third
of the file, 35 MB of memory and 0.04 s).

Key
    SHA-256 of the words added, jieba's version and dictionary file (size,
    modification time), the source of :mod:`kg.segment` and of this module,
    and the Python version (marshal's format); the key is also stored in the
    file and checked on reading.
Where
    ``<cache_dir>/segmenter-<key>.marshal``, beside jieba's own
    ``jieba.cache`` (``~/.cache/liuzhou-kg`` by default).  Written
    atomically (a temporary file renamed into place); the few most recent
    files are kept (other checkouts with other lexicons share the folder),
    older ones are deleted.
Fallback
    a missing, unreadable or foreign file is ignored (the dictionary is
    built as before), and a folder that cannot be written is skipped.

Examples
--------
>>> import tempfile
>>> d = tempfile.mkdtemp()
>>> k = state_key(["柳工"])
>>> load_state(d, k) is None
True
>>> save_state(d, k, (1000, {"柳工": 0}, {"柳工": 0.0}))
>>> load_state(d, k)[0]
1000
"""
from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path

from .cachefile import write_atomic

__all__ = ["state_key", "load_state", "save_state", "KEEP"]

_PREFIX = "segmenter-"
_SUFFIX = ".marshal"
#: how many state files one cache folder keeps
KEEP = 3


def state_key(words) -> str:
    """Hash of everything the segmenter's dictionary is built from."""
    import jieba

    h = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]} "
                       f"marshal {marshal.version}\njieba {jieba.__version__}\n".encode())
    jdict = Path(jieba.__file__).resolve().parent / "dict.txt"
    try:
        st = jdict.stat()
        h.update(f"dict {st.st_size} {st.st_mtime_ns}\n".encode())
    except OSError:
        h.update(b"dict -\n")
    pkg = Path(__file__).resolve().parent
    for name in ("segment.py", "segcache.py"):
        try:
            h.update(hashlib.sha256((pkg / name).read_bytes()).digest())
        except OSError:
            h.update(f"no {name}\n".encode())
    for w in words:
        h.update(w.encode("utf-8", "surrogatepass") + b"\n")
    return h.hexdigest()


def _path(cache_dir, key: str) -> Path:
    return Path(cache_dir) / f"{_PREFIX}{key}{_SUFFIX}"


def load_state(cache_dir, key: str):
    """The state stored under ``key`` (as given to :func:`save_state`), or
    ``None`` when there is none or it cannot be read."""
    try:
        with open(_path(cache_dir, key), "rb") as f:
            stored = marshal.loads(f.read())
    except Exception:  # noqa: BLE001 - absent, truncated or foreign: build it again
        return None
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return None
    return stored[1]


def save_state(cache_dir, key: str, state) -> None:
    """Store ``state`` (a tuple of marshal-able values) atomically under
    ``key``; keep the :data:`KEEP` most recent state files of the folder."""
    path = _path(cache_dir, key)
    try:
        data = marshal.dumps((key, state))
    except ValueError:  # an unmarshallable value: no cache
        return
    write_atomic(path, data, keep=(path.parent, f"{_PREFIX}*{_SUFFIX}", KEEP))


