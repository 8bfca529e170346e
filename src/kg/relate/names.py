"""Relations stated by names and by the region hierarchy (rules ``name``,
``adjacent``, ``hier``, ``subpark``): 柳工全球创新中心 → 柳工 develops it,
柳州市柳东新区 → locatedIn 柳州, 柳州螺蛳粉 → inIndustry, 柳州 partOf 广西.
"""
from __future__ import annotations

import re

from ..focus import BIG_PARK_SUFFIXES as _BIG_PARK
from ..model import Mention
from .doc import _ADMIN_CHILD_KINDS, _CLAUSE, _Doc, _entry
from .roles import _home, _is_province, _kind_in, _seat
from .syntax import _SECTOR_LIST, _clause_of, _list_item, _listed_after, _place_of_sectors


def _name_rules(d: _Doc):
    """Relations implied by names (prefix and containment)."""
    g = d.res.gazetteer if d.res is not None else None
    companies = {}
    industries = {}
    regions = {}
    parks = {}
    for m in d.mentions:
        if m.type == "Company":
            companies.setdefault(m.text, m.key)
            companies.setdefault(m.key, m.key)
        elif m.type == "Industry":
            industries.setdefault(m.text, m.key)
            industries.setdefault(m.key, m.key)
        elif m.type == "Region":
            regions.setdefault(m.text, m.key)
            regions.setdefault(m.key, m.key)
        elif m.type == "IndustrialPark" and m.key.endswith(_BIG_PARK):
            parks.setdefault(m.key, m.key)
    # longest names first, sorted once (not once per mention)
    by_len_companies, by_len_industries, by_len_parks, by_len_regions = (
        sorted(x, key=lambda k: (-len(k), k)) for x in (companies, industries, parks, regions))
    sent_of = {}
    for s in d.sentences:
        for m in d.in_sentence(s):
            sent_of[id(m)] = s
    firm_ending = {m.end: m.key for m in d.mentions if m.type == "Company"}
    for m in d.mentions:
        s = sent_of.get(id(m))
        if s is None:
            continue
        name = m.text
        if m.type in ("Project", "Product", "Organization"):
            # 来冶公司|锡基新材料产业园项目, X集团|研发中心: a firm written right before
            # the name, or opening it, is its owner (a body so named is the firm's own unit)
            owner = firm_ending.get(m.start) if m.type != "Product" else None
            owner = owner or next((companies[pre] for pre in by_len_companies
                                   if name.startswith(pre) and len(name) > len(pre) + 1), None)
            if owner is None and m.type == "Product" and g is not None:
                hit = next((h for n in (4, 3, 2) if len(name) > n + 1 and (h := g.lookup(name[:n])) is not None
                            and h[1].type == "Company"), None)
                owner = hit[0] if hit is not None else None
            if owner is not None and m.type != "Product":
                d.named_owner.setdefault(m.key, owner)
        if m.type in ("Project", "Product"):
            if owner is not None and (m.type == "Product" or any(w in s.text for w in d.in_text("develops", "develops_passive", "develops_named"))):
                # 柳工全球创新中心加快推进, 柳工856H (but not 宝骏基地实现产量: a
                # project named after its firm is that firm's where the sentence builds it)
                d.add(owner, "develops" if m.type == "Project" else "produces", m.key, s, "name")
        if m.type == "Project":
            # 在新能源产业方面，…建成X新能源汽车基地: the sector a project is named
            # after, when the sentence speaks of that sector too (not 柳州南物流中心
            # in passing)
            named = {x.key for x in d.in_sentence(s) if x.type == "Industry" and (x.end <= m.start or x.start >= m.end)}
            for ind in by_len_industries:
                if ind in name and len(name) > len(ind) + 1:
                    if industries[ind] in named:
                        d.add(m.key, "inIndustry", industries[ind], s, "name")
                    break
        if m.type == "IndustrialPark" and m.rule != "nested":
            # 智能家电产业集聚区, 茶叶产业园: the sector a zone is named after, when its
            # sentence names that sector apart from the zone's name too (mentions
            # overlap only when nested: a sector mentioned is outside any name)
            ind = next((i for i in by_len_industries if i in name and len(name) > len(i) + 1), None)
            if ind is not None and any(x.type == "Industry" and x.key == industries[ind] and x.rule != "nested"
                                       for x in d.in_sentence(s)):
                d.add(m.key, "inIndustry", industries[ind], s, "name")
        if m.type in ("Project", "IndustrialPark"):
            # 柳东新区安吉物流园: a park or project named inside a zone
            zone = next((z for z in by_len_parks
                         if name.startswith(z) and len(name) - len(z) >= 3 and parks[z] != m.key), None)
            if zone is not None:
                d.add(m.key, "partOf" if m.type == "IndustrialPark" else "locatedIn", parks[zone], s, "name")
        if g is not None and m.type in ("IndustrialPark", "Project"):
            # 柳州市柳东新区: a zone named after its place (a firm's or a
            # body's place prefix is part of its name, an alias: 深圳大族激光, 老挝SX集团)
            # 广西柳州市柳东新区: the last place of an address is where the thing is;
            # the address ends where a place is not inside the one before it
            # (柳州|台湾科技工业园 is in 柳州, not in 台湾)
            rest, lead, last = name, "", None
            while (nxt := next((p for p in by_len_regions if rest.startswith(p) and len(rest) > len(p) + 1), None)):
                if last is not None and last not in g.ancestors(regions[nxt]):
                    break
                lead, rest, last = lead + nxt, rest[len(nxt):], regions[nxt]
                if g.entries.get(regions[nxt]) is None:
                    break
            if last is not None and (le := g.entries.get(last)) is not None and le.kind in _ADMIN_CHILD_KINDS \
                    and (town := next((regions[p] for p in by_len_regions if rest.startswith(p)
                                       and len(rest) > len(p) + 1 and regions[p] not in g.entries), None)):
                # 昭平县走马镇X项目: a town written after its county is where a zone or a
                # project is (a project's city prefix alone is part of its name, not a site)
                d.add(m.key, "locatedIn", town, s, "name")
            for pre in (by_len_regions if m.type == "IndustrialPark" else ()):
                if lead and name.startswith(lead) and not lead.endswith(pre):
                    continue
                e = g.entries.get(regions[pre])
                if not ((name.startswith(pre) or lead.endswith(pre)) and len(name) > len(pre) + 1
                        and regions[pre] != m.key and e is not None):
                    continue
                if e.kind in _ADMIN_CHILD_KINDS:
                    d.add(m.key, "locatedIn", regions[pre], s, "name")
                break


