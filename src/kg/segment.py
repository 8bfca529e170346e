"""Stage 4, *segment*: jieba tokens with offsets, one dictionary per process.

The jieba dictionary is loaded once per :class:`Segmenter`; its cache is
kept in the user cache folder (``~/.cache/liuzhou-kg``), not in ``/tmp``.
Lexicon names are added as user words so that jieba keeps them whole.  The
resulting dictionary is cached there too (:mod:`kg.segcache`), so that a new
process reads it back instead of building it again.

Segmentation is jieba's own precise mode with HMM (``Tokenizer.cut(text,
HMM=True)``), re-implemented by :class:`_FastCut` with the same arithmetic
and tie-breaking, so that it yields exactly the same words about 1.6 times
faster: the word graph and the best route are computed in one backward pass
over precomputed log frequencies, and the HMM for unknown words is an
unrolled four-state Viterbi.  ``Segmenter(fast=False)`` uses jieba's code
(``tests/test_segment.py`` checks that both agree).

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
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache, partial
from itertools import accumulate, chain, repeat
from math import exp, log

import jieba
from jieba import finalseg

from .config import default_cache_dir
from .model import Token
from .segcache import load_state, save_state, state_key

__all__ = ["Segmenter", "LazyTokens"]

jieba.setLogLevel(logging.WARNING)


class Segmenter:
    """A jieba tokenizer with the project's domain words."""

    def __init__(self, words=(), cache_dir=None, fast: bool = True, dropped=()):
        self.tk = jieba.Tokenizer()
        cache = cache_dir or default_cache_dir()
        try:
            os.makedirs(cache, exist_ok=True)
            self.tk.tmp_dir = str(cache)
        except OSError:  # read-only home: fall back to jieba's default
            pass
        words = list(words)
        # jieba entries that glue a name's last character to its suffix
        # (恒福|公司 read as 恒|福公司): dropped, so that the suffix stands alone
        dropped = sorted(set(dropped))
        key = state_key(words + [f"\x00dropped {w}" for w in dropped])
        # the dictionary below, as built by an earlier process: the log
        # probabilities only (jieba's integer frequencies follow from them, and
        # are rebuilt only for jieba's own code, ``fast=False``)
        state = load_state(cache, key)
        if state is not None:
            self.total, self.base_freq, self.lw = state
        else:
            self.tk.initialize()
            for w in dropped:
                if self.tk.FREQ.get(w):
                    self.tk.del_word(w)
            #: jieba's own frequency of the words we add (0 when it did not know them)
            self.base_freq: dict[str, int] = {}
            for w in words:
                if 2 <= len(w) <= 20:
                    self.base_freq[w] = self.tk.FREQ.get(w, 0)
                    self.tk.add_word(w, freq=max(self.tk.suggest_freq(w), 1000))
            self.total, self.lw = self.tk.total, _log_probs(self.tk)
            save_state(cache, key, (self.total, self.base_freq, self.lw))
        self._logtotal = log(self.total)
        self._common_at: dict[int, float] = {}
        if fast:
            fc = _FastCut(self.lw, self.total)
            self._cut, self._cut_plain = fc.cut, partial(fc.cut, hmm=False)
        else:
            if not self.tk.initialized:
                self.tk.FREQ, self.tk.total, self.tk.initialized = self.freq, self.total, True
            self._cut = lambda text: self.tk.cut(text, HMM=True)
            self._cut_plain = lambda text: self.tk.lcut(text, HMM=False)

    @property
    def freq(self) -> dict[str, int]:
        """jieba's frequency of every dictionary entry (0 for a prefix), the
        words we add included: rebuilt from the log probabilities (exactly:
        frequencies are integers far below 2**53)."""
        if self.tk.initialized:
            return self.tk.FREQ
        t = self._logtotal
        return {w: (round(exp(p + t)) if p is not None else 0) for w, p in self.lw.items()}

    @classmethod
    def from_resources(cls, res, cache_dir=None) -> "Segmenter":
        words = sorted({s for s in res.gazetteer.surface if not s.isascii()})
        return cls(words, cache_dir, dropped=res.word_set("segmenter_dropped"))

    def cut(self, text: str) -> list[str]:
        """The words of ``text``, as ``jieba.Tokenizer.lcut(text, HMM=True)``."""
        return list(self._cut(text))

    def cut_plain(self, text: str) -> list[str]:
        """The words of ``text`` without the HMM for unknown words, as
        ``jieba.Tokenizer.lcut(text, HMM=False)``."""
        return self._cut_plain(text)

    def tokens(self, text: str) -> list[Token]:
        """The words of ``text`` with their spans."""
        words = list(self._cut(text))
        ends = list(accumulate(map(len, words)))
        # tuple.__new__ over zipped fields: no Python call per token
        return list(map(tuple.__new__, repeat(Token), zip(words, chain((0,), ends), ends)))

    def lazy_tokens(self, text: str) -> "LazyTokens":
        """The tokens of ``text``, segmented one block at a time when asked for
        (the same tokens as :meth:`tokens`)."""
        return LazyTokens(text, self._cut)

    def is_proper_noun(self, w: str) -> bool:
        """True when jieba's own dictionary tags ``w`` as a name (of a place,
        a person or another proper noun: ns, nr, nrt, nz), as 凤凰 or 青山,
        everyday-looking words that name a hill or a village.  The tags are
        read on first use."""
        return w in _proper_nouns()

    def is_common_word(self, w: str, threshold: int = 50) -> bool:
        """True when jieba's own dictionary (not our lexicons) knows ``w`` as a
        frequent word."""
        f = self.base_freq.get(w)
        if f is not None:
            return f >= threshold
        p = self.lw.get(w)
        if p is None:
            return threshold <= 0
        at = self._common_at.get(threshold)
        if at is None:  # an integer f >= threshold: log f above log(threshold - 1/2)
            at = self._common_at[threshold] = log(threshold - 0.5) - self._logtotal if threshold > 0.5 else _NEG_INF
        return p >= at


