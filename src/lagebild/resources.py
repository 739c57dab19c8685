"""Language resources: text files under ``lang/<code>/`` with a FORMAT header and EXAMPLE lines.

Every resource file starts with a header of ``#`` lines:

    # FORMAT: <how a content line reads, for the person editing the file>
    # EXAMPLE: <input> => <expected>

Header lines after the first non-comment line are plain comments. Content lines
are the non-empty lines that do not start with ``#``; a ``#`` preceded by a space
starts a trailing comment. Columns are separated by TAB characters.

HeidelTime never executes its examples; we do: each component that owns a
resource names it in ``Component.resources`` and implements ``run_example``,
and a test runs every EXAMPLE line of every file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import E012, E013, E014, E015, LagebildError  # noqa: F401 (re-exported for callers)

LANG_DIR = Path(__file__).parent / "lang"
LANGUAGES = ("de", "en")


@dataclass
class Resource:
    """One parsed resource file."""

    path: Path
    lang: str
    name: str  # path relative to lang/<code>/, e.g. "abbreviations.txt" or "time/months.txt"
    format: str
    lines: list[tuple[int, str]]  # (line number, content) of every content line
    examples: list[tuple[int, str, str]] = field(default_factory=list)  # (line, input, expected)

    def rows(self, min_cols: int = 1) -> list[list[str]]:
        """Content lines split on TAB; fewer than ``min_cols`` columns raises E013."""
        rows = []
        for lineno, line in self.lines:
            cols = [col.strip() for col in line.split("\t")]
            cols = [col for col in cols if col != ""]
            if len(cols) < min_cols:
                raise LagebildError(E013, path=self.path, line=lineno,
                                    reason=f"expected {min_cols} TAB-separated columns, found {len(cols)}")
            rows.append(cols)
        return rows

    def of_kind(self, kind: str, kind_first: bool = True) -> list[str]:
        """The entries of a two-column "kind<TAB>entry" file (or "entry<TAB>kind" with ``kind_first`` False) whose
        kind is ``kind``, in file order."""
        at, value = (0, 1) if kind_first else (1, 0)
        return [row[value] for row in self.rows(2) if row[at] == kind]

    def items(self) -> list[str]:
        """The content lines as a list (one entry per line)."""
        return [line for _, line in self.lines]

    def table(self) -> dict[str, str]:
        """A two-column table as a dict (first column -> second column)."""
        return {row[0]: row[1] for row in self.rows(2)}

    def set(self, lower: bool = False) -> frozenset[str]:
        return frozenset(item.lower() if lower else item for item in self.items())


_TRAILING_COMMENT = re.compile(r"\s+#\s.*$")


def parse_resource(path: Path, lang: str, name: str) -> Resource:
    """Parse one resource file; raise E012 when the FORMAT header is missing."""
    raw = path.read_text(encoding="utf-8").splitlines()
    fmt = None
    examples: list[tuple[int, str, str]] = []
    lines: list[tuple[int, str]] = []
    for lineno, line in enumerate(raw, start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            body = stripped.lstrip("#").strip()
            if body.startswith("FORMAT:") and fmt is None:
                fmt = body[len("FORMAT:"):].strip()
            elif body.startswith("EXAMPLE:"):
                example = body[len("EXAMPLE:"):].strip()
                if "=>" not in example:
                    raise LagebildError(E013, path=path, line=lineno, reason="EXAMPLE needs 'input => expected'")
                given, expected = example.rsplit("=>", 1)
                examples.append((lineno, given.strip(), expected.strip()))
            continue
        lines.append((lineno, _TRAILING_COMMENT.sub("", line.rstrip("\n"))))
    if fmt is None:
        raise LagebildError(E012, path=path)
    return Resource(path=path, lang=lang, name=name, format=fmt, lines=lines, examples=examples)


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise LagebildError(E015, lang=lang, langs=", ".join(LANGUAGES))
    return lang


def exists(lang: str, name: str) -> bool:
    """Whether language ``lang`` has the resource ``name`` (some apply to one language only)."""
    return (LANG_DIR / check_lang(lang) / name).is_file()


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Resource:
    """Load ``lang/<lang>/<name>`` (cached); raise E014 when it does not exist."""
    check_lang(lang)
    path = LANG_DIR / lang / name
    if not path.is_file():
        raise LagebildError(E014, name=name, lang=lang, where=str(LANG_DIR / lang))
    return parse_resource(path, lang, name)


def all_resources() -> list[Resource]:
    """Every resource file of every language, parsed."""
    found = []
    for lang in LANGUAGES:
        base = LANG_DIR / lang
        for path in sorted(base.rglob("*.txt")):
            found.append(load(lang, path.relative_to(base).as_posix()))
    return found
