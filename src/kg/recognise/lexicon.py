"""The ``lexicon`` component: Aho-Corasick matches of the lexicon's surfaces
(short names only on jieba token boundaries), and nationals (美国的, 日方).
"""
from __future__ import annotations

from ..model import Mention
from ..normalise import is_cjk
from .common import (_COUNTY_KINDS, _FIRM_AFTER, ROUTE_AFTER, _company_context, _department_word, _place_lead, _place_led,
                     sentence_around)
from .proper import _listed_with_known_industry
from .spans import _guoji


_HEAD_NOUNS = frozenset(("集团", "企业", "产业", "行业", "车企", "厂商", "厂家", "各国", "国家", "首相", "总理", "总统", "政府", "地区"))


#: how a sector's name ends when the text names it as a sector (物流产业; the text is simplified already)
_SECTOR_SUFFIXES = ("产业", "行业", "产业链")
#: the level word a body's short name opens with when its place is left out (市政府, 区委)
_ADMIN_HEADS = frozenset("市省区县")
#: verbs of a county's slogan (工业强县, 科技兴县, 生态立县): 兴县 and 富县 there name no county
_SLOGAN_VERBS = frozenset("兴富强立名")


def _place_of(name: str, g) -> str | None:
    """The place a body's lexicon name opens with (柳州 of 柳州市人民政府,
    of 中共柳州市委), or None."""
    rest = name[2:] if name.startswith("中共") else name
    return next((h[0] for n in (3, 2) if (h := g.lookup(rest[:n])) is not None and h[1].type == "Region"), None)


