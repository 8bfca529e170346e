"""locatedIn from trigger words and sentence topics (rules ``located``,
``topic``, ``coref``): 位于/落户/入驻, 在 P 落地, 位于 P 的 X, P 拥有 A、B 等企业,
the first or only one of a place, firms that enter the story's zone.
"""
from __future__ import annotations

import re

from .context import _KIND_ZONE_WORDS, _clause_subject_place, _subject, _zone_of_kind
from .doc import _CLAUSE, _Doc, _LEADS_WITH, _OWNER_OF_NEXT, _find_all
from .roles import _ceremony_venue, _home, _is_province, _is_within, _kind_in, _landmark
from .syntax import (
    _address_end, _bare, _capital_len, _clause_of, _lead_place, _listed_after, _listed_before, _place_list,
    _places_joined)


_LOCAL_ORG = ("中学", "小学", "幼儿园", "二中", "一中", "三中", "分校", "校区", "医院", "分院")
#: the head noun of a list of firms or projects, up to a settling verb
#: (等一批大企业大集团, 等5家企业, 等项目)
_LIST_HEAD = re.compile(r"等(?:[一二三四五六七八九十\d]+[家个批]|一批)?[\u4e00-\u9fff]{0,12}?"
                        r"(?:企业|公司|集团|项目|厂商|车企|机构)(?:[\u4e00-\u9fff]{0,4}?(?:企业|集团))?"
                        # (A、B等龙头企业以及一大批X、Y等企业陆续落户P: a second list joins)
                        r"(?:(?:及|和|以及)[^，,。；;]{0,40}?(?:企业|公司|厂商))?"
                        r"(?:已|相继|先后|纷纷|陆续|扎堆|集中|成功|正式|均已|都已|同时)*")


#: X 成为 P 首家…: becoming the first of a place (but 是 P 首个… describes a
#: thing by a ranking in the place: annotators give it no locatedIn)
_FIRST_OF = re.compile(r"(?:成为)([\u4e00-\u9fff]{2,8}?)(?:的)?(?:首家|首个|首批|首座|第一家|第一个|第一所|唯一|最大的|首条)")


#: 的 after a place, or a verb of setting up and 的 (于P设立的X: X is in P)
_SET_UP_DE = re.compile(r"(?:(?:设立|设置|建设|新建|投建|兴建|开设|成立|打造|落户|布局)的|的)")


#: between a zone and a firm: 与 and nothing that ends the clause (柳东新区与X签约)
_PARTNER_GAP = re.compile(r"[^，,。；;：:]*?(?:与|同|跟)[^，,。；;：:]*")


#: 以电子信息产业为主导的: the sectors of the zone named next (group 1)
#: after a verb that grows sectors (words.json sector_growth_verbs): the
#: sectors (group 1) and 的, a zone following (培育|风电装备制造产业的|新区)
_SECTORS_OF = r"([^，,。；;的]{2,30}?(?:产业|行业|产业集群))的"
_BASED_ON = re.compile(r"以([^，,。；;以为]{2,40}?(?:产业|行业)?)为(?:主导|主|重点|特色|支柱|主体)(?:产业)?的")
#: a cluster after its place (电子产业集群, 汽车产业)
_CLUSTER_AFTER = re.compile(r"[^，,。；;]{0,10}?(?:产业集群|企业集群|集群|产业)")
#: a count or a quantity word after a list (等3家, 一批, 众多)
_COUNTED = r"(?:等)?(?:[\d两二三四五六七八九十几多]+[个座家]|一批|众多|诸多)?"
#: after firms a place holds: a count and the kind (3家整车生产企业, 等一批龙头企业)
_LIST_HEAD_AFTER = re.compile(_COUNTED + r"[\u4e00-\u9fff]{0,10}?(?:企业|公司|集团|车企|厂商|龙头)")
#: after a list of sites a place holds: their kind (凭祥境内有A和B2个国家一类口岸)
_SITES_AFTER = re.compile(_COUNTED + r"[\u4e00-\u9fff]{0,8}?(?:口岸|港口|码头|园区|开发区|工业园|产业园|项目|基地)")
#: after a place: the first of its works, then a dash and the works' name (湘西|首个抽水蓄能项目——)
_FIRST_WORKS = re.compile(r"(?:的)?(?:首个|首座|首家|第一个|第一座)[^，,。；;—]{0,12}?(?:项目|工程|电站|工厂|基地)(?:——|—)")
#: a word for now, between 是 and the place a firm is one of (是目前|湖南唯一一家…企业)
_NOW = re.compile(r"(?:目前|当前|现在|如今|眼下)")
#: after 是 and a place: one firm of it (一家…车企, 的一家…企业)
_ONE_FIRM = re.compile(r"(?:的)?(?:一家|首家|唯一一家)[^，,。；;]{0,16}?(?:企业|公司|集团|车企|厂商|厂)")


