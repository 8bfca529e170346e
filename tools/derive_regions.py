#!/usr/bin/env python3
"""Derive src/kg/data/lexicon/regions.tsv and region_groups.tsv.

Inputs
  * the administrative divisions of China (NBS 2023 codes, from
    modood/Administrative-divisions-of-China, WTFPL / MIT):
    provinces.csv, cities.csv, areas.csv in --admin-dir
    (default: ../shared/data/admin-divisions next to the repository)
  * tools/regions_curated.tsv: countries, blocs, economic regions, foreign
    cities, English names and extra aliases, in the lexicon's 5-column format
    ('#' lines are comments). A curated row whose name is also a derived row
    is merged into it (aliases united, curated parent/kind win).
  * GROUPS below: membership of regions in economic / geographic groupings
    (a region has one administrative parent in regions.tsv; every further
    grouping goes to region_groups.tsv).

Both outputs are committed; users never need the admin-divisions folder.
Run:  .venv/bin/python tools/derive_regions.py [--admin-dir DIR]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_lexicons import (  # noqa: E402
    GROUP_HEADER, LEXICON_DIR, ROOT, expand_aliases, read_lexicon, write_lexicon,
)

CURATED = Path(__file__).resolve().parent / "regions_curated.tsv"
DEFAULT_ADMIN = ROOT.parent / "shared" / "data" / "admin-divisions"

# Province canonical short names (the usual form in news).
PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆",
}

# The 56 ethnic groups (without 族), used to shorten autonomous names.
ETHNIC = sorted("""
壮 满 回 苗 维吾尔 土家 彝 蒙古 藏 布依 侗 瑶 朝鲜 白 哈尼 哈萨克 黎 傣 畲 傈僳
仡佬 东乡 高山 拉祜 水 佤 纳西 羌 土 仫佬 锡伯 柯尔克孜 达斡尔 景颇 毛南 撒拉
布朗 塔吉克 阿昌 普米 鄂温克 怒 京 基诺 德昂 保安 俄罗斯 裕固 乌孜别克 门巴
鄂伦春 独龙 塔塔尔 赫哲 珞巴 各
""".split(), key=len, reverse=True)

# Short forms of counties / county-level cities that are ordinary words,
# famous non-place names (brands, mountains, lakes, people), or that a reader
# would take for something else. They are not given as aliases; the full
# name (融安县, 横州市) always is the canonical name.
ORDINARY = set("""
无极 沙河 高阳 新乐 大名 新河 清河 临西 临城 望都 安国 顺平 尚义 兴隆 东光 海兴
永清 大城 三河 安平 故城 武强 平定 长子 和顺 平顺 左权 灵石 闻喜 永和 大宁 方山
中阳 交口 孝义 柳林 石楼 保德 原平 古交 高平 清水河 兴和 凉城 商都 林西 宁城
新民 康平 长海 海城 东港 灯塔 盘山 开原 榆树 磐石 梨树 柳河 临江 长岭 大安 龙井
方正 木兰 延寿 五常 龙江 泰来 富裕 集贤 友谊 丰林 南岔 铁力 孙吴 兰西 明水 安达
海伦 东海 滨海 金湖 东台 兴化 象山 永嘉 文成 瑞安 海盐 平湖 长兴 安吉 武义 浦江
开化 江山 三门 天台 仙居 临海 龙泉 长丰 无为 怀远 五河 凤台 太湖 望江 定远 天长
明光 太和 东至 石台 广德 连江 永泰 仙游 清流 大田 将乐 永安 石狮 云霄 东山 平和
华安 顺昌 光泽 政和 连城 古田 进贤 莲花 修水 湖口 安远 定南 全南 兴国 石城 新干
永丰 泰和 万安 安福 永新 万载 上高 铜鼓 樟树 南城 乐安 玉山 万年 栖霞 高密 嘉祥
庆云 平原 惠民 东明 新安 宝丰 内黄 博爱 台前 襄城 方城 新野 民权 商城 西华 太康
正阳 远安 当阳 宜城 保康 大悟 公安 黄梅 通城 建始 咸丰 天门 洞口 桃源 石门 津市
永兴 嘉禾 桂东 安仁 新田 中方 会同 双峰 新化 凤凰 永顺 龙山 新丰 龙门 兴宁 紫金
和平 阳春 新兴 资源 兴业 凌云 乐业 钟山 大新 东方 定安 城口 富顺 三台 大英 威远
南部 仁寿 长宁 兴文 武胜 邻水 石棉 天全 宝兴 平昌 金川 小金 黑水 九龙 新龙 白玉
石渠 乡城 会理 会东 宁南 金阳 越西 修文 正安 余庆 大方 金沙 黔西 江口 普安 天柱
锦屏 长顺 富民 安宁 富源 通海 巧家 大关 威信 永胜 永德 南华 开远 弥勒 石屏 马关
广南 祥云 永平 云龙 香格里拉 曲水 定日 定结 亚东 吉隆 加查 错那 比如 尼玛 双湖
日土 改则 周至 太白 永寿 武功 兴平 白水 延长 甘泉 黄龙 子长 西乡 定边 石泉 紫阳
平利 白河 丹凤 山阳 镇安 永昌 景泰 清水 民乐 高台 灵台 崇信 金塔 两当 康乐 和政
合作 海晏 同仁 共和 同德 兴海 久治 杂多 称多 治多 乌兰 永宁 盐池 同心 隆德 温泉
轮台 和静 和硕 新和 墨玉 民丰 新源 沙湾 托里 裕民 富蕴 福海 青河 双河 新星 白杨
大化 华容 东安 宁安 乐平 安义 广宁 四会 昌乐 金乡 梁山 海阳 平阴 长垣 阿里
城中 江南 港口 七星 右江 防城 银海 长洲 秀峰 雁山
""".split())

# Group -> members (canonical names). Administrative parents are in the
# 'parent' column; these are the additional groupings.
GROUPS = {
    "粤港澳大湾区": "广州 深圳 珠海 佛山 惠州 东莞 中山 江门 肇庆 香港 澳门",
    "珠三角": "广州 深圳 珠海 佛山 惠州 东莞 中山 江门 肇庆",
    "港澳": "香港 澳门",
    "两广": "广东 广西",
    "长三角": "上海 江苏 浙江 安徽",
    "京津冀": "北京 天津 河北",
    "成渝地区双城经济圈": "重庆 四川",
    "长江经济带": "上海 江苏 浙江 安徽 江西 湖北 湖南 重庆 四川 云南 贵州",
    "北部湾经济区": "南宁 北海 钦州 防城港 玉林 崇左",
    "北部湾城市群": "南宁 北海 钦州 防城港 玉林 崇左 湛江 茂名 阳江 海口 儋州 东方市 澄迈县 临高县 昌江黎族自治县",
    "珠江—西江经济带": "南宁 柳州 梧州 贵港 百色 来宾 崇左 广州 佛山 肇庆 云浮",
    "泛珠三角": "广东 福建 江西 广西 海南 湖南 四川 贵州 云南 香港 澳门",
    "大湄公河次区域": "柬埔寨 老挝 缅甸 泰国 越南 云南 广西",
    "泛北部湾经济合作区": "广西 广东 海南 越南 马来西亚 新加坡 印度尼西亚 菲律宾 文莱",
    "西部地区": "重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 内蒙古 广西",
    "西南地区": "重庆 四川 贵州 云南 西藏",
    "西北地区": "陕西 甘肃 青海 宁夏 新疆",
    "东北地区": "辽宁 吉林 黑龙江",
    "华北": "北京 天津 河北 山西 内蒙古",
    "华东": "上海 江苏 浙江 安徽 福建 江西 山东",
    "华中": "河南 湖北 湖南",
    "中南地区": "河南 湖北 湖南 广东 广西 海南",
    "华南": "广东 广西 海南",
    "东盟": "文莱 柬埔寨 印度尼西亚 老挝 马来西亚 缅甸 菲律宾 新加坡 泰国 越南 东帝汶",
    "东南亚": "文莱 柬埔寨 印度尼西亚 老挝 马来西亚 缅甸 菲律宾 新加坡 泰国 越南 东帝汶",
    "欧盟": "奥地利 比利时 保加利亚 克罗地亚 塞浦路斯 捷克 丹麦 爱沙尼亚 芬兰 法国 德国 希腊 "
            "匈牙利 爱尔兰 意大利 拉脱维亚 立陶宛 卢森堡 马耳他 荷兰 波兰 葡萄牙 罗马尼亚 "
            "斯洛伐克 斯洛文尼亚 西班牙 瑞典",
    "中亚": "哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦",
    "南亚": "印度 巴基斯坦 孟加拉国 尼泊尔 不丹 斯里兰卡 马尔代夫 阿富汗",
    "中东": "沙特 阿联酋 卡塔尔 科威特 巴林 阿曼 也门 伊朗 伊拉克 叙利亚 约旦 黎巴嫩 以色列 "
            "巴勒斯坦 土耳其 埃及 塞浦路斯",
    "海湾地区": "沙特 阿联酋 卡塔尔 科威特 巴林 阿曼",
    "金砖国家": "巴西 俄罗斯 印度 中国 南非 埃及 埃塞俄比亚 伊朗 阿联酋 印度尼西亚",
    "拉丁美洲": "墨西哥 危地马拉 伯利兹 萨尔瓦多 洪都拉斯 尼加拉瓜 哥斯达黎加 巴拿马 古巴 牙买加 "
              "海地 多米尼加 巴哈马 巴巴多斯 特立尼达和多巴哥 格林纳达 圣卢西亚 "
              "圣文森特和格林纳丁斯 安提瓜和巴布达 多米尼克 圣基茨和尼维斯 哥伦比亚 委内瑞拉 "
              "圭亚那 苏里南 厄瓜多尔 秘鲁 巴西 玻利维亚 巴拉圭 智利 阿根廷 乌拉圭",
    "亚洲": "中国 日本 韩国 朝鲜 蒙古国 东帝汶 文莱 柬埔寨 印度尼西亚 老挝 马来西亚 缅甸 菲律宾 "
            "新加坡 泰国 越南 印度 巴基斯坦 孟加拉国 尼泊尔 不丹 斯里兰卡 马尔代夫 阿富汗 "
            "哈萨克斯坦 乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 沙特 阿联酋 卡塔尔 "
            "科威特 巴林 阿曼 也门 伊朗 伊拉克 叙利亚 约旦 黎巴嫩 以色列 巴勒斯坦 土耳其 "
            "格鲁吉亚 亚美尼亚 阿塞拜疆",
    "东北亚": "中国 日本 韩国 朝鲜 蒙古国 俄罗斯",
}


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def strip_ethnic(stem: str) -> str:
    """融水苗族 -> 融水, 龙胜各族 -> 龙胜, 双江拉祜族佤族布朗族傣族 -> 双江."""
    changed = True
    while changed:
        changed = False
        if stem.endswith("族"):
            body = stem[:-1]
            for e in ETHNIC:
                if body.endswith(e) and len(body) > len(e):
                    stem = body[: -len(e)]
                    changed = True
                    break
        else:
            for e in ("蒙古", "哈萨克", "柯尔克孜", "鄂伦春"):
                # 博尔塔拉蒙古自治州, 伊犁哈萨克自治州 (no 族 in the name)
                if stem.endswith(e) and len(stem) > len(e) + 1:
                    stem = stem[: -len(e)]
                    changed = True
                    break
    return stem


class Builder:
    def __init__(self) -> None:
        # name -> dict(type, aliases(list), parent, kind, prio, derived_aliases(set))
        self.rows: dict[str, dict] = {}

    def add(self, name, parent, kind, aliases=(), short=(), prio=0):
        if name in self.rows:
            raise ValueError(f"duplicate region {name}")
        self.rows[name] = {
            "aliases": list(aliases), "short": list(short), "parent": parent,
            "kind": kind, "prio": prio,
        }


def derive(admin: Path) -> Builder:
    b = Builder()
    provinces = read_csv(admin / "provinces.csv")
    cities = read_csv(admin / "cities.csv")
    areas = read_csv(admin / "areas.csv")

    prov_name = {}
    for p in provinces:
        full = p["name"]
        short = PROVINCE_SHORT.get(full) or re.sub(r"(省|市)$", "", full)
        prov_name[p["code"]] = short
        b.add(short, "中国", "province", aliases=[full], prio=3)

    city_name: dict[str, str] = {}
    city_full: dict[str, str] = {}
    for c in cities:
        full = c["name"]
        prov = prov_name[c["provinceCode"]]
        if full in ("市辖区", "县") or full.endswith("直辖县级行政区划"):
            city_name[c["code"]] = prov  # areas hang directly under the province
            continue
        city_full[c["code"]] = full
        if full.endswith("市"):
            short = full[:-1]
            if short in b.rows:  # 吉林市 vs 吉林省
                b.add(full, prov, "city", prio=2)
                city_name[c["code"]] = full
            else:
                b.add(short, prov, "city", aliases=[full], prio=2)
                city_name[c["code"]] = short
            continue
        m = re.match(r"^(.*?)(自治州|地区|盟)$", full)
        kind = {"自治州": "autonomous_prefecture", "地区": "prefecture", "盟": "league"}[m.group(2)]
        stem = strip_ethnic(m.group(1))
        shorts = [stem]
        if m.group(2) == "自治州":
            shorts.append(stem + "州")  # 延边州, 黔东南州
        b.add(full, prov, kind, short=shorts, prio=2)
        city_name[c["code"]] = full

    counts = defaultdict(list)
    for a in areas:
        if 71 <= int(a["code"][4:6]) <= 79:  # development zones, not regions
            continue
        if a["name"] == city_full.get(a["cityCode"]):  # 东莞市 under 东莞市
            continue
        counts[a["name"]].append(a)
    for name, lst in sorted(counts.items()):
        if len(lst) > 1:
            gx = [a for a in lst if a["provinceCode"] == "45"]
            if len(gx) != 1:
                continue  # ambiguous everywhere: skip the name
            lst = gx
        a = lst[0]
        parent = city_name[a["cityCode"]]
        shorts: list[str] = []
        if name.endswith("自治县"):
            kind = "autonomous_county"
            stem = strip_ethnic(name[: -len("自治县")])
            shorts = [stem, stem + "县"]
        elif name.endswith("自治旗"):
            kind = "autonomous_banner"
        elif name.endswith("县"):
            kind = "county"
            shorts = [name[:-1]]
        elif name.endswith("市"):
            kind = "county_city"
            shorts = [name[:-1]]
        elif name.endswith("区"):
            kind = "district"
            if a["provinceCode"] == "45" and len(name) >= 3:
                shorts = [name[:-1]]  # Guangxi news names its districts short (柳江, 武鸣, 邕宁)
        elif name.endswith("旗"):
            kind = "banner"
        else:
            kind = "county_level"
        if name in b.rows:
            print(f"skip area {name}: already a region name", file=sys.stderr)
            continue
        # a Guangxi county's short name is the one Guangxi news means (兴安 is
        # 兴安县 in Guilin before 兴安盟 in Inner Mongolia)
        b.add(name, parent, kind, short=shorts, prio=3 if a["provinceCode"] == "45" else 1)
    return b


def merge_curated(b: Builder, path: Path) -> None:
    for r in read_lexicon(path):
        r = r + [""] * (5 - len(r))
        name, typ, aliases, parent, kind = [c.strip() for c in r[:5]]
        if typ != "Region":
            raise SystemExit(f"{path}: non-Region row {name}")
        als = [a for a in aliases.split("|") if a]
        if name in b.rows:
            row = b.rows[name]
            row["aliases"] += [a for a in als if a not in row["aliases"]]
            row["parent"] = parent or row["parent"]
            row["kind"] = kind or row["kind"]
            row["prio"] = max(row["prio"], 4)
        else:
            if kind == "city" and not name.endswith("市") and all("\u4e00" <= c <= "\u9fff" for c in name) \
                    and name + "市" not in als:
                als.append(name + "市")  # 勿加泗市, 胡志明市: a foreign city written with its 市
            b.add(name, parent, kind, aliases=als, prio=4)


def resolve(b: Builder) -> list[list[str]]:
    """Keep derived short aliases only when safe (>=2 chars, not ordinary,
    not another region's name or alias, not shared by two regions)."""
    names = set(b.rows)
    explicit = defaultdict(set)  # alias -> regions that list it explicitly
    for n, r in b.rows.items():
        for a in r["aliases"]:
            explicit[a].add(n)
    short_owner = defaultdict(set)
    for n, r in b.rows.items():
        for s in r["short"]:
            base = s[:-1] if s.endswith(("县", "州")) and s[:-1] in r["short"] else s
            if len(base) < 2 or base in ORDINARY:
                continue
            short_owner[s].add(n)
    out = []
    for n in sorted(b.rows):
        r = b.rows[n]
        als = list(r["aliases"])
        for s in r["short"]:
            owners = short_owner.get(s, set())
            if n not in owners:
                continue
            if s in names or explicit.get(s, {n}) - {n}:
                continue
            if len(owners) > 1:
                top = max(b.rows[o]["prio"] for o in owners)
                if r["prio"] < top or sum(b.rows[o]["prio"] == top for o in owners) > 1:
                    continue
            if s not in als:
                als.append(s)
        out.append([n, "Region", "|".join(expand_aliases(n, als)), r["parent"], r["kind"]])
    # a traditional variant may coincide with another region's surface form
    seen = defaultdict(set)
    for row in out:
        for s in [row[0]] + (row[2].split("|") if row[2] else []):
            seen[s].add(row[0])
    for row in out:
        als = row[2].split("|") if row[2] else []
        keep = [a for a in als if len(seen[a]) == 1]
        dropped = sorted(set(als) - set(keep))
        if dropped:
            print(f"dropped ambiguous aliases of {row[0]}: {' '.join(dropped)}", file=sys.stderr)
        row[2] = "|".join(keep)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--admin-dir", type=Path, default=DEFAULT_ADMIN)
    ap.add_argument("--out-dir", type=Path, default=LEXICON_DIR)
    args = ap.parse_args()
    b = derive(args.admin_dir)
    merge_curated(b, CURATED)
    rows = resolve(b)
    names = {r[0] for r in rows}
    for r in rows:
        if r[3] and r[3] not in names:
            raise SystemExit(f"unknown parent {r[3]} of {r[0]}")
    groups = []
    for g, members in GROUPS.items():
        if g not in names:
            raise SystemExit(f"unknown group {g}")
        for m in members.split():
            if m not in names:
                raise SystemExit(f"unknown member {m} of {g}")
            groups.append([m, g])
    write_lexicon(args.out_dir / "regions.tsv", rows)
    write_lexicon(args.out_dir / "region_groups.tsv", groups, header=GROUP_HEADER)
    print(f"regions.tsv: {len(rows)} rows; region_groups.tsv: {len(groups)} rows")


if __name__ == "__main__":
    main()
