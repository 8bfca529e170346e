"""The ``events`` pass: a trade fair a story is about is an ``Initiative``.

Trade fairs (中国—东盟博览会, 柳州汽博会, ``events.tsv``) are read as one
name so that the places inside them are no mentions, and an ``Event`` is
not exported.  A fair that is what the story is about, though, is a
programme the region runs year after year (第21届东博会开幕, 东博会集中签约):
named in the title, or more than once.  Named once in passing (依托东博会等
平台) it stays out of the graph.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..model import Mention

__all__ = ["salient_fairs"]


def salient_fairs(chosen: list[Mention], text: str, res) -> list[Mention]:
    """Mentions with each fair the story is about typed ``Initiative``: a
    lexicon fair (kind ``fair``) named in the first line (the title) or
    at least twice.

    Examples
    --------
    >>> from kg.resources import load_resources
    >>> from kg.segment import Segmenter
    >>> from kg.recognise import recognise
    >>> res = load_resources(); seg = Segmenter.from_resources(res)
    >>> t = "第30届广交会开幕\\n本届广交会展位超过七万个。"
    >>> sorted({(m.key, m.type) for m in recognise("d", t, res, seg) if m.type == "Initiative"})
    [('广交会', 'Initiative')]
    >>> [m for m in recognise("d", "正文\\n企业依托广交会等平台拓展市场。", res, seg) if m.key == "广交会"]
    []
    """
    fairs = [m for m in chosen if m.type == "Event" and res.gazetteer.kind(m.key) == "fair"]
    if not fairs:
        return chosen
    title_end = text.find("\n")
    count = Counter(m.key for m in fairs)
    salient = {m.key for m in fairs if count[m.key] >= 2 or 0 <= m.start < title_end}
    return [replace(m, type="Initiative") if m.type == "Event" and m.key in salient else m for m in chosen]
