"""What one build leaves for the next in the same process (``kg watch``).

Adding an article to a hundred changes a few entities, relations and
facts: the other documents' results are those of the last build, and most
of ``graph.ttl``, ``graph.json`` and ``graph.html`` is the same text as
before.  A :class:`Memo` keeps such things, each under a key that holds
*everything* it depends on (a document's id, a subject's triples, a JSON
value's compact encoding, a connected component's shape, sizes and random
state), so what is found in it is what a fresh build would make, and the
exports written with a memo are byte-identical to those written without one
(``tests/test_watch_exports.py``).

The memo lives in the process that owns it (:func:`kg.watch.watch` makes
one), and only as long as it is used: :meth:`Memo.rotate`, called once per
build, forgets everything the build before did not use, so it holds at most
what two consecutive builds used.

Examples
--------
>>> m = Memo()
>>> m.get(("x", 1), lambda: "made")
'made'
>>> m.get(("x", 1), lambda: "made again")
'made'
>>> m.rotate(); m.rotate()  # not used in the last build: forgotten
>>> m.get(("x", 1), lambda: "made again")
'made again'
>>> m.stats()["misses"]
2
"""
from __future__ import annotations

__all__ = ["Memo"]

_MISSING = object()


class Memo:
    """A dictionary that forgets what the last build did not use.

    Keys are tuples whose first item names the kind of entry (``"doc"``,
    ``"ttl"``, ``"json"``, ``"layout"`` …); values are whatever the stage
    stores (results, text, arrays).  Not thread-safe; one per watching
    process.
    """

    __slots__ = ("_new", "_old", "hits", "misses")

    def __init__(self):
        self._new: dict = {}
        self._old: dict = {}
        self.hits = 0
        self.misses = 0

    def get(self, key, make):
        """The entry under ``key``, made by ``make()`` (and kept) if absent."""
        value = self._new.get(key, _MISSING)
        if value is _MISSING:
            value = self._old.pop(key, _MISSING)
            if value is _MISSING:
                value = make()
                self.misses += 1
            else:
                self.hits += 1
            self._new[key] = value
        else:
            self.hits += 1
        return value

    def lookup(self, key, default=None):
        """The entry under ``key`` or ``default`` (kept for this build if found)."""
        value = self._new.get(key, _MISSING)
        if value is _MISSING:
            value = self._old.pop(key, _MISSING)
            if value is _MISSING:
                self.misses += 1
                return default
            self._new[key] = value
        self.hits += 1
        return value

    def put(self, key, value) -> None:
        """Keep ``value`` under ``key`` for this build (and the next)."""
        self._new[key] = value

    def put_all(self, entries: dict) -> None:
        """:meth:`put` every item of ``entries``."""
        self._new.update(entries)

    def entries(self) -> dict:
        """What this build used or made so far (a copy)."""
        return dict(self._new)

    def rotate(self) -> None:
        """Start a new build: forget what the last one did not use."""
        self._old, self._new = self._new, {}

    def stats(self) -> dict[str, int]:
        """``{"entries", "hits", "misses"}`` (hits and misses since creation)."""
        return {"entries": len(self._new) + len(self._old), "hits": self.hits, "misses": self.misses}

    def __len__(self) -> int:
        return len(self._new) + len(self._old)
