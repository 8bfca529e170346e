"""inIndustry (rules ``focus``, ``industry``, ``pillar``, ``coref``): a zone or
city that grows sectors, a firm and a sector in one clause, a sector's firm
in apposition or in a list's head noun, X、Y是柳州的支柱产业.
"""
from __future__ import annotations

import re

from ..model import Mention
from .context import _carried_topic, _subject, _topic
from .doc import _CLAUSE, _Doc, _find_all
from .roles import _TRADE_WORDS, _field_of_cooperation, _firm_heads, _home
from .syntax import (
    _COUNTED_SECTORS, _MADE_IN, _SECTOR_LIST, _bare, _clause_of, _clauses, _led_with, _listed_after, _listed_before,
    _place_of_sectors)


_LIST_COUNT = re.compile(r"(?:等(?:一批|多家|\d+家|诸多|众多)?|等?\d+[大家]|等?这?[两三四五六七八九十]+[大家])"
                         r"(?:配套|重点|龙头|骨干|知名|整车)?$")
#: the head of a list of projects, after its sector (等一批数字经济|重大项目)
_PROJECT_HEAD = re.compile(r"(?:及?产业链)?(?:配套)?(?:产业|制造)?(?:重大|重点)?(?:建设)?项目")
#: sector-talk nouns among the inIndustry subject words: no verb of their own
_SECTOR_NOUNS = frozenset(("领域", "方面", "集群"))


#: 作为 opening a clause and no clause break after it: what follows is a role
#: the sentence's subject plays (作为百色铝加工领域的骨干企业，X)
_AS_ROLE = re.compile(r"(?:^|[，,。；;])作为[^，,。；;]*$")


#: a sector's firms counted right after it (木材加工|企业400多家): the place's sector
_FIRMS_COUNTED_AFTER = re.compile(r"(?:生产|制造|加工)?(?:企业|厂家)(?:已达|达到|达|有|超过|共)?"
                                  r"(?:\d+|[一二三四五六七八九十百千两几]+)(?:多|余)?家")


def _topic_sector_rules(d: _Doc, sent, ms) -> Mention | None:
    """inIndustry: the sentence's topic (a zone or a Chinese city or region, or
    新区 / 我市) grows the industries named after it.  Returns the topic."""
    T = d.trig
    text = sent.text
    topic = _topic(d, ms)
    if topic is None:
        topic = _carried_topic(d, sent, ms)
    inds = [m for m in ms if m.type == "Industry"]
    if topic is None and len(inds) >= 2 and not any(m.type != "Industry" for m in ms) \
            and (c := _COUNTED_SECTORS.search(d.text, inds[-1].end, sent.end)) is not None \
            and _bare(d.text[inds[-1].end:c.start()]) == "":
        # 汽车、钢铁、机械三大支柱产业提档升级, a sentence naming nothing else: the story's city's
        city = d.main.get("Region")
        here = Mention(d.doc, sent.start, sent.start, "", "Region", "coref", key=city) if city else None
        topic = here if here is not None and _home(d, here) else None
    sector_talk = any(w in text for w in T["inIndustry_subject"]) or any(
        m.rule == "industry" or d.text[m.end:m.end + 2] in ("产业", "行业") for m in inds) \
        or (inds and _SECTOR_LIST.search(text) is not None) \
        or any(d.word_re("sector_sites").match(d.text, m.end) for m in inds) \
        or any(_FIRMS_COUNTED_AFTER.match(d.text, m.end) for m in inds)  # 是国家汽车零部件生产基地, 现有木材加工企业400多家
    if topic is not None and inds and sector_talk:
        lead_in = text.startswith("在")  # 在汽车产业领域，新区…
        # 新能源、机械三大产业贡献了新区四成产值: a list of sectors before a
        # zone or city that no firm in the sentence could own
        owned = lead_in or (_SECTOR_LIST.search(text) is not None and not any(
            m.type in ("Company", "Organization", "Project") for m in ms))
        aspects = sent.start + text.find("等方面")  # 土地、税收和金融|等方面的优惠政策: aspects, no sectors
        # 依托佛山…和柳州市汽车和机械领域的基础: the sectors of the place written before them
        others = {x.key for x in inds if (o := _place_of_sectors(d.text, ms, x)) is not None and o.key != topic.key}
        for ind in inds:
            if ind.key in others:
                continue
            if (ind.start > topic.start or owned) and not _field_of_cooperation(d, sent, ind) \
                    and not (aspects >= sent.start and ind.end <= aspects
                             and not _CLAUSE.search(d.text, ind.end, aspects)):
                d.add(topic.key, "inIndustry", ind.key, sent, "focus")
    elif topic is None and inds and ms[0].type == "Project" and ms[0].start == sent.start + len(sent.text) - len(
            sent.text.lstrip(" “\"「")) \
            and any(w in text for w in T["inIndustry_subject"] if w not in _SECTOR_NOUNS):
        # 该项目…，将重点发展新材料、生物医药等产业: a project opening the sentence grows them
        for ind in inds:
            if ind.start > ms[0].end and not _field_of_cooperation(d, sent, ind):
                d.add(ms[0].key, "inIndustry", ind.key, sent, "focus")
    # (a sentence of sectors that names no zone, city or firm, 工程机械产业链企业不断进驻,
    # says nothing of the story's zone: giving them to it was right 1 time in 12 on
    # the development sets of the 27th session)
    return topic


