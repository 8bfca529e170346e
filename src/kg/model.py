"""The data model: frozen records passed between pipeline stages.

This module imports nothing of ``kg``; every stage imports it.  Offsets
(``start``/``end``) are Python string indices into the *normalised* text of
a document (see :mod:`kg.normalise`); :class:`NormText` maps them back to the
original file.

Examples
--------
>>> m = Mention(doc="d1", start=0, end=3, text="柳工", type="Company", rule="lexicon")
>>> m.type
'Company'
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = [
    "ENTITY_TYPES",
    "UNEXPORTED_TYPES",
    "RELATION_TYPES",
    "SYMMETRIC_RELATIONS",
    "BACKGROUND_RELATIONS",
    "Document",
    "NormText",
    "Sentence",
    "Token",
    "Mention",
    "Entity",
    "Evidence",
    "Relation",
    "Observation",
    "DocResult",
    "FileStatus",
]

ENTITY_TYPES = (
    "Company",
    "IndustrialPark",
    "Industry",
    "Region",
    "Organization",
    "Person",
    "Project",
    "Product",
    "Initiative",
)
#: Named things the recogniser reads only so that their words are read as one
#: name (中国—东盟博览会 holds no mention of 东盟): trade fairs and other
#: events, and bodies named only inside a person's title (全国人大|代表). The
#: contract has no class for them, so the recogniser drops their mentions once
#: overlaps are settled and the graph holds no node for them.
UNEXPORTED_TYPES = ("Event", "Title")
RELATION_TYPES = (
    "locatedIn",
    "inIndustry",
    "exportsTo",
    "cooperatesWith",
    "investsIn",
    "worksFor",
    "produces",
    "develops",
    "partOf",
)
SYMMETRIC_RELATIONS = frozenset({"cooperatesWith"})
#: relations of background knowledge, stated by no article (the region
#: lexicon's hierarchy: kg.hierarchy); no evidence, no kg:Assertion
BACKGROUND_RELATIONS = ("within",)


@dataclass(frozen=True)
class Document:
    """One input article, decoded.

    ``id`` is derived from the content hash, so it does not depend on the
    file name or on the order of the inputs.
    """

    id: str
    path: str
    source_file: str
    text: str
    sha256: str
    encoding: str = "utf-8"


@dataclass(frozen=True)
class NormText:
    """Normalised text with a map back to the original.

    ``offsets[i]`` is the index in the original text of normalised character
    ``i``; ``offsets[len(text)]`` is the end of the original text.  A
    normalised span ``[s, e)`` comes from ``original[offsets[s]:offsets[e]]``
    (for ``e > s``, the end is ``offsets[e - 1] + 1``).
    ``masked`` are normalised spans (bylines, photo credits) that must yield
    no entity.  ``traditional`` is true when the source was written in
    traditional script.
    """

    text: str
    original: str
    offsets: tuple[int, ...]
    masked: tuple[tuple[int, int], ...] = ()
    traditional: bool = False

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the original text."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.original[s:e]


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


class Token(NamedTuple):
    """A word of the segmented text and its span.

    A named tuple rather than a frozen dataclass: a document has thousands
    of tokens, and a tuple is made about three times faster.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A typed span of a document's normalised text.

    ``key`` is the canonical name the recogniser proposes (a lexicon's
    canonical name, or the surface text); ``original`` is the surface in
    the source's own script.
    """

    doc: str
    start: int
    end: int
    text: str
    type: str
    rule: str
    key: str = ""
    original: str = ""
    sentence: int = -1


@dataclass(frozen=True)
class Entity:
    """A resolved real-world thing.

    ``aliases`` holds ``(text, language tag)`` pairs other than the label.
    """

    id: str
    type: str
    name: str
    aliases: tuple[tuple[str, str], ...] = ()
    mention_count: int = 0
    documents: tuple[str, ...] = ()
    parent: str = ""


@dataclass(frozen=True)
class Evidence:
    doc: str
    sentence: str
    start: int
    end: int
    confidence: float
    rule: str


@dataclass(frozen=True)
class Relation:
    """A directed (or, for cooperatesWith, unordered) relation between
    entity ids (or mention keys, before corpus-wide resolution)."""

    head: str
    relation: str
    tail: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Observation:
    """A number stated about an entity: 2023年产值达2.5亿元."""

    about: str
    metric: str
    value: str  # decimal as a string, in base units
    unit: str
    year: int | None
    doc: str
    evidence: str
    start: int
    end: int
    rule: str = "facts"
    confidence: float = 0.8


@dataclass(frozen=True)
class FileStatus:
    path: str
    status: str  # built | skipped | failed | duplicate
    reason: str = ""
    doc: str = ""
    sha256: str = ""


@dataclass(frozen=True)
class DocResult:
    """Everything one document contributes, before corpus-wide resolution.

    Relations and observations refer to entities by mention ``key``.
    """

    document: Document
    headline: str
    traditional: bool
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    observations: tuple[Observation, ...] = ()
    groups: dict = field(default_factory=dict)  # key -> summary (type, surfaces, count, …)
    warnings: tuple[str, ...] = ()