#: verbs of where a thing lies, which may name two places it straddles
_BORDER_VERBS = frozenset(("位于", "地处", "坐落", "坐落于"))


#: a part of a place before 的 (南宁市北郊的X, 柳州东部的X)
_PLACE_PART = re.compile(r"(?:[东南西北]郊|[东南西北]部|东南部|东北部|西南部|西北部|境内|市区|城区|郊区|一带|附近|中心)的")


#: after a place: inside it (钦州湾|内, 东兴市|境内)
_WITHIN = re.compile(r"(?:境内|之内|内)")


#: adverbs between a place and its verb (在南宁正式成立, 在柳州顺利投产)
_ADVERBS_LEAD = re.compile(r"^(?:正式|顺利|成功|相继|先后|陆续|集中|同时|同步|已经|已|将|均|都|也|还|又|火热|加紧|加快|全力|抓紧|有序|稳步|正在|正)+")


def _opening_place(d: _Doc, sent, ms, pos: int):
    """The place a sentence opens with, when the clause at ``pos`` has no
    subject of its own (柳州是…汽车城，|聚集着A、B; 位于…的凭祥市，…，|境内有A和B),
    or None."""
    cs, _ = _clause_of(sent, pos)
    if cs == sent.start or _bare(d.text[cs:pos]) != "":
        return None
    first_end = _clause_of(sent, sent.start)[1]
    return next((x for x in reversed(ms) if x.end <= first_end and x.type in ("IndustrialPark", "Region")
                 and (x.end == first_end or d.text.startswith("是", x.end))), None)


#: a firm's own site or unit (子公司, 乘用车基地, 工厂)
_SITE_WORDS = r"(?:子公司|分公司|基地|工厂|厂区|厂(?![商家])|生产线|总部|研发中心)"
#: after X在P: X's own site there (的工厂, 的乘用车基地, 的子公司)
_SITE_OF = re.compile(r"的[^，,。；;的]{0,8}?" + _SITE_WORDS)
#: after A是B在P: what B set up there (的子公司, 投资兴建的高档生活用纸生产基地)
_UNIT_OF = re.compile(r"[^，,。；;]{0,8}?的[^，,。；;]{0,12}?" + _SITE_WORDS)


def _place_after_zai(d: _Doc, ms, pos: int):
    """The place or zone named right after a 在 at ``pos``, as far as its
    address goes (在|柳州市柳江区: 柳江区), or None."""
    if not d.text.startswith("在", pos):
        return None
    p = next((x for x in ms if x.start == pos + 1 and x.type in ("Region", "IndustrialPark")), None)
    return _address_end(ms, p, ("IndustrialPark", "Region")) if p is not None else None


#: before a firm opening a sentence: a partner's 与/和, or a news source's 从 (记者从X获悉)
_NOT_OPENING = re.compile(r"[与和同跟从]")


def _opening_firm(d: _Doc, sent, ms, cs: int):
    """The firm the sentence opens with, when it acts in the clauses before
    ``cs`` (X看好…，去年底在P设立子公司; 总部位于台中的X宣布…，将在P设立…): the first
    mention is a firm, with no partner's 与/和 before it and no mention between
    the end of its clause and ``cs`` that could act instead; else None."""
    first = next((x for x in ms if x.rule != "nested" and x.type != "Region"), None)
    if first is None or first.type != "Company" or first.end > cs:
        return None
    if _NOT_OPENING.search(d.text, sent.start, first.start):
        return None  # 与X签约后，在P设立…: X is a partner; 记者从X获悉: a source
    _, fce = _clause_of(sent, first.start)
    if any(x.type in ("Company", "Organization") and fce <= x.start < cs and d.text[x.start - 1] not in "与和同跟"
           for x in ms):
        return None  # another firm or body acts in a clause between (but 与柳工签署…: a partner)
    return first


#: what a zone hosts, right after 入驻/进驻 (园区入驻|企业已达120家, 入驻|项目20个)
_HOSTS = re.compile(r"(?:的)?(?:重点|规上|各类|知名)?(?:企业|项目|商户|商家|\d)")