#: how the names of ports, their districts and stations end (X港, X港Y港区, X港东站)
_PORT_ENDS = ("港", "港区", "码头", "站", "口岸", "铁路港")


#: a rank among the places of a region (广西风电第一大县): the region is where the
#: ranking is made, not a place of the sector
_RANKED_AMONG = ("第一大", "第二大", "第三大")


#: inside the zone or place named in brackets (（阳和工业新区范围内）, （柳江区境内）)
_WITHIN = re.compile(r"(?:范围内|范围|境内|辖区内|内)[)）]")
#: how long the bracketed sectors after a base's name may be (（汽车及零部件）)
_SECTOR_BRACKET = 16


def _adjacent_rules(d: _Doc, sent, ms):
    """柳州螺蛳粉, 柳州新能源汽车产业: a place written right before a sector
    names that place's industry; so does one written before a list of
    sectors closed by its head (柳州的汽车、机械等工业产品, 柳州市汽车和机械领域)."""
    g = d.res.gazetteer if d.res is not None else None
    for x in ms:
        if x.type == "Industry" and (p := _place_of_sectors(d.text, ms, x)) is not None and _home(d, p):
            d.add(p.key, "inIndustry", x.key, sent, "adjacent")
    for a, b in zip(ms, ms[1:]):
        if a.type == "Region" and b.type == "Industry" and a.end == b.start and _home(d, a) \
                and not d.text.startswith(_RANKED_AMONG, b.end):  # 广西风电|第一大县: first within the region
            d.add(a.key, "inIndustry", b.key, sent, "adjacent")
            # 遵义化工、烟草、机械等产业集群: the place's, each sector of the list closed by its head
            items = _listed_after([m for m in ms if m.type == "Industry"], b.start, d.text, gap=0)
            if len(items) > 1 and _SECTOR_LIST.match(d.text, items[-1].end):
                for x in items[1:]:
                    d.add(a.key, "inIndustry", x.key, sent, "adjacent")
        # 外贸转型升级基地（汽车及零部件）: the sectors a base or zone is for, in brackets after its name
        if a.type in ("Project", "IndustrialPark") and d.text[a.end:a.end + 1] in ("(", "（") and b.type == "Industry" \
                and b.start == a.end + 1:
            close = min((i for i in (d.text.find(")", a.end), d.text.find("）", a.end)) if i >= 0), default=-1)
            if 0 <= close - a.end <= _SECTOR_BRACKET:
                for x in ms:
                    if x.type == "Industry" and a.end < x.start and x.end <= close:
                        d.add(a.key, "inIndustry", x.key, sent, "adjacent")
        # 花岭片区(阳和工业新区范围内): a zone inside the one named in brackets after it
        if a.type in ("IndustrialPark", "Project") and b.type in ("IndustrialPark", "Region") and b.start == a.end + 1 \
                and d.text[a.end] in "(（" and _WITHIN.match(d.text, b.end):
            d.add(a.key, "partOf" if a.type == b.type == "IndustrialPark" else "locatedIn", b.key, sent, "adjacent")
        # 综合开发研究院(深圳): a body's or firm's seat in brackets after its name
        if a.type in ("Organization", "Company") and a.rule != "nested" and _seat(d, b) and a.end + 1 == b.start:
            d.add(a.key, "locatedIn", b.key, sent, "adjacent")
        # 越南岘港, 印尼雅加达港: a foreign country's port, plant or park written after it
        if a.type == "Region" and b.type == "Project" and a.end == b.start and b.rule != "nested" \
                and g is not None and (e := g.entries.get(a.key)) is not None and e.kind == "country" \
                and a.key != d.res.words.get("home_country", "中国"):
            d.add(b.key, "locatedIn", a.key, sent, "adjacent")
        # 广东湛江港, 越南海防港: a port or a station written after its province or
        # country is there (a city before one is part of its name)
        if a.type == "Region" and b.type == "Project" and a.end == b.start and b.rule != "nested" \
                and b.key.endswith(_PORT_ENDS) and _kind_in(d, a, ("province", "country")) \
                and a.key != d.res.words.get("home_country", "中国"):
            d.add(b.key, "locatedIn", a.key, sent, "adjacent")
        # 东莞的华科电子, 台中永锋液压, 来自香港的X: a firm written after its place
        if a.type == "Region" and b.type in ("Company", "Organization") and b.rule != "nested" \
                and d.text[a.end:b.start] in ("", "的") and g is not None \
                and (a.key != d.main.get("Region") or d.text[a.end:b.start] == "的"):
            # (the story's own city written into a firm's name is part of it; 柳州的X says where X is)
            e = g.entries.get(a.key)
            if e is not None and e.kind != "province" and not _part_of_name(d, a, b):
                d.add(b.key, "locatedIn", a.key, sent, "adjacent")


