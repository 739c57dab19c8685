"""Merge model entities with gazetteer matches and resolve names inside one document.

Works on token indices; the component turns the result into character offsets.

Order of decisions:
1. role nouns valid at the publication date ("Kreml-Chef" -> Wladimir Putin), unless a
   person's name follows directly ("der russische Präsident Wladimir Putin");
2. gazetteer names, genitives, demonym adjectives and metonyms (a capital that acts stands
   for its government: "Moskau warnte" -> Russland; "in Moskau" stays the city);
3. a gazetteer match replaces the model entities it overlaps (its label and canonical are
   curated), except when it lies inside a longer model entity ("Universität Moskau");
   "link" entries only name an entity the model found;
4. in-document resolution: a surname or short name ("Putin", "Kim", "Kims") takes the full
   name that the document gives elsewhere (nearest preceding mention first), and further
   bare mentions of that surname become entities too;
5. an acronym defined in parentheses after a name names that entity throughout the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..attribution import lexicon as attr_lexicon
from ..morphology import analyze, tag_is, tag_startswith
from .gazetteer import Gazetteer

# HanTa tags of closed-class words: a "name" starting with one ("Ohne Panzer") is a model error.
_CLOSED = ("APPR", "ART", "KO", "ADV", "P", "VA", "VM", "VV", "PTK", "$")


@dataclass(slots=True)
class Span:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    canonical: str | None
    wikidata: str | None
    provenance: str
    kind: str  # model | name | adjective | metonym | role | short | surname


def _overlaps(a: Span, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def rule_spans(words: list[str], gaz: Gazetteer, published: str | None,
               dateline: frozenset[int] = frozenset()) -> tuple[list[Span], list[str]]:
    """Role and gazetteer matches as spans, with each one's mode (add | link)."""
    spans: list[Span] = []
    modes: list[str] = []
    lang = gaz.lang
    for start, end, role in gaz.match_roles(words, published):
        person = gaz.by_canonical.get(role.canonical)
        spans.append(Span(start, end, "PER", role.canonical, person.wikidata if person else None,
                          f"rule:{lang}/entities/roles.txt:{role.key}", "role"))
        modes.append("add")
    taken = {i for s in spans for i in range(s.start, s.end)}
    for start, end, entry in gaz.match_names(words):
        if any(i in taken for i in range(start, end)):
            continue
        canonical, wikidata = entry.canonical, entry.wikidata
        if entry.kind == "metonym":
            prev = words[start - 1].lower() if start else ""
            acting = entry.when == "always" or (prev not in gaz.locative and start not in dateline)
            if acting and entry.government:
                canonical, wikidata = entry.government, entry.government_wikidata
        spans.append(Span(start, end, entry.label, canonical, wikidata,
                          entry.provenance.format(lang=lang), entry.kind))
        modes.append(entry.mode)
    return spans, modes


def _keeps_longer(model: Span, rule: Span, words: list[str], sent_starts: frozenset[int],
                  lexicon: dict[str, str]) -> bool:
    """Whether a model entity strictly containing a gazetteer match is a longer name
    ("Staatliche Universität Moskau") rather than a model error: a genitive name glued to the
    noun it governs ("Putins Armee"), a name followed by common nouns ("Kim Jong-un Soldaten")
    or a sentence-initial word glued to a name ("Ohne Nordkorea")."""
    if rule.start == model.start and words[rule.end - 1].endswith("s") and rule.kind in ("name", "metonym"):
        return False
    if rule.start == model.start and rule.kind == "name" and all(
            common_noun(w, lexicon) for w in words[rule.end:model.end]):
        return False
    if rule.end == model.end and model.start in sent_starts and rule.start == model.start + 1:
        return False
    if model.label == rule.label == "PER" and rule.start == model.start and rule.kind == "name" \
            and _surname_alone(words[rule.start:rule.end], rule.canonical or ""):
        return False  # a known person's surname ends the name: "Putin Lauds" in a title-case headline ran on
    # a lower-case word before the name is its article, no part of a longer name: the English CNN spans "the
    # Russian Federation", "the European Union" would otherwise hide the gazetteer's country or union
    if rule.end == model.end and rule.start == model.start + 1 and words[model.start][:1].islower():
        return False
    return not _run_on(model, rule, words, lexicon)