def _located_rules(d: _Doc, sent, ms) -> None:
    """locatedIn said by a verb or a preposition: X 落户/入驻/位于 Y, 位于 Y 的 X,
    在 Y 的 X, X、Y等项目在 P 落地, P 拥有 A、B 等企业, 以 A、B 为龙头, X 是 P 一家…企业;
    and a zone's sectors said of it (以 X 为主导的 P, 培育 X 产业的新区)."""
    T = d.trig
    text = sent.text
    base = sent.start
    park_verbs = T.get("locatedIn_park", ())
    for i, w in _find_all(text, d.in_text("locatedIn", "locatedIn_park"), ms, base):
        p = base + i
        after = [m for m in ms if m.start >= p + len(w) and m.type in ("IndustrialPark", "Region")]
        if not after:
            continue
        loc = after[0]
        if _HOSTS.match(d.text, p + len(w)):
            continue  # 园区入驻企业已达120家，其中X片区…: a zone hosting firms, the verb settles them
        chain = [loc]
        while (inner := next((x for x in after if x.start == loc.end + _capital_len(d.text, loc.end)), None)) \
                is not None:
            loc = inner  # 位于广西鹿寨县, 位于广西首府南宁市: the most specific place
            chain.append(loc)
        if w in park_verbs and (loc.type != "IndustrialPark" or _bare(d.text[p + len(w):after[0].start]) != ""
                                and "的" not in d.text[p + len(w):after[0].start]):
            continue  # 进入东盟市场: moving into a zone only (进入当天开园的X工业集中区)
        de = d.text.find("的", loc.end, loc.end + 5)
        if (part := _PLACE_PART.match(d.text, loc.end)) is not None:
            de = part.end() - 1  # 位于南宁市北郊的X
        if de >= 0 and not re.search(r"[，,。；;]", d.text[loc.end:de]):
            # 位于柳南区的孵化园, 位于越南海防的KD工厂 → the thing after 的 is located
            nxt = [m for m in ms if m.start > de and m.type != "Region"]
            if nxt and nxt[0].start - de <= 2:
                d.add(nxt[0].key, "locatedIn", loc.key, sent, "located")
                continue
            inner = next((m for m in ms if m.start == de + 1 and m.type == "Region"), None)
            if inner is not None and _WITHIN.match(d.text, inner.end):
                loc, chain = inner, [inner]  # 位于北部湾北部的钦州湾内: the place inside the wider one
        subj = _subject(ms, p, ("Company", "Project", "Organization", "IndustrialPark"))
        if subj is not None and _place_subject(d, ms, subj, p):
            subj = None  # X集团选址钦州，钦州市|位于北部湾…: the place lies there, not the firm
        if subj is not None and subj.key != loc.key:
            d.add(subj.key, "locatedIn", loc.key, sent, "located")
            # 位于钦州市灵山县某镇: lying in each place of the address below the
            # province (落户 P 市 Q 区 names where it settles: Q only)
            for x in (chain[:-1] if w in _BORDER_VERBS else ()):
                if x.type == "Region" and x.key != subj.key and not _is_province(d, x):
                    d.add(subj.key, "locatedIn", x.key, sent, "located")
            if w in _BORDER_VERBS:  # 位于肇庆市和梧州市交界处: in both
                for x in _places_joined(d, after, loc):
                    d.add(subj.key, "locatedIn", x.key, sent, "located")
            # A、B、C等一批企业进驻广西: every firm of the list, when its head noun
            # is all that stands between the list and the verb
            head = d.text[subj.end:p]
            if _LIST_HEAD.fullmatch(head):
                for x in _listed_before([m for m in ms if m.type == subj.type], subj.start, d.text):
                    d.add(x.key, "locatedIn", loc.key, sent, "located")
    # X、Y等项目 … 在 P 落地/落户/投产: every listed thing is in P
    for m in re.finditer(r"在", text):
        p = base + m.end()
        loc = next((x for x in ms if x.start == p and x.type in ("IndustrialPark", "Region")), None)
        abroad = loc is not None and loc.type == "Region" and not _home(d, loc)
        if loc is None or abroad and not _kind_in(d, loc, ("country", "city")):  # (not a bloc, a sea, a continent)
            continue
        loc = _address_end(ms, loc, ("IndustrialPark", "Region"))  # 在柳州市柳江区: the most specific place
        locs, end = _place_list(d, ms, loc)  # 在上海、天津等地建有…: every place of the list
        rest = _ADVERBS_LEAD.sub("", d.text[end:end + 10])
        located = any(rest.startswith(w) for w in T["locatedIn"] + T.get("locatedIn_topic", []) +
                      T.get("locatedIn_site", []))
        if abroad:  # 在印尼设有子公司, 在越南布局KD工厂: a site of its own abroad (not 在东盟拥有…)
            located = rest.startswith(tuple(T.get("locatedIn_abroad", ())))
        built = rest.startswith(tuple(T["develops_start"]))  # X项目在P开工建设: the project, not its builder
        if located or built:
            cs, _ = _clause_of(sent, base + m.start())
            approves = d.word_re("approval_verbs")
            found = False
            for x in ms:
                if cs <= x.start and x.end <= base + m.start() and x.rule != "nested" and (
                        x.type == "Project" or (located and x.type in ("Company", "Organization"))) \
                        and not _OWNER_OF_NEXT.match(d.text, x.end) \
                        and not (x.type == "Organization" and approves.search(d.text, x.end, base + m.start())):
                    # X集团旗下Y在P: Y is there; 商务部同意在广西设立…: the body approves, it is not there
                    found = True
                    for loc in locs:
                        d.add(x.key, "locatedIn", loc.key, sent, "located")
            if located and not found and cs > sent.start and not any(cs <= x.start < base + m.start() for x in ms) \
                    and (firm := _opening_firm(d, sent, ms, cs)) is not None:
                for loc in locs:  # X看好柳州…，去年底在柳州高新区设立子公司: the firm opening the sentence
                    d.add(firm.key, "locatedIn", loc.key, sent, "located")
    # 柳工在印度的工厂, 东风柳汽在柳东新区的乘用车基地: the firm has a site in P
    for c in ms:
        if c.type == "Company" and c.rule != "nested" and (p := _place_after_zai(d, ms, c.end)) is not None \
                and _SITE_OF.match(d.text, p.end) and p.key != c.key:
            d.add(c.key, "locatedIn", p.key, sent, "located")
    # A是B在P的子公司, A是B在P投资兴建的生产基地: A is B's unit in P
    for a, b in zip(ms, ms[1:]):
        if a.type == "Company" and b.type == "Company" and d.text.startswith("是", a.end) and b.start == a.end + 1 \
                and (p := _place_after_zai(d, ms, b.end)) is not None and _UNIT_OF.match(d.text, p.end):
            d.add(a.key, "locatedIn", p.key, sent, "located")
    # 柳州拥有A、B、C3家整车企业: firms a home place or zone holds are there
    for i, w in _find_all(text, d.in_text("locatedIn_holds"), ms, base):
        p = base + i
        place = next((x for x in ms if x.end == p and x.type in ("IndustrialPark", "Region")), None) \
            or _lead_place(d, sent, ms, p) or _opening_place(d, sent, ms, p)
        if place is None or (place.type == "Region" and not _home(d, place)):
            continue
        firms = [x for x in _listed_after(ms, p + len(w), d.text, gap=0)]
        if firms and (all(x.type == "Company" for x in firms) and _LIST_HEAD_AFTER.match(d.text, firms[-1].end)
                      or all(x.type in ("Project", "IndustrialPark") for x in firms)
                      and _SITES_AFTER.match(d.text, firms[-1].end)):
            for x in firms:
                d.add(x.key, "locatedIn", place.key, sent, "located")
    # 柳东新区以A、B为龙头: the firms a zone or home place leads with are in it;
    # 以A、B等为代表的北部湾电子产业集群: the firms of a place's cluster are in the place
    for m in (_LEADS_WITH.finditer(text) if "为" in text and "以" in text else ()):
        p = base + m.start()
        place = next((x for x in reversed(ms) if x.end <= p and x.type in ("IndustrialPark", "Region")), None)
        if place is None or _bare(d.text[place.end:p]) != "" or (place.type == "Region" and not _home(d, place)):
            place = None
        if place is None and d.text.startswith("的", base + m.end()):
            place = next((x for x in ms if x.start == base + m.end() + 1 and x.type in ("Region", "IndustrialPark")
                          and _CLUSTER_AFTER.match(d.text, x.end)), None)
        if place is None:
            continue
        for x in ms:
            if p < x.start and x.end <= base + m.end(1) and x.type == "Company":
                d.add(x.key, "locatedIn", place.key, sent, "located")
    # 以遵义、安顺等为核心的汽车零部件生产基地: the places a sector's base is built around are in the sector
    for m in (_LEADS_WITH.finditer(text) if "为" in text and "以" in text else ()):
        if not d.text.startswith("的", base + m.end()):
            continue
        places = [x for x in ms if base + m.start(1) <= x.start and x.end <= base + m.end(1)]
        if not places or any(x.type != "Region" or not _home(d, x) for x in places):
            continue
        sector = next((x for x in ms if x.type == "Industry" and base + m.end() < x.start
                       and not _CLAUSE.search(d.text, base + m.end(), x.start)), None)
        if sector is not None and d.word_re("sector_bases").match(d.text, sector.end):
            for x in places:
                d.add(x.key, "inIndustry", sector.key, sent, "focus")
    # 以电子信息产业为主导的北海工业园区: the sectors a zone or place is built on
    for m in (_BASED_ON.finditer(text) if "为" in text and "以" in text else ()):
        zone = next((x for x in ms if x.start == base + m.end() and x.type in ("IndustrialPark", "Region")), None)
        if zone is not None:
            for x in ms:
                if base + m.start(1) <= x.start and x.end <= base + m.end(1) and x.type == "Industry":
                    d.add(zone.key, "inIndustry", x.key, sent, "focus")
    # 正在加快培育风电装备制造产业的新区: the sectors a zone grows, said of it
    grows = d.word_re("sector_growth_verbs", tail=_SECTORS_OF) if "的" in text else None
    for m in (grows.finditer(text) if grows is not None else ()):
        p = base + m.end()
        zone = next((x for x in ms if x.start == p and x.type in ("IndustrialPark", "Region")), None)
        if zone is None or (zone.type == "Region" and not _home(d, zone)):
            continue
        for x in ms:
            if base + m.start(1) <= x.start and x.end <= base + m.end(1) and x.type == "Industry":
                d.add(zone.key, "inIndustry", x.key, sent, "focus")
    # X是广西柳州市一家…企业: a firm said to be one of a place's
    for m in (re.finditer(r"是", text) if "一家" in text or "首家" in text else ()):
        p = base + m.end()
        if (now := _NOW.match(d.text, p)) is not None:
            p = now.end()  # 是目前|湖南唯一一家…企业
        places = []
        while (x := next((y for y in ms if y.start == (places[-1].end if places else p)
                          and y.type == "Region"), None)) is not None:
            places.append(x)
        if not places or not _home(d, places[-1]) or not _ONE_FIRM.match(d.text, places[-1].end):
            continue
        subj = next((x for x in reversed(ms) if x.end <= base + m.start() and x.type == "Company"), None)
        if subj is not None and _bare(d.text[subj.end:base + m.start()]) == "" \
                and _clause_of(sent, subj.start)[0] == _clause_of(sent, base + m.start())[0]:
            d.add(subj.key, "locatedIn", places[-1].key, sent, "located")
    for m in re.finditer(r"[在于]", text):
        p = base + m.end()
        after = [x for x in ms if x.start == p and x.type in ("IndustrialPark", "Region")]
        de = _SET_UP_DE.match(d.text, after[0].end) if after else None
        if de is not None:  # 在柳州的X, 于柳州高新区设立的X
            nxt = [x for x in ms if 0 <= x.start - de.end() <= 1 and x.type in
                   ("Company", "Project", "Organization", "IndustrialPark")]
            if nxt:
                d.add(nxt[0].key, "locatedIn", after[0].key, sent, "located")


