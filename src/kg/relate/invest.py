"""investsIn and the owners of projects (rules ``invest``, ``build``): A 投资
B, A 在 R 投资, A 与 B 签署投资协议, shares held, X项目由Y建设, 项目单位为X.
"""
from __future__ import annotations

import re

from ..normalise import is_cjk
from .context import _subject
from .doc import _Doc, _find_all
from .syntax import _address_end, _bare, _clause_of, _listed_after, _listed_before, _names_masked


#: a holding stated as a share (占37.5%的股份, 持有约54.86%股份, 持股30%)
_SHARE = re.compile(r"(?:占|持有|持)(?:约|近|超过)?[\d.]+%(?:的)?(?:股份|股权)|(?:持股|占股)(?:比例)?(?:约|近)?[\d.]+%")
#: a further holder's share, in a clause of its own after a first one (，B为34%，C则为15.9%)
_SHARE_MORE = re.compile(r"(?:则|也)?(?:为|占)(?:约|近)?[\d.]+%")
#: a stake, after the firm held (A持有B公司|80%的股份)
_STAKE = re.compile(r"(?:约|近|超过)?[\d.]+%(?:的)?(?:股份|股权)")
#: a share, then its holder (剩余25%股份由X持有)
_HELD_BY = re.compile(r"[\d.]+%(?:的)?(?:股份|股权)由")
#: a firm's controlling shareholder, named next (控股股东仍为|Y, 间接控股股东|Y)
_CONTROLLING_HOLDER = re.compile(r"(?:间接)?控股股东(?:仍|依然|依旧)?(?:为|是)?")
#: a firm founding another (A来到柳州，成立|C公司; A在柳州设立|C有限公司)
_SETS_UP = re.compile(r"(?<![于由])(?:投资|出资)?(?:设立|成立|组建|创办)了?(?!于|以来|大会|仪式|典礼)")
#: both sides found a firm together (双方合资成立X)
_JOINTLY_FOUND = re.compile(r"(?:双方|两家|两方|三方)(?:共同|各自)?(?:合资|出资|投资)(?:成立|组建|设立|创办)")
#: owners listed after 由 up to the verb that founds the firm (由A、B等8家企业组成)
_FOUNDED_BY = re.compile(r"由[^，,。；;由]{2,80}?(?:共同|联合|合资|合作)?(?:(?:出资|投资)?(?:组成|组建|合资|设立|成立|发起|控股)"
                         r"|(?:出资|投资)(?:建设|兴建|建成))")


#: a list of firms that found a firm together (联合重组发起设立了, 共同出资组建)
_FOUNDERS = re.compile(r"(?:等)?(?:联合|共同|合资|携手)(?:重组|出资|投资)?(?:发起)?(?:设立|成立|组建)了?|"
                       r"(?:等)?(?:发起|出资)(?:设立|成立|组建)了?")
#: after a list of firms: they are the shareholders of the firm the sentence goes on to name
_SHAREHOLDERS = re.compile(r"(?:等)?(?:[两三四五六七八九十\d]+方|[两三四五六七八九十\d]+家)?(?:股东)")


#: 由A和B合力打造的 (group 1: the builders; group 2: a word of joint work)
_BUILT_BY_BEFORE = re.compile(r"由([^，,。；;由的]{2,60}?)(共同|合力|联合|携手|合作)?(投资|出资)?"
                              r"(?:打造|建设|兴建|投建|开发|建成|承建|参建)的")
#: between 的 and the project: its size (总投资686亿元的)
_PROJECT_SIZE = re.compile(r"(?:总投资|投资|计划投资)?[\d.,约近超逾多余亿万千百元美港币人民亩]*的?")


#: the body a project belongs to, named after a word for it (项目单位为X, 建设单位是X)
_PROJECT_OWNER = re.compile(r"(?:项目单位|建设单位|业主单位|项目业主|的业主|实施主体|投资主体|项目法人)(?:为|是|:|：)")


