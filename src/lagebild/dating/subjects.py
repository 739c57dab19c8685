"""The names by which the re-dating compares the subjects of two articles ("subject neighbours").

Two reports of one story share its actors and places, but not always in the same span or spelling:
- one model tags "Region Kursk", another "Kursk" alone and "Region" beside it as a place of its own. A kind of
  place (a region, an oblast, a province) is a word of the sentence, not of the name, so for the comparison it is
  cut off, and a span that is nothing but such a word names no subject;
- a German report writes "Sergej Schoigu", an English one "Sergei Shoigu": a name of two words or more is compared
  by its spelling key, each language's spellings mapped to a common one ("sch" and "sh" -> "sh", "w" and "v" ->
  "v"), then without vowels and doubled letters.
The kinds of place and the spellings come from lang/<code>/time/subjects.txt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import E013, LagebildError
from ..resources import LANGUAGES, exists, load

NAME = "time/subjects.txt"
# What a spelling key keeps of a name: no vowels (their transliteration differs most), no doubled letters
_VOWELS = re.compile(r"[aeiouyäöüéè]+")
_DOUBLE = re.compile(r"(\w)\1+")


@dataclass(frozen=True)
class Subjects:
    cut: re.Pattern | None  # a kind of place before the name ("Region Kursk") or after it ("Kursk region")
    kind: re.Pattern | None  # a kind of place, the whole span
    spellings: tuple[tuple[str, str], ...]  # (written, common), in the file's order


@lru_cache(maxsize=None)
def subjects(lang: str) -> Subjects:
    """The rows of lang/<code>/time/subjects.txt (nothing is cut or spelled for a language without it)."""
    if not exists(lang, NAME):
        return Subjects(None, None, ())
    res = load(lang, NAME)
    kinds, spellings = [], []
    for (line, _), row in zip(res.lines, res.rows(2), strict=True):
        if row[0] == "place":
            kinds.append(row[1])
        elif row[0] == "spelling" and len(row) == 3:
            spellings.append((row[1], row[2]))
        else:
            raise LagebildError(E013, path=res.path, line=line,
                                reason="expected 'place<TAB>regular expression' or 'spelling<TAB>written<TAB>common'")
    if not kinds:
        return Subjects(None, None, tuple(spellings))
    kind = "(?:" + "|".join(kinds) + ")"
    return Subjects(re.compile(rf"^{kind}\s+(?=\S)|(?<=\S)\s+{kind}$"), re.compile(kind), tuple(spellings))


@lru_cache(maxsize=None)
def _spellings() -> tuple[tuple[str, str], ...]:
    # every language's spellings, for every name: a canonical name keeps one language's spelling in the texts of
    # all (entities/persons.txt writes "Wladimir Putin" for an English text too), an unknown one that of its text
    return tuple(row for lang in LANGUAGES for row in subjects(lang).spellings)


def spelling_key(name: str) -> str:
    """``name`` as its spelling key: each language's spellings mapped to the common ones, vowels and doubled
    letters dropped ("Sergej Schoigu" and "Sergei Shoigu" -> "srg shg")."""
    text = name.lower().replace("-", " ")
    for written, common in _spellings():
        text = text.replace(written, common)
    return " ".join(filter(None, (_DOUBLE.sub(r"\1", _VOWELS.sub("", word)) for word in text.split())))


# the names of a large store are many more than its documents: a re-dating reads every entity row once
@lru_cache(maxsize=65536)
def subject_name(name: str, lang: str | None) -> str | None:
    """``name`` as the subject comparison reads it: without a kind of place before or after it, and a name of two
    words or more by its spelling key ("~srg shg"); None for a span that is only a kind of place ("Grenzregion").
    The entity's label plays no part: two models that tag one name PER and LOC still name the same subject."""
    if not lang:
        return name
    found = subjects(lang)
    if found.kind is not None:
        if found.kind.fullmatch(name):
            return None
        name = found.cut.sub("", name, count=1) or name
    # a single word keeps its letters: without its vowels a short name ("EU", "Kim") would meet others
    return "~" + spelling_key(name) if len(name.split()) > 1 else name