def _first_of_rules(d: _Doc, sent, ms) -> None:
    """locatedIn: X 成为广西首家…, X 成为全区唯一…: the first or only one of a place."""
    text = sent.text
    base = sent.start
    for m in _FIRST_OF.finditer(text):
        if "以外" in m.group(1) or "之外" in m.group(1):
            continue  # 广西以外最大的伙伴: outside the place, not in it
        p = base + m.start(1)
        reg = next((x for x in ms if x.start == p and x.type == "Region"), None)
        if reg is None or not _home(d, reg):
            continue
        # the sentence's subject, not an approver named on the way (获科技部批复成为…)
        subj = next((x for x in ms if x.end <= base + m.start() and x.type in
                     ("Company", "IndustrialPark", "Organization", "Project")), None)
        if subj is not None and not _is_within(d, subj, reg):
            d.add(subj.key, "locatedIn", reg.key, sent, "located")
    # 湘西首个抽水蓄能项目——X项目: the first of a place's works, named after a dash
    for reg in (x for x in ms if x.type == "Region" and x.rule != "nested"):
        if (f := _FIRST_WORKS.match(d.text, reg.end)) is not None and _home(d, reg):
            proj = next((x for x in ms if x.start == f.end() and x.type == "Project"), None)
            if proj is not None:
                d.add(proj.key, "locatedIn", reg.key, sent, "located")


