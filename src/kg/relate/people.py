"""worksFor (rule ``title``): employer … title … person, and every employer
of a chain of titles.
"""
from __future__ import annotations

import re

from .context import _subject
from .doc import _Doc
from .syntax import _ITEM_SEPS


#: a place's own office after its name (钦州市|委书记, 钦州市|市长, 玉林|副市长)
_PLACE_OFFICE = re.compile(r"(?:市|省|区|县|州|自治区|国家)?(?:党?委|常务副|副)?(?:市长|省长|区长|县长|州长|主席|书记)"
                           r"|(?:市|省|区|县)?党?委")


#: a place's head of government (自治区主席, 市长, 副县长): not the party committee's officer
_GOVERNMENT_HEAD = re.compile(r"(?:自治区|市|省|区|县|州)?(?:常务)?副?(?:主席|市长|省长|区长|县长|州长)")


#: the party group or committee of a body, before one of its titles (党组|副书记)
_PARTY_UNIT = re.compile(r"(?:党组|党委|党工委|党总支|党支部)?")
#: the marks between titles of one person (副主任、党组副书记，市委书记X)
_TITLE_SEP = re.compile(r"[、，,]")


def _title_run(gap: str, titles) -> bool:
    """Is ``gap`` one or more titles of one person, separated by 、 or a comma
    (副主任、党组副书记，市委书记; a place's own office counts: 市委书记)?"""
    parts = _TITLE_SEP.split(gap)
    return bool(parts) and all(
        x and (x in titles or x[_PARTY_UNIT.match(x).end():] in titles or _PLACE_OFFICE.fullmatch(x)) for x in parts)


#: a person taking a post: X担任|Y公司总经理
_TAKES_POST = re.compile(r"(?:将|已|正式)?(?:担任|出任|兼任|任职|接任)")
#: between an employer and a title: its office somewhere, 的 (Y集团|驻广西的|负责人)
_STATIONED = re.compile(r"(?:驻[\u4e00-\u9fff]{1,6}?(?=的))?的?")
#: a person said to be an employer's staff (X，是Y公司的质检员; X现任Y集团副总裁)
_IS_STAFF = re.compile(r"[，,]?(?:现在|目前|如今)?(?:是|现任|系)")


def _works_for_rules(d: _Doc, sent, ms) -> None:
    """worksFor: employer … title … person, every employer of a chain of
    titles, and X担任Y公司总经理."""
    titles = d.res.word_set("titles") if d.res is not None else frozenset()
    for m in ms:
        if m.type != "Person":
            continue
        post = _TAKES_POST.match(d.text, m.end) or _IS_STAFF.match(d.text, m.end)
        if post is not None:
            emp = next((x for x in ms if x.start == post.end()), None)
            if emp is not None and emp.type == "Region":  # X是台湾|Y集团驻广西的负责人: the firm after its place
                emp = next((x for x in ms if x.start == emp.end), emp)
            if emp is not None and emp.type in ("Company", "Organization", "IndustrialPark") \
                    and d.text.startswith(d.titles, _STATIONED.match(d.text, emp.end).end()):
                d.add(m.key, "worksFor", emp.key, sent, "title")  # X担任Y公司总经理
        emp = _subject(ms, m.start, ("Company", "Organization", "IndustrialPark", "Project"))
        if emp is None or m.start - emp.end > 20 or any(c in d.text[emp.end:m.start] for c in "，。,；") \
                and not _title_run(d.text[emp.end:m.start], titles):
            continue  # (X委员会副主任、党组副书记，市委书记Y: one person's titles, the body first)
        other = next((x for x in reversed(ms) if x.type == "Person" and emp.end <= x.start and x.end <= m.start), None)
        if other is not None and not (d.text[other.end:m.start] in _ITEM_SEPS
                                      and (other.key, "worksFor", emp.key) in d.out) \
                and (not _title_run(gap := d.text[other.end:m.start].strip("和与及、"), titles)
                     or _GOVERNMENT_HEAD.fullmatch(gap)):
            continue  # A集团董事长X和B中国总裁Y: Y's employer is the name (unknown) after X, not A;
            # X党委书记A、自治区主席B: B heads the region's government, not the committee
            # (but X领导A、B: people listed under one title work where the first does)
        last = next((x for x in reversed(ms) if x.end <= m.start and x.type != "Person" and x.rule != "nested"), None)
        if last is not None and last.type == "Region" and last.start >= emp.end \
                and (_PLACE_OFFICE.match(d.text, last.end) or d.text.startswith(d.leader_titles, last.end)):
            continue  # 中共|钦州市委书记X, …、钦州市市长Y: titled by the place, not by the body
            # before it (but 贸发局|华南首席代表X: the body's office for a region)
        if emp.type == "Project":
            owner = [h for (h, r, t) in d.out if r == "develops" and t == emp.key] + (
                [d.named_owner[emp.key]] if emp.key in d.named_owner else [])
            comp = [x for x in ms if x.type == "Company" and x.end <= emp.start]
            key = owner[0] if owner else (comp[-1].key if comp else None)
            if key is None:
                continue
            d.add(m.key, "worksFor", key, sent, "title")
        else:  # (柳州市委书记X, 自治区党委书记X: the committee is the secretary's employer too)
            d.add(m.key, "worksFor", emp.key, sent, "title")
            if emp.type == "Organization" and emp.key in d.named_owner:
                d.add(m.key, "worksFor", d.named_owner[emp.key], sent, "title")  # a firm's unit's staff: the firm's
        # 柳州市委常委、柳东新区党工委书记谢永钢: every employer of a chain of titles
        cur = emp
        while True:
            prev = _subject(ms, cur.start, ("Company", "Organization", "IndustrialPark"))
            if prev is None:
                break
            gap = d.text[prev.end:cur.start]
            if gap[-1:] in ("县", "市", "区") and gap[-2:-1] in ("、", "，", ","):
                gap = gap[:-1]  # …副主任、县|X指挥部副指挥长: the story's county's body
            if not (gap[-1:] in ("、", "，", ",") and _title_run(gap[:-1], titles)) and not (
                    gap in ("、", "兼") and prev.type == cur.type == "Organization"):
                break  # (中共中央台办、国务院台办副主任X, X部兼Y部部长: both bodies of one title)
            d.add(m.key, "worksFor", prev.key, sent, "title")
            cur = prev


