#!/usr/bin/env python3
"""Derive src/kg/data/patterns/function_words.txt from jieba's dictionary.

jieba ships its dictionary with a part of speech per word.  The words
tagged as verbs (v), conjunctions (c), prepositions (p) and adverbs (d)
that jieba has seen at least ``--min-freq`` times are words a name does not
start with: the recogniser drops them from the left edge of a name found by
its suffix when a known name follows (瞄准|柳州汽车城, 驶离|柳州南物流中心,
需求|和|广西新能源汽车实验室).  One word per line, sorted, no timestamp:
the same jieba version gives a byte-identical file.

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
OUT = Path(__file__).resolve().parent.parent / "src" / "kg" / "data" / "patterns" / "function_words.txt"


def derive(min_freq: int) -> list[str]:
    words = set()
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2] in TAGS and int(parts[1]) >= min_freq \
                    and parts[0] not in KEEP_IN_NAMES:
                words.add(parts[0])
    return sorted(words)


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


if __name__ == "__main__":
    main()
