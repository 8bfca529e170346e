"""produces and develops (rules ``product``, ``build``): a maker's product,
a project with a build trigger and its builder.
"""
from __future__ import annotations

import re

from ..model import Mention
from .context import _acts, _goes_on_to_build, _news_source, _pushes_works, _subject
from .doc import _Doc
from .roles import _ceremony_venue, _home, _landmark, _where
from .syntax import _clause_of, _names_masked


#: after a project: 由, the builder (a name with a few words before it), and
#: the verb that builds (X项目由全球领军企业比亚迪股份有限公司投资建设)
_BUILT_BY = re.compile(r"[\u4e00-\u9fff（）()“”\"]{0,6}?由([^，,。；;]{2,90}?)"
                       r"((?:主导|负责|牵头)?(?:推进)?(?:共同|联合|独资|全资)?(?:投资|出资)?(?:建设|兴建|承建|投建|参建|开发|打造|实施|运营))")


#: a clause of the builder, after the sentence's subject and its description (，由A建设)
_BY_CLAUSE = re.compile(r"[，,]由")
#: right before a place where a thing is built: 在, or 于 when it means 在
#: (将于柳东新区投建; not 位于, 致力于)
_AT = re.compile(r"(?:在|[将拟已并还正]于)$")


#: a place's key project, after the place (鱼峰区|重点建设项目, 自治区|的重大项目)
_KEY_PROJECT = re.compile(r"的?(?:[\d一二三四五六七八九十]+年)?(?:重点|重大|统筹推进的重大)(?:建设|产业|工业|招商)?项目")


def _produces_rules(d: _Doc, sent, ms) -> None:
    """produces: a maker's product (东风柳汽的乘龙系列), a product with 生产/推出/下线."""
    T = d.trig
    text = sent.text
    prods = [m for m in ms if m.type == "Product"]
    for pm in prods:  # 东风柳汽的乘龙系列: the maker's product
        owner = next((m for m in ms if m.type == "Company" and m.end + 1 == pm.start), None)
        if owner is not None and d.text[owner.end] == "的" and _may_make(d, owner.key, pm.key):
            d.add(owner.key, "produces", pm.key, sent, "product")
    kinds = tuple(d.res.words.get("product_nouns", ())) if d.res is not None and prods else ()
    for pm in prods:  # 柳工CLG856II装载机和CLG922DII挖掘机: a model named after its maker, and the models listed with it
        owner = next((m for m in ms if m.type == "Company" and m.end == pm.start and m.rule != "nested"), None)
        if owner is None or not _may_make(d, owner.key, pm.key):
            continue
        d.add(owner.key, "produces", pm.key, sent, "product")
        cur = pm
        while (x := next((m for m in prods if m.start > cur.end), None)) is not None:
            gap = d.text[cur.end:x.start]
            kind = next((k for k in kinds if gap.startswith(k)), "")
            if gap[len(kind):] not in ("、", "和", "及", "以及", "与") or not _may_make(d, owner.key, x.key):
                break  # (the kind of machine may follow each model: X装载机和Y挖掘机)
            d.add(owner.key, "produces", x.key, sent, "product")
            cur = x
    if prods and any(w in text for w in T["produces"]):
        for pm in prods:
            comp = _subject(ms, pm.start, ("Company",))
            if comp is not None:
                comp = _parent_named_in_copula(d, ms, comp, pm)
            if comp is None:
                after = [m for m in ms if m.start >= pm.end and m.type == "Company"]
                comp = after[0] if after else None
            if comp is None:
                # 宏光MINIEV等车型已销往印尼: the maker named just before, in the paragraph
                key = d.last_before("Company", sent.start, d.paragraph_start[sent.paragraph])
                comp = Mention(d.doc, 0, 0, "", "Company", "coref", key=key) if key else None
            if comp is not None and _may_make(d, comp.key, pm.key):
                d.add(comp.key, "produces", pm.key, sent, "product")


#: what a firm is said to be of another (A是B在广西的子公司): a unit of that firm
_UNIT_OF = re.compile(r"[^，,。；;]{0,10}?的(?:全资|控股)?(?:子公司|分公司|合资公司|生产基地)[，,]")


def _parent_named_in_copula(d: _Doc, ms, comp, pm):
    """桂岭重工是中国重汽在广西的子公司，主要生产X: the firm the sentence is
    about (before 是) makes X, not the parent named in its predicate."""
    lead = next((m for m in ms if m.type == "Company" and m.end + 1 == comp.start
                 and d.text.startswith("是", m.end)), None)
    if lead is not None and (u := _UNIT_OF.match(d.text, comp.end)) is not None and u.end() <= pm.start:
        return lead
    return comp