#: a person elected or appointed to an association's office, right after the
#: name (选举X为会长, 推选X任新一届台协会会长, 聘请X为名誉会长, X当选理事长)
_ELECTED = re.compile(r"(?:当选为?|出任|担任|为|任)(?:新一届|新一任|首任|本届|第[\d一二三四五六七八九十]+届)?"
                      r"[\u4e00-\u9fff“”\"]{0,8}?(?:名誉|创会|常务|执行)?副?(?:会长|理事长|秘书长|监事长)")


def _elected_rules(d: _Doc, sent, ms) -> None:
    """worksFor: a person elected to an association's office works for the
    association named before in the sentence, or for the story's only one
    (柳州市汽配行业协会召开换届大会。…选举韦某为会长)."""
    if not any(w in sent.text for w in ("会长", "理事长", "秘书长", "监事长")):
        return
    ends = tuple(d.res.words.get("association_ends", ())) if d.res is not None else ()
    assocs = [x for x in d.mentions if x.type == "Organization" and ends and x.key.endswith(ends)]
    for m in ms if assocs else ():
        post = _ELECTED.match(d.text, m.end) if m.type == "Person" else None
        if post is None:
            continue
        named = next((x for x in assocs if m.end < x.start < post.end()), None)
        if named is not None:
            d.add(m.key, "worksFor", named.key, sent, "title")  # X当选|柳州市汽配行业协会|会长
            continue
        before = [x for x in assocs if x.end <= m.start]
        body = next((x for x in reversed(before) if x.start >= sent.start), None)  # named in the sentence
        if body is None and len({x.key for x in before}) == 1:
            body = before[0]  # the story's only association
        if body is not None:
            d.add(m.key, "worksFor", body.key, sent, "title")


#: a bare party committee opening a person's titles (，市委常委、常务副市长X):
#: the committee of the place named before in the sentence
_BARE_COMMITTEE = re.compile(r"(?<=[，,、；;：:\s])(市委|区委|县委)(?:常委|副书记|书记|委员)")


def _bare_committee_rules(d: _Doc, sent, ms) -> None:
    """worksFor: 柳州市委书记A，市长B，市委常委、常务副市长C: C's 市委 is the
    committee named before it (中共柳州市委), when the sentence names one."""
    for m in (_BARE_COMMITTEE.finditer(d.text, sent.start, sent.end) if "委" in sent.text else ()):
        person = next((x for x in ms if x.type == "Person" and x.start >= m.end()
                       and not any(c in d.text[m.end():x.start] for c in "，,；;。")), None)
        body = next((x for x in reversed(ms) if x.type == "Organization" and x.end <= m.start()
                     and x.key.endswith(m.group(1))), None)
        if person is not None and body is not None:
            d.add(person.key, "worksFor", body.key, sent, "title")

