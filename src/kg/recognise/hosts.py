"""The ``hosts`` pass: a base (X基地) that firms move into, or that gathers
firms, is a zone, not one firm's works.

A name ending in 基地 is a project by its suffix (X公司电池生产基地).  Some
bases are zones that a government builds for a whole trade, and the story
says so by what lives in them: firms counted as they move in
(X基地，A、B等5家企业入驻), a base that gathers firms (该基地集聚A、B等企业30家),
firms moving into it (入驻X基地).  Every mention of such a base in the
document is then an ``IndustrialPark``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Mention

__all__ = ["hosting_bases"]

#: a count of firms (5家, 十余家) and what they are, up to a verb of moving in
_COUNTED_FIRMS = (r"(?:\d+|[一二三四五六七八九十百千几两]+)(?:多|余)?家[^，,。；;：:]{0,12}?"
                  r"(?:企业|厂商|厂家|公司)")
#: adverbs before the verb of moving in: 已入驻, 先后进驻
_ADVERBS = r"(?:已经|已|先后|相继|陆续|均|都|正式|签约)*"
#: which words point back to a base (该基地, 基地内)
_BASE_WORD = r"(?:该|这个|整个)?基地(?:内|里|目前|现已|已|共)*"


#: a verb of moving in right before a base (入驻|X基地; not 落户X基地: a project may settle in a firm's base)
_INTO = re.compile(r"(?:入驻|进驻)$")


@lru_cache(maxsize=4)
def _patterns(verbs: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """(firms counted after a base move in, 该基地 gathers firms), for the verbs of ``hosting_verbs``."""
    v = "(?:" + "|".join(sorted(map(re.escape, verbs), key=len, reverse=True)) + ")"
    after = re.compile(r"[^。；;！!？?]{0,80}?" + _COUNTED_FIRMS + _ADVERBS + v)
    back = re.compile(_BASE_WORD + _ADVERBS + v + r"(?:了|有|着)?[^。；;，,]{0,40}?(?:企业|厂商|厂家)")
    return after, back


def hosting_bases(chosen: list[Mention], text: str, res) -> list[Mention]:
    """Mentions with every base that hosts firms typed ``IndustrialPark``.

    A base (a ``Project`` ending in 基地) hosts firms when, in its sentence
    and with no other zone or project named between, a count of firms moves
    in after it (X基地，A、B等5家企业入驻); when a later sentence says 该基地
    gathers firms (该基地集聚A、B等企业30家) before another base is named; or
    when a verb of moving in stands right before it (入驻X基地).

    Examples
    --------
    >>> from kg.resources import load_resources
    >>> from kg.segment import Segmenter
    >>> from kg.recognise import recognise
    >>> res = load_resources(); seg = Segmenter.from_resources(res)
    >>> t = "青山县建成华南电动工具生产基地，甲、乙等12家企业入驻。"
    >>> [(m.text, m.type) for m in recognise("d", t, res, seg) if m.text.endswith("基地")]
    [('华南电动工具生产基地', 'IndustrialPark')]
    """
    bases = [m for m in chosen if m.type == "Project" and m.text.endswith("基地")]
    if not bases:
        return chosen
    after, back = _patterns(tuple(res.words.get("hosting_verbs", ())))
    starts = sorted(m.start for m in chosen if m.type in ("Project", "IndustrialPark"))
    hosting = set()
    for m in bases:
        stop = next((s for s in starts if s >= m.end), len(text))  # (up to the next zone or project)
        if after.match(text, m.end, stop) or back.search(text, m.end, stop) \
                or _INTO.search(text, max(0, m.start - 4), m.start):
            hosting.add(m.key)
    if not hosting:
        return chosen
    return [replace(m, type="IndustrialPark") if m.type == "Project" and m.key in hosting else m
            for m in chosen]
