#!/usr/bin/env python3
"""Derive src/kg/data/lexicon/listed_companies.tsv from the A-share list.

Input: listed-companies-cn.csv (baostock stock_basic table as published in
jing-ge/ObtainFinancialDataOfListedCompanies; columns code, short_name,
ipo_date, delisted_date, listed), default ../shared/data/ next to the repo.

One row per company short name:
  * risk / status marks are stripped: 退市, ST, *ST, S*ST, SST, PT, S (share reform)
    prefixes, a trailing 退 (delisting), a trailing A / B share-class mark;
    the traded forms that differ (万科A, ST柳化) are kept as aliases;
  * aliases: stock codes as 600000.SH / 000528.SZ (several codes when A and
    B shares share a name) and traditional-script spellings;
  * kind listed_company, or delisted_company when every code is delisted;
  * dropped: names that are ordinary words, place names or facilities, media
    outlets, 2-character names that are not well-known (STOP, TWO_CHAR_KEEP),
    names that are a surface form of regions.tsv or of a non-Company row of
    the curated lexicons (industries, parks, organizations, initiatives);
  * a short name that is a name or alias of a companies.tsv row is written
    under that row's canonical name (宁德时代 -> its companies.tsv name), so the two files
    never name one company differently.

Run:  .venv/bin/python tools/derive_listed_companies.py [--csv PATH]
(run tools/derive_regions.py first: regions.tsv is read to drop place names)
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_lexicons import (  # noqa: E402
    LEXICON_DIR, ROOT, expand_aliases, read_lexicon, t2s_key, write_lexicon,
)

DEFAULT_CSV = ROOT.parent / "shared" / "data" / "listed-companies-cn.csv"

# 2-character short names kept (well-known brands / companies); every other
# 2-character name (mostly abbreviations left after stripping *ST) is dropped.
TWO_CHAR_KEEP = set("柳工 柳化 八菱 万科 张裕 南玻 鲁泰 夏利 力帆 众泰 乐视 厦工 沈机 湘电 康美 华映 藏格 宜化 抚钢".split())

# Short names that are ordinary words, phrases, places, landmarks, facilities
# (ports, airports, expressways, 高新 zones) or media outlets, and "region +
# sector" names that read as a phrase (桂林旅游 = tourism in Guilin, 西部建设
# = building the West): too ambiguous to tag as a company in running text.
STOP = set("""
机器人 太阳能 农产品 新世界 太平洋 大西洋 长白山 张家界 连云港 金融街 电子城 中关村 陆家嘴
外高桥 王府井 徐家汇 天目湖 星期六 老百姓 好想你 向日葵 指南针 值得买 新产业 新城市 新文化
创世纪 百合花 三人行 葫芦娃 顺利办 全新好 数据港 大智慧 新乳业 一品红 天下秀 大东方 大名城
北大荒 新华网 人民网 白云山 动力源 好当家 克劳斯 天地源 祁连山 轻纺城 新坐标 新经典 红蜻蜓
建研院 会稽山 金麒麟 好太太 红太阳 黑芝麻 万年青 新大陆 兔宝宝 生意宝 步步高 大东南 漫步者
跨境通 索菲亚 史丹利 好利来 皮阿诺 伊戈尔 京北方 探路者 电科院 清水源 贝斯特 金太阳 金银河
建科院 智动力 设研院 金现代 阳光城 新希望 新黄浦 新大正 新开源 新国都 大华农 迪威迅 安居宝
中国医药 中国卫星 中国出版 中国动力 中国化学 中国电影 中国软件 中国长城 中国高科 中国核电
中国海防 中国武夷 中国天楹 中国科传 中国中期 中国国贸 中国巨石 中国宝安
蒙娜丽莎 东方明珠 珍宝岛 辽河油田 大东海 数码科技 国际实业 亚太实业 亚太科技 亚太药业
东方材料 东方生物 东方能源 长江健康 西部建设 西部材料 西部矿业 西部黄金 海南矿业 西藏矿业
西藏药业 湖南投资 湖南发展 海南发展 广州发展 漳州发展 辽宁能源 湖北能源 深圳能源 上海能源
上海电影 北京文化 浙江医药 南京医药 上海医药 华东医药 湖北广电 广西广电 山东出版 南方传媒
中原传媒 长江传媒 海峡环保 中原环保 合肥城建 云南城投 西藏城投 上海临港 市北高新 东湖高新
杭州高新 济南高新 苏州高新 长春高新 上海机场 深圳机场 白云机场 厦门空港 中原高速 华北高速
吉林高速 宁沪高速 山东高速 楚天高速 海南高速 皖通高速 福建高速 赣粤高速 南京港 唐山港 大连港
天津港 宁波港 广州港 日照港 珠海港 盐田港 营口港 锦州港 青岛港 北部湾港 成都燃气 深圳燃气 贵州燃气
重庆燃气 长春燃气 云南旅游 桂林旅游 西安旅游 西藏旅游 黄山旅游 九华旅游 西域旅游
东北高 路桥建设
""".split())


def clean(short: str) -> str:
    s = re.sub(r"^(退市|S\*ST|SST|\*ST|ST|PT|S(?=[\u4e00-\u9fff]))", "", short)
    s = re.sub(r"[AB]?退$", "", s)
    s = re.sub(r"[AB]$", "", s)
    return s.strip()


def code_alias(code: str) -> str:
    ex, num = code.split(".")
    return f"{num}.{ex.upper()}"


def load_surfaces(fname: str, skip_types=()) -> dict[str, tuple[str, str]]:
    out = {}
    p = LEXICON_DIR / fname
    if not p.exists():
        return out
    for r in read_lexicon(p):
        name, typ, aliases = r[0], r[1], r[2]
        if typ in skip_types:
            continue
        for s in [name] + [a for a in aliases.split("|") if a]:
            out.setdefault(t2s_key(s), (name, typ))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--out", type=Path, default=LEXICON_DIR / "listed_companies.tsv")
    args = ap.parse_args()

    companies = load_surfaces("companies.tsv")
    blocked = {}
    for f in ("regions.tsv", "industries.tsv", "parks.tsv", "organizations.tsv", "initiatives.tsv"):
        blocked.update(load_surfaces(f, skip_types=("Company",)))

    groups: "OrderedDict[str, dict]" = OrderedDict()
    with open(args.csv, encoding="utf-8", newline="") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: r["code"])
    dropped = []
    for r in rows:
        raw = r["short_name"].strip()
        name = clean(raw)
        if not name:
            continue
        if len(name) < 2 or (len(name) == 2 and name not in TWO_CHAR_KEEP):
            dropped.append(f"{raw}(short)")
            continue
        if name in STOP:
            dropped.append(f"{raw}(stop)")
            continue
        key = t2s_key(name)
        if key in blocked:
            dropped.append(f"{raw}({blocked[key][1]}:{blocked[key][0]})")
            continue
        canonical = companies.get(key, (name, "Company"))[0]
        g = groups.setdefault(canonical, {"aliases": [], "listed": False})
        for a in (name, raw, code_alias(r["code"])):
            if a != canonical and a not in g["aliases"]:
                g["aliases"].append(a)
        g["listed"] |= r["listed"].strip() == "1"

    out = []
    for name, g in groups.items():
        aliases = [a for a in expand_aliases(name, g["aliases"])]
        kind = "listed_company" if g["listed"] else "delisted_company"
        out.append([name, "Company", "|".join(aliases), "", kind])
    write_lexicon(args.out, out)
    print(f"{args.out.name}: {len(out)} rows; dropped {len(dropped)} names", file=sys.stderr)
    for d in sorted(dropped):
        print(f"  dropped {d}", file=sys.stderr)


if __name__ == "__main__":
    main()