def _project_owner_rules(d: _Doc, sent, ms) -> None:
    """…，项目单位为X公司: X develops the project the paragraph is about (the
    last one named before, in the paragraph)."""
    if "单位" not in sent.text and "主体" not in sent.text and "业主" not in sent.text and "法人" not in sent.text:
        return
    for f in _PROJECT_OWNER.finditer(sent.text):
        p = sent.start + f.end()
        owner = next((m for m in ms if m.start == p and m.type in ("Company", "Organization")), None)
        proj = d.last_before("Project", sent.start + f.start(), d.paragraph_start[sent.paragraph])
        if owner is not None and proj is not None:
            d.add(owner.key, "develops", proj, sent, "build")


def _built_by_rules(d: _Doc, sent, ms) -> None:
    """由A和B合力打造的(总投资…的)X项目: A and B develop X (and, working
    together, cooperate; 由A投资建设的X: A invests in X too)."""
    if "由" not in sent.text:
        return
    for f in _BUILT_BY_BEFORE.finditer(sent.text):
        a, b = sent.start + f.start(1), sent.start + f.end(1)
        gap = _PROJECT_SIZE.match(d.text, sent.start + f.end())
        proj = next((m for m in ms if m.type == "Project" and m.start == gap.end()), None)
        builders = [m for m in ms if a <= m.start and m.end <= b and m.rule != "nested"
                    and m.type in ("Company", "IndustrialPark", "Region", "Organization")]
        if proj is None or not builders:
            continue
        for x in builders:
            d.add(x.key, "develops", proj.key, sent, "build")
            if f.group(3) and x.type == "Company":  # 由X投资建设的Y: X pays for it too
                d.add(x.key, "investsIn", proj.key, sent, "invest")
        if f.group(2):
            for x, y in zip(builders, builders[1:]):
                d.add(x.key, "cooperatesWith", y.key, sent, "coop")


#: what a firm is of its owner, after the owner (是X|在南宁投资设立的控股子公司, 是X|旗下的全资子公司)
_SUBSIDIARY_OF = re.compile(r"[^，,。；;]{0,16}?(?:投资)?(?:设立|成立|组建|控股|旗下)的(?:控股|全资)?子公司")
#: a subsidiary set up and named after it (X在柳州设立全资子公司|Y)
_SETS_UP_SUBSIDIARY = re.compile(r"(?:投资)?(?:设立|成立|组建|注册)了?(?:一家)?(?:控股|全资)?子公司[“\"]?")


def _subsidiary_rules(d: _Doc, sent, ms) -> None:
    """Y是X(在P投资)设立的(全资)子公司 and X在P设立全资子公司Y: X invests in Y."""
    if "子公司" not in sent.text:
        return
    firms = [m for m in ms if m.type == "Company" and m.rule != "nested"]
    for y, x in zip(firms, firms[1:]):
        if d.text[y.end:x.start] in ("是", "为") and (f := _SUBSIDIARY_OF.match(d.text, x.end)) is not None \
                and not any(x.end <= m.start < f.end() for m in firms):
            d.add(x.key, "investsIn", y.key, sent, "invest")
    for f in _SETS_UP_SUBSIDIARY.finditer(sent.text):
        a, b = sent.start + f.start(), sent.start + f.end()
        y = next((m for m in firms if m.start == b), None)
        cs = _clause_of(sent, a)[0]
        x = next((m for m in reversed(firms) if cs <= m.start and m.end <= a), None)
        if x is not None and y is not None and x.key != y.key:
            d.add(x.key, "investsIn", y.key, sent, "invest")


