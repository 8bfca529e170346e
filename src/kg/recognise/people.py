"""The ``person`` component: a title (总经理, 书记 …) next to a two or three
character name starting with a common surname, speakers and ministers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..normalise import is_cjk
from .common import _HONORIFICS, _NEVER_CHARS, _known_company_before, _masked


#: two or more names listed before a verb of attending, opening a clause or
#: after a word for leaders (group 1: the list)
_ATTENDEES = re.compile(r"(?:^|(?<=[，,。；;：:\n])|(?<=领导)|(?<=嘉宾))((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})"
                        r"(?:等)?(?:参加|出席|陪同)", re.M)


@lru_cache(maxsize=8)
def _name_after_title_re(verbs: tuple, surnames: str) -> re.Pattern:
    """After a title: a 2–3 character name with a common surname, then a verb
    of saying, a boundary, or an adverb opening the predicate (总经理X|都会…,
    X|也表示; compiled once per word lists)."""
    return re.compile(
        "([" + surnames + "][\u4e00-\u9fff]{1,2}?)"
        + "(?=" + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))
        + r"|以及|(?:\d{1,2}月)?\d{1,2}日|(?:周|星期)[一二三四五六日天]|(?:昨|今|前|当)[日天]|[上下]午"
        + r"|[\u4e00-\u9fff]{2}地|[\u4e00-\u9fff][着著]|[,，。、；;：:)）(（\s的]|先生|女士|博士|教授|$"
        + r"|[都也还就又曾亦均再便][\u4e00-\u9fff])")


#: surnames that are also adverbs opening a predicate (曾 "once", 常 "often", 尚 "still")
_SURNAME_ADVERBS = frozenset("曾常尚向方")
#: counts of times written after such an adverb (曾|多次, 曾|一度)
_TIMES = frozenset(("多次", "一度", "屡次", "再次", "数次", "几次", "两次", "三次"))
#: a dash written between a title and the name after it
_TITLE_DASH = re.compile(r"——|—|--")


def _person_mentions(doc, text, res, masks, seg=None):
    words = res.words
    name_re = _name_after_title_re(tuple(words["person_verbs"]), words["surnames"])
    speech = tuple(words.get("speech_verbs", ()))
    # one scan for the titles (the longest at each place), then a name after each
    titles_re = _titles_re(tuple(words["titles"]))
    title_ends = [t.end() for t in titles_re.finditer(text)]
    spans = {}
    for e in title_ends:
        if (dash := _TITLE_DASH.match(text, e)) is not None:
            e = dash.end()  # 常务副总经理——黄某某: a dash between the title and the name
        if (m := name_re.match(text, e)) is not None:
            spans[e] = m.end(1)
    spans.update(_more_titled_names(text, res, spans, seg, title_ends))
    common = res.word_set("common_words")
    fw = res.word_set("function_words")
    for s in sorted(spans):
        e = spans[s]
        if _masked(s, e, masks):
            continue
        name = text[s:e]
        if len(name) == 3 and name[0] in "和与及" and name[1] in words["surnames"] and titles_re.match(text, e):
            s, name = s + 1, name[1:]  # 书记|和陈某|主席: 和 joins two titled people, the name is after it
        if name in common and res.gazetteer.lookup(name) is None:
            continue  # 董事长|方面|表示, 副总经理|陆续|到任: a word, no name
        if len(name) == 2 and name[1] in _ADVERB_CHARS:
            continue  # 招收新员工|时也|将: a word and an adverb, no name
        if len(name) == 3 and name[0] in _SURNAME_ADVERBS and (
                name[1:] in _TIMES or name[1:] in common and name[1:] in fw):
            continue  # 总书记|曾多次|强调, 村民曾投诉: an adverb that is also a surname, then a
            # count of times or a frequent verb (but 曾光明, 曾立新: names, no frequent verbs)
        if name[-1] in _BODY_ENDS and titles_re.match(text, e):
            continue  # 总理|公署|部长: a body between two titles, no name
        # title, name, a verb of saying (总经理沈阳表示): a person even when the
        # name is also a place's, so the rule outranks the lexicon
        rule = "titled" if text.startswith(speech, e) else "person"
        yield Mention(doc, s, e, name, "Person", rule, key=name)
        # 名誉会长吴某、吴某某以及…: the title covers every name of the list
        while (n := _NAME_LIST.match(text, e) or (text.startswith("、", e) and name_re.match(text, e + 1))) \
                and n.group(1)[0] in words["surnames"] and not _masked(*n.span(1), masks):
            e = n.end(1)
            yield Mention(doc, n.start(1), e, n.group(1), "Person", "person", key=n.group(1))
    if "左" in text or "右" in text:  # a photo's caption: 王某某（左二）、李某（前右）为项目揭幕
        for m in _CAPTION_NAME.finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if name[0] in words["surnames"] and name not in common and not _masked(s, e, masks) \
                    and res.gazetteer.lookup(name) is None and (s == 0 or not is_cjk(text[s - 1])
                                                                 or text[s - 1] in "、和与及"):
                yield Mention(doc, s, e, name, "Person", "person", key=name)
    after = tuple(words.get("person_titles_after", ()))  # the whole list: one regex, compiled once
    if any(t in text for t in after):  # …，习某某总书记在广西考察: a three-character name that opens a clause, then its title
        common = res.word_set("common_words")
        for m in _name_then_title_re(after, words["surnames"]).finditer(text):
            s, e = m.span(1)
            if m.group(1)[:2] in common or m.group(1)[-1] in "副正总" or m.group(1)[-1] in _BODY_ENDS:
                continue  # 常务副|书记, 项目副|书记: part of the title, no name
            if not _masked(s, e, masks):
                yield Mention(doc, s, e, m.group(1), "Person", "person", key=m.group(1))
    if any(t in text for t in _FIRM_TITLES_AFTER):
        # X有限公司|周某某|副总经理, 东风柳汽|刘某某|书记, X工业园区|陈某|主任: a name between
        # an employer (a firm, a zone or a body, _EMPLOYER_ENDS) and its title
        common = res.word_set("common_words")
        listed = set()
        for m in _firm_name_title_re(words["surnames"]).finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if len(name) == 3 and text.endswith(_EMPLOYER_ENDS, 0, s + 1) and name[1] in words["surnames"]:
                s, name = s + 1, name[1:]  # 工业园区|陈某|主任: 区 ends the zone's name, it is no surname here
            if name[:2] not in common and name not in common and name[-1] not in "副正总常" \
                    and name[-1] not in _BODY_ENDS and name[-1] != "组" \
                    and (text.endswith(_EMPLOYER_ENDS, 0, s) or _known_company_before(text, s, res)
                         or s in listed) \
                    and not _masked(s, e, masks):
                yield Mention(doc, s, e, name, "Person", "person", key=name)
                # X工业园区陈某主任、沈某书记: the next titled name of the list
                t = next((t for t in _FIRM_TITLES_AFTER if text.startswith(t, e)), None)
                if t is not None and text.startswith("、", e + len(t)):
                    listed.add(e + len(t) + 1)
    if seg is not None and speech:  # …。王某某表示: a name with no title that opens a clause and speaks
        fw = res.word_set("function_words")
        for m in _speaker_re(speech, words["surnames"]).finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if len(name) == 3 and name[2] in _ADVERB_CHARS:
                name, e = name[:2], e - 1  # 马某还表示: the adverb is no part of the name
            if _no_bare_name(name, res, seg, common, fw) or name[0] in "但" or name[1:] in _ADDRESS_WORDS \
                    or _masked(s, e, masks):
                continue  # 公司表示, 高新区介绍, 金融业认为: a word or a body, no name
            yield Mention(doc, s, e, name, "Person", "speaker", key=name)
    if seg is not None and ("是" in text or "系" in text or "现任" in text):
        # 。王某是X集团驻广西的负责人: a name said to hold a title at an employer
        fw = res.word_set("function_words")
        for m in _staff_re(tuple(words["titles"]), words["surnames"]).finditer(text):
            s, e = m.span(1)
            name = m.group(1)
            if _no_bare_name(name, res, seg, common, fw) or _masked(s, e, masks):
                continue  # 公司是…的龙头, 该厂系…: a word or a body, no name
            yield Mention(doc, s, e, name, "Person", "person", key=name)
    if seg is not None and ("参加" in text or "出席" in text or "陪同" in text):
        # 市领导A、B参加签约仪式: names listed before a verb of attending
        fw = res.word_set("function_words")
        for m in _ATTENDEES.finditer(text):
            names = m.group(1).split("、")
            if all(n[0] in words["surnames"] and n not in common and n[:2] not in fw
                   and not _NEVER_CHARS.search(n) and res.gazetteer.lookup(n) is None
                   and not seg.is_common_word(n, 5) for n in names):
                pos = m.start(1)
                for n in names:
                    if not _masked(pos, pos + len(n), masks):
                        yield Mention(doc, pos, pos + len(n), n, "Person", "person", key=n)
                    pos += len(n) + 1
    heads = tuple(words.get("foreign_leader_titles", ()))
    if heads and any(h in text for h in heads):  # 波兰总理图斯克: a leader of a named country
        fw = res.word_set("function_words")
        for m in _leader_re(heads, tuple(words["person_verbs"])).finditer(text):
            s, e = m.span(1)
            if _NEVER_CHARS.search(m.group(1)) or m.group(1)[:2] in fw or m.group(1)[-1] in _BODY_ENDS \
                    or m.group(1)[0] in _BODY_ENDS:
                continue  # 首相宣布辞职, 卡梅伦的, 农业部, 总理|府发表声明: no name
            country = next((h for k in range(2, 7) if (h := res.gazetteer.lookup(text[max(0, m.start() - k):m.start()]))
                            is not None and h[1].kind == "country"), None)
            if country is not None and country[0] != words.get("home_country") and not _masked(s, e, masks):
                yield Mention(doc, s, e, m.group(1), "Person", "person", key=m.group(1))


def _minister_mentions(doc, text, res, lex, masks):
    """A foreign country's ministry and the minister or official titled after
    it (菲律宾贸易和工业部副部长潘某某, 印尼贸易部出口总司总司长X): the
    ministry, its country written first (``words.json``
    ``ministry_titles``), and a transliterated name of 2–5 characters.
    The countries are among the lexicon's mentions ``lex`` (no second scan)."""
    titles = tuple(res.words.get("ministry_titles", ()))
    if not titles or "部" not in text:
        return
    home = res.words.get("home_country")
    ministry = _ministry_re(titles, tuple(res.words["person_verbs"]))
    for c in lex:
        entry = res.gazetteer.entries.get(c.key) if c.type == "Region" else None
        if entry is None or entry.kind != "country" or entry.name == home \
                or (m := ministry.match(text, c.end)) is None or _NEVER_CHARS.search(m.group(4)):
            continue
        start = c.start
        s, e = m.span(4)
        if _masked(start, e, masks):
            continue
        name = text[start:m.end(1)]
        yield Mention(doc, start, m.end(1), name, "Organization", "employer", key=name)
        if m.group(2):
            yield Mention(doc, m.start(2), m.end(2), m.group(2), "Organization", "employer", key=m.group(2))
        yield Mention(doc, s, e, m.group(4), "Person", "person", key=m.group(4))