def _lexicon_mentions(doc, text, res, starts, ends, seg=None):
    low = text.lower()
    g = res.gazetteer
    generic = res.word_set("generic_names")
    hits = list(g.iter_matches(low))
    # places written together (广西南宁, one jieba word): each is a place
    places = {(s, e) for s, e, n in hits if g.entries[n].type == "Region" and 2 <= e - s <= 3}
    place_starts = {s: e for s, e in places}
    place_ends = {e: s for s, e in places}
    home = res.words.get("home_province")
    bare_needs_list = res.word_set("sectors_named_with_suffix")
    region_ends = {e: s for s, e, n in hits if g.entries[n].type == "Region"}
    region_starts = set(region_ends.values())
    named_places = {n for _, _, n in hits if g.entries[n].type == "Region"}
    for s, e, name in hits:
        # every test below only drops a hit, so the order is free: the ones that
        # need no tokens come first (``s in starts`` may segment a block)
        if name in generic:
            continue  # 战略性新兴产业: a lexicon may list it, but it names no particular thing
        surf = text[s:e]
        entry = g.entries[name]
        if entry.kind == "political_party" and e in region_starts:
            continue  # 中共|钦州市委书记: the party's committee of a place, named as one body
        if surf.endswith(("大学", "大學")) and text.startswith("生", e):
            continue  # 香港|大学生: a place's university students, not the university
        if entry.type == "Organization" and _department_word(text, e):
            continue  # 财政|部门, 商务部门: a kind of government department, not the ministry
        if _guoji(text, s, e):
            continue  # 华泰|国际: the 国 of 国际, not 泰国
        if surf[:1] in _ADMIN_HEADS and surf != name and region_ends.get(s + 1, s) < s:
            continue  # 南宁|市人大常委会: the story's own city's body (市人大常委会) only with no city before
        if surf[:1] in _ADMIN_HEADS and surf != name and (p := _place_of(name, g)) is not None \
                and p not in named_places:
            continue  # 市政府 in a story that never names 柳州 is not 柳州市人民政府
        if name in bare_needs_list and not surf.endswith(_SECTOR_SUFFIXES) and not text.startswith("龙头", e) \
                and not _listed_with_known_industry(text, s, e, res):
            continue  # 联合电子公司: 电子 alone is a sector only in a list of sectors (电子产业 always is)
        if e - s <= 2 and surf != name and entry.kind != "political_party" and seg is not None \
                and seg.is_common_word(surf, 1500) and not _listed_with_place(text, s, e, place_starts, place_ends):
            continue  # 通道 is a word before it is 通道侗族自治县 (but 华南、中南、西南: places)
        if e - s <= 2 and surf != name and seg is not None and entry.kind in _COUNTY_KINDS and \
                _province(g, entry) != home and seg.is_common_word(surf, 50) \
                and not _listed_with_place(text, s, e, place_starts, place_ends):
            continue  # 代工大厂: a big factory, not 大厂回族自治县 in Hebei (but 镇江、江阴: places)
        if e - s == 2 and surf == name and entry.kind in _COUNTY_KINDS and _province(g, entry) != home \
                and surf[0] in _SLOGAN_VERBS and s > 0 and is_cjk(text[s - 1]) and s not in region_ends:
            continue  # 科技兴县, 林业兴县: a county's slogan, not 兴县 in Shanxi
        if e - s == 2 and surf != name and entry.kind in _COUNTY_KINDS and text.startswith(ROUTE_AFTER, e):
            continue  # 柳北|路, 柳南|客运专线, 钦北|铁路: a road or a line named after places, no place
        if e - s == 2 and surf != name and surf.endswith("江") and entry.kind in _COUNTY_KINDS and _of_rivers(text, s, e, res):
            continue  # 经柳江、西江直达, 西江的支流——柳江: the river the county is named after
        if e - s == 2 and surf != name and seg is not None and entry.type in ("Organization", "Company") \
                and 0 < s and e < len(text) and text[s - 1:s + 1] in seg.lw and text[e - 1:e + 1] in seg.lw:
            continue  # 临港|大工业: a short name whose both characters start and end other words
        if entry.kind == "listed_company" and seg is not None and _ordinary_words(surf, seg) \
                and not _company_context(text, s, e, res) \
                and not (_known_by_legal_name(entry) and (text.startswith(_FIRM_AFTER, e)
                                                          or not _place_led(surf, res))):
            continue  # 推进城建发展, 中国联通发展迅速: a listed company's short name made of ordinary
            # words (but a group the lexicon knows by its legal name is that group: 阳光电源计划…;
            # one opening with a place, only where it acts as firms do: 中国联通在X投资)
        if entry.type == "Company" and text.startswith(_SECTOR_SUFFIXES, e) and _place_and_sector(surf, res):
            continue  # 中国建材|产业: the country's building-materials sector, not the firm named so
        if entry.kind == "company_word" and surf != name and not _company_context(text, s, e, res):
            continue  # 该厂日产钢材3000吨: daily output; 与日产合资: the firm (a short name that is a word)
        if entry.type == "Company" and e - s == 2 and seg is not None and seg.is_common_word(surf, 500) \
                and not _company_context(text, s, e, res) and not text.startswith(_FIRM_AFTER, e):
            continue  # 东风吹来: a firm's two-character name that is an everyday word needs a firm's context
        if name == home and s in starts:
            pass  # 广西|宁福 is jieba's 广|西宁|福: the home province's name is read first
        elif surf.isascii():
            if (s > 0 and low[s - 1].isalnum() and low[s - 1].isascii()) or \
                    (e < len(low) and low[e].isalnum() and low[e].isascii()):
                continue
        elif e - s <= 2 and not (s in starts and (e in ends or (
                e + 2 in ends and text[e:e + 2] in _HEAD_NOUNS))) and not (
                (s, e) in places and ((s in starts and place_starts.get(e, -1) in ends)
                                      or (e in ends and place_ends.get(s, -1) in starts))):
            continue  # but 汽车|集团 is one jieba word with a sector in it, 广西|南宁 two places
        elif e - s == 3 and not (s in starts or e in ends):
            continue
        elif e - s == 3 and entry.type == "Industry" and (
                (e not in ends and e - 1 in starts) or (s not in starts and s + 1 in ends)):
            continue  # 制造|业务: a word that begins on the sector's last character runs past it
        if entry.kind == "listed_company" and e - s == 3 and not (s in starts and e in ends):
            continue  # “五喜临门”: a listed short name inside a longer word is that word
        if entry.type == "Organization" and text.startswith("代表", e) and entry.kind == "legislature":
            # 全国人大代表: a deputy's title, not the body acting (read as one
            # name, so no other rule takes it for an employer, then dropped)
            yield Mention(doc, s, e, surf, "Title", "lexicon", key=name)
            continue
        if entry.kind == "listed_company" and e - s <= 3 and seg is not None and e < len(text) \
                and seg.is_common_word(text[e - 1:e + 1], 1000) and not _company_context(text, s, e, res):
            continue  # 四方|达成: the name's last character begins an everyday word (our own dictionary
            # knows 四方达, so jieba's tokens do not show it)
        if entry.type == "IndustrialPark" and surf.endswith("园") and text.startswith("区", e):
            e, surf = e + 1, surf + text[e]  # X产业园|区: the zone's name written with 区, one name
        if entry.type == "Organization" and entry.kind == "government" and name.endswith("部") \
                and text.endswith(("中国", "中國"), 0, s) and not surf.startswith(("中国", "中國", "中华", "中華")):
            s, surf = s - 2, text[s - 2:e]  # 中国|商务部: the state's ministry, named with its country
        yield Mention(doc, s, e, surf, entry.type, "lexicon", key=name)