def _address_before_firm(d: _Doc, sent, ms) -> None:
    """广东|东莞南卓集团: an address before a firm's own name; its last place
    (mentioned inside the firm's span) is where the firm is."""
    g = d.res.gazetteer if d.res is not None else None
    if g is None:
        return
    ends = {x.end: x for x in ms if x.type == "Region" and x.rule != "nested"}
    for n in ms:
        if n.type != "Region" or n.rule != "nested" or (a := ends.get(n.start)) is None \
                or a.key not in g.ancestors(n.key):
            continue
        firm = next((x for x in ms if x.type == "Company" and x.start == n.start and x.end > n.end
                     and not x.key.startswith(n.text)), None)
        if firm is not None:
            d.add(firm.key, "locatedIn", n.key, sent, "adjacent")


def _part_of_name(d: _Doc, place, firm) -> bool:
    """Is the place the first word of the firm's own name (广西|柳工 for
    广西柳工机械)?  Then it says nothing about where the firm is."""
    return d.text[firm.start:firm.end] != firm.key and firm.key.startswith(place.text)


#: kinds of region whose groups (economic belts, macro-regions) a sentence
#: naming both does not state as a part (广西 and 泛珠三角; but 越南 and 东盟)
_GROUPED_ALONE_KINDS = frozenset(("province", "sar"))
#: what follows a place whose members a list names (…等东盟国家, 等珠三角城市)
_MEMBERS_AFTER = ("国家", "成员国", "城市", "地区", "省份", "省区", "各国")


#: kinds of a part and of its whole that a clause naming both does not state
#: as a part: the whole is too wide for a reader to say it (广西 … 中国, 泰国 …
#: 亚洲); an address written as one word (中国广西) still does
_UNSTATED_PARTS = frozenset((("province", "country"), ("economic_region", "country"), ("country", "region"),
                             ("country", "continent"), ("subregion", "province")))