def _surname_alone(matched: list[str], canonical: str) -> bool:
    """Whether a gazetteer person matched by one word is that person's surname (the one-word aliases of
    persons.txt are surnames: "Putin", "Lukashenko"), so that no word of the name follows it; not a family name
    written first ("Xi" of "Xi Jinping")."""
    parts = canonical.split()
    return len(matched) == 1 and len(parts) > 1 and matched[0] != parts[0]


def _run_on(model: Span, rule: Span, words: list[str], lexicon: dict[str, str]) -> bool:
    """Whether a model span holding a gazetteer name ran on over words around it rather than naming something
    longer (a CRF's BIO decoding does so more often than the CNN): lower-case words of the clause on either side
    ("Streit mit Macron", "Macron vor der Wahl"; but a particle before a capital inside the span, as in "Golf von
    Mexiko" or "Rat der Europäischen Union", belongs to the longer name), or common nouns before a country,
    organization or person. A capital may be part of a longer name ("Universität Moskau"): kept."""
    if rule.kind != "name" or not model.provenance.startswith(CRF_PROVENANCE):
        return False  # the CNN's longer spans are mostly names (WikiANN drops by 0.2 points with this rule)
    outside = [*range(model.start, rule.start), *range(rule.end, model.end)]
    if any(words[i][:1].islower() and not _in_name(words, i, model.end) for i in outside):
        return True
    return rule.end == model.end and rule.start > model.start and lexicon is not None and all(
        common_noun(w, lexicon) for w in words[model.start:rule.start])


def _in_name(words: list[str], i: int, end: int) -> bool:
    """Whether the lower-case word ``i`` of a span ending at ``end`` is a particle of a longer name: one of
    _NAME_PARTICLES with a capitalized word after it inside the span."""
    return words[i].lower() in _NAME_PARTICLES and any(w[:1].isupper() for w in words[i + 1:end])


CRF_PROVENANCE = "model:ner-de-crf"  # spans of the German CRF (entities/crf.py), whose run-on spans _run_on repairs
# Lower-case words inside names ("Golf von Mexiko", "Institut für Weltwirtschaft", "Bank of China", "Rat der
# Europäischen Union", "Agentur für Grundrechte und Gleichstellung in Skandinavien"): no run-on before a capital.
_NAME_PARTICLES = frozenset(("von", "van", "vom", "zu", "zur", "für", "de", "del", "della", "di", "da", "du", "la",
                             "le", "of", "for", "and", "the", "on", "der", "des", "dem", "und", "in"))


def merge(model: list[Span], rules: list[Span], modes: list[str], words: list[str],
          sent_starts: frozenset[int] = frozenset(), lexicon: dict[str, str] | None = None) -> list[Span]:
    """Model entities corrected and completed by rule matches.

    Spans are looked up by the tokens they cover (spans are a few tokens long), so the work grows
    with the number of spans, not with its square (a list of 1,000 names in one document)."""
    rules_at: dict[int, list[Span]] = {}
    for rule in rules:
        rules_at.setdefault(rule.start, []).append(rule)
    result: list[Span | None] = []
    cover: dict[int, list[int]] = {}  # token -> indices into result of the spans covering it

    def add(span: Span) -> None:
        for i in range(span.start, span.end):
            cover.setdefault(i, []).append(len(result))
        result.append(span)

    for m in model:  # two gazetteer names glued into one model span ("dass Pjöngjang Russland ...")
        inside = [r for i in range(m.start, m.end) for r in rules_at.get(i, ()) if r.end <= m.end]
        if len(inside) >= 2 and sum(r.end - r.start for r in inside) == m.end - m.start:
            continue
        add(m)
    for rule, mode in zip(rules, modes, strict=True):
        hit_ids = sorted({k for i in range(rule.start, rule.end) for k in cover.get(i, ()) if result[k] is not None})
        hit = [result[k] for k in hit_ids]
        if not hit:
            if mode == "add":
                add(rule)
            continue
        inside_longer = any(m.kind == "model" and m.start <= rule.start and rule.end <= m.end
                            and (m.end - m.start) > (rule.end - rule.start)
                            and _keeps_longer(m, rule, words, sent_starts, lexicon or {}) for m in hit)
        if inside_longer:
            continue
        for k in hit_ids:
            result[k] = None
        add(rule)
    kept = sorted((s for s in result if s is not None), key=lambda s: s.start)
    # a role right before a person's name is left to the name
    starts = {s.start: s for s in kept if s.label == "PER" and s.kind != "role"}
    return [s for s in kept if not (s.kind == "role" and s.end in starts)]