def _share_rules(d: _Doc, sent, ms):
    """Shareholders: X占37.5%的股份 / 由X持有54%股份 → X investsIn the firm
    the sentence is about (its first other firm, else the last sentence's
    subject); A 向 B 投资 → A investsIn B."""
    if "%" not in sent.text and "资" not in sent.text and "由" not in sent.text and "股东" not in sent.text \
            and "设立" not in sent.text and "成立" not in sent.text and "组建" not in sent.text:
        return
    firms = [m for m in ms if m.type in ("Company", "Organization") and m.rule != "nested"]
    for f in _FOUNDERS.finditer(sent.text):  # A、B联合重组发起设立了C: A and B own C
        a, b = sent.start + f.start(), sent.start + f.end()
        new = next((m for m in firms if b <= m.start <= b + 1 and m.type == "Company"), None)
        cs = _clause_of(sent, a)[0]
        owners = _listed_before(firms, a, d.text)
        prev = next((m for m in reversed(firms) if owners and m.end <= owners[-1].start and m.start >= cs), None)
        if prev is not None and d.text[owners[-1].start - 1] in "与和同" \
                and _bare(d.text[prev.end:owners[-1].start - 1]) == "":
            owners = owners + [prev]  # A去年与B合资成立C: a time word between A and its partner
        if new is not None and owners and owners[0].end == a and cs <= owners[-1].start:
            for o in owners:
                d.add(o.key, "investsIn", new.key, sent, "invest")
    for f in _SHAREHOLDERS.finditer(sent.text):  # 在A、B及C三方股东的支持下，D…: A, B, C own D
        a = sent.start + f.start()
        owners = _listed_before(firms, a, d.text)
        keys = {o.key for o in owners}
        owned = next((m for m in firms if m.start >= sent.start + f.end() and m.type == "Company"
                      and m.key not in keys), None)
        if owners and owners[0].end == a and owned is not None:
            for o in owners:
                d.add(o.key, "investsIn", owned.key, sent, "invest")
    for f in (_CONTROLLING_HOLDER.finditer(sent.text) if "控股股东" in sent.text else ()):
        # X的控股股东为Y, 公司收到控股股东Y通知: Y owns X (the firm named before, else the story's)
        a, b = sent.start + f.start(), sent.start + f.end()
        holder = next((m for m in firms if m.start == b), None)
        cs = _clause_of(sent, a)[0]
        owned = next((m for m in reversed(firms) if cs <= m.start and m.end <= a and m.type == "Company"
                      and d.text[m.end:a] in ("", "的")), None)
        key = owned.key if owned is not None else d.main.get("Company")
        if holder is not None and key is not None and holder.key != key:
            d.add(holder.key, "investsIn", key, sent, "invest")
    for f in _SETS_UP.finditer(sent.text):  # A(在P)成立|设立C公司: A owns C
        a, b = sent.start + f.start(), sent.start + f.end()
        new = next((m for m in firms if b <= m.start <= b + 1 and m.type == "Company"), None)
        if new is None or "由" in d.text[sent.start:a]:
            continue
        owner = next((m for m in firms if m.type == "Company" and m.end <= a and m.key != new.key), None)
        if owner is not None and not any(m.type == "Company" and owner.end <= m.start and m.end <= a
                                         and m.key != owner.key for m in firms):
            d.add(owner.key, "investsIn", new.key, sent, "invest")
    for f in _JOINTLY_FOUND.finditer(sent.text):  # A与B签约，双方合资成立C: A and B own C
        p = sent.start + f.end()
        new = next((m for m in firms if m.start >= p and m.start - p <= 2 and m.type == "Company"), None)
        sides = [m for m in firms if m.end <= sent.start + f.start() and m.type == "Company"]
        if new is not None and len(sides) >= 2:
            for o in sides[-2:]:
                d.add(o.key, "investsIn", new.key, sent, "invest")
    # (a verb inside a firm's name is none: 由X投资控股集团、Y共同开发)
    for f in _FOUNDED_BY.finditer(_names_masked(d.text, sent.start, sent.start + len(sent.text), ms)):
        # X是由A、B等8家企业(合资)组成的: A, B own X
        a, b = sent.start + f.start(), sent.start + f.end()
        owners = [m for m in firms if a < m.start and m.end <= b and m.type == "Company"]
        owned = next((m.key for m in ms if m.end <= a and m.type in ("Company", "Project") and m.rule != "nested"), None) \
            or d.subject_before("Company", sent.start)  # (X项目由A和B共同投资建设: the project too)
        for o in owners:
            d.add(o.key, "investsIn", owned, sent, "invest")
    holders = []
    for h in (_SHARE.finditer(sent.text) if "%" in sent.text else ()):
        p = sent.start + h.start()
        cs = _clause_of(sent, p)[0]
        before = [m for m in firms if cs <= m.start and m.end <= p]
        if before and "分别" in d.text[before[-1].end:p]:
            holders += _listed_before(before, before[-1].end, d.text)  # A、B和C分别持股51%、30%和19%
        elif before:
            holders.append(before[-1])
    for m in (firms if holders else ()):
        if m.start > holders[-1].end and _SHARE_MORE.match(d.text, m.end) and _clause_of(sent, m.start)[0] == m.start:
            holders.append(m)  # A占股50.1%，B为34%，C则为15.9%: each clause names a holder
    for h in (_HELD_BY.finditer(sent.text) if "持有" in sent.text else ()):  # 25%股份由X持有
        x = next((m for m in firms if m.start == sent.start + h.end()), None)
        if x is not None and _bare(d.text[x.end:x.end + 12]).startswith("持有"):
            holders.append(x)
    for i, _ in (_find_all(sent.text, ("持有",)) if "%" in sent.text else ()):  # A持有B公司80%的股份
        p = sent.start + i
        x = next((m for m in firms if m.start == p + 2 and m.type == "Company"), None)
        holder = _subject([m for m in firms if m.end <= p], p, ("Company", "Organization"))
        if x is not None and holder is not None and _STAKE.match(d.text, x.end) \
                and _clause_of(sent, p)[0] <= holder.start:
            d.add(holder.key, "investsIn", x.key, sent, "invest")
    if holders:
        keys = {h.key for h in holders}
        owned = next((m.key for m in firms if m.key not in keys and m.type == "Company"
                      and m.start < holders[0].start), None)
        if owned is None:
            owned = d.subject_before("Company", sent.start)
        for h in holders:
            d.add(h.key, "investsIn", owned, sent, "invest")
    for i, w in _find_all(sent.text, ("投资", "注资", "增资")):
        p = sent.start + i
        target = next((m for m in ms if m.end == p and m.type in ("Company", "Project")
                       and d.text[m.start - 1:m.start] == "向"), None)
        if target is None:
            continue
        subj = _subject([m for m in firms if m.end < target.start - 1], target.start, ("Company", "Organization"))
        key = subj.key if subj is not None else d.subject_before("Company", sent.start)
        d.add(key, "investsIn", target.key, sent, "invest")


