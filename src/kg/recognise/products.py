"""The ``product`` component: a brand with a Latin model name (宏光MINI EV,
Walker S1) and a brand's series.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..normalise import is_cjk
from .common import _NEVER_CHARS, _as_tuple, _longest_first, _token_at


#: units of capacity or strength written after a number (10GWh, 2000MW, 1860MPa): an amount, no model
_CAPACITY_UNITS = r"(?:[GMK]Wh|kWh|[GMK]W|kW|[KkM]VA?|[GM]bps|[MGk]Pa|kN|MN|Ah|mAh|Hz)(?![A-Za-z0-9])"
#: (the lookahead only names the first character: the search skips to one)
_PRODUCT_MODEL = re.compile(r"(?=[A-Z\d])(?<![A-Za-z0-9.])(?:[A-Z][A-Za-z]*(?:[ -]?[A-Z0-9][A-Za-z0-9]*)*"
                            r"|\d{2,4}(?!" + _CAPACITY_UNITS + r")[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?|\d{3,4})(?![A-Za-z0-9.%])")


#: a classifier before a model's brand (这款, 新款, 全系)
_MODEL_LEAD = re.compile(r"(?:这|该|那|新|首|[一两三四五六七八九十]|全)?款|全系|全新")


#: a count of units right before a model (一台|Walker S1, 两辆|X5): a made thing
_COUNTED = re.compile(r"(?:[一两二三四五六七八九十百千万\d]+|这|该|每)[台辆款部架艘]$")


#: a size or a drive written between a model and its kind of machine (X|大型|挖掘机)
_KIND_ADJECTIVE = re.compile(r"(?:超?大型|中型|小型|微型|重型|轻型|新型|纯电动|电动|智能)?")


def _noun_after(text: str, pos: int, nouns: tuple) -> bool:
    """Does a kind of machine follow ``pos``, maybe after a size or a drive
    (XG958|装载机, XG8830E|大型|挖掘机)?

    >>> _noun_after("XG958大型挖掘机", 5, ("挖掘机",)), _noun_after("XG958大型项目", 5, ("挖掘机",))
    (True, False)
    """
    return text.startswith(nouns, _KIND_ADJECTIVE.match(text, pos).end())


def _product_mentions(doc, text, res, sentences, tokens=(), seg=None):
    """A model name in Latin letters and digits, with the brand words before it
    (宏光MINI EV, 五菱缤果EV, Walker S1), in a sentence about making or
    selling (生产, 推出, 下线 …)."""
    acronyms = res.word_set("acronyms")
    brands = res.word_set("product_brands")
    nouns = tuple(res.words.get("product_nouns", ()))
    heads = frozenset(res.words.get("product_heads", ()))
    triggers = res.triggers["produces"]
    yield from _brand_series(doc, text, brands)
    for sent in sentences:
        making = None  # asked only of a sentence with a model in it
        for m in _PRODUCT_MODEL.finditer(sent.text):
            model = m.group()
            ms = sent.start + m.start()
            if making is None:
                making = any(t in sent.text for t in triggers)
            if not making and not (re.search(r"\d", model) and (
                    _noun_after(text, ms + len(model), nouns) or text.endswith(nouns, 0, ms)
                    or text.endswith(_as_tuple(brands), 0, ms) or _COUNTED.search(text, max(0, ms - 4), ms))):
                continue  # outside a sentence about making, only 922E挖掘机 or 宝骏610-like models
            # brand: up to two rare words (or lexicon names) right before the model
            brand_start = ms
            t = _token_at(tokens, ms)
            for _ in range(2):
                if t is None or t.end != brand_start:
                    break
                w = t.text
                if w not in brands and (b := next((w[-n:] for n in (3, 2) if w[-n:] in brands), None)) \
                        and res.gazetteer.lookup(w) is None:
                    brand_start = t.end - len(b)  # 全球车|宝骏530: the brand ends a longer word
                    break
                if w in nouns or w in heads or _COUNTED.fullmatch(w):
                    break  # 挖掘机990F, 每台K3, 新车|Victory: the kind of machine, a count or a word for
                    # a model is not part of the name
                known = res.gazetteer.lookup(w)
                if not (len(w) >= 2 and all(is_cjk(c) for c in w)) or _NEVER_CHARS.search(w):
                    break
                if w in brands:
                    pass  # 解放J6, 风行景逸X5: a maker's brand, however common the word
                elif known is not None and known[1].type in ("Company", "Industry"):
                    break  # 奇瑞A5, 机器人Walker S1: the maker or the kind is not part of the model's name
                elif known is None and seg is not None and seg.is_common_word(w, 50):
                    break
                brand_start = t.start
                t = _token_at(tokens, t.start)
            if (lead := _MODEL_LEAD.match(text, brand_start, ms)) is not None:
                brand_start = lead.end()  # 这款|Photon 4G, 全系|MG: a classifier is no part of the name
            brand = text[brand_start:ms]
            letters = model.replace(" ", "")
            if model.isdigit() and not (brand in brands or text[max(0, ms - 3):ms] in brands
                                        or text[max(0, ms - 2):ms] in brands):
                continue  # 宝骏560 is a model; 560 alone is a number
            if not brand:
                typed = re.search(r"\d", model) and (_noun_after(text, ms + len(model), nouns)
                                                     or text.endswith(nouns, 0, ms)) \
                    or text.endswith(nouns, 0, ms) and not text.endswith("系列", 0, ms) \
                    and re.search(r"[A-Za-z]{3,}", model) and letters not in acronyms
                # (巡检机器人Rover K: a named model right after its kind of machine, no digit needed)
                headed = any(text.endswith(h, 0, ms) for h in heads) and re.search(r"[A-Za-z]{3,}", model)
                if not typed and (letters in acronyms or not headed and not (
                        re.search(r"[A-Za-z]{2,}", model) and re.search(r"\d", model))):
                    continue  # X1, App, QQ, RCEP, a Latin person's name: not a named model
                    # (but 922E挖掘机: a model number before the kind of machine; 新车Victory:
                    # a word for a model before its name)
            elif letters in acronyms and len(brand) < 2:
                continue
            e = ms + len(model)
            yield Mention(doc, brand_start, e, text[brand_start:e], "Product", "product",
                          key=text[brand_start:e])


def _brand_series(doc, text, brands):
    """A maker's brand named as a line of products: 乘龙系列, 宝骏品牌."""
    if not brands or ("系列" not in text and "品牌" not in text):
        return
    for m in _series_re(_as_tuple(brands)).finditer(text):
        yield Mention(doc, m.start(1), m.end(1), m.group(1), "Product", "product", key=m.group(1))


@lru_cache(maxsize=4)
def _series_re(brands: tuple) -> re.Pattern:
    return re.compile("(" + _longest_first(brands) + ")(?=系列|品牌)")
