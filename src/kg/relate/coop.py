"""cooperatesWith (rules ``coop``, ``short_names``): A 与 B 合作, A、B 与 C 签约,
A 对接 B, 由 A、B、C 合作共建, A、B签署, and partners by their one-character
short names (桂港合作).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .context import _discourse_subject, _opens_clause, _port
from .doc import _Doc, _JOINT_WORK, _OWNER_OF_NEXT, _find_all
from .roles import _address_part, _qualifies_person, _seat, _unrecognised_subject, _where
from .syntax import _bare, _clause_of, _listed_after, _listed_before, _modifying_places


#: verbs that make a list the hosts of an event (由A、B和C主办的对接会)
_HOSTS = re.compile(r"主办|承办|协办|联办|举办")
#: after a list of parties: their number (A、B和C三方, 等多方)
_N_PARTIES = re.compile(r"(?:等)?(?:[两三四五六七八九十\d]+|多|各)方")
#: a copula or 由 before the parties: what stands before it is the thing they make, no party
_COPULAS = ("是", "由")
#: a list's head noun right before a verb of acting together (A、B等龙头企业|联合)
_LIST_HEAD_BEFORE = re.compile(r"等[\u4e00-\u9fff]{0,8}?(?:企业|公司|集团|单位|机构|高校|院校)(?:共同|一起)?")
#: a conjunction between parties (not the 同 of 共同, 同时, 同比 …)
_CONJ = re.compile(r"与|和|(?<![共协相不])同(?![时比步意年期样类等])|跟")


@lru_cache(maxsize=4)
def _abbreviated_pair_re(chars: tuple) -> re.Pattern:
    """Two short names of places (桂港, 中越) before a word of joint work;
    group 1 holds them, and what they work on may stand between (桂港两地在
    物流等领域的合作), or before the two places' ties (中老两国经贸关系…合作).
    Not three (粤港澳合作 names a framework), not after 与/对 (与港澳的交流:
    the pair is one side)."""
    cls = "[" + "".join(chars) + "]"
    return re.compile(r"(?<![与同和跟对向在])(?<!" + cls + ")(" + cls + "{2})(?!" + cls + r")(?=(?:两地|双方|两国)?(?:在[^，,。；;]{1,30}?)?(?:的)?"
                      r"(?:经贸|经济|文化|产业|务实|全面|战略)*(?:交流|合作|对接|协作)"
                      r"|(?:两地|两国)(?:经贸|经济|友好|合作)*关系)")


def _every_pair(d: _Doc, parties, sent) -> None:
    """cooperatesWith between every two of ``parties`` (A、B、C四方达成共识)."""
    for x in range(len(parties)):
        for y in range(x + 1, len(parties)):
            d.add(parties[x].key, "cooperatesWith", parties[y].key, sent, "coop")


def _coop_rules(d: _Doc, sent, ms) -> None:
    """cooperatesWith: A 与 B 合作; A、B 与 C 签约; (A) 与 B 共建 (A the sentence's
    or paragraph's subject); A 对接/融入 B; 由 A、B、C 合作共建; A、B签署."""
    T = d.trig
    text = sent.text
    base = sent.start
    coop_types = ("Company", "Organization", "Region", "IndustrialPark", "Initiative")
    places_of = _modifying_places(ms, d.text)
    done = set()
    for i, w in _find_all(text, d.in_text("cooperatesWith"), ms, base):
        p = base + i
        cs, ce = _clause_of(sent, p)
        if cs > sent.start and w in T.get("cooperatesWith_signing", ()) and _bare(d.text[cs:p]) == "" \
                and not any(cs <= m.start < p for m in ms):
            pcs, _ = _clause_of(sent, cs - 2)  # A与B、C等7家投资者，签订了…: the partners are
            first = next((m for m in ms if m.start >= pcs), None)  # named before the comma, in a clause
            if first is not None and first.end < cs and first.type in ("Company", "Organization", "Region") \
                    and _bare(d.text[pcs:first.start]) == "" and _CONJ.match(d.text, first.end):  # opening A与
                cs = pcs
        if (cs, ce) in done or d.text.startswith("而成", p + len(w)):
            continue  # (由A和B组建而成的X: the parts of a whole, not partners)
        cms = [m for m in ms if cs <= m.start and m.end <= ce
               and (m.type in coop_types or _port(m))
               and id(m) not in places_of and not _qualifies_person(d, ms, m)
               and not _OWNER_OF_NEXT.match(d.text, m.end)  # X集团旗下的Y: Y is the partner
               and not (m.type == "Region" and _where(d, ms, m))  # 在(广西)南宁签署: a venue
               and not _address_part(d, ms, m)]
        before = [m for m in cms if m.end <= p]
        host = _HOSTS.search(d.text, before[-1].end, p) if before else None
        if host is not None and (d.text[before[0].start - 1:before[0].start] == "由"
                                 or d.text.startswith("的", host.end())):
            continue  # 由A、B和C主办的…对接会: hosts of an event, not partners (but 柳州与东盟举办对接会)
        after = _listed_after(cms, p + len(w), d.text)
        if d.res is not None and w in d.res.words.get("joining_only_places", ()):
            # 融入粤港澳大湾区, 融入西部陆海新通道: one joins a region, a zone or a plan,
            # not a firm (融入上汽通用五菱“一二五”工程: the firm's project)
            after = [m for m in after if m.type in ("Region", "IndustrialPark", "Initiative")]
        if before and (np := _N_PARTIES.match(d.text, before[-1].end)) is not None and np.end() <= p:
            parties = [m for m in _listed_before(before, before[-1].end, d.text) if not _seat(d, m)]
            if len(parties) >= 2:  # A、B、C和D四方达成共识: every pair of the parties
                _every_pair(d, parties, sent)
                done.add((cs, ce))
                continue
        conj = [j.start() for j in _CONJ.finditer(d.text, cs, p)]
        conj = [c for c in conj if not any(m.start <= c < m.end for m in ms)]
        signers = _listed_before(before, before[-1].end, d.text, seps=("", "、")) if before and not conj \
            and w in T.get("cooperatesWith_signing", ()) and _bare(d.text[before[-1].end:p]) == "" \
            and not _HOSTS.match(d.text, p + len(w)) else []  # (A、B联合主办: hosts of an event, no partners)
        if len(signers) >= 2:  # A、B、C签署的《…协议》: the signatories are partners
            signers = [m for m in signers if not _seat(d, m)]
            _every_pair(d, signers, sent)
            done.add((cs, ce))
        elif conj:
            c = conj[0]
            left = [m for m in before if m.end <= c]
            right = [m for m in before if m.start > c]
            if not right:
                continue
            cop = max((i for i in (d.text.rfind(w, cs, c) for w in _COPULAS)
                       if i >= 0 and not any(m.start <= i < m.end for m in ms)), default=-1)
            if cop >= 0 and any(m.start > cop for m in left):
                left = [m for m in left if m.start > cop]  # X是A与B的合作项目, X由A和B共建: X is the work
            here = [m for m in ms if m.rule == "coref" and m.end <= c and m.type == "Region"
                    and not any(m.end <= x.start and x.end <= c and (x.start >= cs or not _opens_clause(d, sent, m))
                                for x in ms)
                    and (m.start >= cs or not _unrecognised_subject(d.text[cs:c]))]
            # (我市引进A，又与B签署…: the city opening an earlier clause goes on as the subject)
            if not left and here:
                left = here[-1:]  # 我市分别与A、B、C签署…: the story's city
            elif not left:
                if _unrecognised_subject(d.text[cs:c]):
                    continue  # 人形机器人与柳州…融合: an unrecognised subject is no one's cue
                subj = _discourse_subject(d, sent, ms, before=c)
                left = [subj] if subj is not None else []
                for m in ms:  # A、B 来柳，与 C 签署…: every listed subject
                    if left and m.start > left[-1].end and d.text[left[-1].end:m.start] == "、" \
                            and m.type in ("Company", "Organization") and m.end <= cs:
                        left.append(m)
            if len(left) >= 2 and d.word_re("joining_verbs").fullmatch(_bare(d.text[left[0].end:left[1].start])):
                # 广西携手重庆、贵州与新加坡共建…: the subject joins hands with the listed ones
                left, right = left[:1], left[1:] + right
            if len(left) >= 2 and len(right) == 1 and left[-1].end == c and right[0].start == c + 1 \
                    and all(d.text[a.end:b.start] == "、" for a, b in zip(left, left[1:])):
                left = left + right  # A、B和C联合组建…, 广西、重庆与新加坡签署…: one list of partners,
                right = []  # every pair of them
                _every_pair(d, left, sent)
            for a in left:
                for b in right:
                    d.add(a.key, "cooperatesWith", b.key, sent, "coop")
            done.add((cs, ce))
        elif len(before) >= 2 and (lh := _LIST_HEAD_BEFORE.search(d.text, before[-1].end, p)) is not None \
                and lh.start() == before[-1].end and lh.end() == p \
                and len(parties := _listed_before(before, before[-1].end, d.text)) >= 2:
            # A、B、C等龙头企业联合组建…: the listed firms act together, every pair of them
            parties = [m for m in parties if not _seat(d, m)]
            _every_pair(d, parties, sent)
            done.add((cs, ce))
        elif w.endswith("共建") and len(before) >= 2 and re.fullmatch(
                r"[—\-、与和及]", d.text[before[-2].end:before[-1].start].strip() or "、"):
            # 柳州市—上海交通大学共建研究院: the builders are the partners
            a, b = before[-2], before[-1]
            d.add(a.key, "cooperatesWith", b.key, sent, "coop")
            done.add((cs, ce))
        elif w in T.get("cooperatesWith_direct", ()) and after:
            if w.endswith("共建"):
                after = [m for m in after if m.type in ("Initiative", "Region")]
                if not after:
                    continue
            if not before and _unrecognised_subject(d.text[cs:p]):
                continue  # 园区将对接大湾区: 园区 acts, not the sentence's first name
            subj = before or [x for x in [_discourse_subject(d, sent, ms, before=p)] if x is not None]
            for a in subj:
                for b in after[:3]:
                    d.add(a.key, "cooperatesWith", b.key, sent, "coop")
            done.add((cs, ce))
        elif len(before) >= 2 and d.text[before[0].start - 1:before[0].start] == "由" \
                and "组成" not in d.text[before[-1].end:p]:  # 由A、B组成的联合验收组: members of a team
            before = [m for m in before if not _seat(d, m)]  # (由X(深圳)和Y联合主办: X's seat is no host)
            _every_pair(d, before, sent)
            done.add((cs, ce))


def _short_name_rules(d: _Doc, sent) -> None:
    """桂港合作, 中越经贸交流: the partners' one-character short names, joined
    (each named in full somewhere in the story; the sentence may name none)."""
    if d.res is None or not any(w in sent.text for w in _JOINT_WORK):
        return
    abbr = d.res.words.get("region_abbreviations", {})
    if not abbr:
        return
    for m in _abbreviated_pair_re(tuple(sorted(abbr))).finditer(sent.text):
        names = [abbr[c] for c in m.group(1)]
        if names[0] != names[1]:
            d.add(names[0], "cooperatesWith", names[1], sent, "short_names")