def common_noun(word: str, lexicon: dict[str, str]) -> bool:
    """A word HanTa knows only as a common noun (``lexicon``: the model's feature lexicon,
    "~lower-cased stem" -> ne | nn | nx), directly or through its lemma ("Gnaden" -> "Gnade")."""
    if not lexicon:
        return False
    if lexicon.get("~" + word.lower()) == "nn":
        return True
    if not tag_is(word, "NN"):
        return False  # the lemma's pass only for a noun (most words asked are names)
    lemma, tag = analyze(word)
    return tag == "NN" and lexicon.get("~" + lemma.lower()) == "nn"


# Linking elements between a compound's modifier and head ("Kanone-n-futter", "Arbeit-s-platz").
_LINKS = ("", "s", "n", "en", "es", "e", "er", "ns")


def compound_common_noun(word: str, lexicon: dict[str, str]) -> bool:
    """A noun compound the lexicon does not know as a whole but whose head (the longest known last part, four
    letters or more) HanTa knows only as a common noun, after a known modifier ("Kanonenfutter" = "Kanone" +
    "futter"). No name: the word is no name class of names.tsv, no place/country of features.tsv, no proper noun
    to HanTa (as a whole), and HanTa's guess for it is a common noun. Compound surnames keep their names: their
    head is mostly a name too ("Zimmermann", "Buschmann": "Mann"; "Hofreiter": "Reiter"), or the whole is known
    ("Schumacher")."""
    if not lexicon or not word.isalpha() or not word[:1].isupper() or word[1:].lower() != word[1:]:
        return False
    low = word.lower()
    if lexicon.get("^" + word) or lexicon.get(word) or lexicon.get("~" + low):
        return False
    for i in range(3, len(low) - 3):
        head = lexicon.get("~" + low[i:])
        if head is None:
            continue
        if head != "nn":
            return False
        modifier = low[:i]
        if not any(modifier.endswith(link) and lexicon.get("~" + modifier[:len(modifier) - len(link)]) in ("nn", "nx")
                   for link in _LINKS if len(modifier) - len(link) >= 3):
            return False
        return tag_is(word, "NN")
    return False


def name_like(words: list[str], lexicon: dict[str, str]) -> bool:
    """Whether a model's multi-word person name can lend its surname to other mentions: two or
    three capitalized words, the last no acronym ("Victor FB") and no common noun ("Ohne Panzer")."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or words[-1].isupper():
        return False
    if not lexicon:
        return True
    return not common_noun(words[-1], lexicon) and not tag_startswith(words[0], _CLOSED)


_ADJECTIVE = re.compile(r"^[a-zäöüß-]+(?:isch|sch)(?:e|er|en|em|es)?$")  # "russischen", "deutsche"


def trim_model_spans(words: list[str], spans: list[Span], lexicon: dict[str, str],
                     known: frozenset[str] = frozenset()) -> list[Span]:
    """Repair model spans around names (model errors seen on news text):
    - a place/organization/person name does not start with a demonym-like adjective
      ("russischen Provinz Kursk" -> "Provinz Kursk"; the adjective is matched by the gazetteer);
    - a person's name does not end in a lower-case word ("Kim offensiv" -> "Kim"), nor in a common
      noun after a genitive ("Kims Gnaden", "Putins Armee" -> "Kims", "Putins"); a first name
      ending in -s ("Klaus Breitschopf") is no genitive. After the genitive of a ``known`` person
      name ("Kims") HanTa's guess of a noun suffices ("Kims Generosität")."""
    kept = []
    for s in spans:
        kept.append(s)
        if s.kind != "model" or s.label not in ("PER", "ORG", "LOC"):
            continue
        if s.end - s.start > 1 and _ADJECTIVE.match(words[s.start]):
            while s.end - s.start > 1 and _ADJECTIVE.match(words[s.start]):
                s.start += 1
            if s.end - s.start == 1 and common_noun(words[s.start], lexicon):
                kept.pop()  # "deutsche Meisterschaft": no name left
                continue
        if s.label != "PER":
            continue
        while s.end - s.start > 1 and words[s.end - 1][:1].islower():
            s.end -= 1
        while s.end - s.start > 1 and (_genitive_noun(words[s.end - 2], words[s.end - 1], lexicon) or (
                words[s.end - 2][:-1] in known and words[s.end - 2].endswith("s")
                and tag_is(words[s.end - 1], "NN"))):
            s.end -= 1
    return kept