def _partner_of(d: _Doc, ms, m):
    """The firm written right before 与/同 and ``m`` (A与|X新区签约): m is
    A's partner, A the one who acts."""
    if d.text[m.start - 1:m.start] not in ("与", "同"):
        return None
    return next((x for x in ms if x.end == m.start - 1 and x.type == "Company"), None)


def _listed_apart(d: _Doc, ms, firm, pm) -> bool:
    """Are ``firm`` and project ``pm`` items of one list, with no verb that
    builds between them outside a name (A、X公司B建设项目、C项目: X names B,
    not C)?"""
    start = pm.start  # (A、X片区|B项目: the item opens with its place or zone)
    while (lead := next((m for m in ms if m.end == start and m.type in ("Region", "IndustrialPark")), None)):
        start = lead.start
    own = any(m.type == "Project" and m.start <= firm.start and firm.end <= m.end for m in ms)
    if d.text[start - 1:start] not in ("、", "和", "及") and not own:
        return False  # (由A、B联合打造的X: builders listed, the project is no item; but the
        # firm opening a project's name is that item's, whatever the next item starts with)
    between = list(d.text[firm.end:pm.start])
    for m in ms:  # (a project may open with the firm's own name: X有限公司Y建设项目)
        a, b = max(m.start, firm.end), min(m.end, pm.start)
        if m.type == "Project" and a < b:
            between[a - firm.end:b - firm.end] = " " * (b - a)
    between = "".join(between)
    return "、" in between and not any(w in between for w in d.trig["develops"])


def _may_make(d: _Doc, firm: str, product: str) -> bool:
    """May ``firm`` be the maker of ``product``?  Not when the lexicon names
    another maker (宝骏630 is 上汽通用五菱's, whoever is named beside it)."""
    if d.res is None:
        return True
    g = d.res.gazetteer
    # the product, else the brand its name starts with (宝骏|630)
    e = next((e for n in range(len(product), 1, -1)
              if (e := g.entries.get(product[:n])) is not None and e.type == "Product"), None)
    return e is None or not e.parent or e.parent == firm