def _foreign_national(lex: list[Mention], text: str, res) -> list[Mention]:
    """A foreign country's name before a known firm named 国家… is that
    country's national firm (印尼|国家电网 is Indonesia's grid, not China's
    State Grid), and before a known ministry (印尼|财政部) that country's
    ministry: one mention of a body of its own."""
    out: list[Mention] = []
    for m in lex:
        prev = out[-1] if out else None
        if ((m.type == "Company" and m.text.startswith("国家")) or (m.type == "Organization" and m.text.endswith("部"))) \
                and prev is not None and prev.end == m.start \
                and prev.type == "Region" and (e := res.gazetteer.entries.get(prev.key)) is not None \
                and e.kind == "country" and prev.key != res.words.get("home_country"):
            out[-1] = Mention(m.doc, prev.start, m.end, text[prev.start:m.end], m.type, "national",
                              key=text[prev.start:m.end])
            continue
        out.append(m)
    return out


def _of_rivers(text: str, s: int, e: int, res) -> bool:
    """Is the 江 name at ``text[s:e]`` a river: listed with another river (柳江、西江),
    or in a sentence about rivers (``words.json`` ``river_words``: 支流, 航道)?"""
    if (text[e:e + 1] == "、" and text[e + 1:e + 3].endswith("江")) or (text[s - 1:s] == "、" and text[s - 2:s - 1] == "江"):
        return True
    sentence = sentence_around(text, s, e)
    return any(w in sentence for w in res.words.get("river_words", ()))


def _listed_with_place(text: str, s: int, e: int, place_starts, place_ends) -> bool:
    """Is ``text[s:e]`` an item of a list of places (华东、华南、西南)?"""
    return (text[s - 1:s] == "、" and s - 1 in place_ends) or (text[e:e + 1] == "、" and e + 1 in place_starts)


def _province(g, entry) -> str:
    """The province a county-level region lies in (its city's parent)."""
    city = g.entries.get(entry.parent)
    return city.parent if city is not None else ""


def _place_and_sector(name: str, res) -> bool:
    """Is ``name`` a place and a sector written together (中国建材, 中国铝业)?"""
    n = _place_lead(name, res)
    return 0 < n < len(name) - 1 and (h := res.gazetteer.lookup(name[n:])) is not None and h[1].type == "Industry"


def _known_by_legal_name(entry) -> bool:
    """Does the lexicon give the firm's legal name (a curated entry, not only a
    stock list's short name)?"""
    return any(a.endswith(("有限公司", "集团")) for a in entry.aliases)


def _ordinary_words(name: str, seg) -> bool:
    """Is ``name`` made of everyday words (城建|发展), by jieba's own counts?"""
    if len(name) == 4:
        return seg.is_common_word(name[:2], 100) and seg.is_common_word(name[2:], 100)
    if len(name) == 2:
        return seg.is_common_word(name, 300)
    return False