# Standalone marks no name holds as a word of its own (a CRF's BIO decoding runs names across them: "Falkow .",
# "Altenbrück ( Oberhain"): quotation marks, and brackets that do not close inside the span (Wikipedia's
# "Münster ( Westfalen )" is one name); commas, colons and "!" occur inside titles ("Star Trek : Voyager", "Yahoo !").
_QUOTES = frozenset(('"', "„", "“", "”", "«", "»", "‚", "‘"))
_BRACKETS = {"(": ")", "[": "]"}
# A span that ends in a clause's punctuation ran on ("Tusk :" before a quote, "Verbündeter ?"); a title of any label
# that ends in one keeps its name without it ("Wer wird Millionär ?" -> "Wer wird Millionär"). A standalone dash
# joins two phrases ("Hafenstreik – Rotterdam"), not the words of one name.
_FINAL = frozenset((":", ",", ";", "?"))
_DASHES = frozenset(("–", "—"))


def _breaks(words: list[str], start: int, end: int) -> set[int]:
    """Token indices in words[start:end] where a model span is cut (see _QUOTES, _BRACKETS); a span-final "."
    after a word of more than three letters ends a sentence ("Falkow ."; "St ." and "Gregor XII ." keep theirs)."""
    cut = {i for i in range(start, end) if words[i] in _QUOTES}
    opened: list[int] = []
    for i in range(start, end):
        if words[i] in _BRACKETS:
            opened.append(i)
        elif words[i] in (")", "]"):
            if opened and _BRACKETS[words[opened[-1]]] == words[i]:
                opened.pop()
            else:
                cut.add(i)
    cut.update(opened)
    if end - start > 1 and words[end - 1] == "." and len(words[end - 2]) > 3:
        cut.add(end - 1)
    if end - start > 1 and words[end - 1] in _FINAL:
        cut.add(end - 1)
    cut.update(i for i in range(start, end) if words[i] in _DASHES)
    return cut


def split_model_spans(words: list[str], spans: list[Span], lexicon: dict[str, str]) -> list[Span]:
    """Repair model spans of the kinds a linear-chain CRF gets wrong more often than the CNN (model card,
    experiment 13; GermEval held-out and WikiANN errors):
    - a span is cut at quotation marks, unclosed brackets, standalone dashes, a sentence's final stop and a final
      colon, comma or question mark (_breaks); each piece that starts with a capitalized word is kept, with the
      span's label ("Altenbrück ( Oberhain" -> "Altenbrück", "Oberhain"; "Quentin Falkow ." -> "Quentin Falkow");
    - a capitalized preposition, adverb or conjunction first in a span is no part of the name ("Trotz Tusk");
    - a single title is no person ("Marine-Sprecherin" before the name; attribution/roles.txt);
    - a single word that HanTa knows only as a common noun is no name ("Rathaus", "Kameras"); the gazetteer
      still adds the curated ones that are ("Zeit" as an outlet is matched with its article);
    - a single word a person is no noun compound whose head HanTa knows only as a common noun
      (compound_common_noun: "als Kanonenfutter"), unless the document names a person with it as last word;
      not for places and organizations ("Kremlmauer", "Staatssenat" are WikiANN names);
    - a single first name (the name class F of names.tsv) that is no place of features.tsv is a person, whatever
      label the model gave it ("Bruder Egon")."""
    out: list[Span] = []
    # the last words of the document's multi-word person names: a surname named alone elsewhere stays a person
    surnames = {words[s.end - 1] for s in spans if s.label == "PER" and s.end - s.start > 1}
    for span in spans:
        if span.kind != "model":
            out.append(span)
            continue
        pieces = []
        start = span.start
        cut = _breaks(words, span.start, span.end)
        for i in range(span.start, span.end + 1):
            if i == span.end or i in cut:
                if i > start:
                    pieces.append((start, i))
                start = i + 1
        if len(pieces) != 1 or pieces[0] != (span.start, span.end):
            pieces = [(a, b) for a, b in pieces if words[a][:1].isupper()]
        for a, b in pieces:
            if b - a > 1 and span.label != "MISC" and words[a + 1][:1].isupper() and _function_word(words[a], lexicon):
                a += 1  # "Trotz Tusk", "Nahe Bremen": a capitalized function word glued to a name
            piece = span if (a, b) == (span.start, span.end) else Span(
                a, b, span.label, span.canonical, span.wikidata, span.provenance, span.kind)
            if b - a == 1:
                word = words[a]
                if not lexicon.get(word) and common_noun(word, lexicon):
                    continue
                if piece.label == "PER" and word not in surnames and compound_common_noun(word, lexicon):
                    continue  # "Truppen als Kanonenfutter": a compound common noun is no person
                if piece.label == "PER" and not lexicon.get("^" + word) and _title(word):
                    continue  # "erklärte Marine-Sprecherin Ada Berg": the title alone is no person
                if piece.label in ("LOC", "ORG") and lexicon.get("^" + word) == "F" and not lexicon.get(word):
                    piece.label = "PER"
            out.append(piece)
    return out


