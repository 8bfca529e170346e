"""What a mention is in its sentence: a home place or a foreign one, a seat
in parentheses, a place written as where, a landmark, part of an address,
the office of a person, a field of cooperation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from .doc import _ADVERBS, _Doc, _FOREIGN_KINDS, _LIST_SEPS, _entry
from .syntax import _clause_of, _listed_before


#: trades written before a firm's head noun (螺蛳粉生产|企业, 机械制造|商); a sector's name may take one in
_TRADE_WORDS = ("生产", "制造", "加工", "出口")


@lru_cache(maxsize=4)
def _firm_heads(heads: frozenset) -> tuple[re.Pattern, re.Pattern]:
    """(apposition ``[产业的]企业`` to match whole, firm head noun at a position),
    from the data file's ``company_heads``."""
    alt = "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) or "(?!)"
    # 机械产业的龙头企业——X, 铝加工领域的标杆企业：X
    # 工程机械龙头之一的X, 螺蛳粉生产企业X, 车用电子厂X, 工程机械龙头企业的X
    # 电声产品龙头企业——X: the sector's products named before the head
    trades = "|".join(_TRADE_WORDS)
    return (re.compile(f"(?:产业|行业|领域|产品)?(?:的)?(?:标杆|排头兵|知名|重点)?(?:{trades})?(?:{alt}|厂)"
                       f"(?:之一)?的?(?:——|—|：|:)?"),
            re.compile(f"(?:{alt})"))


def _kind_in(d: _Doc, m, kinds) -> bool:
    """Is region ``m`` of one of the lexicon's ``kinds`` (province, city, country …)?"""
    e = _entry(d, m.key)
    return e is not None and e.kind in kinds


def _is_province(d: _Doc, m) -> bool:
    """A province (广西) is too wide to say where a thing of a story is."""
    return _kind_in(d, m, ("province",))


def _is_within(d: _Doc, thing, reg) -> bool:
    """Is the place already part of the thing's own name (柳州高新区 in 柳州)?"""
    return thing.key.startswith(reg.key)


def _maker_of_product(d: _Doc, ms, pos: int):
    """The maker of the last product named before ``pos`` (柳工856H装载机…
    发往越南: 柳工 exports), as a mention, when the story says who makes it."""
    makers = {t: h for (h, r, t) in d.out if r == "produces"}
    prod = next((m for m in reversed(ms) if m.type == "Product" and m.end <= pos and m.key in makers), None)
    if prod is None:
        return None
    return Mention(d.doc, prod.start, prod.start, "", "Company", "coref", key=makers[prod.key])


def _via(d: _Doc, ms, m) -> bool:
    """Is place ``m`` (or the list it ends) a way the goods take (经过重庆或成都,
    途经钦州港; but 从柳州发出 is where they come from)?"""
    chain = _listed_before([x for x in ms if x.type == "Region"], m.end, d.text, _LIST_SEPS | {"或"})
    first = chain[-1] if chain else m
    return d.text[max(0, first.start - 2):first.start].endswith(("经过", "途经", "经"))


def _seat(d: _Doc, m) -> bool:
    """Is region ``m`` written in brackets right after a name, ending it
    (综合开发研究院(深圳)和…), not inside a longer name (X(北海)有限公司)?"""
    return m.type == "Region" and d.text[m.start - 1:m.start] in ("(", "（") \
        and d.text[m.end:m.end + 1] in (")", "）") and not d.text.startswith(d.name_goes_on, m.end + 1)


def _where(d: _Doc, ms, m) -> bool:
    """Is place ``m`` written as where something is (在柳州市柳江区, 于柳州高新区,
    位于…): 在 / 于 before it, or before the places written right before it?"""
    start = m.start
    while True:
        if d.text[start - 1:start] in ("在", "于"):
            return True
        prev = next((x for x in ms if x.end == start and x.type in ("Region", "IndustrialPark")), None)
        if prev is None:
            return False
        start = prev.start


def _home(d: _Doc, m) -> bool:
    """Is region ``m`` a Chinese administrative area (not a country or bloc)?"""
    g = d.res.gazetteer if d.res is not None else None
    e = _entry(d, m.key)
    if e is None or e.kind in _FOREIGN_KINDS:
        return False
    return e.name == "中国" or "中国" in g.ancestors(e.name)  # 雅加达 is a city, but not China's


#: X项目开工(暨…)仪式…在 P 举行, X产业园开园活动在 P 举行: the ceremony of a
#: project's start or a zone's opening, held where it is built
_CEREMONY = re.compile(r"(?:开工|动工|奠基|投产|竣工|开业|落成|开园)[^，,。；;]{0,12}?(?:仪式|典礼|活动)[^。；;]{0,20}?[在于]$")