def _firm_sector_rules(d: _Doc, sent, ms) -> None:
    """inIndustry: a company and an industry in one clause, or a sentence led by
    an industry (风电等新能源产业“串珠成链”，嘉泽、金风…)."""
    T = d.trig
    lead = []
    for m in ms:
        if m.type == "Industry":
            lead.append(m)
        elif m.type not in ("Industry",):
            break
    if lead and "是" in d.text[lead[-1].end:_clause_of(sent, lead[-1].start)[1]]:
        lead = []  # 汽车、工程机械是柳州的支柱产业，…: the city's sectors, not its firms
    actor = next((m for m in ms if m.type != "Industry"), None)
    _, firm_head = _firm_heads(d.res.word_set("company_heads") if d.res is not None else frozenset())
    for cs, ce in _clauses(sent):
        cms = [m for m in ms if m.start >= cs and m.end <= ce]
        comps = [m for m in cms if m.type == "Company"]
        cinds = [m for m in cms if m.type == "Industry"]
        if not comps and cinds and (actor is None or actor.type != "Company"):
            actor = next((m for m in reversed(ms) if m.type == "Company" and m.end <= cs
                          and m.rule != "nested" and not _led_with(d, sent, m)), actor)  # 在柳州设立X公司，主要生产…: X
        if not comps and cinds and actor is not None and actor.type == "Company" and \
                actor.end <= cs and (any(w in d.text[cs:ce] for w in T.get("inIndustry_company", ()))
                                     or _becomes_sector_firm(d, cs, cinds, firm_head)) \
                and not _COUNTED_FIRMS.search(d.text, cs, ce):  # (…，以及4家专用车生产企业: other firms)
            # 柳州X公司位于…，主要生产汽车零部件: the clause's subject is the company
            comps = [actor]
            cinds = [Mention(m.doc, ce, ce, m.text, m.type, m.rule, key=m.key) for m in cinds]
        comps = [c for c in comps if c.rule != "nested"]  # 上汽通用五菱|宝骏新能源汽车基地: the project's
        comps = [c for c in comps if not _served_firm(d, cms, cs, c)]  # 为X、Y等车企配套电池
        for c in comps:
            for ind in cinds:
                if (ind.start > c.start or d.text[c.start - 1:c.start] == "在" and _ROLLED_OFF.match(d.text, c.end)) \
                        and not _heads_a_list_without(d, ms, ind, c) \
                        and not _OTHER_FIRMS_AFTER.search(d.text, c.end, max(c.end, ind.start)):
                    d.add(c.key, "inIndustry", ind.key, sent, "industry")  # (首台工业机器人在X公司下线)
        if lead and cs > lead[-1].end and not any(m.type == "Industry" for m in cms):
            # (汽车、钢铁、机械三大支柱产业…，A、B等4大汽车整车企业…: the clause's own
            # sector is the firms', not every sector the sentence opened with)
            for c in comps:
                for ind in lead:
                    d.add(c.key, "inIndustry", ind.key, sent, "industry")


def _served_firm(d: _Doc, cms, cs: int, c: Mention) -> bool:
    """Is firm ``c`` one served (为A、B等车企配套电池) rather than the actor: a
    为, 给 or 向 before it in its clause part?  One inside a name before it
    (以华为、中兴等为代表) does not count."""
    after = max(d.text.rfind(x, cs, c.start) for x in "，,。")  # (the last break before the firm)
    return any(d.text[i] in "为给向" and not any(m.start <= i < m.end for m in cms)
               for i in range(max(cs, after + 1), c.start))


