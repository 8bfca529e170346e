#!/usr/bin/env python3
"""Derive src/kg/data/patterns/function_words.txt and common_words.txt from
jieba's dictionary.

jieba ships its dictionary with a part of speech per word.  The words
tagged as verbs (v), conjunctions (c), prepositions (p) and adverbs (d)
that jieba has seen at least ``--min-freq`` times are words a name does not
start with: the recogniser drops them from the left edge of a name found by
its suffix when a known name follows (瞄准|柳州汽车城, 驶离|柳州南物流中心,
需求|和|广西新能源汽车实验室).  One word per line, sorted, no timestamp:
the same jieba version gives a byte-identical file.

common_words.txt: the two-character words jieba tags as anything but a
name (nr, ns, nt, nz, nrt, nrfg) and has seen at least 300 times.  A title
is not followed by one as a person's name (董事长|方面|表示, 副总经理|陆续|到任),
but 李鹏 (nr) and 连战 (seen as a verb 63 times) still are names.

Run:  .venv/bin/python tools/derive_function_words.py [--min-freq 20]
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

import jieba

TAGS = ("v", "c", "p", "d")
#: words that build names rather than end them: 香港特区政府驻广西联络处, 柳州至南宁高速,
#: 中国—东盟博览会暨投资峰会, 智慧储能及动力电池制造基地, 柳州市与上海交大共建的研究院
KEEP_IN_NAMES = frozenset(("驻", "派驻", "常驻", "至", "暨", "及", "与"))
PAT = Path(__file__).resolve().parent.parent / "src" / "kg" / "data" / "patterns"
OUT = PAT / "function_words.txt"
COMMON_OUT = PAT / "common_words.txt"
NAME_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg")
COMMON_MIN_FREQ = 300


def _entries():
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                yield parts[0], int(parts[1]), parts[2]


def derive(min_freq: int) -> list[str]:
    return sorted({w for w, f, t in _entries() if t in TAGS and f >= min_freq and w not in KEEP_IN_NAMES})


def derive_common() -> list[str]:
    return sorted({w for w, f, t in _entries() if len(w) == 2 and t not in NAME_TAGS and f >= COMMON_MIN_FREQ})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-freq", type=int, default=20)
    a = ap.parse_args()
    words = derive(a.min_freq)
    header = (f"# verbs, conjunctions, prepositions and adverbs of jieba {jieba.__version__}'s dictionary "
              f"(tags {','.join(TAGS)}, frequency >= {a.min_freq}), but {''.join(sorted(KEEP_IN_NAMES))}; "
              "tools/derive_function_words.py\n")
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(words)} words")
    common = derive_common()
    COMMON_OUT.write_text(f"# two-character words of jieba {jieba.__version__}'s dictionary not tagged as names "
                          f"({','.join(NAME_TAGS)}), frequency >= {COMMON_MIN_FREQ}; "
                          "tools/derive_function_words.py\n" + "\n".join(common) + "\n", encoding="utf-8")
    print(f"{COMMON_OUT}: {len(common)} words")


if __name__ == "__main__":
    main()