@lru_cache(maxsize=4)
def _ministry_re(titles: tuple, verbs: tuple) -> re.Pattern:
    """(group 1) a ministry: 1–10 characters ending in 部, written right after
    a country (checked by the caller); (2) a unit of it (出口总司); a title;
    (2) a second ministry the official also heads (兼国家发展部); (3) a unit
    (出口总司); a title; (4) a name of 2–5 characters up to a boundary or a verb."""
    return re.compile(r"([\u4e00-\u9fff]{1,10}?部)(?:兼([\u4e00-\u9fff]{1,10}?部))?([\u4e00-\u9fff]{1,6}?[司局处署])?(?:"
                      + "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
                      + r")([\u4e00-\u9fff·]{2,5}?)(?=[，,。、；;：:）)]|"
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + r"|$)")


#: last characters of a word before a verb of saying that is no name
_NOT_NAME_ENDS = frozenset("总们者员长人方家部局委会厅处所府团司行区市县省村镇乡媒报网社")
#: adverbs and pronouns jieba may leave after a name (王某还表示)
_ADVERB_CHARS = frozenset("还也却都又你我他她此均")
#: a surname and a form of address (张先生, 王女士): no name of a person
_ADDRESS_WORDS = frozenset(("先生", "女士", "小姐", "师傅", "老伯", "大姐", "老师", "老板", "律师", "大爷",
                            "大伯", "阿姨", "大妈", "经理", "书记", "主任", "博士", "教授", "同学", "总"))