def _develops_rules(d: _Doc, sent, ms) -> None:
    """develops: a project in a sentence with a build trigger, by its builder or
    the sentence's zone or region; and A 在 P 建设 X → X locatedIn P."""
    T = d.trig
    text = sent.text
    ms = [m for m in ms if not _news_source(d, m)]  # 记者从X获悉: the source builds nothing
    projs = [m for m in ms if m.type == "Project"]
    for pm in projs:  # X项目是鱼峰区重点建设项目: the place's key project is the place's
        if d.text.startswith("是", pm.end):
            owner = next((m for m in ms if m.start == pm.end + 1 and m.type in ("Region", "IndustrialPark")), None)
            if owner is not None and _KEY_PROJECT.match(d.text, owner.end):
                d.add(owner.key, "develops", pm.key, sent, "build")
    if projs and any(w in text for w in T["develops"]):
        for pm in projs:
            if _landmark(d, sent, pm):
                continue  # 园区靠近X高速公路: a landmark, built by nobody named here
            # X项目由(全球领军企业)Y(投资)建设: Y builds X, and invests in it if it pays
            at = pm.end
            by = _BUILT_BY.match(_names_masked(d.text, at, sent.start + len(sent.text), ms))
            if by is None and pm is ms[0] and pm.start <= sent.start + 2 and (
                    k := _BY_CLAUSE.search(d.text, pm.end, sent.start + len(sent.text))) is not None:
                at = k.start() + 1  # X项目是…最大的项目，由A主导推进建设: the sentence's subject is built by A
                by = _BUILT_BY.match(_names_masked(d.text, at, sent.start + len(sent.text), ms))
            if by is not None:
                # (X项目由A和B共同参建: each of them; A集团旗下B: B)
                agents = [m for m in ms if at < m.start and m.end <= at + by.end(1) and m.type == "Company"]
                while len(agents) > 1 and d.text[agents[0].end:agents[1].start] == "旗下":
                    agents = agents[1:]
                if agents and d.text[agents[-1].end:at + by.end()].startswith(by.group(2)) and all(
                        d.text[a.end:b.start] in ("和", "与", "、", "及") for a, b in zip(agents, agents[1:])):
                    for agent in agents:
                        d.add(agent.key, "develops", pm.key, sent, "build")
                        if "投资" in by.group(2) or "出资" in by.group(2):
                            d.add(agent.key, "investsIn", pm.key, sent, "invest")
                    continue
            owner = [h for (h, r, t) in d.out if r == "develops" and t == pm.key]
            cs, _ = _clause_of(sent, pm.start)
            if cs > sent.start + 1 and d.text[cs - 1] in ":：" and d.text[cs - 2] in "目程":
                cs = _clause_of(sent, cs - 2)[0]  # X在园区开发了两个项目：A、B: X's list
            builder = [m for m in ms if cs <= m.start and m.end <= pm.start and m.type == "Company"
                       and re.match(r"(?:正|将|已|拟|计划|还|也|又|正式|已经|目前)?在", d.text[m.end:m.end + 4])]
            # a place written as where (在/位于 X, X的) builds nothing
            places = [m for m in ms if (m.type != "Region" or _home(d, m)) and m.rule != "nested"
                      and d.text[m.end:m.end + 1] not in ("—", "－", "-")  # 柳东新区—热科院…中心: a joint name
                      and not _where(d, ms, m) and d.text[m.end:m.end + 1] != "的"
                      and not d.word_re("visit_verbs", tail="$").search(d.text, max(0, m.start - 4), m.start)]
            # (采访团来到X新区，…拍摄Y: the zone is where visitors go, not who builds Y)
            subj = builder[-1] if builder else _subject(places, pm.start, ("IndustrialPark", "Region"))
            if subj is not None and subj.type != "Company" and (partner := _partner_of(d, ms, subj)) is not None:
                subj = partner  # A与X新区签约，在P建设Y: the zone is A's partner; A builds
            if subj is not None and subj.type == "Region" and subj.rule != "coref" and not _acts(d, sent, subj) \
                    and not _goes_on_to_build(d, sent, ms, subj, pm) and not _pushes_works(d, sent, subj, pm):
                subj = None  # 广西将以X项目为依托, 台湾…签约的有X: the place builds nothing
            if subj is not None and subj.type == "IndustrialPark" and d.text[subj.end:pm.start] in ("", "及", "和", "与", "、"):
                subj = None  # X产业园Y项目正式开工: the park is where the project is, not who builds it
                # (建设X科技园及Y基地: listed with it, built with it)
            if subj is None and not owner:
                subj = _subject(ms, pm.start, ("Company",))
                if subj is not None and _listed_apart(d, ms, subj, pm):
                    subj = None  # 竣工项目：X公司A项目、B项目: X is A's, not B's
                if subj is not None and any(d.word_re(w, tail=r"[^，,。；;！？!?]*$").search(
                        d.text, _clause_of(sent, subj.start)[0], subj.start) for w in ("means_verbs", "proximity_words")):
                    subj = None  # 依托A、B等龙头企业，促成X项目; 距离A不远处，X项目…: a means or a landmark
            if subj is None and d.main.get("IndustrialPark") and not owner:
                # the paragraph's zone builds it (柳州高新区 … 曙光大道建成通车)
                subj = Mention(d.doc, 0, 0, "", "IndustrialPark", "coref", key=d.main["IndustrialPark"])
            if subj is not None and owner and subj.type != "Company" and (
                    subj.end == 0 or subj.start <= sent.start + 1):
                # a company's own project in a story or sentence about a zone: the
                # zone hosts it, the company builds it
                subj = None
            if subj is not None and subj.end <= cs and (d.text[pm.start - 1:pm.start] in ("与", "同")
                                                         or d.text[cs:pm.start].lstrip("，,").startswith("与")):
                subj = None  # 由X建设的P1，与P2等项目构建了…: P2 is named beside P1, not built by X
            if subj is not None:
                d.add(subj.key, "develops", pm.key, sent, "build")
            # A 在 P 建设 X, A 将于 P 投建 X: X is in P
            cs, _ = _clause_of(sent, pm.start)
            at = re.search(r"在$", d.text[cs:pm.start]) is None and [
                m for m in ms if cs <= m.start < pm.start and m.type in ("IndustrialPark", "Region")
                and _AT.search(d.text, max(0, m.start - 2), m.start)]
            if at:
                d.add(pm.key, "locatedIn", at[-1].key, sent, "located")
            elif (venue := _ceremony_venue(d, sent, ms, pm)) is not None:
                d.add(pm.key, "locatedIn", venue.key, sent, "located")
