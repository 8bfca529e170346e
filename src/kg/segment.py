"""Stage 4, *segment*: jieba tokens with offsets, one dictionary per process.

The jieba dictionary is loaded once per :class:`Segmenter`; its cache is
kept in the user cache folder (``~/.cache/liuzhou-kg``), not in ``/tmp``.
Lexicon names are added as user words so that jieba keeps them whole.

Examples
--------
>>> from kg.resources import load_resources
>>> seg = Segmenter.from_resources(load_resources())
>>> [t.text for t in seg.tokens("柳工在柳州")]
['柳工', '在', '柳州']
"""
from __future__ import annotations

import logging
import os

import jieba

from .config import default_cache_dir
from .model import Token

__all__ = ["Segmenter"]

jieba.setLogLevel(logging.WARNING)


class Segmenter:
    """A jieba tokenizer with the project's domain words."""

    def __init__(self, words=(), cache_dir=None):
        self.tk = jieba.Tokenizer()
        cache = cache_dir or default_cache_dir()
        try:
            os.makedirs(cache, exist_ok=True)
            self.tk.tmp_dir = str(cache)
        except OSError:  # read-only home: fall back to jieba's default
            pass
        self.tk.initialize()
        for w in words:
            if 2 <= len(w) <= 20:
                self.tk.add_word(w, freq=max(self.tk.suggest_freq(w), 1000))
        self.freq = self.tk.FREQ

    @classmethod
    def from_resources(cls, res, cache_dir=None) -> "Segmenter":
        words = sorted({s for s in res.gazetteer.surface if not s.isascii()})
        return cls(words, cache_dir)

    def tokens(self, text: str) -> list[Token]:
        out = []
        pos = 0
        for w in self.tk.cut(text, HMM=True):
            out.append(Token(w, pos, pos + len(w)))
            pos += len(w)
        return out

    def is_common_word(self, w: str, threshold: int = 50) -> bool:
        """True when jieba's own dictionary knows ``w`` as a frequent word."""
        return self.freq.get(w, 0) >= threshold