#: what lies between two items of one list (、钦州港、)
_SIBLINGS = re.compile(r"(?:[、和及与][^、，,。；;：:\s]{2,10})*[、和及与]")


def _topic_located_rules(d: _Doc, sent, ms, topic) -> None:
    """locatedIn: companies and projects named in a sentence about a zone, or
    about a city with a settling verb (拥有, 引进, 落地 …)."""
    T = d.trig
    text = sent.text
    if topic is not None:
        settle = any(w in text for w in T["locatedIn"] + T.get("locatedIn_topic", [])) or (
            topic.rule == "coref" and topic.start == sent.start)  # a zone's list carried on
        for m in ms:
            if m.start <= topic.start or m.type not in ("Company", "Project", "Organization") \
                    or m.rule == "nested":
                continue
            if m.type == "Organization" and not (settle and topic.type == "IndustrialPark"
                                                 and m.key.endswith(_LOCAL_ORG)):
                continue  # a university in a zone's news cooperates; its schools are there
            if topic.type == "IndustrialPark" and m.type == "Company" and m.rule == "lexicon" \
                    and not settle and not (d.main.get("Region") and m.text.startswith(d.main["Region"])):
                continue  # a national group named in a zone's news has projects there, not
                # itself; its local arm (柳州优必选) is there
            if _PARTNER_GAP.fullmatch(_bare(d.text[topic.end:m.start])):
                continue  # 柳东新区与X有限公司签约: a partner of the zone, not (yet) in it
            if _SIBLINGS.fullmatch(d.text, topic.end, m.start):
                continue  # 拥有防城港、钦州港、北海港: items of one list, not one in the other
            where = topic
            own, cs, ce = _clause_subject_place(d, sent, ms, m)
            if own is not None and own.key != topic.key:
                if not any(w in d.text[cs:ce] for w in T["locatedIn"] + T.get("locatedIn_topic", [])):
                    continue  # 新区积极融入X工程: a clause of its own, but X is not settled there
                where = own  # X位于柳南区，而柳南区聚集了A、B: the clause's own place
            if (where.type == "IndustrialPark" or settle and not _is_province(d, where)) \
                    and not _landmark(d, sent, m):
                d.add(m.key, "locatedIn", where.key, sent, "topic")
    elif any(w in text for w in T["locatedIn"]) and not any(
            m.type in ("IndustrialPark", "Region") for m in ms):
        # 联合电子、信炜科技等5家企业已顺利落地: in the story's zone (落地新区: its 新区)
        kind = _SETTLED_IN_KIND.search(text)
        key = _zone_of_kind(d, kind.group(1), sent.start + kind.start(1)) if kind is not None \
            else d.main.get("IndustrialPark")
        if key is not None:
            for m in ms:
                if m.type in ("Company", "Project") and m.rule != "nested":
                    d.add(m.key, "locatedIn", key, sent, "coref")