@lru_cache(maxsize=1)
def _proper_nouns() -> frozenset:
    """The words jieba's dictionary tags as names (ns, nr, nrt, nz)."""
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as f:
        return frozenset(w for w, _, tag in (line.split() for line in f if line.count(" ") == 2)
                         if tag in ("ns", "nr", "nrt", "nz"))


# jieba 0.42.1: jieba.re_han_default, jieba.re_skip_default, finalseg.re_han/re_skip
_RE_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP = re.compile("(\r\n|\\s)", re.U)
_HMM_HAN = re.compile("([\u4E00-\u9FD5]+)")
_HMM_SKIP = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
_NEG_INF = float("-inf")
_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # jieba's re_eng
_ABSENT = object()


class LazyTokens:
    """The tokens of a text, segmented one block at a time on demand.

    jieba cuts each run of ``_RE_HAN`` characters, and each run between
    them, on its own: the tokens of a text are the tokens of its blocks, in
    order.  Most blocks of an article hold nothing a recogniser asks about,
    so a block is segmented only when a token in it is asked for
    (:meth:`at`, :meth:`overlapping`, :meth:`is_start`, :meth:`is_end`).
    As a sequence (``len``, indexing, iteration) it segments every block and
    is the list :meth:`Segmenter.tokens` returns.

    >>> from kg.resources import load_resources
    >>> seg = Segmenter.from_resources(load_resources())
    >>> lt = seg.lazy_tokens("柳工在柳州，玉柴在玉林")
    >>> lt.at(2).text, lt.is_start(2), lt.is_end(4), list(lt) == seg.tokens("柳工在柳州，玉柴在玉林")
    ('柳工', True, False, True)
    """

    __slots__ = ("text", "_cut", "_starts", "_pieces", "_all", "_raw", "_cuts", "_split")

    def __init__(self, text: str, cut, raw: "LazyTokens | None" = None, cuts=(), split=None):
        self.text = text
        self._cut = cut
        if raw is None:
            bounds = [0]
            for m in _RE_HAN.finditer(text):
                if m.start() > bounds[-1]:
                    bounds.append(m.start())
                bounds.append(m.end())
            if bounds[-1] >= len(text):
                bounds.pop()
            self._starts = bounds
        else:
            self._starts = raw._starts
        self._pieces: list = [None] * len(self._starts)
        self._all = None
        self._raw = raw
        self._cuts = sorted(cuts)
        self._split = split

    def split(self, cuts, split) -> "LazyTokens":
        """These tokens, with ``split(piece_tokens, piece_cuts)`` applied to
        the tokens of each block and the cuts inside it."""
        return LazyTokens(self.text, self._cut, self, cuts, split)

    def _piece(self, k: int):
        p = self._pieces[k]
        if p is None:
            starts = self._starts
            s = starts[k]
            e = starts[k + 1] if k + 1 < len(starts) else len(self.text)
            if self._raw is None:
                words = list(self._cut(self.text[s:e]))
                offs = list(accumulate(map(len, words), initial=s))
                toks = list(map(tuple.__new__, repeat(Token), zip(words, offs, offs[1:])))
                ends = offs[1:]
            else:
                toks, ends = self._raw._pieces[k] or self._raw._piece(k)
                cuts = self._cuts
                inner = cuts[bisect_right(cuts, s):bisect_left(cuts, e)]
                if inner:
                    toks = self._split(toks, inner)
                    ends = [t[2] for t in toks]
            p = self._pieces[k] = (toks, ends)
        return p

    def at(self, pos: int):
        """The token that ends at ``pos`` or contains ``pos - 1`` (None at 0)."""
        if not 0 < pos <= len(self.text):
            return None
        k = bisect_right(self._starts, pos - 1) - 1
        toks, ends = self._pieces[k] or self._piece(k)  # (the method call only the first time)
        return toks[bisect_left(ends, pos)]

    def overlapping(self, lo: int, hi: int) -> list:
        """The tokens from the one holding ``lo`` to the one holding ``hi - 1``."""
        t = self.at(lo + 1)
        out = [t]
        while t.end < hi:
            t = self.at(t.end + 1)
            out.append(t)
        return out

    def is_start(self, pos: int) -> bool:
        k = bisect_left(self._starts, pos)
        if k < len(self._starts) and self._starts[k] == pos:
            return True  # a block starts there: no need to cut it
        t = self.at(pos + 1)
        return t is not None and t.start == pos

    def is_end(self, pos: int) -> bool:
        if pos == len(self.text) and pos > 0:
            return True
        k = bisect_left(self._starts, pos)
        if 0 < k < len(self._starts) and self._starts[k] == pos:
            return True  # a block ends there
        t = self.at(pos)
        return t is not None and t.end == pos

    def _list(self) -> list:
        if self._all is None:
            self._all = [t for k in range(len(self._starts)) for t in self._piece(k)[0]]
        return self._all

    def __len__(self):
        return len(self._list())

    def __getitem__(self, i):
        return self._list()[i]

    def __iter__(self):
        return iter(self._list())


