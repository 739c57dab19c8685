"""The name of an English source phrase: what the parse chose as the speaker, said the way the gold and the store
say it.

- a person the entities component found in the phrase gives its canonical name ("Zelenskyy" -> the gazetteer's
  "Wolodymyr Selenskyj", so that English and German documents name one entity alike);
- a country's possessive becomes its adjective ("Ukraine's special forces" -> "Ukrainian special forces"), and
  "the country's" the adjective of the country named last ("a South Korean lawmaker ... the country's
  intelligence agency" -> "South Korean intelligence agency");
- a role before a name is dropped ("Pentagon spokesman Pat Ryder" -> Pat Ryder); a bare role ("the regime leader",
  "South Korea's defense minister") is the person the document named before with that title ("North Korean leader
  Kim Jong Un", "the Minister of Defense of Japan Taro Yamada").
Country names and adjectives come from lang/en/entities/countries.txt, role nouns from lang/en/attribution/roles.txt.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..model import Attribution, Doc
from ..spans import ents_starting
from .lexicon import Lexicon
from .words import Sent

POSSESSIVE = ("'s", "’s", "ʼs")
# a possessive noun that stands for the country named before ("the country's intelligence agency")
COUNTRY_ANAPHORS = frozenset({"country", "nation"})
TITLE_WINDOW = 8  # words before (or after a comma) a person's name that may hold the person's title


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """English country names (token tuple -> canonical) and each canonical's English adjective."""
    from ..entities.gazetteer import gazetteer

    gaz = gazetteer("en")
    names: dict[tuple[str, ...], str] = {}
    adjectives: dict[str, str] = {}
    for form, entry in gaz.names.items():
        if entry.source != "countries.txt" or entry.label != "LOC":
            continue
        if entry.kind == "name":
            names.setdefault(form, entry.canonical)
        elif entry.kind == "adjective" and form[0][:1].isupper():
            known = adjectives.get(entry.canonical)
            text = " ".join(form)
            if "." in text:
                continue  # a headline's abbreviation ("S.Korean") is no name to show
            if known is None or len(text) < len(known):
                adjectives[entry.canonical] = text
    return names, adjectives


def _possessive(word: str) -> str | None:
    """The owner in a word with a possessive ending ("Koreaʼs" -> "Korea"), else None."""
    for ending in POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return None


def _last_country(doc: Doc, before: int, previous: Sequence[Attribution] = ()) -> str | None:
    """The canonical name of the country "the country" refers to at offset ``before``: the one in a source named
    in this or the previous sentence ("A Polish senator told reporters ..., according to the country's navy"),
    else the country the document named last."""
    _, adjectives = _countries()
    named = [ent for ent in doc.ents if ent.label == "LOC" and ent.canonical in adjectives and ent.end <= before]
    here = doc.sentence_at(before)
    for attr in reversed(previous):
        if attr.sentence < here - 1:
            break  # a source named further back no longer sets the scene
        if attr.source_start is None or attr.source_end is None or attr.source_start >= before:
            continue
        inside = [ent for ent in named if attr.source_start <= ent.start and ent.end <= attr.source_end]
        if inside:
            return inside[-1].canonical
    return named[-1].canonical if named else None


def country_words(doc: Doc, sent: Sent, a: int, b: int, previous: Sequence[Attribution] = ()) -> list[str]:
    """The words [a, b) with a country's possessive said as its adjective ("Ukraine 's special forces" ->
    Ukrainian special forces; "the country's agency" -> the adjective of the country named last)."""
    names, adjectives = _countries()
    words = list(sent.words[a:b])
    out: list[str] = []
    m = 0
    while m < len(words):
        word = words[m]
        owner_end = None
        if m + 1 < len(words) and words[m + 1] in POSSESSIVE:
            owner, owner_end = word, m + 2
        elif _possessive(word) is not None:
            owner, owner_end = _possessive(word), m + 1
        if owner_end is not None:
            # the owner may be several words: "South Korea 's", "the United States '"
            for size in range(min(4, len(out) + 1), 0, -1):
                tokens = (*out[len(out) - size + 1:], owner) if size > 1 else (owner,)
                canonical = names.get(tuple(tokens))
                if canonical in adjectives:
                    out[len(out) - size + 1:] = [adjectives[canonical]]
                    m = owner_end
                    break
            else:
                if owner.lower() in COUNTRY_ANAPHORS and out and out[-1].lower() == "the":
                    canonical = _last_country(doc, sent.start(a + m), previous)
                    if canonical is not None:
                        out[-1:] = [adjectives[canonical]]
                        m = owner_end
                        continue
                out.append(word)
                m += 1
            continue
        out.append(word)
        m += 1
    return out


