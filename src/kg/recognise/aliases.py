"""The ``alias`` and ``abbr`` components: short forms of names found earlier
in the document (柳州优必选智能科技有限公司 → 优必选) and abbreviations in
parentheses (以下简称“B”).
"""
from __future__ import annotations

import re
from functools import partial

from ..model import Mention
from .common import _boundaries, _bracketed_site, _is_region, _park_endings, company_core


_ABBR = re.compile(r"[（(](?:[^()（）]{0,12}?[,，])?\s*(?:以下)?(?:简称|下称)[:：]?\s*[“\"「]?([^”\"」()（）,，]{2,12})[”\"」]?[)）]")


_PAREN_SHORT = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[)）]")
#: a Latin acronym in parentheses after a body's or firm's name (国际风能协会(GWEA))
_PAREN_ACRONYM = re.compile(r"[（(]([A-Z][A-Z0-9&]{1,9})[)）]")
_ACRONYM_TYPES = frozenset(("Organization", "Company", "IndustrialPark", "Initiative"))
#: a project's own name, quoted after a dash (X示范工程项目——“蓝海一号”)
_DASH_NAME = re.compile(r"(?:——|—|--)[“\"「]([^”\"」，,。]{2,12})[”\"」]")


def _short_in_parens(text, m, res):
    """香港贸易发展局（贸发局）: a short form in parentheses whose characters
    come from the name, in order, starting with its first (not a known place:
    X区Y产业园项目（X区）names where the project is)."""
    p = _PAREN_SHORT.match(text, m.end)
    if p is None or m.type in ("Region", "Industry", "Person") or _bracketed_site(text, m.end, res):
        return None
    short, name = p.group(1), m.text
    if short[0] not in name[:3] or len(short) >= len(name):
        return None
    it = iter(name)
    return p if all(c in it for c in short) else None


#: besides a zone's endings (``suffixes.tsv``), how a project's name without its
#: 项目 may not end: a park, a town, a port or a centre named on its own
_OTHER_SITE_ENDS = ("园", "园区", "城", "港", "中心")


def _without_project_word(name: str, zone_ends: tuple = ()) -> str | None:
    """The name of a project without its final 项目, when what is left is a
    facility's name of five characters or more that no zone's ending closes
    (X产业园项目: the zone is named on its own, as a zone).

    >>> _without_project_word("青山湖生态旅游度假区项目")
    '青山湖生态旅游度假区'
    >>> _without_project_word("柳州汽车产业园项目") is None
    True
    """
    if not name.endswith("项目") or len(name) < 7:
        return None
    bare = name[:-2]
    if bare.endswith(zone_ends + _OTHER_SITE_ENDS) or not re.search(r"[\u4e00-\u9fff]{2}$", bare) or bare[-1] in "的等和与及期":
        return None
    return bare


def _alias_mentions(doc, text, tokens, chosen, res, seg=None):
    """Second pass: short forms of the names found, anywhere in the doc."""
    import ahocorasick

    starts, ends = _boundaries(tokens)
    regions = partial(_is_region, res=res)
    forms = {}
    abbrs: set[str] = set()
    known = []  # A（简称“B”）with B a known name: A is B's (一家公司的旧称, 全称)
    for m in chosen:
        # A（以下简称“B”）: B names the same thing from here on
        abbr = _ABBR.match(text, m.end) or _short_in_parens(text, m, res) or (
            _PAREN_ACRONYM.match(text, m.end) if m.type in _ACRONYM_TYPES else None) or (
            _DASH_NAME.match(text, m.end) if m.type == "Project" else None)
        if abbr:
            forms[abbr.group(1)] = m
            abbrs.add(abbr.group(1))
            hit = res.gazetteer.lookup(abbr.group(1))
            if hit is not None and hit[1].type == m.type and hit[0] != m.key and m.rule != "lexicon":
                m = Mention(doc, m.start, m.end, m.text, m.type, "abbr", key=hit[0])
                known.append(m)
                forms[abbr.group(1)] = m
        if m.type == "Project" and (bare := _without_project_word(m.text, _park_endings(res.suffixes))) is not None \
                and not res.gazetteer.lookup(bare) and not any(x.key == bare for x in chosen):
            forms.setdefault(bare, m)  # X旅游度假区项目 … 建设X旅游度假区: the project written without 项目
        if m.type != "Company":
            continue
        for f in company_core(m.key, regions):
            if f not in res.word_set("generic_names") and not res.gazetteer.lookup(f) and not (
                    seg is not None and seg.is_common_word(f, 30)):
                forms.setdefault(f, m)  # (not 银行 of 北京银行: a word, not a short name)
    if not forms:
        return []
    A = ahocorasick.Automaton()
    for f, m in forms.items():
        A.add_word(f, (f, m))
    A.make_automaton()
    out = []
    for end, (f, m) in A.iter(text):
        s, e = end - len(f) + 1, end + 1
        if len(f) <= 2 and not (s in starts and e in ends):
            continue
        if f.isascii() and (text[s - 1:s].isascii() and text[s - 1:s].isalnum()
                            or text[e:e + 1].isascii() and text[e:e + 1].isalnum()):
            continue  # GWEA inside a longer Latin word is no mention of it
        out.append(Mention(doc, s, e, f, m.type, "abbr" if f in abbrs else "alias", key=m.key))
    return known + out


def _yield_to_abbreviations(chosen: list[Mention], found: list[Mention]) -> list[Mention]:
    """A name the text declared (以下简称“来冶公司”) is whole where it is written
    again: a longer suffix name ending with it (全力支持来冶公司) took words
    before it that are no part of it, so it gives way.

    >>> a = Mention("d", 4, 8, "来冶公司", "Company", "abbr", key="华锡冶炼")
    >>> b = Mention("d", 0, 8, "全力支持来冶公司", "Company", "suffix:company_corp")
    >>> [m.text for m in _yield_to_abbreviations([b], [a])]
    []
    """
    ends = {(m.end, m.type): m for m in found if m.rule == "abbr"}
    if not ends:
        return chosen
    # (the declared full name itself may end with its short form: X广西东兴产业园(下称东兴产业园))
    return [m for m in chosen if not (m.rule.startswith("suffix") and (a := ends.get((m.end, m.type))) is not None
                                       and m.start < a.start and m.key != a.key)]
