"""Stage 2, *normalise*: one clean simplified-Chinese text per document.

Steps, each keeping a map from every output character to the index of the
original character it comes from (:class:`~kg.model.NormText`):

1. NFKC per character (full-width letters and digits, compatibility forms);
2. traditional → simplified with OpenCC (``t2s``), only where the conversion
   keeps the length, so offsets stay exact;
3. join lines broken inside a sentence (``零\\n\\n部件``);
4. remove spaces inserted between Chinese characters (``柳 州 高 新 区``);
5. remove the pinyin that some mirror sites gloss a converted character
   with (``產(chǎn)業(yè)`` → ``产业``);
6. mark bylines and photo credits (``黄蕊 摄``, ``全媒体记者 朱柳融``,
   ``(荣瑶 文/图)``) as *masked* spans that yield no entity.

Examples
--------
>>> n = normalise("柳 州 高 新 區的優必選科技位於廣西。")
>>> n.text
'柳州高新区的优必选科技位于广西。'
>>> n.original_text(6, 11)
'優必選科技'
>>> n.traditional
True
>>> normalise("今年以来，新区聚焦机器人核心零\\n\\n部件研发。").text
'今年以来,新区聚焦机器人核心零部件研发。'
>>> normalise("國家鋼鐵產(chǎn)業(yè)的基地").text
'国家钢铁产业的基地'
>>> n = normalise("忙碌的生产现场。(黄蕊 摄)")
>>> [n.text[s:e] for s, e in n.masked]
['(黄蕊摄)']
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import compress

from .model import NormText

__all__ = ["normalise", "to_simplified", "norm_key", "is_cjk", "drop_glosses"]

_TERMINAL = set("。！？!?；;：:…」』”\"')）】》")
_JOIN_MIN_LINE = 12  # a wrapped line is at least this long; shorter ones are headings


def is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph.

    >>> is_cjk("柳"), is_cjk("a")
    (True, False)
    """
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FFFF or 0xF900 <= o <= 0xFAFF


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, length-preserving where OpenCC is not.

    >>> to_simplified("優必選科技")
    '优必选科技'
    >>> to_simplified("陜西")
    '陕西'
    """
    cc = _converter()
    out = cc.convert(text)
    if len(out) != len(text):
        # phrase conversions changed the length: convert character by character
        out = "".join(c if len(c) == 1 else ch for ch, c in ((ch, cc.convert(ch)) for ch in text))
    return out.translate(_VARIANTS) if _HAS_VARIANT.search(out) else out


#: variant characters OpenCC's t2s leaves as they are (陜西 is 陕西)
_VARIANTS = str.maketrans({"陜": "陕", "衞": "卫", "敍": "叙", "濶": "阔"})
_HAS_VARIANT = re.compile("[陜衞敍濶]")


@lru_cache(maxsize=1 << 16)
def norm_key(name: str) -> str:
    """The comparison key of a name: NFKC, simplified, no spaces, lower case.

    Memoised: every gazetteer lookup computes it, mostly for the same few
    thousand strings.

    >>> norm_key("宏光 MINI EV")
    '宏光miniev'
    """
    s = unicodedata.normalize("NFKC", name)
    s = to_simplified(s)
    return "".join(s.split()).lower()


_NAME = r"[\u4e00-\u9fff]{2,3}(?=[\s、,，)）/]|$)"
_BYLINE_PATTERNS = [
    # datelines: 本报记者何敏仪柳州报道：/ 新华社南宁6月1日电 / 本报讯
    # (each of the two 记者 patterns names its possible first characters in a lookahead: the
    # search skips other places at once instead of trying the optional parts there)
    r"(?=[〔\[【(（本新中人央驻记])[〔\[【(（]?(?:本报|新华社|中新社|中新网|人民网|央视网)?(?:驻\S{2,4})?记者\s*(?![在从到于对向])[\u4e00-\u9fff]{2,3}\s*[／/]?\s*"
    r"[\u4e00-\u9fff]{0,4}(?:\d{1,2}月\d{1,2}日)?(?:报道|报导|电)[:：〕\]】)）]?",
    # (中新网4月13日电, with no city; 新华社电, with no day; 本报北京4月15日讯)
    r"(?:新华社|中新社|新华网|中新网|本报|[\u4e00-\u9fff]{1,6}?(?:网|社|报|台))[ \t]*(?:[\u4e00-\u9fff]{2,4})?"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电(?:题[:：])?(?:[（(][^）)]{2,30}[）)])?"
    r"|(?:新华社|中新社|新华网|中新网)电",
    r"(?:本报[\u4e00-\u9fff]{0,4}?(?:\d{1,2}月\d{1,2}日)?讯|本报综合消息|日报消息|晚报消息)",
    # (全媒体记者 朱柳融、通讯员 王明鉴) / 记者 黄蕊 实习生 覃海露 报道摄影
    r"(?=[全融本特见记通实摄编责校审])(?:全媒体|融媒体|本报|特约|见习)?(?:记者|通讯员|实习生|摄影|编辑|责编|校对|审核)[:：\s]*"
    + _NAME + r"(?:(?:[、,，\s]|实习生|通讯员|记者|摄影)+" + _NAME + r")*"
    r"(?:\s*(?:报道摄影|报道|摄影|摄|文/图|/文|/图))?",
    # (荣瑶 文/图) (黄蕊 摄) 罗秋宁/摄
    r"[(（]\s*[\u4e00-\u9fff]{2,3}(?:[、,，\s]+[\u4e00-\u9fff]{2,3})*\s*(?:文/图|图/文|文|图|摄|供图)\s*[)）]",
    r"[\u4e00-\u9fff]{2,3}\s*/?\s*摄(?=\s*$|\s*[)）])",
    r"(?:责任编辑|编辑|来源|作者|审校|监制)\s*[:：]\s*\S{1,20}",
    # 广西新闻网-广西日报柳州讯, 腾讯-大桂网全媒体讯 / (图源：新华社) (新华社资料照) / 据新华社报导
    r"(?:^|(?<=[\s【〔(（]))(?:[\u4e00-\u9fff]{2,6}\s*[-—－]\s*)?[\u4e00-\u9fff]{1,6}"
    r"(?:日报|晚报|商报|新闻网|网|报)[\u4e00-\u9fff]{0,4}讯(?=[\s:：】〕)）(（]|$)",
    r"[(（]\s*(?:图源|来源|图片来源|资料来源)\s*[:：][^）)]{1,20}[)）]|[(（][\u4e00-\u9fff]{2,6}(?:资料照|资料图|供图)[)）]",
    # 新华社报道，… / 中新社报导，…: an outlet opening a sentence as its source (据X报道,
    # an outlet the sentence cites, is the sentence's own words)
    r"(?:^|(?<=[\s。，,；;：:”」【]))(?!据)(?:新华社|中新社|新华网|中新网|人民网|央视网|中央社|中评社|[\u4e00-\u9fff]{2,6}?(?:日报|晚报|时报|电视台))"
    r"(?:报道|报导)(?=[，,：:】])",
    # 新华社记者潘强, 接受中新社记者专访: an agency named as its reporters' employer
    r"(?:新华社|中新社|新华网|中新网|人民网|央视网|中央社|中评社|新華社|中評社)(?=记者|記者|资料|資料)"
    # 大公报记者X摄, 【工商时报记者X／综合报导】, 澎湃新闻记者 X: an outlet opening a credit
    r"|(?:(?:^|(?<=[\s【〔(（“「，,。：:]))[\u4e00-\u9fff\d]{1,6}?(?:日报|晚报|时报|商报|报|社|网|新闻|财经|卫视|电视台|报道)"
    r"|《[^》《\n]{2,10}》)(?=[ \t]*(?:记者|記者)\s*[\u4e00-\u9fff]{2,3}(?:\s|$|[／/摄攝)）】、，,]|报道|报导|获悉))",
    # 新华网2013年10月5日报道 / 中国新闻网 2024年1月9日 / 《 某某日报 》( 2021年11月22日 第 04 版):
    # an outlet heading a line, or in 《》 anywhere, with the day of its issue
    r"(?:^[ \t]*[\u4e00-\u9fff]{1,8}?(?:日报|晚报|时报|商报|新闻网|网|报|社)|《[^》《\n]{2,12}》)(?=[ \t]*[(（]?[ \t]*"
    r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}))",
    # (台湾网广西台办通讯员 康乐): a credit in brackets, with the outlet or office it writes for
    r"[(（][^()（）。，,\n]{2,16}?(?:通讯员|记者)\s*" + _NAME + r"(?:[、,，\s]+" + _NAME + r")*\s*[)）]",
    # …进行焊接作业。X市委宣传部供图: a caption's credit ending its line
    r"(?<=[。！？!?\s])[\u4e00-\u9fff]{2,16}(?:供图|供圖)[ \t]*$",
    # 2007年08月30日 08:55 某某日报 浏览次数: / 中国新闻网 on a line of its own: a page's
    # outlet after the hour of posting, or alone on its line
    r"(?<=\d:\d\d)[ \t]+[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|商报|新闻网|网|报|社)(?=[ \t]|$)"
    r"|^[ \t]*[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|商报|新闻网|网|报|社)[ \t]*$",
]
#: per pattern of _BYLINE_PATTERNS, words one of which each of its matches contains
_BYLINE_NEEDS = (("记者",), ("日电", "社电", "网电"), ("本报", "消息"),
                 ("记者", "通讯员", "实习生", "摄影", "编辑", "责编", "校对", "审核"),
                 ("(", "（"), ("摄",), ("编辑", "来源", "作者", "审校", "监制"),
                 ("讯",), ("(", "（"), ("报道", "报导"), ("记者", "記者", "资料", "資料"), ("年", "-", "/", "."), ("通讯员", "记者"), ("供图", "供圖"), ("报", "网", "社"))


@lru_cache(maxsize=1)
def _byline_res() -> tuple[re.Pattern, ...]:
    """Each pattern of ``_BYLINE_PATTERNS``, compiled once per process."""
    return tuple(re.compile(p, re.M) for p in _BYLINE_PATTERNS)


def _bylines(text: str):
    """The matches of the alternation of ``_BYLINE_PATTERNS`` in ``text``
    (what ``finditer`` of ``|``-joined patterns yields: the leftmost match,
    the first pattern that matches there, then on from its end), found as a
    merge of each pattern's own matches.  A pattern that lacks a word it
    needs (``_BYLINE_NEEDS``) is not searched at all.  (An alternation of
    only the patterns a text may match costs a compilation per combination:
    7 ms each, 0.6 s per process on 2,807 news documents.)

    Examples
    --------
    >>> [m.group() for m in _bylines("本报柳州讯（记者 李明）昨日，柳工发布。")]
    ['本报柳州讯', '记者 李明']
    """
    pats = _byline_res()
    nxt = {}
    for i, needs in enumerate(_BYLINE_NEEDS):
        if any(w in text for w in needs) and (m := pats[i].search(text)) is not None:
            nxt[i] = m
    while nxt:
        i = min(nxt, key=lambda k: (nxt[k].start(), k))
        m = nxt[i]
        yield m
        end = m.end() if m.end() > m.start() else m.end() + 1
        for k in [k for k, x in nxt.items() if x.start() < end]:
            x = pats[k].search(text, end)
            if x is None:
                del nxt[k]
            else:
                nxt[k] = x


_SPACE_RUN = re.compile("[ \t\u3000]+")


#: per process: NFKC of every character seen where it differs (a str.translate
#: table), and the characters whose NFKC is not exactly one character
_NFKC_TABLE: dict[int, str] = {ord("\r"): ""}
_NFKC_SEEN: set[str] = set()
_NFKC_SPECIAL: set[str] = {"\r"}
#: up to this many such characters, a text is searched for each of them
_NFKC_SCAN_MAX = 256


def _nfkc_chars(original: str) -> tuple[str, list[int]]:
    """Step 1: NFKC per character, without ``\\r``; and the original index of
    every output character."""
    # the common case, without a look at every character: the characters
    # already seen that NFKC changes are replaced (NFKC maps a character to
    # characters it leaves alone, so the order does not matter), and the
    # result is already NFKC (every character of an NFKC string is its own
    # NFKC: the text holds no character not seen that NFKC would change)
    present = [k for k in _NFKC_TABLE if chr(k) in original] if len(_NFKC_TABLE) <= _NFKC_SCAN_MAX else None
    if present is not None and not any(chr(k) in _NFKC_SPECIAL for k in present):
        joined = original
        for k in present:
            joined = joined.replace(chr(k), _NFKC_TABLE[k])
        if unicodedata.is_normalized("NFKC", joined):
            return joined, list(range(len(original)))
    chars = set(original)
    new = chars - _NFKC_SEEN
    if new:
        for ch in new:
            if ord(ch) > 0x7F:
                n = unicodedata.normalize("NFKC", ch)
                if n != ch:
                    _NFKC_TABLE[ord(ch)] = n
                    if len(n) != 1:
                        _NFKC_SPECIAL.add(ch)
        _NFKC_SEEN.update(new)
    joined = original.translate(_NFKC_TABLE)
    special = chars & _NFKC_SPECIAL
    if not special:  # one character for one
        return joined, list(range(len(original)))
    positions = []
    for c in special:
        i = original.find(c)
        while i >= 0:
            positions.append(i)
            i = original.find(c, i + 1)
    idx: list[int] = []
    prev = 0
    for i in sorted(positions):
        idx.extend(range(prev, i))
        idx.extend([i] * len(_NFKC_TABLE[ord(original[i])]))
        prev = i + 1
    idx.extend(range(prev, len(original)))
    return joined, idx


_JOIN_LONG_LINE = 30  # in a text that is not hard-wrapped, only long lines continue


def _is_wrapped(text: str) -> bool:
    """Is the text hard-wrapped (most lines of about the same length, not
    ending a sentence), as print layouts copied line by line are?"""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 6:
        return False
    lengths = sorted(len(ln) for ln in lines)
    med = lengths[len(lengths) // 2]
    similar = sum(1 for ln in lines if abs(len(ln) - med) <= 4 and ln[-1] not in _TERMINAL)
    return med >= 8 and similar >= 0.5 * len(lines)


def _join_and_strip(text: str, idx: list[int]) -> tuple[str, list[int]]:
    """Join wrapped lines and drop spaces between CJK characters."""
    n = len(text)
    keep = [True] * n
    dropped: list[int] = []  # where a character may be dropped (keep tells)
    newline: set[int] = set()  # where a space becomes a line break
    wrapped = _is_wrapped(text)
    # 3. wrapped lines: "…零\n\n部件" → "…零部件"
    for m in re.finditer(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)*", text):
        s, e = m.span()
        line_start = text.rfind("\n", 0, s) + 1
        prev_line = text[line_start:s].strip()
        nxt = text[e:e + 1]
        nl = text.find("\n", e)
        next_line = text[e:nl if nl >= 0 else len(text)].strip()
        continues = wrapped or ("," in prev_line or "，" in prev_line) and (
            len(next_line) >= _JOIN_LONG_LINE or (next_line and next_line[-1] in _TERMINAL))
        if (continues and len(prev_line) >= _JOIN_MIN_LINE and prev_line[-1] not in _TERMINAL
                and not prev_line.startswith(("#", "——", "--")) and nxt and not nxt.isspace()
                and nxt not in "#-*>|" and (is_cjk(nxt) or nxt.isalnum() or nxt in "“‘《（(")):
            for i in range(s, e):
                keep[i] = False
            dropped.append(s)
    # 4. spaces between CJK (or CJK and digit): "柳 州", "2020 年"
    for m in _SPACE_RUN.finditer(text):  # only runs of spaces can change
        i, b = m.span()
        while i < b:
            if keep[i]:
                j = i
                while j < n and keep[j] and text[j] in " \t\u3000":
                    j += 1
                k = next((k for k in range(i - 1, -1, -1) if keep[k]), -1)
                left = "" if k < 0 else "\n" if k in newline else text[k]
                right = text[j] if j < n else ""
                if left and right and (is_cjk(left) or is_cjk(right)) and not (left == "\n" or right == "\n"):
                    if (is_cjk(left) or left.isdigit() or left in "，。、“”（）") and \
                            (is_cjk(right) or right.isdigit() or right in "，。、“”（）"):
                        for k in range(i, j):
                            keep[k] = False
                        dropped.append(i)
                        if j - i >= 2 and is_cjk(left) and is_cjk(right):
                            # 正式启动  跨界合作: a wide gap parts a title from its subtitle
                            keep[i] = True
                            newline.add(i)
                i = j
            else:
                i += 1
    if not dropped:
        return text, idx
    chars = list(text)
    for i in newline:
        chars[i] = "\n"
    return "".join(compress(chars, keep)), list(compress(idx, keep))


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: a syllable's pinyin with its tone mark in brackets right after a Chinese
#: character (產(chǎn), 區(q\nū)): a mirror site's gloss, no part of the text
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?=[a-zü\n]*[{_TONED}])[a-zü{_TONED}]{{1,6}}(?:\n[a-zü{_TONED}]{{1,5}})?\)")


def drop_glosses(text: str) -> str:
    """``text`` (a name as the original file writes it) without the pinyin a
    mirror site glosses its converted characters with.

    >>> drop_glosses("能源網(wǎng)項目")
    '能源網項目'
    """
    return _GLOSS.sub("", text) if "(" in text else text


def _drop_glosses(text: str, idx: list[int]) -> tuple[str, list[int]]:
    """Step 5: the text without its pinyin glosses, and the index map."""
    if "(" not in text or not _GLOSS.search(text):
        return text, idx
    keep = [True] * len(text)
    for m in _GLOSS.finditer(text):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    return "".join(compress(text, keep)), list(compress(idx, keep))


def _map_masks(spans: list[tuple[int, int]], idx: list[int]) -> tuple[tuple[int, int], ...]:
    """Original-index spans → normalised spans (``idx`` is sorted)."""
    import bisect

    out = []
    for a, b in spans:
        s, e = bisect.bisect_left(idx, a), bisect.bisect_left(idx, b)
        if e > s:
            out.append((s, e))
    return tuple(out)


def normalise(original: str) -> NormText:
    """Normalise a document's text; see the module docstring."""
    joined, idx = _nfkc_chars(original)
    joined, idx = _drop_glosses(joined, idx)
    simp = to_simplified(joined)
    changed = 0 if simp == joined else sum(1 for a, b in zip(joined, simp) if a != b)
    traditional = changed >= 3 and changed / (sum(1 for c in joined if is_cjk(c)) or 1) >= 0.01
    # bylines are found before spaces are removed: the spaces delimit names
    masked_orig = [(idx[m.start()], idx[m.end() - 1] + 1) for m in _bylines(simp)
                   if m.end() > m.start()]
    text, idx = _join_and_strip(simp, idx)
    masked = _map_masks(masked_orig, idx)
    offsets = tuple(idx) + (len(original),)
    return NormText(text=text, original=original, offsets=offsets, masked=masked,
                    traditional=traditional)