def _title_holder(doc: Doc, sent: Sent, role: str, words: list[str]) -> str | None:
    """The person the document named before this sentence with the title ``role`` next to the name
    ("Belarusian leader Alexander Lukashenko" for "the regime leader"); the one sharing most words with the phrase,
    then the latest."""
    start = sent.start(0)
    best, best_key = None, None
    want = {w.lower() for w in words}
    for n, ent in enumerate(doc.ents):
        if ent.label != "PER" or not ent.canonical or ent.end > start:
            continue
        located = doc.span_tokens(ent.start, ent.end)
        if located is None:
            continue
        toks, first, last = located
        near = [t.text.lower() for t in toks[max(0, first - TITLE_WINDOW):first]]
        if last + 1 < len(toks) and toks[last + 1].text == ",":  # "Shin Won-sik, the defense minister,"
            near += [t.text.lower() for t in toks[last + 2:last + 2 + TITLE_WINDOW]]
        if role not in near:
            continue
        key = (len(want & set(near)), n)
        if best_key is None or key > best_key:
            best, best_key = ent.canonical, key
    return best


def _recent_person(doc: Doc, sent: Sent, window: int = 2) -> str | None:
    """The person named last in the ``window`` sentences before this one."""
    start = sent.start(0)
    named = [ent for ent in doc.ents if ent.label == "PER" and ent.canonical and ent.end <= start
             and doc.sentence_at(ent.start) >= sent.i - window]
    return named[-1].canonical if named else None


def source_name(doc: Doc, sent: Sent, a: int, b: int, lex: Lexicon,
                previous: Sequence[Attribution] = ()) -> tuple[str, str]:
    """(name, rule) of the source phrase at words [a, b) of a sentence; ``previous``: the attributions so far."""
    start, end = sent.start(a), sent.end(b - 1)
    person = next((e for e in ents_starting(doc, start, end + 1) if e.label == "PER" and e.end <= end), None)
    if person is not None and not (person.end < end and lex.role_of(sent.low[b - 1]) == "institution"):
        return person.canonical or person.text, "entity"  # not "the Biden administration": a body named for him
    lead = a + 1 if sent.low[a] in lex.fw("det") and b - a > 1 else a
    roles = [m for m in range(lead, b) if lex.role_of(sent.low[m]) in ("role", "outlet")]
    if roles and roles[-1] + 1 < b and all(sent.cap(m) for m in range(roles[-1] + 1, b)):
        return sent.text(roles[-1] + 1, b), "role-stripped"  # "Pentagon spokesman Pat Ryder" -> Pat Ryder
    words = country_words(doc, sent, a, b, previous)
    rule = "phrase" if words == list(sent.words[a:b]) else "country-adjective"
    if len(words) > 1 and words[0].lower() in lex.fw("det"):
        words = words[1:]
    _, adjectives = _countries()
    countries = set(adjectives.values())
    last = words[-1].lower() if words else ""
    # the title after an owner's possessive ("Norway's defense minister") is judged alone
    owned = max((m + 1 for m, w in enumerate(words) if w in POSSESSIVE or _possessive(w) is not None), default=0)
    title = words[owned:] or words
    # role words only, a country adjective allowed, the title itself may be capitalized ("Defense Minister")
    bare_role = lex.role_of(last) == "role" and all(not w[:1].isupper() or w in countries for w in title[1:-1]) \
        and (not title[0][:1].isupper() or title[0] in countries or len(title) == 1 or owned or lead == 0)
    if bare_role:
        holder = _title_holder(doc, sent, last, words)
        if holder is not None:
            return holder, "title-holder"
        if sent.low[a] == "the" and not last.endswith("s"):  # "the regime leader": the person just named
            holder = _recent_person(doc, sent)
            if holder is not None:
                return holder, "role-person"
    if rule == "phrase":
        return sent.text(lead, b), rule
    return " ".join(words), rule
