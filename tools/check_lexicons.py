#!/usr/bin/env python3
"""Check (and optionally normalise) the lexicon files in src/kg/data/lexicon/.

Usage:
    python tools/check_lexicons.py          # check only, exit 1 on errors
    python tools/check_lexicons.py --fix    # normalise curated files in place
                                            # (traditional-script variants,
                                            # dash variants, dedup, sort), then check

Checks:
  * header and column count of every line (5 columns; region_groups.tsv: 2)
  * type is one of the nine entity types, or Event (fairs: never exported)
  * no duplicate canonical name inside one file
  * lines sorted (stable diffs)
  * no 1-character alias
  * an alias / name that maps to two different canonical names of different
    types across all files (printed as CONFLICT, counts as an error)
  * the same surface form naming two different canonicals of the same type
    (printed as a warning: the loader has to pick one)
  * Region parents and region_groups members/groups are known regions;
    IndustrialPark parents are known parks or regions; Product parents are
    known products or companies (the maker); other parents are known names
    of the same type
Prints row counts per file.

The helper functions (read_lexicon, write_lexicon, expand_aliases) are also
used by tools/derive_regions.py and tools/derive_listed_companies.py.
"""
from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICON_DIR = ROOT / "src" / "kg" / "data" / "lexicon"

HEADER = ["name", "type", "aliases", "parent", "kind"]
GROUP_HEADER = ["member", "group"]
TYPES = {
    "Company", "IndustrialPark", "Industry", "Region", "Organization",
    "Person", "Project", "Product", "Initiative",
    "Event",  # known so its words read as one name; never exported
}
# files written by hand; --fix normalises these in place.
CURATED = [
    "companies.tsv", "industries.tsv", "parks.tsv",
    "organizations.tsv", "initiatives.tsv", "products.tsv", "events.tsv",
]
# files written by scripts (regenerate them instead of editing).
DERIVED = ["regions.tsv", "listed_companies.tsv"]

DASHES = ("—", "–", "－", "―")

_converters = None


def _opencc():
    global _converters
    if _converters is None:
        try:
            import opencc  # type: ignore
        except ImportError:  # pragma: no cover - tooling dependency
            sys.exit("tools need the 'opencc' package: pip install opencc")
        _converters = [opencc.OpenCC(c) for c in ("s2t", "s2hk", "s2tw")]
    return _converters


def t2s_key(text: str) -> str:
    """Matching key: NFKC, no whitespace, Traditional->Simplified, casefold."""
    global _t2s
    try:
        conv = _t2s
    except NameError:
        import opencc  # type: ignore
        conv = _t2s = opencc.OpenCC("t2s")
    text = unicodedata.normalize("NFKC", text)
    text = "".join(text.split())
    return conv.convert(text).casefold()


def trad_variants(text: str) -> list[str]:
    out = []
    for conv in _opencc():
        t = conv.convert(text)
        if t != text and t not in out:
            out.append(t)
    return out


def dash_variants(text: str) -> list[str]:
    out = []
    for d in DASHES:
        if d in text:
            for repl in ("—", "-"):
                v = text.replace(d, repl)
                if v != text and v not in out:
                    out.append(v)
    return out


def expand_aliases(name: str, aliases: list[str]) -> list[str]:
    """Aliases in their given order, then dash and traditional variants of the
    name and of every alias. Deduplicated, never containing the name itself,
    never a 1-character form."""
    result: list[str] = []
    seen = {name}

    def add(a: str) -> None:
        a = a.strip()
        if len(a) >= 2 and a not in seen:
            seen.add(a)
            result.append(a)

    for a in aliases:
        add(a)
    base = [name] + list(result)
    for s in list(base):
        for v in dash_variants(s):
            add(v)
    for s in [name] + list(result):
        for v in trad_variants(s):
            add(v)
    return result