def _log_probs(tk) -> dict:
    """``log(freq) - log(total)`` of every dictionary entry, ``None`` for the
    prefix-only entries (frequency 0)."""
    logtotal = log(tk.total)
    return {w: (log(f) - logtotal if f else None) for w, f in tk.FREQ.items()}


class _FastCut:
    """``jieba.Tokenizer.cut(text, HMM=True)``, same output, less work.

    jieba builds the word graph (``get_DAG``), then the best route
    (``calc``: ``max((log(freq) - log(total) + route[x + 1], x))`` over the
    graph's edges), then cuts.  Here ``log(freq) - log(total)`` is
    precomputed per dictionary entry (``None`` for the prefix-only entries
    of frequency 0) and the route of a position is computed while its edges
    are found, in one backward pass.  Ties go to the longer word, as in
    jieba's ``max`` over ``(score, x)`` tuples.
    """

    def __init__(self, lw: dict, total: int):
        logtotal = log(total)
        self.lw = lw
        #: the one-character entries of ``lw``: every position looks one up, and
        #: a small table is found faster (in memory cache) than the whole dictionary
        self.lw1 = {w: p for w, p in self.lw.items() if len(w) == 1}
        self.unknown = log(1) - logtotal  # a character that is no word: log(FREQ.get(c) or 1)

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        out: list[str] = []
        han, skip = _RE_HAN, _RE_SKIP
        cut_block = self._cut_block if hmm else self._cut_block_no_hmm
        for blk in han.split(text):
            if not blk:
                continue
            if han.match(blk):
                cut_block(blk, out)
            else:
                for x in skip.split(blk):
                    if skip.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    def _route(self, s: str) -> list[int]:
        """Per position of ``s``, the last position of the word the best
        route takes there (jieba's ``get_DAG`` and ``calc``)."""
        n = len(s)
        get = self.lw.get
        get1 = self.lw1.get
        unknown = self.unknown
        score = [0.0] * (n + 1)
        nxt = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best, bx = _NEG_INF, -1
            i = k
            w = get1(s[k], _ABSENT)
            while w is not _ABSENT:  # not even a prefix of a word: stop
                if w is not None:
                    sc = w + score[i + 1]
                    if sc >= best:
                        best, bx = sc, i
                i += 1
                if i >= n:
                    break
                w = get(s[k:i + 1], _ABSENT)
            if bx < 0:
                score[k] = unknown + score[k + 1]
                nxt[k] = k
            else:
                score[k] = best
                nxt[k] = bx
        return nxt

    def _cut_block_no_hmm(self, s: str, out: list) -> None:
        """jieba's ``__cut_DAG_NO_HMM``: the best route, with runs of single
        Latin letters and digits joined."""
        nxt = self._route(s)
        n = len(s)
        x = 0
        buf = ""
        while x < n:
            y = nxt[x] + 1
            if y - x == 1 and s[x] in _ENG:
                buf += s[x]
            else:
                if buf:
                    out.append(buf)
                    buf = ""
                out.append(s[x:y])
            x = y
        if buf:
            out.append(buf)

    def _cut_block(self, s: str, out: list) -> None:
        nxt = self._route(s)
        n = len(s)
        lw = self.lw
        x = 0
        buf = ""
        while x < n:
            y = nxt[x] + 1
            if y - x == 1:
                buf += s[x]
            else:
                if buf:
                    if len(buf) == 1:
                        out.append(buf)
                    elif lw.get(buf) is None:
                        _hmm_cut(buf, out)
                    else:
                        out.extend(buf)
                    buf = ""
                out.append(s[x:y])
            x = y
        if buf:
            if len(buf) == 1:
                out.append(buf)
            elif lw.get(buf) is None:
                _hmm_cut(buf, out)
            else:
                out.extend(buf)