@lru_cache(maxsize=4)
def _speaker_re(verbs: tuple, surnames: str) -> re.Pattern:
    """A two- or three-character name at the start of a clause, right before
    a verb of saying (。王某某表示)."""
    # (the lookahead names the first character, a surname: the search skips other places at once)
    return re.compile(r"(?=[" + surnames + r"])(?:^|(?<=[，,。；;：:！!？?“”\"\s]))"
                      r"([" + surnames + r"][\u4e00-\u9fff]{1,2})"
                      r"(?:[还也却又亦均都]|还曾|也曾)?(?="
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")")


def _no_bare_name(name: str, res, seg, common, fw) -> bool:
    """Is ``name``, found with no title beside it, a word or a body rather
    than a person's name (a common or function word, a lexicon name, a
    frequent jieba word, 某)?"""
    return name in common or name[:2] in fw or _NEVER_CHARS.search(name) is not None \
        or name[-1] in _NOT_NAME_ENDS or "某" in name or res.gazetteer.lookup(name) is not None \
        or seg.is_common_word(name, 5) or seg.is_common_word(name[:2], 5)


@lru_cache(maxsize=4)
def _staff_re(titles: tuple, surnames: str) -> re.Pattern:
    """A two- or three-character name opening a clause, said to hold a title
    at an employer (。王某是X集团驻广西的负责人; 王某，现任X公司副总经理)."""
    alt = "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
    return re.compile(r"(?=[" + surnames + r"])(?:^|(?<=[，,。；;：:！!？?“”\"\s]))"
                      r"([" + surnames + r"][\u4e00-\u9fff]{1,2})[，,]?(?:目前|现在|如今)?(?:是|系|现任)"
                      r"[^，,。；;！？!?、]{2,25}?(?:" + alt + r")(?=[，,。；;！？!?])")