def read_lexicon(path: Path) -> list[list[str]]:
    """Rows (without header) of a 5-column lexicon file; '#' lines skipped."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            line = line.rstrip("\n")
            if i == 0 and line.split("\t")[:1] == ["name"]:
                continue
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def format_rows(rows: list[list[str]], header=HEADER) -> str:
    lines = sorted("\t".join(r) for r in rows)
    return "\t".join(header) + "\n" + "".join(l + "\n" for l in lines)


def write_lexicon(path: Path, rows: list[list[str]], header=HEADER) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = format_rows(rows, header)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def normalise_rows(rows: list[list[str]]) -> list[list[str]]:
    out = []
    for r in rows:
        r = [c.strip() for c in r] + [""] * (5 - len(r))
        name, typ, aliases, parent, kind = r[:5]
        al = expand_aliases(name, [a for a in aliases.split("|") if a.strip()])
        out.append([name, typ, "|".join(al), parent, kind])
    return out


def fix_curated() -> None:
    for fname in CURATED:
        p = LEXICON_DIR / fname
        if not p.exists():
            continue
        rows = normalise_rows(read_lexicon(p))
        # merge duplicate names (keep first type/parent/kind, union aliases)
        merged: dict[str, list[str]] = {}
        for r in rows:
            if r[0] in merged:
                m = merged[r[0]]
                al = m[2].split("|") if m[2] else []
                for a in r[2].split("|") if r[2] else []:
                    if a not in al:
                        al.append(a)
                m[2] = "|".join(al)
                m[3] = m[3] or r[3]
                m[4] = m[4] or r[4]
            else:
                merged[r[0]] = r
        write_lexicon(p, list(merged.values()))
        print(f"normalised {fname}")


def check() -> int:
    errors = 0
    warnings = 0
    # key -> {(canonical, type, file)}
    index: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    regions: set[str] = set()
    region_parents: list[tuple[str, str]] = []
    names_by_type: dict[str, set[str]] = defaultdict(set)
    other_parents: list[tuple[str, str, str]] = []  # (type, child, parent)
    counts = {}
    files = sorted(p for p in LEXICON_DIR.glob("*.tsv") if p.name != "region_groups.tsv")
    for p in files:
        raw = p.read_text(encoding="utf-8").split("\n")
        if raw and raw[-1] == "":
            raw = raw[:-1]
        if not raw or raw[0].split("\t") != HEADER:
            print(f"ERROR {p.name}: bad header {raw[:1]}")
            errors += 1
            continue
        body = raw[1:]
        if body != sorted(body):
            print(f"ERROR {p.name}: lines not sorted (run --fix or regenerate)")
            errors += 1
        names = set()
        for ln, line in enumerate(body, start=2):
            cols = line.split("\t")
            if len(cols) != 5:
                print(f"ERROR {p.name}:{ln}: {len(cols)} columns: {line!r}")
                errors += 1
                continue
            name, typ, aliases, parent, kind = cols
            if not name:
                print(f"ERROR {p.name}:{ln}: empty name")
                errors += 1
            if typ not in TYPES:
                print(f"ERROR {p.name}:{ln}: bad type {typ!r}")
                errors += 1
            if name in names:
                print(f"ERROR {p.name}:{ln}: duplicate name {name}")
                errors += 1
            names.add(name)
            als = [a for a in aliases.split("|") if a] if aliases else []
            for a in als:
                if len(a) < 2:
                    print(f"ERROR {p.name}:{ln}: 1-char alias {a!r} of {name}")
                    errors += 1
                if a == name:
                    print(f"WARN  {p.name}:{ln}: alias equals name {name}")
                    warnings += 1
            for surface in [name] + als:
                index[t2s_key(surface)].add((name, typ, p.name))
            names_by_type[typ].add(name)
            if typ == "Region":
                regions.add(name)
                if parent:
                    region_parents.append((name, parent))
            elif parent:
                other_parents.append((typ, name, parent))
        counts[p.name] = len(body)

    for child, parent in region_parents:
        if parent not in regions:
            print(f"WARN  region parent unknown: {child} -> {parent}")
            warnings += 1

    for typ, child, parent in other_parents:
        allowed = names_by_type[typ] | (regions if typ == "IndustrialPark" else set()) | (
            names_by_type["Company"] if typ == "Product" else set())  # a product's maker
        if parent not in allowed:
            print(f"WARN  {typ} parent unknown: {child} -> {parent}")
            warnings += 1

    gp = LEXICON_DIR / "region_groups.tsv"
    if gp.exists():
        raw = gp.read_text(encoding="utf-8").split("\n")
        if raw and raw[-1] == "":
            raw = raw[:-1]
        if raw[0].split("\t") != GROUP_HEADER:
            print("ERROR region_groups.tsv: bad header")
            errors += 1
        if raw[1:] != sorted(raw[1:]):
            print("ERROR region_groups.tsv: lines not sorted")
            errors += 1
        for line in raw[1:]:
            cols = line.split("\t")
            if len(cols) != 2:
                print(f"ERROR region_groups.tsv: bad line {line!r}")
                errors += 1
                continue
            for c in cols:
                if c not in regions:
                    print(f"ERROR region_groups.tsv: unknown region {c}")
                    errors += 1
        counts[gp.name] = len(raw) - 1

    conflicts = []
    same_type = []
    for key, owners in sorted(index.items()):
        canon = {(c, t) for c, t, _ in owners}
        if len(canon) < 2:
            continue
        types = {t for _, t in canon}
        desc = "; ".join(f"{c}[{t}, {f}]" for c, t, f in sorted(owners))
        if len(types) > 1:
            conflicts.append(f"CONFLICT {key}: {desc}")
        else:
            same_type.append(f"WARN  same-type overlap {key}: {desc}")
    for c in conflicts:
        print(c)
    errors += len(conflicts)
    for w in same_type:
        print(w)
    warnings += len(same_type)

    print()
    total = 0
    for fname, n in sorted(counts.items()):
        print(f"{fname:28s} {n:6d}")
        if fname != "region_groups.tsv":
            total += n
    print(f"{'total entity rows':28s} {total:6d}")
    print(f"surface forms indexed: {len(index)}; errors: {errors}; warnings: {warnings}")
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    if "--fix" in argv:
        fix_curated()
    return check()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
