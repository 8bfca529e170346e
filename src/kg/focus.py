"""What a story is about: its zone and its city.

Shared by the relation extractor (新区 / 我市 / 这里 refer to them) and the
fact extractor (a number stated about 新区 is about the zone).

Examples
--------
>>> from kg.model import Mention
>>> ms = [Mention("d", i, i + 5, "柳州高新区", "IndustrialPark", "lexicon", key="柳州高新区")
...       for i in range(0, 30, 10)] + [Mention("d", 40, 42, "柳州", "Region", "lexicon", key="柳州")]
>>> story_focus(ms)
{'IndustrialPark': '柳州高新区', 'Region': '柳州'}
"""
from __future__ import annotations

from collections import Counter

__all__ = ["story_focus", "BIG_PARK_SUFFIXES"]

#: suffixes of zones that a story can be about (not a single 产业园)
BIG_PARK_SUFFIXES = ("新区", "高新区", "开发区", "经开区", "试验区", "合作区", "自贸区", "合作园区")


def story_focus(mentions, gazetteer=None) -> dict:
    """``{"IndustrialPark": zone or None, "Region": city or None}``.

    The zone is the most named large zone, when the story names it at least
    three times and not merely in passing beside its city; the city is the
    most named city-level region (a city, not a province or a country).
    """
    parks = Counter(m.key for m in mentions if m.type == "IndustrialPark"
                    and m.key.endswith(BIG_PARK_SUFFIXES))
    regions = Counter(m.key for m in mentions if m.type == "Region")
    if gazetteer is not None:  # 柳州高新区 speaks of 柳州 too
        for m in mentions:
            if m.type == "IndustrialPark":
                home = next((h for n in (3, 2) if (h := gazetteer.lookup(m.key[:n])) is not None
                             and h[1].type == "Region" and h[1].kind == "city"), None)
                if home is not None:
                    regions[home[0]] += 1
    city = _main_city(regions, gazetteer)
    top = parks.most_common(1)[0] if parks else None
    lead = top is not None and any(m.key == top[0] and m.start < 60 for m in mentions if m.type == "IndustrialPark")
    about_zone = top is not None and top[1] >= (2 if lead else 3) and top[1] >= 0.2 * regions.get(city, 0)
    return {"IndustrialPark": top[0] if about_zone else None, "Region": city}


#: kinds of place that are no story's city (a country, a bloc, a sea …)
_NOT_A_CITY = frozenset({"country", "bloc", "continent", "economic_region", "region", "subregion", "gulf"})


def _main_city(regions: Counter, gazetteer):
    if not regions:
        return None
    for k, _ in regions.most_common():
        e = gazetteer.entries.get(k) if gazetteer is not None else None
        if e is None or e.kind in ("city", "prefecture", ""):
            return k
    for k, _ in regions.most_common():  # else a province or county, never 德国 or 东盟
        e = gazetteer.entries.get(k) if gazetteer is not None else None
        if e is None or e.kind not in _NOT_A_CITY:
            return k
    return None