def _more_titled_names(text: str, res, known: dict, seg=None, title_ends=None) -> dict:
    """Names after a title that the title regex misses: before any verb,
    conjunction, preposition or adverb of jieba's (行政长官崔某|访问, 董事长刘某|计划),
    with a double surname (林郑月娥), or transliterated with a middle dot
    (董事长宋迪·西拉翁).  ``{start: end}`` of each, not already in ``known``."""
    words = res.words
    fw = res.word_set("function_words")
    common = res.word_set("common_words")
    surnames = words["surnames"]
    out = {}
    if title_ends is None:
        title_ends = [t.end() for t in _titles_re(tuple(words["titles"])).finditer(text)]
    dotted = _dotted_name_re(tuple(words["person_verbs"]))
    for s in title_ends:
        if s in known or s >= len(text):
            continue
        dot = dotted.match(text, s)
        if dot:
            out[s] = dot.end()
            continue
        if text[s] not in surnames:
            continue
        lengths = (4,) if text[s + 1:s + 2] in surnames and len(text) > s + 1 else ()
        for n in (2, 3) + lengths:
            name = text[s:s + n]
            if len(name) < n or not all(is_cjk(c) for c in name) or _NEVER_CHARS.search(name[1:]):
                break
            if name in common:
                break  # 方面, 陆续, 官邸: a word, no name
            if name[1] in _DETERMINERS or name[0] in "和与及" and len(name) > 2 and (
                    name[1:] in common or seg is not None and seg.is_common_word(name[1:], 50)):
                break  # 领导|和各|部门, 司机|和行人: a conjunction and a determiner or a word, no name
            if _name_ends_at(text, s + n, fw, common):
                out[s] = s + n
                # 总经理马国强直接管理: 马国|强直 and 马国强|直接 both read; most
                # names have three characters, so the longer reading wins
                # unless its last character is a word of its own (刘洋|说)
                if n == 2 and _name_ends_at(text, s + 3, fw, common) \
                        and text[s + 2] not in fw and is_cjk(text[s + 2]) \
                        and not _NEVER_CHARS.match(text[s + 2]) and text[s:s + 3] not in common:
                    out[s] = s + 3
                break
    return out


