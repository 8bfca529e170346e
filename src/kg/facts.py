"""Stage 8, *facts*: numbers stated about an entity, with unit and year.

``2023年产值达2.5亿元`` → metric 产值, value 250000000, unit 元, year 2023.
The subject is the nearest company, park, project or region named before
the metric in the same sentence (or the document's main entity through
新区 / 我市).

Examples
--------
>>> parse_amount("2.5", "亿元")
(Decimal('250000000'), '元')
>>> parse_amount("30", "%")
(Decimal('30'), '%')
>>> parse_amount("3.5", "万辆套")
(Decimal('35000'), '辆套')
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal, InvalidOperation

from .model import Mention, Observation

__all__ = ["extract_facts", "parse_amount", "METRICS"]

METRICS = ("营业收入", "工业总产值", "工业产值", "产值", "营收", "出口额", "出口量", "出口",
           "进口", "进出口", "外贸", "增速", "增长", "增加值", "投资", "总投资", "固定资产投资",
           "销量", "产量", "利润", "税收", "GDP", "地区生产总值", "规模", "研发投入", "销售额",
           "产能", "装机容量")
_MULT = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7,
         "百万": Decimal(10) ** 6, "万": Decimal(10) ** 4, "千": Decimal(1000), "": Decimal(1)}
_UNITS = ("元", "美元", "辆套", "辆", "台套", "台", "套", "家", "个", "吉瓦时", "千瓦时", "兆瓦",
          "吉瓦", "千瓦", "吨", "件", "项", "平方米", "亩", "人", "%")
_NUM = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<mult>万亿|亿|千万|百万|万|千)?\s*(?P<unit>"
    + "|".join(map(re.escape, _UNITS)) + ")")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月")
_RELATIVE = re.compile(r"今年|去年|前年|明年|上年|本年")
_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_METRIC = re.compile("|".join(map(re.escape, sorted(METRICS, key=len, reverse=True))))


def parse_amount(num: str, unit: str) -> tuple[Decimal, str]:
    """Value in base units and the base unit."""
    mult = ""
    for m in ("万亿", "亿", "千万", "百万", "万", "千"):
        if unit.startswith(m):
            mult, unit = m, unit[len(m):]
            break
    try:
        v = Decimal(num) * _MULT[mult]
    except InvalidOperation:
        v = Decimal(0)
    v = v.quantize(Decimal(1)) if v == v.to_integral() else v.normalize()
    return v, unit


def extract_facts(doc: str, sentences, mentions: list[Mention], main_keys=(),
                  zone: str | None = None) -> list[Observation]:
    """Observations of every sentence that names a metric and an amount.

    ``zone`` is the story's industrial zone: a sentence that names no actor
    but says 新区 / 园区 / 这里 speaks of it."""
    out = []
    metric_re = _METRIC
    subj_types = ("Company", "IndustrialPark", "Project", "Region", "Industry")
    cands = sorted((m for m in mentions if m.type in subj_types), key=lambda m: m.start)
    starts = [m.start for m in cands]
    # 今年 / 去年 count from the story's own date (its first 2024年5月…)
    ref = next((int(d.group(1)) for sent in sentences for d in [_DATE.search(sent.text)] if d), None)
    for sent in sentences:
        text = sent.text
        lo, hi = bisect_left(starts, sent.start), bisect_right(starts, sent.end)
        ms = [m for m in cands[lo:hi] if m.end <= sent.end]
        years = [(y.start(), int(y.group(1))) for y in _YEAR.finditer(text)]
        if ref is not None:
            years = sorted(years + [(r.start(), ref + _OFFSET[r.group()]) for r in _RELATIVE.finditer(text)])
        for mm in metric_re.finditer(text):
            num = _NUM.search(text, mm.end(), min(len(text), mm.end() + 16))
            if num is None:
                continue
            gap = text[mm.end():num.start()]
            if re.search(r"[，,。；;]", gap) or metric_re.search(gap):
                continue  # (规模|以上工业总产值19亿元: the nearer metric owns the amount)
            metric = mm.group()
            if metric == "增长" and num.group("unit") != "%":
                continue
            metric = "增速" if num.group("unit") == "%" and metric in ("增长",) else metric
            before = [m for m in ms if m.end <= sent.start + mm.start()]
            actors = [m for m in before if m.type != "Industry"]
            coref = zone is not None and not actors and any(
                w in text[:mm.start()] for w in ("新区", "高新区", "开发区", "园区", "这里"))
            subj = (zone if coref else actors[-1].key if actors else before[-1].key if before
                    else main_keys[0] if main_keys else None)
            if subj is None:
                continue
            value, unit = parse_amount(num.group("num"), (num.group("mult") or "") + num.group("unit"))
            yrs = [y for p, y in years if p < mm.start()]
            out.append(Observation(about=subj, metric=metric, value=str(value), unit=unit,
                                   year=yrs[-1] if yrs else None, doc=doc, evidence=text,
                                   start=sent.start, end=sent.end))
    return out