#: a sum invested written before what it sizes, as its attribute (总投资3.75亿元的X项目,
#: A公司、投资10亿元的B公司)
_SIZE_OF_NEXT = re.compile(r"投资(?:约|近|超|逾)?[\d.,]+(?:多|余)?(?:亿|万|千|百)*(?:美元|港元|元)的")


#: the firms a place draws in (吸引|A、B等新能源名企|投资)
_DRAWS_IN = re.compile(r"(?:先后|相继|陆续)?(?:吸引了|吸引|引来了|引来)")
_DRAWN_TO_INVEST = re.compile(r"等[\u4e00-\u9fff]{0,10}?(?:企业|名企|公司|集团)(?:前来|纷纷|相继|先后)?(?:投资|落户投资)")


def _drawn_investors(d: _Doc, sent, ms) -> None:
    """investsIn: a place or zone that drew in A、B等…企业投资 has them invest in it."""
    firms = [m for m in ms if m.type == "Company" and m.rule != "nested"]
    for v in _DRAWS_IN.finditer(sent.text):
        p = sent.start + v.end()
        items = _listed_after(firms, p, d.text, gap=0)
        host = _subject([m for m in ms if m.end <= sent.start + v.start()], sent.start + v.start(),
                        ("Region", "IndustrialPark"))
        if host is not None and len(items) >= 2 and _DRAWN_TO_INVEST.match(d.text, items[-1].end):
            for x in items:
                d.add(x.key, "investsIn", host.key, sent, "invest")


#: after 投资: a noun for the investor (投资者, 投资方, 投资人; but 投资人民币N亿元 invests)
_INVESTOR_NOUN = re.compile(r"(?:者|方|人(?!民币))")