def _name_ends_at(text: str, e: int, fw, common) -> bool:
    """Can a name end before ``text[e]``: a boundary, an honorific, 的, a
    conjunction, a function word or a common word follows (主席马某这样说,
    董事长吴某座谈, 市委书记郑某的宣布, 行政长官林郑某某和…)?"""
    nxt = text[e:e + 4]
    return not nxt or nxt[0] in "，,。、；;：:)）的和与及" or nxt.startswith(_HONORIFICS) or \
        any(nxt[:k] in fw for k in (4, 3, 2)) or nxt[:2] in common



#: a name in a photo's caption, with where the person stands in brackets (王某某（左二）)
_CAPTION_NAME = re.compile(r"([\u4e00-\u9fff]{2,3})[（(](?:前排|后排|前|后)?[左右中][一二三四五六七八九\d]?[)）]")

#: determiners, which open a noun phrase and end no two-character name (和各, 与其)
_DETERMINERS = frozenset("各其该此这那每诸")


#: ranks and honorifics written after a transliterated name (…·西拉翁|上将|表示)
_RANKS_AFTER = ("上将", "中将", "少将", "将军", "阁下", "亲王") + _HONORIFICS


#: a transliterated name with a middle dot (宋迪·西拉翁), up to a boundary, a verb,
#: a day (…·维多多|1日) or a rank
@lru_cache(maxsize=4)
def _dotted_name_re(verbs: tuple) -> re.Pattern:
    """A transliterated name with a middle dot (佐科·维多多), up to a boundary
    or a verb of ``words.json`` ``person_verbs`` (…·维多多|视察)."""
    return re.compile(r"[\u4e00-\u9fff]{1,6}?(?:·[\u4e00-\u9fff]{1,6}?){1,2}(?=[，,。、；;：:)）]|等|和|与|及|以及|$|\d|"
                      + "|".join(_RANKS_AFTER) + "|"
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + ")")


@lru_cache(maxsize=4)
def _titles_re(titles: tuple) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(titles, key=len, reverse=True))))


#: 、 and a 2–3 character name, up to the next separator or 以及/等/和
_NAME_LIST = re.compile(r"、([\u4e00-\u9fff]{2,3})(?=[、，,。；;]|以及|等|和|及)")


#: last characters of a body's name (农业部, 外交部, 议会)
_BODY_ENDS = frozenset("部局院委会厅署处所府团")


@lru_cache(maxsize=4)
def _leader_re(titles: tuple, verbs: tuple) -> re.Pattern:
    """A head of state's or government's title (after a country's name, checked
    by the caller) and a transliterated name of 2–5 characters up to a boundary or a verb."""
    return re.compile(r"(?:" + "|".join(map(re.escape, sorted(titles, key=len, reverse=True)))
                      + r")([\u4e00-\u9fff·]{2,5}?)(?=[，,。、；;：:）)]|"
                      + "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))) + r"|见证|$)")


#: an employer's titles written after its officer's name (X公司王某某副总经理,
#: 东风柳汽刘某某书记, X工业园区陈某主任)
_FIRM_TITLES_AFTER = ("总经理", "董事长", "总裁", "经理", "厂长", "总工程师", "董事", "书记", "主任", "研究员", "教授",
                      "院长", "所长", "会长", "秘书长")
#: how the name of such an employer ends: a firm's, a zone's or a body's
_EMPLOYER_ENDS = ("公司", "集团", "厂", "园区", "新区", "开发区", "管委会", "党委", "政府", "研究院", "研究所", "大学",
                  "学院", "协会", "商会")


@lru_cache(maxsize=4)
def _firm_name_title_re(surnames: str) -> re.Pattern:
    """A two- or three-character name right before a firm's title
    (有限公司|周某某|副总经理); the caller checks that a firm's name ends right
    before it."""
    return re.compile(r"([" + surnames + r"][\u4e00-\u9fff]{1,2}?)(?=(?:常务)?副?(?:"
                      + "|".join(_FIRM_TITLES_AFTER) + "))")


@lru_cache(maxsize=4)
def _name_then_title_re(titles: tuple, surnames: str) -> re.Pattern:
    # (the lookahead names the first character, a surname: the search skips other places at once)
    return re.compile(r"(?=[" + surnames + r"])(?:^|(?<=[，,。；;：:、“”\s在由向与和对据及将把同]))"
                      r"([" + surnames + r"][\u4e00-\u9fff]{2})(?="
                      + "|".join(map(re.escape, titles)) + ")", re.M)