#: after a part, what says it is one of the whole named next (广西|是中国…的省区)
_IS_ONE_OF = re.compile(r"(?:已经?|也|则)?(?:是|成为|作为)")


#: a count of states (四国, 东盟10国; not 国家, 国际, 国内, 国外)
_STATES_COUNTED = r"[\d一二三四五六七八九十两]+国(?![家际内外])"
_COUNT_STATES = re.compile(_STATES_COUNTED)
#: the tail of a list of member countries (印尼、老挝等6个国家, A、B、C三国)
_MEMBER_LIST = re.compile(r"等(?:[\d一二三四五六七八九十两]+个)?(?:国家|成员国)|" + _STATES_COUNTED)


#: after the places a region takes in: their count and kind (6个市, 3省, 四个城市,
#: 等地), 等, or the clause's end
_MEMBERS_END = re.compile(r"等?(?:[\d一二三四五六七八九十两]+(?:个|大)?(?:城市|地市|市|省区|省|国家|国|地区|区|县)"
                          r"|[，,。；;]|$)")


def _member_of_rules(d: _Doc, sent, regs) -> None:
    """partOf: a place said to be a member of the regions listed after 是
    (遵义是成渝地区双城经济圈、长江经济带成员城市): part of each."""
    if "成员" not in sent.text:
        return
    for m in regs:
        if not d.text.startswith("是", m.end):
            continue
        items = _listed_after(regs, m.end + 1, d.text, gap=0)
        if items and _MEMBER_AFTER.match(d.text, items[-1].end):
            for x in items:
                if x.key != m.key:
                    d.add(m.key, "partOf", x.key, sent, "hier")


#: after a list of regions: the member the subject is (成员城市, 的成员国)
_MEMBER_AFTER = re.compile(r"(?:的|等)?成员(?:城市|国|单位|地区)?")