def _place_subject(d: _Doc, ms, subj, p: int) -> bool:
    """Is the verb at ``p`` said of a place named after ``subj`` and right
    before the verb (X选址钦州，钦州市|位于北部湾…; 钦州市|地处…)?"""
    last = max((m for m in ms if subj.end <= m.start and m.end <= p), key=lambda m: m.end, default=None)
    return last is not None and last.type == "Region" and _ADVERBS_LEAD.sub("", d.text[last.end:p]) == ""


#: a settling verb and a bare word for a kind of zone (落地新区, 入驻开发区)
_SETTLED_IN_KIND = re.compile(r"(?:落户|落地|入驻|进驻|扎根)(" + "|".join(sorted(_KIND_ZONE_WORDS, key=len, reverse=True)) + ")")
#: what ends a clause right after its verb (…企业正式签约入驻。)
_CLAUSE_ENDS = frozenset(("", "，", ",", "。", "；", ";", "！", "!"))
#: after 入园: the newcomers' kind and a verb of listing (入园并开工的项目有, 入园企业包括)
_ENTRANTS_LISTED = re.compile(r"[^，,。；;：:]{0,6}?(?:项目|企业)(?:主要)?(?:有|包括|为)[:：]?")


def _entered_zone_rules(d: _Doc, sent, ms) -> None:
    """locatedIn: A、B等6家企业入园 (and 新入园的项目有A、B), the zone the story
    named last; A、B等企业进驻园区, the zone named before them in the sentence,
    else the last one; A、B等企业签约入驻。 the zone named before their clause."""
    T = d.trig
    text = sent.text
    base = sent.start
    enter = next(iter(_find_all(text, T.get("locatedIn_enter_park", ()), ms, base)), None) \
        if not any(m.type in ("IndustrialPark", "Region") and m.rule != "nested" for m in ms) else None
    zone = d.last_before("IndustrialPark", sent.start) if enter is not None else None
    if zone is not None:
        # 新入园的项目有A、B等10个企业: the firms listed after the zone's newcomers are named
        listed = _ENTRANTS_LISTED.match(text, enter[0] + len(enter[1]))
        for m in ms:
            if m.type in ("Company", "Project") and m.rule != "nested" and (
                    m.end <= base + enter[0] or listed is not None and m.start >= base + listed.end()
                    and not _CLAUSE.search(d.text, base + listed.end(), m.start)):
                d.add(m.key, "locatedIn", zone, sent, "coref")
    # X产业园内…，已有A、B等8家企业进驻园区: the zone the words 园区/该园区 after a
    # settling verb point back to, named before the firms in the sentence or before it
    zone_word = d.word_re("settled_zone_words")  # (进驻|园区, 落户|该园区)
    for i, w in _find_all(text, T["locatedIn"], ms, base):
        if text[i + len(w):i + len(w) + 1] in _CLAUSE_ENDS:
            _settled_at_clause_end(d, sent, ms, base + i)
            continue
        if not (zw := zone_word.match(text, i + len(w))):
            continue
        firms = [m for m in ms if m.type == "Company" and m.rule != "nested" and m.end <= base + i]
        if not firms:
            continue
        zones = [m for m in ms if m.type == "IndustrialPark" and m.rule != "nested" and m.end <= firms[0].start]
        bare = zw.group().removeprefix("该")
        key = zones[-1].key if zones else _zone_of_kind(d, bare, base + i) if bare in _KIND_ZONE_WORDS \
            else d.last_before("IndustrialPark", sent.start)  # (落地新区: the story's 新区)
        for m in (firms if key is not None else ()):
            if m.start > (zones[-1].end if zones else base) and not _CLAUSE.search(d.text, m.end, base + i):
                d.add(m.key, "locatedIn", key, sent, "coref")