#: a list of firms closed (A、B等龙头企业) and other firms added (以及一大批X、Y等企业):
#: the sectors after it are the other firms'
_OTHER_FIRMS_AFTER = re.compile(r"等[^、，,。；]{0,6}?(?:企业|公司|集团|厂商)(?:及|和|与|以及)")


#: the clause makes its subject a sector's firm (，一跃成为华南最大的|钢铁|企业)
_BECOMES = re.compile(r"成为|是")


def _becomes_sector_firm(d: _Doc, cs: int, cinds, firm_head) -> bool:
    """Does the clause say its (carried) subject is or became a firm of one
    of its sectors (…，成为西南最大的钢铁企业)?"""
    return any(firm_head.match(d.text, i.end) and _BECOMES.search(d.text, cs, i.start) for i in cinds)


def _heads_a_list_without(d: _Doc, ms, ind, c) -> bool:
    """Is sector ``ind`` the head of a counted list of firms (与A、B等|人形机器人
    公司, A和B这两家…公司) that leaves firm ``c`` out?  Then it is the listed
    firms' sector, not that of the firm that deals with them."""
    _, firm_head = _firm_heads(d.res.word_set("company_heads") if d.res is not None else frozenset())
    if not firm_head.match(d.text, ind.end):
        return False
    count = _LIST_COUNT.search(d.text, max(0, ind.start - 8), ind.start)
    return count is not None and c not in _listed_before(ms, count.start(), d.text)


#: goods rolling off a firm's line (X在Y公司|下线): the firm makes that sector's goods
_ROLLED_OFF = re.compile(r"(?:正式|成功|顺利)?(?:生产|装配|总装)?下线")
#: firms counted in a clause (4家, 十余家): firms of their own, not the subject's
_COUNTED_FIRMS = re.compile(r"[\d一二三四五六七八九十两几多余]+家")


def _appositive_sector_rules(d: _Doc, sent, ms) -> None:
    """inIndustry: a sector's firm named in apposition (工程机械龙头柳工)."""
    apposition, _ = _firm_heads(d.res.word_set("company_heads") if d.res is not None else frozenset())
    for ind, c in zip(ms, ms[1:]):
        if ind.type != "Industry" or c.type != "Company":
            continue
        gap = d.text[ind.end:c.start]
        if ind.text.endswith(_TRADE_WORDS) and not apposition.fullmatch(gap):
            gap = ind.text[-2:] + gap  # 机械制造|商X: the sector's name took the trade of its head
        if apposition.fullmatch(gap) or gap[-1:] in ("，", ",") and apposition.fullmatch(gap[:-1]) \
                and _AS_ROLE.search(d.text[sent.start:ind.start]):
            d.add(c.key, "inIndustry", ind.key, sent, "industry")  # 作为…领域的骨干企业，X


def _made_in_rules(d: _Doc, sent, ms) -> None:
    """inIndustry: what a home place or a zone turns out (柳州出产的汽车、工程机械, 这里生产的X)."""
    if "的" not in sent.text:
        return
    for m in ms:
        if m.type not in ("Region", "IndustrialPark") or (mm := _MADE_IN.match(d.text, m.end)) is None \
                or m.type == "Region" and not _home(d, m):
            continue
        first = next((x for x in ms if x.start == mm.end() and x.type == "Industry"), None)
        if first is not None:
            for x in _listed_after([y for y in ms if y.type == "Industry"], first.start, d.text, gap=0):
                d.add(m.key, "inIndustry", x.key, sent, "focus")




#: a sector's seat: where its firms gather (工程机械产业|主要集中在|长沙、株洲等地)
_GATHERED_IN = re.compile(r"(?:主要|大多|多|已|逐步)?(?:集聚|聚集|集中|分布|布局)(?:在|于)")


def _gathered_in_rules(d: _Doc, sent, ms) -> None:
    """inIndustry: 湖南工程机械产业主要集中在长沙、株洲等地: each home place listed is in the sectors
    its clause named before the verb."""
    if "在" not in sent.text and "于" not in sent.text:
        return
    for g in _GATHERED_IN.finditer(sent.text):
        a, b = sent.start + g.start(), sent.start + g.end()
        cs = _clause_of(sent, a)[0]
        sectors = [m for m in ms if m.type == "Industry" and cs <= m.start and m.end <= a
                   and (m.text.endswith(("产业", "行业")) or d.text.startswith(("产业", "行业", "企业"), m.end))]
        first = next((m for m in ms if m.start == b and m.type == "Region" and _home(d, m)), None)
        if not sectors or first is None:
            continue
        for place in _listed_after([m for m in ms if m.type == "Region"], first.start, d.text, gap=0):
            if _home(d, place):
                for x in sectors:
                    d.add(place.key, "inIndustry", x.key, sent, "focus")


