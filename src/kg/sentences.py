"""Stage 3, *sentences*: split normalised text into sentences with offsets.

Examples
--------
>>> [s.text for s in split_sentences("柳工在柳州。鹏辉投产!\\n新区聚焦机器人")]
['柳工在柳州。', '鹏辉投产!', '新区聚焦机器人']
>>> split_sentences("一。\\n\\n二。")[1].paragraph
1
"""
from __future__ import annotations

import re

from .model import Sentence

__all__ = ["split_sentences", "MAX_SENTENCE"]

#: sentences longer than this are cut (a 100,000-character run of text with
#: no punctuation must not be handled as one sentence)
MAX_SENTENCE = 400

#: (the lookahead only names the first character: the search skips to one)
_END = re.compile(r"(?=[。！？!?；;….\n])(?:(?:[。！？!?；;]+|…{2,}|\.{3,}(?=[\u4e00-\u9fff\d]))[”’」』)）]*|\n+)")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (without surrounding whitespace) and their paragraph number."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for m in _END.finditer(text + "\n"):
        end = min(m.end(), len(text))
        seg_start, seg_end = pos, end if "\n" not in m.group() else m.start()
        _emit(text, seg_start, seg_end, para, out)
        if "\n" in m.group():
            para += 1
        pos = end
    return out


def _emit(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        # prefer a comma near the limit
        k = max(text.rfind(",", start, cut), text.rfind("，", start, cut), text.rfind("、", start, cut))
        if k > start + MAX_SENTENCE // 2:
            cut = k + 1
        out.append(Sentence(len(out), start, cut, text[start:cut], para))
        start = cut
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end], para))