def _settled_at_clause_end(d: _Doc, sent, ms, p: int) -> None:
    """locatedIn: firms that end their clause with the settling verb at ``p``
    and name no place (X园举行签约仪式，A、B等6家企业正式签约入驻。) are in the
    zone the sentence named before their clause."""
    cs, _ = _clause_of(sent, p)
    firms = [m for m in ms if m.type == "Company" and m.rule != "nested" and cs <= m.start and m.end <= p]
    zones = [m for m in ms if m.type == "IndustrialPark" and m.rule != "nested" and m.end <= cs]
    if firms and zones and not any(m.type in ("Region", "IndustrialPark") and m.rule != "nested"
                                   and zones[-1].end <= m.start < p for m in ms):
        for m in firms:
            d.add(m.key, "locatedIn", zones[-1].key, sent, "coref")


def _bracketed_place_rules(d: _Doc, sent, ms) -> None:
    """locatedIn: a project or zone with its place in brackets right after its
    name (X项目（灵川）, X产业园(柳江区)), as lists of signed projects write it.
    Only a Chinese place below a province: (东盟) is a partner, and a province
    qualifies a national body's branch (国家X检验中心（广西）)."""
    for m in ms:
        if m.type not in ("Project", "IndustrialPark") or m.rule == "nested" or d.text[m.end:m.end + 1] not in ("(", "（"):
            continue
        inside = [r for r in ms if r.type == "Region" and m.end < r.start and r.end <= m.end + 12]
        if inside and inside[0].start == m.end + 1 and d.text[inside[-1].end:inside[-1].end + 1] in (")", "）") \
                and all(a.end == b.start for a, b in zip(inside, inside[1:])) and _home(d, inside[-1]) \
                and not _is_province(d, inside[-1]):  # X中心（广西）: a province qualifies a name
            d.add(m.key, "locatedIn", inside[-1].key, sent, "located")


#: a count of firms and their home place closing a list (A、B等6家|上海|企业)
_COUNTED_HOME = re.compile(r"等(?:[一二三四五六七八九十两几\d]+(?:多|余)?家)?$")
#: what the firms of such a list are
_FIRMS_WORD = re.compile(r"的?[\u4e00-\u9fff]{0,4}?(?:企业|公司|厂商|车企|药企|厂家)")