#: held, with the manner written before the verb (隆重举行, 正式举行)
_HELD = re.compile(r"(?:隆重|正式|盛大|顺利|热烈|成功)?举行")


def _ceremony_venue(d: _Doc, sent, ms, pm):
    """The zone or home place where the ceremony of ``pm``'s start or opening,
    named right after it, is held (X项目开工暨二期启动仪式18日在Y产业园区举行),
    or None."""
    if "举行" not in sent.text:
        return None
    for m in ms:
        if m.start > pm.end and m.type in ("IndustrialPark", "Region") and m.rule != "nested" \
                and _HELD.match(d.text, m.end) and _CEREMONY.search(d.text, pm.end, m.start) \
                and (m.type == "IndustrialPark" or _home(d, m)):
            return m
    return None


def _domestic(d: _Doc, m) -> bool:
    """Is region ``m`` China or a part of it that is no export market of its
    own (新疆, 四川; but 香港, 澳门 and 台湾 are: ``words.json``
    ``separate_markets``)?  A Chinese firm sells there, it does not export."""
    if d.res is None:
        return False
    home = d.res.words.get("home_country", "中国")
    if m.key == home:
        return True
    e = _entry(d, m.key)
    if e is not None and e.kind in ("economic_region", "subregion") and home in d.res.gazetteer.ancestors(e.name):
        return True  # 粤港澳大湾区, 西南地区, 粤西: China's own regions (a firm sells there)
    if not _home(d, m):
        return False
    markets = d.res.word_set("separate_markets")
    e, seen = _entry(d, m.key), set()
    while e is not None and e.name not in seen:
        if e.name in markets:
            return False
        seen.add(e.name)
        e = d.res.gazetteer.entries.get(e.parent) if e.parent else None
    return True


#: after a list of sectors, the words that make them fields two sides work
#: together in: 等领域/方面 before a verb of working together (在教育、物流等领域
#:开展合作), or 等 / a count right before one (等全面产业合作, 等开展合作)
_FIELDS = re.compile(r"(?:等)?(?:[多个几大]*)(?:领域|方面|行业)[^，,。；;]{0,8}?(?:合作|交流|对接|协作|签约|签署)|"
                     r"(?:等|[\d一二三四五六七八九十几多]+个)(?:重点|全面|主要)?(?:产业|领域|方面)?"
                     r"(?:开展|进行|加强|深化)?(?:合作|交流|对接|协作)")


def _field_of_cooperation(d: _Doc, sent, ind) -> bool:
    """Is a sector named as a field two sides work together in (在教育、物流等
    领域开展合作): no industry of the sentence's place?"""
    _, ce = _clause_of(sent, ind.start)
    return _FIELDS.search(d.text, ind.end, ce) is not None


def _landmark(d: _Doc, sent, m) -> bool:
    """Is ``m`` named after a word of nearness in its clause (靠近|321国道、X火车站),
    or right before a word of side (位于…新柳大道|南面)?"""
    cs, _ = _clause_of(sent, m.start)
    return d.word_re("proximity_words").search(d.text, cs, m.start) is not None \
        or d.word_re("landmark_sides").match(d.text, m.end) is not None


def _innermost_park(ms, m):
    """``m``, or the park named right after it (柳州高新区|洛维工业园: the park
    within the zone), and so on."""
    while (inner := next((x for x in ms if x.start == m.end and x.type == "IndustrialPark"), None)) is not None:
        m = inner
    return m


def _qualifies_person(d: _Doc, ms, m) -> bool:
    """Is place ``m`` only the first word of a person's title (上海市市长X与…部长Y
    共同见证: the two officials, not the two places, act)?"""
    if m.type != "Region":
        return False
    person = next((p for p in ms if p.type == "Person" and 0 <= p.start - m.end <= 15), None)
    if person is None or re.search(r"[，,。；;、与和]", d.text[m.end:person.start]):
        return False
    return d.text[m.end:person.start].endswith(d.titles) if d.res is not None else False


def _address_part(d: _Doc, ms, m) -> bool:
    """Is the place ``m`` written right before a place within it (广东省|广州):
    an address, the smaller place is meant?"""
    return m.type == "Region" and d.res is not None and any(
        x.start == m.end and x.type == "Region" and m.key in d.res.gazetteer.ancestors(x.key) for x in ms)


def _partner_position(d: _Doc, sent, m) -> bool:
    """Is ``m`` written after 与 / 和 / 同 / 跟 in its clause (a partner or a
    second conjunct, not who acts)?"""
    return re.search("[与和同跟]", d.text[_clause_of(sent, m.start)[0]:m.start]) is not None


def _unrecognised_subject(text: str) -> bool:
    """Does a clause start with words (not adverbs) that name its subject?"""
    return len(re.sub(_ADVERBS, "", text)) > 1