# HanTa tags of words that start no name when capitalized at a sentence's start (articles can: "Die Linke").
_FUNCTION = ("APPR", "ADV", "KO", "PTK", "PROAV", "PAV", "VA", "VM", "VV")


def _function_word(word: str, lexicon: dict[str, str]) -> bool:
    """A capitalized preposition, adverb, conjunction or verb that HanTa knows as such and no lexicon knows as a
    name ("Laut", "Im", "Dennoch"; not the first name "Will")."""
    if not word[:1].isupper() or lexicon.get("^" + word) in ("F", "P") or lexicon.get(word):
        return False
    return lexicon.get("~" + word.lower()) not in ("ne", "nx") and tag_startswith(word, _FUNCTION)


def _title(word: str) -> bool:
    """A role noun of attribution/roles.txt, also as a compound's tail ("Marine-Sprecherin", "Außenminister")."""
    return attr_lexicon.load("de").is_title(word)


def _genitive_noun(prev: str, word: str, lexicon: dict[str, str]) -> bool:
    if not lexicon or not prev.endswith("s") or lexicon.get("^" + prev) == "F":
        return False
    return common_noun(word, lexicon)


def _strip_genitive(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _genitive_name(words: list[str], s: Span, lexicon: dict[str, str], lang: str, bare_words: set[str]) -> bool:
    """Whether the final -s of a German full name ``s`` is its genitive ending, not part of the surname: a common
    noun follows ("Wolfgang Schäubles Haushalt"), or the document writes the surname without it elsewhere ("die
    Politik Angela Merkels ... Merkel sagte"). "Andreas Ehlers kritisierte", "mit Klaus Mertens" keep the -s, and
    so does a name after a noun, which is as often its title ("Verteidigungsminister Nikos Kardamis") as the noun
    it is the genitive of; English marks its genitive with "'s", a token of its own: an English name keeps it."""
    last = words[s.end - 1]
    if lang != "de" or not last.endswith("s") or len(last) <= 3:
        return False
    if _strip_genitive(last) in bare_words:
        return True
    return s.end < len(words) and _capitalized_noun(words[s.end], lexicon)


def _capitalized_noun(word: str, lexicon: dict[str, str]) -> bool:
    """A capitalized common noun, not a name ("Haushalt", "Politik"; not "über", whose lower-cased stem the
    lexicon also knows as a noun, nor "Klaus")."""
    return word[:1].isupper() and lexicon.get("~" + word.lower()) != "ne" and (
        common_noun(word, lexicon) or tag_is(word, "NN"))


def resolve_persons(words: list[str], spans: list[Span], gaz: Gazetteer,
                    lexicon: dict[str, str] | None = None, relabel: bool = False) -> list[Span]:
    """Give short person mentions the full name used elsewhere in the document (``relabel``: also one-word model
    spans of another label, see below)."""
    full: list[tuple[int, str]] = []  # (token index, canonical) of full-name mentions
    bare_words: set[str] | None = None  # the document's words, for a surname written without its -s
    for s in spans:
        if s.label != "PER":
            continue
        if s.canonical is None and s.end - s.start >= 2:
            if not name_like(words[s.start:s.end], lexicon or {}):
                continue
            if bare_words is None:
                bare_words = set(words)
            last = words[s.end - 1]
            last = _strip_genitive(last) if _genitive_name(words, s, lexicon or {}, gaz.lang, bare_words) else last
            s.canonical = " ".join([*words[s.start:s.end - 1], last])
        if s.canonical and (s.kind in ("name", "role") or " " in s.canonical):
            full.append((s.start, s.canonical))
    present = {c for _, c in full}
    surnames: dict[str, set[str]] = {}
    for _, canonical in full:
        surnames.setdefault(canonical.split()[-1], set()).add(canonical)
    for short, entries in gaz.short.items():
        for entry in entries:
            if entry.canonical in present and not short.endswith("s"):
                surnames.setdefault(short, set()).add(entry.canonical)

    def pick(word: str, at: int) -> str | None:
        options = surnames.get(word) or surnames.get(_strip_genitive(word))
        if not options:
            return None
        if len(options) == 1:
            return next(iter(options))
        before = [(i, c) for i, c in full if c in options and i < at]
        after = [(i, c) for i, c in full if c in options and i >= at]
        return before[-1][1] if before else after[0][1] if after else None

    for s in spans:
        # a one-word model span of another label is a person too when it is the surname of a full name the
        # document gives ("doch Kim ..." tagged as a place after a list of capitals)
        if s.end - s.start == 1 and ((s.label == "PER" and (s.canonical is None or s.kind == "model"))
                                     or (relabel and s.kind == "model" and s.canonical is None)):
            found = pick(words[s.start], s.start)
            if found:
                s.label = "PER"
                s.canonical = found
                entry = gaz.by_canonical.get(found)
                s.wikidata = s.wikidata or (entry.wikidata if entry else None)
    if not surnames:  # no full name in the document: no bare mention to add (the loop below sees every word)
        return sorted(spans, key=lambda s: s.start)
    covered = {i for s in spans for i in range(s.start, s.end)}
    lang = gaz.lang
    added = []
    for i, word in enumerate(words):
        if i in covered or not word[:1].isupper():
            continue
        found = pick(word, i)
        if found:
            entry = gaz.by_canonical.get(found)
            source = "persons.txt" if entry else "in-document"
            added.append(Span(i, i + 1, "PER", found, entry.wikidata if entry else None,
                              f"rule:{lang}/entities/{source}:{found}", "surname"))
    return sorted(spans + added, key=lambda s: s.start)


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 8 and word[:1].isupper() and sum(ch.isupper() for ch in word) >= 2 \
        and word.replace("-", "").isalnum()


def acronyms(words: list[str], spans: list[Span], lang: str) -> list[Span]:
    """An acronym defined in the document ("Internationale Atomenergiebehörde (IAEA)") names the
    long form's entity everywhere in the document; bare mentions the model missed are added."""
    defined: dict[str, Span] = {}
    for s in spans:
        if (s.end - s.start > 1 and s.end + 2 < len(words) and words[s.end] == "("
                and words[s.end + 2] == ")" and _is_acronym(words[s.end + 1])):
            defined.setdefault(words[s.end + 1], s)
    if not defined:
        return spans
    for long in defined.values():
        if long.canonical is None:
            long.canonical = " ".join(words[long.start:long.end])
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for s in spans:
        long = defined.get(words[s.start]) if s.end - s.start == 1 and s.kind == "model" else None
        if long is not None:
            s.canonical, s.wikidata, s.label = long.canonical, long.wikidata, long.label
    for i, word in enumerate(words):
        long = defined.get(word)
        if long is not None and i not in covered:
            out.append(Span(i, i + 1, long.label, long.canonical, long.wikidata,
                            f"rule:{lang}/entities/in-document:{long.canonical}", "acronym"))
    return sorted(out, key=lambda s: s.start)


def glue_hyphens(words: list[str], spaces: list[bool], spans: list[Span]) -> None:
    """Spans end where a word does: English tokens split "Yong-hyun" into "Yong", "-", "hyun", and a span that
    stops at the hyphen ("Kim Yong -") or before it ("Kim Yong") takes the rest of the word ("Kim Yong-hyun")."""
    starts = {s.start for s in spans}

    def glued(i: int) -> bool:  # word i is joined to word i + 1 without a space
        return i + 1 < len(words) and not spaces[i]

    for s in spans:
        end = s.end
        if words[end - 1] == "-" and glued(end - 1) and words[end][:1].isalpha():
            end += 1
        elif glued(end - 1) and end + 1 < len(words) and words[end] == "-" and glued(end) \
                and words[end + 1][:1].isalpha():
            end += 2
        if end != s.end and not any(i in starts for i in range(s.end, end)):
            s.end = end


def finish(words: list[str], spans: list[Span]) -> None:
    """Canonical names for the rest: the text, a genitive -s dropped when the bare form is an entity too."""
    texts = {" ".join(words[s.start:s.end]) for s in spans}
    for s in spans:
        if s.canonical:
            continue
        text = " ".join(words[s.start:s.end])
        bare = _strip_genitive(text)
        s.canonical = bare if bare != text and bare in texts else text