def _listed_home_rules(d: _Doc, sent, ms) -> None:
    """locatedIn: firms listed with their home place as the list's head
    (A、B、C等6家上海企业, A和B等湖南企业): each is in the place.  Only a
    country, a province or a city: a bloc or a region is a market, no home;
    the project's own province (广西企业) is too wide to say where a firm of
    its stories is."""
    home = d.res.words.get("home_province") if d.res is not None else None
    for r in ms:
        if r.type != "Region" or r.key == home or not _FIRMS_WORD.match(d.text, r.end) \
                or (head := _COUNTED_HOME.search(d.text, max(0, r.start - 8), r.start)) is None \
                or not _kind_in(d, r, ("country", "province", "city", "county_city", "district", "county", "sar")):
            continue
        firms = _listed_before([m for m in ms if m.type == "Company"], head.start(), d.text)
        for x in firms if len(firms) >= 2 else ():
            d.add(x.key, "locatedIn", r.key, sent, "located")


#: a place's firms counted, before 其中 names some (我市共有18家大中型企业参展，其中…)
_FIRMS_COUNTED = re.compile(r"(?:共|共计|总共)?有?(?:\d+|[一二三四五六七八九十百两几]+)(?:多|余)?家[^，,。；;]{0,10}?(?:企业|公司|车企|厂商)"
                            r"(?:参展|参会|参加|出席|与会)?[，,]?(?=其中)")


def _counted_firms_rules(d: _Doc, sent, ms) -> None:
    """locatedIn: a place whose firms are counted, then named after 其中 (我市共有
    18家企业参展，其中A展出了X，B展出了Y): each firm opening a clause after
    其中 is in the place."""
    i = sent.text.find("其中")
    if i < 0:
        return
    k = sent.start + i
    count = next(_FIRMS_COUNTED.finditer(d.text, sent.start, k + 2), None)  # (it closes the clause before 其中)
    if count is None:
        return
    cs = _clause_of(sent, count.start())[0]
    place = next((m for m in reversed(ms) if cs <= m.start and m.end <= count.start()
                  and m.type in ("Region", "IndustrialPark")), None)
    if place is None or any(m.type in ("Company", "Organization") and place.end <= m.start < count.start() for m in ms):
        return
    firms = [m for m in ms if m.type == "Company" and m.start >= k + 2 and m.rule != "nested"
             and (m.start == k + 2 or _clause_of(sent, m.start)[0] == m.start
                  or d.text[m.start - 1:m.start] == "市" and _clause_of(sent, m.start)[0] == m.start - 1)]
    for x in firms:  # (市X有限公司: 我市's firm, written with 市 alone)
        d.add(x.key, "locatedIn", place.key, sent, "located")


#: a count of a firm's sites after the places that name them (南宁、武汉|两大基地)
_SITES_COUNTED = re.compile(r"(?:两|三|四|五|六|\d+)(?:大|个)(?:生产|制造|整车|研发)?(?:基地|工厂|厂区)")


def _sites_listed_rules(d: _Doc, sent, ms) -> None:
    """locatedIn: a firm's sites named by the places listed right after it
    (X集团南宁、武汉两大基地): the firm is in each place."""
    if "大" not in sent.text and "个" not in sent.text:
        return
    regions = [m for m in ms if m.type == "Region"]
    for f in ms:
        if f.type != "Company" or f.rule == "nested":
            continue
        places = _listed_after(regions, f.end, d.text, gap=0)
        if len(places) >= 2 and _SITES_COUNTED.match(d.text, places[-1].end):
            for p in places:
                d.add(f.key, "locatedIn", p.key, sent, "located")


def _zone_built_in_rules(d: _Doc, sent, ms) -> None:
    """locatedIn: A 在 P 建设 Z, a zone being built lies in the place it is built
    in; Z开园仪式在P举行, a zone opens where it lies."""
    T = d.trig
    text = sent.text
    for pm in ms:
        if pm.type == "IndustrialPark" and pm.rule != "nested" \
                and (venue := _ceremony_venue(d, sent, ms, pm)) is not None \
                and venue.key != pm.key and not _is_province(d, venue):
            d.add(pm.key, "locatedIn", venue.key, sent, "located")
    starts = T.get("develops_start", ())
    if any(w in text for w in starts):
        for pm in ms:
            if pm.type != "IndustrialPark" or pm.rule in ("nested", "lexicon"):
                continue
            cs, _ = _clause_of(sent, pm.start)
            at = [m for m in ms if cs <= m.start < pm.start and m.type == "Region" and _home(d, m)
                  and d.text[m.start - 1:m.start] == "在" and m.rule != "nested"]
            if at and any(w in d.text[at[-1].end:pm.start] for w in starts):
                d.add(pm.key, "locatedIn", at[-1].key, sent, "located")
