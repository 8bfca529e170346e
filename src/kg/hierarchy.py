"""Background knowledge: where the regions of a graph lie, by the lexicon.

``kg:partOf`` says what an article states (柳州 in 广西, written 广西柳州),
with the sentence as evidence.  Queries also need to roll up places the
articles never put side by side: an export to 越南 is an export to 东盟
even when the story does not say that 越南 is in 东盟.  That knowledge is
the lexicon's, not the article's, so it gets a property of its own,
``kg:within`` (transitive, no ``kg:Assertion``): each region of the graph
points to the nearest region of the graph above it, by administrative
parent (柳南区 → 柳州 → 广西 → 中国) and by grouping (越南 → 东盟, 深圳 →
粤港澳大湾区).  ``(kg:partOf|kg:within)*`` rolls up everything.

Examples
--------
>>> from kg.resources import Gazetteer, LexEntry
>>> g = Gazetteer([LexEntry("越南", "Region", "country", "东盟", ()),
...                LexEntry("东盟", "Region", "bloc", "", ()),
...                LexEntry("柳南区", "Region", "district", "柳州", ()),
...                LexEntry("柳州", "Region", "city", "广西", ()),
...                LexEntry("广西", "Region", "province", "中国", ())])
>>> region_hierarchy(["越南", "东盟", "柳南区", "广西"], g, {})
[('柳南区', '广西'), ('越南', '东盟')]
"""
from __future__ import annotations

__all__ = ["region_hierarchy"]


def region_hierarchy(regions, gazetteer, groups) -> list[tuple[str, str]]:
    """``(region, bigger region)`` pairs among ``regions`` (canonical names):
    the nearest ancestor of each by the lexicon's parents, and each grouping
    it belongs to (``groups``: member → groups), when those are in
    ``regions`` too.  Sorted, without repeats or self-loops."""
    present = set(regions)
    out = set()
    for r in present:
        nearest = next((p for p in gazetteer.ancestors(r) if p in present), None)
        if nearest is not None:
            out.add((r, nearest))
        out.update((r, grp) for grp in groups.get(r, ()) if grp in present and grp != r)
    return sorted(out)
