"""The error catalogue.

Every error the library raises on purpose is a :class:`KGError`.  Messages
name the file (and line/column or byte offset where known), what was
expected and what was found.  The CLI turns them into one-line messages and
exit codes (``exit_code``).

Examples
--------
>>> e = InputError("bad.txt", "expected UTF-8 text", "byte 0xff at offset 12")
>>> str(e)
'bad.txt: expected UTF-8 text, found byte 0xff at offset 12'
"""
from __future__ import annotations

__all__ = [
    "KGError",
    "InputError",
    "EncodingError",
    "DataFileError",
    "ConfigError",
    "QueryError",
    "ValidationError",
    "ExportError",
]


class KGError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code = 1

    def __init__(self, path: str = "", expected: str = "", found: str = "", *,
                 line: int | None = None, column: int | None = None,
                 offset: int | None = None):
        self.path = str(path)
        self.expected = expected
        self.found = found
        self.line = line
        self.column = column
        self.offset = offset
        super().__init__(self.message())

    def where(self) -> str:
        w = self.path
        if self.line is not None:
            w += f":{self.line}"
            if self.column is not None:
                w += f":{self.column}"
        return w

    def message(self) -> str:
        parts = []
        if self.expected:
            parts.append(self.expected)
        if self.found:
            parts.append(f"found {self.found}")
        text = ", ".join(parts)
        w = self.where()
        return f"{w}: {text}" if w else text


class InputError(KGError):
    """An input file cannot be read (missing, unreadable, wrong format)."""

    exit_code = 2


class EncodingError(InputError):
    """An input file's bytes cannot be decoded."""


class DataFileError(KGError):
    """A lexicon, pattern or trigger file is malformed."""

    exit_code = 3


class ConfigError(KGError):
    """An option has a value that cannot be used."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query is malformed or fails."""

    exit_code = 2


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 1


class ExportError(KGError):
    """An export cannot be written."""

    exit_code = 4