def _hmm_cut(sentence: str, out: list) -> None:
    """``jieba.finalseg.cut``."""
    force_split = finalseg.Force_Split_Words
    for blk in _HMM_HAN.split(sentence):
        if _HMM_HAN.match(blk):
            pos = _viterbi(blk)
            begin = nexti = 0
            for i, char in enumerate(blk):
                p = pos[i]
                if p == "B":
                    begin = i
                elif p == "E":
                    w = blk[begin:i + 1]
                    if w in force_split:
                        out.extend(w)
                    else:
                        out.append(w)
                    nexti = i + 1
                elif p == "S":
                    if char in force_split:
                        out.extend(char)
                    else:
                        out.append(char)
                    nexti = i + 1
            if nexti < len(blk):
                w = blk[nexti:]
                if w in force_split:
                    out.extend(w)
                else:
                    out.append(w)
        else:
            for x in _HMM_SKIP.split(blk):
                if x:
                    out.append(x)


_MIN = finalseg.MIN_FLOAT
_S = finalseg.start_P
_T = finalseg.trans_P
_E = finalseg.emit_P


def _tp(a: str, b: str) -> float:
    return _T[a].get(b, _MIN)


_EB, _EM, _EE, _ES = _E["B"], _E["M"], _E["E"], _E["S"]
_T_EB, _T_SB, _T_MM, _T_BM = _tp("E", "B"), _tp("S", "B"), _tp("M", "M"), _tp("B", "M")
_T_SS, _T_ES, _T_BE, _T_ME = _tp("S", "S"), _tp("E", "S"), _tp("B", "E"), _tp("M", "E")


_STATE_INDEX = {"B": 0, "M": 1, "E": 2, "S": 3}
_EMIT: dict[str, tuple[float, float, float, float]] = {}  # char -> emissions (B, M, E, S)


def _emissions(o: str) -> tuple[float, float, float, float]:
    e = _EMIT[o] = (_EB.get(o, _MIN), _EM.get(o, _MIN), _EE.get(o, _MIN), _ES.get(o, _MIN))
    return e


def _viterbi(obs: str) -> str:
    """``jieba.finalseg.viterbi(obs, 'BMES', …)[1]``, unrolled (as a string).

    The predecessors of each state are B: E, S; M: M, B; S: S, E; E: B, M
    (``finalseg.PrevStatus``); a tie goes to the greater state letter, as in
    jieba's ``max`` over ``(prob, state)`` tuples.
    """
    emit = _EMIT
    o = obs[0]
    eb, em, ee, es = emit.get(o) or _emissions(o)
    vb, vm, ve, vs = _S["B"] + eb, _S["M"] + em, _S["E"] + ee, _S["S"] + es
    back = []  # per step, the predecessor letters of B, M, E, S
    for t in range(1, len(obs)):
        o = obs[t]
        eb, em, ee, es = emit.get(o) or _emissions(o)
        a, b = ve + _T_EB + eb, vs + _T_SB + eb
        if b >= a:
            nb, pb = b, "S"
        else:
            nb, pb = a, "E"
        a, b = vm + _T_MM + em, vb + _T_BM + em
        if a >= b:
            nm, pm = a, "M"
        else:
            nm, pm = b, "B"
        a, b = vb + _T_BE + ee, vm + _T_ME + ee
        if b >= a:
            ne, pe = b, "M"
        else:
            ne, pe = a, "B"
        a, b = vs + _T_SS + es, ve + _T_ES + es
        if a >= b:
            ns, ps = a, "S"
        else:
            ns, ps = b, "E"
        back.append(pb + pm + pe + ps)
        vb, vm, ve, vs = nb, nm, ne, ns
    state = "S" if vs >= ve else "E"
    path = [state]
    for bp in reversed(back):
        state = bp[_STATE_INDEX[state]]
        path.append(state)
    path.reverse()
    return "".join(path)