def _hier_rules(d: _Doc, sent, ms):
    if d.res is None:
        return
    g = d.res.gazetteer
    groups = d.res.region_groups
    regs = [m for m in ms if m.type == "Region" and m.rule != "coref"]  # (该区, 我市: a reference states no part)
    keys = {m.key for m in regs}
    for m in regs:
        e = g.entries.get(m.key)
        # 澳门是大湾区的中心城市之一: a part stated, the whole named right after 是
        # (not 澳门是沟通大湾区与葡语国家的平台)
        said = (w := _IS_ONE_OF.match(d.text, m.end)) is not None and any(
            w.end() <= x.start <= w.end() + 1 for x in regs)
        if e is not None and e.kind == "sar" and not said:
            continue  # 香港 and 中国 in one sentence: no part stated (nor with 是: only its groups)
        parents = set()
        if e is not None and e.parent and e.kind != "sar" and not (e.kind == "economic_region"
                                               and getattr(_entry(d, e.parent), "kind", None) != "country"):
            parents.add(e.parent)  # (北部湾经济区 and 广西 in one sentence: no part stated)
        if e is None or e.kind not in _GROUPED_ALONE_KINDS or said \
                or d.word_re("part_verbs").search(d.text, m.end, sent.end):
            parents.update(groups.get(m.key, ()))  # (a province named with a group it
            # belongs to, 广西 and 泛珠三角, is not said to be a part; 广西处于…泛珠三角 is)
        listed = (d.text[m.end:m.end + 1] == "、" or d.text[m.start - 1:m.start] == "、") \
            and _MEMBER_LIST.search(d.text, m.end, _clause_of(sent, m.start)[1]) is not None
        for p in parents & keys:
            if e is not None and (e.kind, getattr(_entry(d, p), "kind", None)) in _UNSTATED_PARTS \
                    and not _IS_ONE_OF.match(d.text, m.end):
                continue  # 广西 and 中国 in one clause: the part goes without saying (but 中国广西,
                # an address; 广西是中国唯一…的省区, 大湾区已成为中国…的区域之一: said)
            if any(_CLAUSE.search(d.text, min(x.start, m.start), max(x.end, m.end)) is None
                   and not _same_list(d, regs, x, m)
                   or listed and (d.text.startswith(_MEMBERS_AFTER, x.end) or x.text.endswith(_MEMBERS_AFTER)
                                  or _COUNT_STATES.match(d.text, x.end) is not None)
                   for x in regs if x.key == p):
                # (or a list of members in a sentence about the group's 国家: 东盟国家…，印尼、老挝…)
                d.add(m.key, "partOf", p, sent, "hier")  # (in one clause: not 南宁 in 广西 across a sentence)
    town_of = {}  # a listed town's place: 昭平县的走马镇、文竹镇和黄姚镇
    for a, b in zip(regs, regs[1:]):
        if (b.rule == "town" or b.rule == "nested" and b.key not in g.entries) and (
                a.end == b.start or b.rule == "town" and d.text[a.end:b.start] == "的"):  # 花莲县的凤林镇
            d.add(b.key, "partOf", a.key, sent, "hier")
            town_of[b.start] = a.key
        elif b.rule == "town" and a.start in town_of and d.text[a.end:b.start] in ("、", "和", "及") \
                and b.text.endswith(("镇", "乡", "街道")) and a.text.endswith(("镇", "乡", "街道")):
            d.add(b.key, "partOf", town_of[a.start], sent, "hier")
            town_of[b.start] = town_of[a.start]
        elif d.text[a.end:b.start] in ("", "的") and a.key in g.ancestors(b.key):
            d.add(b.key, "partOf", a.key, sent, "hier")  # 广西凭祥市, 广西壮族自治区的凭祥市: an address
        elif a.end == b.start and _kind_in(d, b, ("gulf",)) and _is_province(d, a):
            d.add(b.key, "partOf", a.key, sent, "hier")  # 广西北部湾: a shore's gulf, named as the province's
    _address_list(d, sent, regs)
    _towns_within(d, sent, regs)
    _member_of_rules(d, sent, regs)
    # 越南、泰国、老挝等中南半岛国家: the places listed are in the place named after 等
    for r in regs:
        if d.text[r.start - 1:r.start] != "等" or not d.text.startswith(_MEMBERS_AFTER, r.end):
            continue
        items, pos = [], r.start - 1
        while (x := next((y for y in regs if y.end == pos and y is not r), None)) is not None:
            items.append(x)
            sep = d.text[x.start - 1:x.start]
            if sep not in ("、", "和", "及"):
                break
            pos = x.start - 1
        for x in items if len(items) >= 2 else ():
            d.add(x.key, "partOf", r.key, sent, "hier")
    _province_list(d, sent, regs)
    # 珠三角涵盖广州、深圳等9市, 西南地区包括四川、贵州两省: the places a region
    # is said to take in are its parts (a list of places only, up to its
    # count, 等 or the clause's end)
    for m in d.word_re("member_verbs", head=r"[，,]?", tail="(?:了)?").finditer(d.text, sent.start, sent.end):
        r = next((x for x in regs if x.end == m.start()), None)
        items = _listed_after(regs, m.end(), d.text, gap=0)
        if r is None or len(items) < 2 or any(x.key == r.key for x in items):
            continue
        if _MEMBERS_END.match(d.text, items[-1].end) is None:
            continue  # 东盟包括越南、泰国在内的市场: not a list of the region's parts
        for x in items:
            d.add(x.key, "partOf", r.key, sent, "hier")
    # parks: smaller parks in a sentence about a big zone are part of it
    big = [m for m in ms if m.type == "IndustrialPark" and m.key.endswith(_BIG_PARK)]
    small = [m for m in ms if m.type == "IndustrialPark" and not m.key.endswith(_BIG_PARK)]
    if len({b.key for b in big}) == 1 and small:
        listed = _list_item(d.text, big[0])
        for s_ in small:
            if listed and _list_item(d.text, s_):
                continue  # 靖西铝工业园区、广西高新技术产业开发区、田东工业园区: zones side by side
            d.add(s_.key, "partOf", big[0].key, sent, "subpark")



#: the end of a list of places as places of one province (等地, 等城市, 等市县)
_PLACES_END = re.compile(r"等(?:地|城市|市县|县市|地市|市|县)")


def _address_list(d: _Doc, sent, regs) -> None:
    """The places listed after a province's address (广西藤县、岑溪、苍梧一带)
    lie in that province too, as long as the lexicon puts them there: the list
    ends at a place outside it (…、苍梧、广东封开: 封开 is 广东's)."""
    g = d.res.gazetteer
    for a, b in zip(regs, regs[1:]):
        if a.end != b.start or not _is_province(d, a) or a.key not in g.ancestors(b.key):
            continue
        prev = b
        for c in regs:
            if c.start < prev.end:
                continue
            if d.text[prev.end:c.start] not in ("、", "和", "及") or a.key not in g.ancestors(c.key):
                break
            d.add(c.key, "partOf", a.key, sent, "hier")
            prev = c