def _list_head_sector_rules(d: _Doc, sent, ms) -> None:
    """inIndustry: the sector in a list's head noun (X、Y、Z等新能源汽车企业)."""
    _, firm_head = _firm_heads(d.res.word_set("company_heads") if d.res is not None else frozenset())
    for ind in ms:
        if ind.type != "Industry":
            continue
        head = "Company" if firm_head.match(d.text, ind.end) else \
            "Project" if _PROJECT_HEAD.match(d.text, ind.end) else None
        count = _LIST_COUNT.search(d.text, max(0, ind.start - 8), ind.start) if head else None
        if count is None:
            continue
        listed = _listed_before(ms, count.start(), d.text)
        if head == "Company":
            listed = listed + _firms_of_listed_projects(d, ms, count.start())
        for c in listed:
            if c.type == head or head == "Project" and c.type in ("Company", "IndustrialPark"):
                # (X、Y等一批数字经济重大项目: the projects' sector, and of the firms
                # and parks listed as projects)
                d.add(c.key, "inIndustry", ind.key, sent, "industry")


#: after a sector's firm head: the verb that lists them (新能源汽车生产企业|有A、B等)
_HEAD_LISTS = re.compile(r"(?:主要|还|已)?(?:有|包括)[:：]?")


def _head_first_sector_rules(d: _Doc, sent, ms) -> None:
    """inIndustry: the firms listed after their sector and head noun
    (黔南的新能源汽车生产企业有A公司、B公司等)."""
    if "有" not in sent.text and "包括" not in sent.text:
        return
    firm_head, _ = _firm_heads(d.res.word_set("company_heads") if d.res is not None else frozenset())
    for ind in ms:
        if ind.type != "Industry" or (h := firm_head.match(d.text, ind.end)) is None \
                or (v := _HEAD_LISTS.match(d.text, h.end())) is None:
            continue
        _, ce = _clause_of(sent, v.end())
        for c in ms:
            if c.type == "Company" and c.rule != "nested" and v.end() <= c.start and c.end <= ce:
                d.add(c.key, "inIndustry", ind.key, sent, "industry")


def _firms_of_listed_projects(d: _Doc, ms, pos: int) -> list:
    """The firms whose projects are the items of a list that ends at ``pos``
    (A公司X项目、B公司Y项目等6家汽配企业), last first: each item ends with
    项目 or 工程 and its last firm owns it.

    >>> from kg.model import Mention
    >>> class D: text = "引进甲乙公司座椅项目、丙丁公司内饰件项目等"
    >>> ms = [Mention("d", 2, 6, "甲乙公司", "Company", "x"), Mention("d", 11, 15, "丙丁公司", "Company", "x")]
    >>> [m.text for m in _firms_of_listed_projects(D, ms, 20)]
    ['丙丁公司', '甲乙公司']
    """
    out = []
    end = pos
    while True:
        start = max(d.text.rfind(c, 0, end) for c in "、，,。；;：:\n") + 1
        item = d.text[start:end]
        firm = next((m for m in reversed(ms) if m.type == "Company" and start <= m.start and m.end < end), None)
        if firm is None or not item.endswith(("项目", "工程")) or \
                any(m.type == "Company" and m.start >= firm.end and m.end <= end for m in ms):
            return out
        out.append(firm)
        if d.text[start - 1:start] != "、":
            return out
        end = start - 1


def _pillar_rules(d: _Doc, sent, ms) -> None:
    """inIndustry: X、Y是柳州的支柱产业."""
    text = sent.text
    base = sent.start
    for i, w in _find_all(text, d.in_text("inIndustry_pillar")):
        p = base + i
        reg = _subject(ms, p, ("Region", "IndustrialPark"))
        inds = [m for m in ms if m.type == "Industry" and m.end <= p]
        if reg is not None and inds and "是" in d.text[inds[-1].end:reg.start + 1]:
            for ind in inds:
                if ind.end <= reg.start:
                    d.add(reg.key, "inIndustry", ind.key, sent, "pillar")