#: a list's head noun and a conjunction before another list (A、B等多家央企以及|C、D)
_LIST_JOIN_BEFORE = re.compile(r"等[^，,。；;、]{0,8}?(?:以及|及|和)$")


#: a project's size written before it (建设|总装机容量30万千瓦|的X风电项目, 年产10万吨的)
_CAPACITY = r"(?:(?:总?装机(?:容量)?|总?规模|总?产能|年产(?:能)?)(?:为|达|约|达到)?[\d.]+(?:万|亿)?(?:千瓦|兆瓦|吉瓦|GW|MW|GWh|吨|辆|台|套|件))"


#: between a place and the project built there (在P|投资建设|X项目, 在P|打造年产N吨的|X项目)
_BUILDS_THERE = re.compile(r"(?:投资)?(?:建设|兴建|新建|投建|打造|建)" + _CAPACITY + r"?的?")


def _invest_rules(d: _Doc, sent, ms) -> None:
    """investsIn: A 投资(N亿元)(建设) B; A 在 R 投资; A 与 B 签署投资协议."""
    text = sent.text
    base = sent.start
    if "吸引" in text or "引来" in text:
        _drawn_investors(d, sent, ms)
    for i, w in _find_all(text, d.in_text("investsIn"), ms, base):
        p = base + i
        if _INVESTOR_NOUN.match(d.text, p + len(w)) or w == "控股" and d.text.startswith("股东", p + 2):
            continue  # 战略投资者, 投资方, 控股股东: who invests, named as a noun; nobody acts here
        cs, ce = _clause_of(sent, p)
        c = d.text.rfind("与", cs, p)
        if c >= 0 and "签" in d.text[c:p + 6]:
            # A 与 B 签署投资协议: A invests in B
            left = [m for m in ms if cs <= m.start and m.end <= c and m.type in ("Company", "Organization")]
            right = [m for m in ms if c < m.start and m.end <= p and m.type in ("Company", "Project")]
            if left and right:
                d.add(left[-1].key, "investsIn", right[0].key, sent, "invest")
                continue
        if d.text[p - 1:p] in ("总", "、", "有", "，", ",") and _SIZE_OF_NEXT.match(d.text, p):
            continue  # 总投资1.2亿元的|X项目, A公司、投资10亿元的|B公司: the size of what is named
            # next (a project, an item of a list), nobody invests here
        subj = _subject([m for m in ms if m.start >= cs or m.end <= cs], p, ("Company", "Organization"))
        if subj is None:
            continue
        at = [m for m in ms if subj.end <= m.start and m.end <= p and m.type == "Region"
              and (d.text[m.start - 1:m.start] == "在" or d.text[m.start - 1:m.start] in ("来", "到", "赴")
                   and p - m.end <= 2)]
        if at and not any(m.type == "Project" and p < m.start <= ce and m.rule != "nested" for m in ms):
            # 台湾企业在柳州投资, 引进X来兴安投资 (在P投资建设X项目: the money goes to the project)
            # (在广东省|肇庆市投资: the address's last place of the lexicon, not a town after it)
            d.add(subj.key, "investsIn", _address_end(ms, at[-1], limit=p, rules=("lexicon", "national")).key,
                  sent, "invest")
        elif (first := next((m for m in ms if subj.end <= m.start and m.end <= p and m.type == "Region"
                             and d.text.endswith("在包括", 0, m.start)), None)) is not None:
            # 在包括印度、澳洲等地成立子公司: every place of the list
            for m in _listed_after([x for x in ms if x.type == "Region" and x.end <= p], first.start, d.text, gap=0):
                d.add(subj.key, "investsIn", m.key, sent, "invest")
        # A 与 B 共同出资组建 C: every listed investor
        investors = [subj] + _listed_before([m for m in ms if m.type in ("Company", "Organization")],
                                            subj.start, d.text)
        if d.text[ce:ce + 1] in ("：", ":"):
            ce = _clause_of(sent, ce + 1)[1]  # 投资开发了两个项目：A、B
        objs = [m for m in ms if p + len(w) <= m.start <= ce and m.type in ("Company", "Project", "Region")
                and m.rule != "nested"
                and not (m.type == "Region" and is_cjk(d.text[m.end:m.end + 1] or "。")
                         and not d.text.startswith(("的", "市场", "建", "设", "投资", "等"), m.end))
                and not (m.type == "Region" and any(x.type == "Company" and x.start == m.end for x in ms))]
        # (收购马来西亚宝腾汽车, 收购德国MTX: the place begins the name of what is bought)
        if not objs and w in ("参股", "入股") and d.text[p + len(w):ce].strip("。！？!?；;") == "":
            # X公司由A控股，B、C等央企参股: the firms taking a stake own part of the
            # firm the sentence opens with
            firm = next((m for m in ms if m.type == "Company" and m.start <= sent.start + 2
                         and m.rule != "nested"), None)
            firms = [m for m in ms if m.type in ("Company", "Organization")]
            while (head := _LIST_JOIN_BEFORE.search(d.text, sent.start, min(a.start for a in investors))) \
                    is not None and (more := [m for m in firms if m.end == head.start()]):
                # A、B等央企以及C、D等龙头企业参股: both lists take a stake
                investors += [more[0]] + _listed_before(firms, more[0].start, d.text)
            if firm is not None and firm not in investors:
                for a in investors:
                    d.add(a.key, "investsIn", firm.key, sent, "invest")
            continue
        if objs and objs[0].type == "Region" and d.text[objs[0].start - 1:objs[0].start] == "在":
            built = next((m for m in objs[1:] if m.type == "Project" and _BUILDS_THERE.fullmatch(
                d.text, objs[0].end, m.start)), None)
            if built is not None:
                for a in investors:  # 投资150亿元在P打造|X项目: the money goes to the project named
                    d.add(a.key, "investsIn", built.key, sent, "invest")
                continue
        if objs:
            gap = d.text[p + len(w):objs[0].start]
            if len(gap) <= 4 or re.fullmatch(r"[\d.,约近超逾多余亿万千百元美港币人民]*(?:[(（][^)）]{0,16}[)）])?在?"
                                              r"(?:建设|兴建|新建|设立|建|打造|于|布局|进军|支持|助力|支援|用于)?" + _CAPACITY + r"?的?", gap) \
                    or objs[0].type == "Project" and re.fullmatch(r"(?:开发|建设|兴建)了?[\d一二两三四五六七八九十]+个项目[:：]", gap):
                # 收购A和B: every firm of the list bought (投资N亿元支持|P建设…: the money goes to P)
                tails = [objs[0]]
                for x in objs[1:]:
                    if x.type != objs[0].type or d.text[tails[-1].end:x.start] not in ("、", "和", "及", "与", "以及"):
                        break
                    tails.append(x)
                for a in investors:
                    for t in tails:
                        d.add(a.key, "investsIn", t.key, sent, "invest")
        elif re.fullmatch(r"[\d.,约近超逾多余亿万千百元美港币人民]*", d.text[p + len(w):ce]):
            # A 投资20亿元，在 P 建设 Q: the money builds the project of the next clause
            nxt = re.match(r"[，,]\s*(?:并|将|拟)?在[^，,。；;]{2,14}?(?:建设|兴建|新建|投建|打造|建)", d.text[ce:])
            if nxt:
                proj = next((m for m in ms if m.type == "Project" and ce + nxt.end() <= m.start
                             <= ce + nxt.end() + 2), None)
                if proj is not None:
                    for a in investors:
                        d.add(a.key, "investsIn", proj.key, sent, "invest")
                elif (place := next((m for m in reversed(ms) if m.type == "Region" and m.rule != "nested"
                                     and ce < m.start and m.end <= ce + nxt.end()), None)) is not None:
                    # A斥资8亿元，在P建设一个产业园: no project named, the money goes to P
                    for a in investors:
                        d.add(a.key, "investsIn", place.key, sent, "invest")