def _province_list(d: _Doc, sent, regs) -> None:
    """A list of places that ends in 等地 (等城市) lies in the province named
    before it in its sentence or in the one before, in one paragraph (广西…，
    新增项目集中在百色、河池、崇左等地; 廣西…。灌陽、龍勝、鹿寨等縣的風場), where
    the lexicon puts every listed place in that province; the last province
    named before the list is the one (and not one inside a body's name)."""
    g = d.res.gazetteer
    near = None  # the mentions of this sentence and the one before: read once a list is found
    i = 0
    while i < len(regs):
        items = [regs[i]]
        while i + 1 < len(regs) and d.text[items[-1].end:regs[i + 1].start] in ("、", "和", "及"):
            i += 1
            items.append(regs[i])
        i += 1
        if len(items) < 2 or _PLACES_END.match(d.text, items[-1].end) is None:
            continue
        if near is None:
            prev = d.sentences[sent.index - 1] if sent.index > 0 else None
            near = (d.in_sentence(prev) if prev is not None and prev.paragraph == sent.paragraph else []) \
                + d.in_sentence(sent)
        provs = [m for m in near if m.end <= items[0].start and m.type == "Region" and _is_province(d, m)
                 and not any(o.type != "Region" and o.start <= m.start and m.end <= o.end
                             for o in near)]  # (not 中共福建省委's 福建)
        if not provs or any(x.key not in g.entries or provs[-1].key not in g.ancestors(x.key) for x in items):
            continue
        for x in items:
            d.add(x.key, "partOf", provs[-1].key, sent, "hier")


#: kinds of place whose towns a story lists
_TOWN_HOLDERS = {"县": ("county", "autonomous_county"), "市": ("city", "prefecture", "county_city"),
                 "区": ("district",)}


def _same_list(d: _Doc, regs, a, b) -> bool:
    """Are places ``a`` and ``b`` items of one list (到访南宁、柳州、阳朔、桂林)?
    A list names places side by side; it does not say one lies in the other."""
    lo, hi = (a, b) if a.start < b.start else (b, a)
    between = [r for r in regs if lo.end <= r.start and r.end <= hi.start]
    pos = lo.end
    for r in between + [hi]:
        if d.text[pos:r.start] not in ("、", "和", "及", "与"):
            return False
        pos = r.end
    return True


def _towns_within(d: _Doc, sent, regs) -> None:
    """Towns listed after 县境内的 (市辖区内的 …) are part of that county: the
    last county named before them in the story."""
    towns = [m for m in regs if m.rule == "town"]
    # (县境内的: the land of a county, in words.json's county_land)
    w = d.word_re("county_land", head="([县市区])", tail="的?").search(d.text, sent.start, towns[0].start) \
        if towns else None
    if w is None:
        return
    kinds = _TOWN_HOLDERS[w.group(1)]
    holder = next((m.key for m in reversed(d.mentions) if m.end <= w.start() + 1 and m.type == "Region"
                   and _kind_in(d, m, kinds)), None)
    pos = w.end()
    for t in towns:
        if t.start < w.end() or d.text[pos:t.start] not in ("", "、", "和", "及"):
            break  # the list ends
        d.add(t.key, "partOf", holder, sent, "hier")
        pos = t.end


def _doc_rules(d: _Doc):
    """Containment stated by the document as a whole: a smaller park in a
    story about one zone.  (A place and its province or bloc named in
    different sentences are not: the guide asks for a sentence that states
    it, and ``_hier_rules`` reads those.)"""
    if d.res is None:
        return
    g = d.res.gazetteer
    first: dict[str, Mention] = {}
    for m in d.mentions:
        first.setdefault(m.key, m)
    sent_at = {}
    for s_ in d.sentences:
        for m in d.in_sentence(s_):
            sent_at[id(m)] = s_
    for key, m in first.items():
        s_ = sent_at.get(id(m))
        if s_ is None:
            continue
        if m.type == "IndustrialPark" and d.main.get("IndustrialPark") not in (None, key):
            if key.endswith(_BIG_PARK):
                continue
            lead = g.lookup(key[:2]) or g.lookup(key[:3])
            main = d.main["IndustrialPark"]
            if lead is not None and lead[1].type == "Region" and not main.startswith(lead[0][:2]) \
                    and lead[0] not in main:
                continue  # 苏州工业园 in a story about 柳州高新区
            if any(r == "partOf" and h == key for (h, r, t) in d.out):
                continue
            d.add(key, "partOf", main, s_, "subpark")
