"""Source noun phrases ("Pentagon-Sprecher Pat Ryder", "der südkoreanische Geheimdienst") and canonical names."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Attribution, Doc
from ..spans import entity_index, ents_between, ents_starting, last_full_name
from .words import Sent

_PRE_CLOSE = "“”\"«»'"


@dataclass(slots=True)
class Phrase:
    a: int  # first word (index into the sentence)
    b: int  # after the last word
    head_end: int  # after the last word of the head part (before a genitive, apposition or brackets)


def noun_phrase(sent: Sent, k: int, limit: int | None = None) -> Phrase | None:
    """The source noun phrase starting at word ``k``: article, adjectives, nouns/names, genitives, appositions."""
    n = len(sent) if limit is None else min(limit, len(sent))
    lex = sent.lex
    if k >= n:
        return None
    low = sent.low[k]
    if low in lex.pronouns and sent.tag(k).startswith("PPER"):
        return Phrase(k, k + 1, k + 1)
    j = _core(sent, k, n)
    if j is None:
        return None
    head_end = j
    # genitive or "von" attachments: "des Fachmagazins Global Firepower", "der Zeit", "von Airbus"
    while j < n and (sent.low[j] in ("des", "der", "von") or (sent.low[j] == "von" and j + 1 < n)):
        nxt = j + 1
        if sent.low[j] == "von" and nxt < n and sent.low[nxt] in ("der", "dem", "den"):
            nxt += 1
        end = _core(sent, nxt, n, allow_det=sent.low[j] == "von", quantifier=False)
        if end is None:
            break
        if sent.low[j] == "von" and end < n and sent.tag(end) == "VVPP":
            break  # the agent of a passive: "wird laut einem Bericht von Kuba geliefert" (Kuba delivers)
        j = end
    # brackets after a name: "die New York Times (NYT)", "Kristina Schröder (CDU)", "(National Environment ..., NEMA)"
    if j + 2 < n and sent.words[j] == "(" and sent.cap(j + 1):
        close = next((m for m in range(j + 2, min(n, j + 12)) if sent.words[m] == ")"), None)
        if close is not None:
            j = close + 1
    # apposition with a name after a role: "Die Nahost-Korrespondentin der Zeitung, Anna Berger, schrieb"
    if j + 2 < n and sent.words[j] == "," and _has_role(sent, k, j) and sent.tag(j + 1) == "NE":
        end = _names(sent, j + 1, n)
        if end >= n or sent.words[end] in (",", ".", "!", "?", ":"):
            j = end
    return Phrase(k, j, head_end)


def trim_punctuation(sent: Sent, phrase: Phrase) -> Phrase:
    """The phrase without a closing period or comma it took in at the end of a sentence ("analysts.")."""
    b = phrase.b
    while b - 1 > phrase.a and sent.words[b - 1] in (".", ",", ";", ":", "!", "?"):
        b -= 1
    return phrase if b == phrase.b else Phrase(phrase.a, b, min(phrase.head_end, b))


def _has_role(sent: Sent, a: int, b: int) -> bool:
    return any(sent.lex.role_of(_base(sent.words[m])) in ("role", "outlet") for m in range(a, b))


def _core(sent: Sent, k: int, n: int, allow_det: bool = True, quantifier: bool = True) -> int | None:
    """After the last word of article + adjectives + nouns/names starting at ``k`` (None when no noun); a
    quantifier may stand before the noun unless ``quantifier`` is False (an attachment: "spricht X von weniger
    Fällen" is no source "X von weniger Fällen")."""
    lex = sent.lex
    j = k
    if j < n and sent.low[j] in lex.fw("det") and allow_det:
        if sent.tag(j) in ("ART", "PPOSAT", "PDAT", "PIAT", "PIDAT") or not sent.cap(j) or j == 0:
            j += 1
    nouns = 0
    while j < n:
        word = sent.words[j]
        if not sent.cap(j) and lex.lang == "en" and sent.low[j] not in lex.fw("joiner") and (
                lex.role_of(word) or (j > k and nouns == 0 and sent.low[j - 1] in lex.fw("det") and sent.tag(j) == "X")
                or (nouns and sent.tag(j) == "X" and (j + 1 >= n or sent.words[j + 1] in ",.;:"))):
            nouns += 1  # English nouns are lower case: "the ministry", "spokesman"
            j += 1
            continue
        if not sent.cap(j) and any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word) or (
                not sent.cap(j) and "-" in word.strip("-") and (j > k and sent.low[j - 1] in lex.fw("det")
                                                                or j + 1 >= n or sent.words[j + 1] in ".,:;")):
            nouns += 1  # lower-case names: "n24", "des Fernsehsenders n-tv"
            j += 1
            continue
        if word in "„»«\"" and nouns == 0 and j + 1 < n and sent.cap(j + 1):
            closing = "»" if word == "«" else "“«\""  # the Swiss and French order too: "die «Financial Times»"
            close = next((m for m in range(j + 1, min(n, j + 8)) if sent.words[m] in closing), None)
            if close is not None:  # a quoted name: "laut „BBC News“", "die „Automobilwoche“"
                nouns += 1
                j = close + 1
                continue
        if sent.cap(j) and j == 0 and nouns == 0 and sent.tag(j) == "ADJA" and j + 1 < n and (
                sent.cap(j + 1) or sent.tag(j + 1) == "ADJA"):
            j += 1  # a capitalized adjective opening the sentence: "Anwesende Reporter"
            continue
        if not sent.cap(j):
            # adjectives, numbers and quantifiers before the noun: "die beiden Forscher", "viele Einwohner" (not
            # a negative or demonstrative one: "keine Almosen", "eine solche Vita" name no one)
            if nouns == 0 and (sent.tag(j) in ("ADJA", "CARD") or quantifier and sent.tag(j) in ("PIAT", "PIDAT")
                               and sent.low[j] not in lex.fw("nameless")) or (nouns == 0 and word[:1].isdigit()):
                j += 1
                continue
            # coordinated adjectives before the noun: "laut polnischen und litauischen Behörden"; not the last of
            # an enumeration whose first members stand before a comma ("Mit chemischen, physikalischen und
            # statistischen Verfahren belegten X": the phrase starts at none of them)
            if nouns == 0 and j > k and sent.low[j] in ("und", "oder") and sent.tag(j - 1) == "ADJA" \
                    and j + 1 < n and not sent.cap(j + 1) and sent.tag(j + 1) == "ADJA" \
                    and (k == 0 or sent.words[k - 1] != ","):
                j += 1
                continue
            # lower-case joiners inside names: "Institute for the Study of War", "Carla Freeman und Naiyu Kuo"
            if nouns and sent.low[j] in lex.fw("joiner") and j + 2 < n and sent.low[j + 1] in lex.fw("joiner") \
                    and sent.low[j] not in ("und", "and", "von") and sent.is_name_like(j + 2):
                j += 2  # "Institute for the Study of War"
                continue
            if nouns and sent.low[j] in lex.fw("joiner") and j + 1 < n and sent.is_name_like(j + 1):
                if sent.low[j] in ("und", "and") and sent.tag(j + 1) not in ("NE",) and sent.tag(j - 1) != "NE":
                    break
                if sent.low[j] in ("von", "der") and sent.tag(j + 1) != "NE":
                    break
                if sent.low[j] == "von" and j + 2 < n and sent.tag(j + 2) == "VVPP":
                    break  # the agent of a passive: "wird laut einem Bericht von Kuba geliefert"
                j += 1
                continue
            break
        if j > k and sent.words[j - 1] in _PRE_CLOSE and nouns:
            break
        if not sent.is_name_like(j):
            break
        if word.endswith("-") and j + 2 < n and sent.low[j + 1] in ("und", "oder") and sent.cap(j + 2):
            nouns += 1  # a truncated first conjunct: "Kongress- und Verteidigungskreise"
            j += 2
            continue
        if nouns and _entity_boundary(sent, j):
            break  # two names in a row that are two entities: "hatte Putin Südkorea ... gedroht"
        if nouns and lex.lang == "de" and word[-2:] in _ADJECTIVAL and sent.tag(j) == "NN" and _adjectival(word):
            break  # a nominalized adjective after a noun is an object: "ukrainische Informationen Ähnliches"
        nouns += 1
        j += 1
    return j if nouns else None


def _entity_boundary(sent: Sent, j: int) -> bool:
    """Word ``j`` starts an entity and the word before it ends another one."""
    index = entity_index(sent.doc)  # asked per word: set look-ups, not scans of the entities
    return sent.start(j) in index.start_set and sent.end(j - 1) in index.end_set


def _adjectival(word: str) -> bool:
    from .words import analyze_de

    return word[-2:] in _ADJECTIVAL and analyze_de(word.lower())[1].startswith("ADJ")


_ADJECTIVAL = ("es", "em")  # the endings _adjectival reads (asked before the word is tagged: the tagger's cost)


def _names(sent: Sent, k: int, n: int) -> int:
    j = k
    while j < n and sent.is_name_like(j):
        j += 1
    return j


def prefield_phrase(sent: Sent, a: int, b: int) -> Phrase | None:
    """Words [a, b) as one subject phrase: a noun phrase with attachments and appositions and no verb outside a
    relative clause ("Die ARD-Korrespondentin in Buenos Aires, Lena Vogt,")."""
    lex = sent.lex
    if lex.lang != "de":
        return None  # needs verb tags, which only the German tagger gives
    head = noun_phrase(sent, a, limit=b)
    if head is None or b - a > 25 or sent.tag(a) in ("PPER", "PDS", "PIS"):
        return None
    depth_rel = False
    for m in range(a, b):
        if sent.words[m] == ",":
            depth_rel = m + 1 < b and sent.low[m + 1] in lex.fw("rel") and not sent.cap(m + 1)
            continue
        if not depth_rel and not sent.cap(m) and sent.tag(m)[:2] in ("VV", "VA", "VM") and sent.tag(m) != "VVPP":
            return None
        if not depth_rel and m >= head.b and not sent.cap(m) and (
                sent.tag(m) in ("ADV", "ADJD", "PTKNEG", "PTKVZ", "PTKZU", "PTKA", "PWAV", "PROAV")
                or sent.low[m] in ("zu", "selbst", "aber", "auch", "nur")):
            return None  # adverbs and particles belong to the clause, not to the subject
        if not depth_rel and sent.low[m] in lex.fw("sub") | lex.fw("complement") and m > a:
            return None
    end = b
    while end > a and sent.words[end - 1] in ",":
        end -= 1
    return Phrase(a, end, head.head_end)


def noun_phrase_ending(sent: Sent, end: int, start: int) -> Phrase | None:
    """The longest noun phrase that ends just before word ``end`` and starts at or after ``start``."""
    for a in range(start, end):
        phrase = noun_phrase(sent, a, limit=end)
        if phrase is not None and phrase.b == end:
            return phrase
    return None


def _base(word: str) -> str:
    return word.rstrip(",")


def canonical(sent: Sent, phrase: Phrase, doc: Doc, previous: list[Attribution], dative: bool = False) -> tuple[str, str]:
    """(canonical short name, rule) of a source noun phrase.

    Roles and titles are stripped ("Pentagon-Sprecher Pat Ryder" -> Pat Ryder), a document noun hands over to its
    genitive ("Angaben des Pentagon" -> Pentagon), pronouns and bare roles ("das Magazin") resolve to the last
    fitting source, and a phrase without a name keeps its words without the article.
    """
    lex = sent.lex
    words = sent.words
    a, b = phrase.a, phrase.b
    if b - a == 1 and sent.low[a] in lex.pronouns:
        return resolve_pronoun(sent.low[a], previous), "pronoun"
    # apposition with a name wins: "der Japan-Korrespondent der Post, Martin Kessler"
    if "," in words[a:b]:
        # the part that is a bare name: "Dolkun Isa, der Sekretär ...", "der Korrespondent der Post, Martin Kessler"
        cuts = [a - 1] + [m for m in range(a, b) if words[m] == ","] + [b]
        parts = [(x + 1, y) for x, y in zip(cuts, cuts[1:], strict=False) if y > x + 1]
        for x, y in parts:
            if all(sent.cap(m) and sent.tag(m) in ("NE", "NN", "FM") for m in range(x, y)) and \
                    any(sent.tag(m) == "NE" for m in range(x, y)) and not any(lex.role_of(words[m]) for m in range(x, y)):
                return _named(doc, sent, x, y, "apposition")
        first = parts[0]
        return canonical(sent, Phrase(first[0], first[1], min(phrase.head_end, first[1])), doc, previous, dative)
    # a hyphenated document noun names its originator first: "nach STANDARD-Infos" -> STANDARD
    if lex.lang == "de" and b - a == 1 and "-" in words[a].strip("-") and lex.roles.get(words[a].rsplit("-", 1)[1]) == "document":
        return words[a].rsplit("-", 1)[0], "document-compound"
    # a document noun hands over to its genitive: "Angaben des Pentagon", "Ranking des Fachmagazins X"
    head = [m for m in range(a, phrase.head_end) if sent.cap(m)]
    if head and lex.role_of(words[head[-1]]) == "document" and phrase.head_end < b:
        sub = noun_phrase(sent, phrase.head_end + (1 if sent.low[phrase.head_end] == "von" else 0), limit=b)
        if sub is not None:
            return canonical(sent, sub, doc, previous, dative)
    end = phrase.head_end
    # brackets stay out of the name
    names = [m for m in range(a, end) if (sent.cap(m) or lex.role_of(words[m])) and words[m] not in "()"
             and sent.low[m] not in lex.fw("det")]
    roles = [m for m in names if lex.role_of(_genitive_base(words[m])) in ("role", "outlet")]
    if roles:
        last = roles[-1]
        after = [m for m in names if m > last and sent.cap(m)]
        if after:
            return _named(doc, sent, after[0], after[-1] + 1, "role-stripped")
        before = [m for m in names if m < last and m > (roles[-2] if len(roles) > 1 else a - 1)]
        if lex.role_of(_genitive_base(words[last])) == "outlet" and before and all(sent.tag(m) != "NN" or m == before[-1] for m in before) and sent.tag(before[0]) != "NN":
            return _named(doc, sent, before[0], before[-1] + 1, "role-stripped")
        # roles coordinated before the name: "Landesbank-Chef und Aufsichtsrat Konrad Weilheimer" -> Konrad Weilheimer
        person = _coordinated_person(sent, phrase, last)
        if person:
            return person, "role-coordinated"
        # a bare role: the last source that had it ("das Magazin" -> Military Watch), else a named entity
        found = _earlier_with_role(words[last], previous, lex)
        if found:
            return found, "role-anaphor"
        # the person the document names with this very role, before or after ("Der OeNB-Gouverneur warnt" in a
        # headline, "OeNB-Gouverneur Ewald Nowotny" in the lead; "sagte der EZB-Rat" later)
        if lex.lang == "de" and phrase.head_end == b and last == end - 1 and _singular_role(sent, a, last):
            person = _person_with_role(doc, sent, words[last])
            if person:
                return person, "role-holder"
        # a bare singular role ("der Gewerkschaftschef", "die Ministerin"): the person the document named before
        if lex.lang == "de" and lex.role_of(words[last]) == "role" and phrase.head_end == b and last == end - 1 \
                and _singular_role(sent, a, last) and not _person_in(doc, sent.start(a), sent.end(b - 1)):
            person = _last_person(doc, sent, previous)
            if person:
                return person, "role-person"
        ent = _entity(doc, sent.start(a), sent.end(b - 1))
        if ent:
            return ent, "entity"
        if phrase.head_end < b:  # "ein Sprecher des Pentagon" -> Pentagon
            sub = noun_phrase(sent, phrase.head_end + (1 if sent.low[phrase.head_end] == "von" else 0), limit=b)
            if sub is not None and not any(lex.role_of(words[m]) in ("role", "outlet") for m in range(sub.a, sub.b) if sent.cap(m)):
                return canonical(sent, sub, doc, previous, dative)
    if all(sent.cap(m) and sent.tag(m) == "NE" for m in range(a, end)):
        word = words[end - 1]
        if end - a == 1 and a > 0 and lex.is_document(words[a - 1]) and word.endswith("s") \
                and sent.lemma(a) == word[:-1]:
            return word[:-1], "genitive"  # "nach Angaben Kiews" -> Kiew
        return _named(doc, sent, a, end, "phrase")  # a bare name: "Gressel", "Martin"
    if lex.lang == "de" and end > a and sent.cap(end - 1):
        # a title the lexicon does not know, used by the document as a role ("EZB-Rat Ewald Nowotny")
        person = _coordinated_person(sent, phrase, end - 1)
        if person:
            return person, "role-coordinated"
        if phrase.head_end == b and _singular_role(sent, a, end - 1):
            person = _person_with_role(doc, sent, words[end - 1])
            if person:
                return person, "role-holder"
    return _strip_det(sent, a, end, dative=dative), "phrase"


def _named(doc: Doc, sent: Sent, a: int, b: int, rule: str) -> tuple[str, str]:
    """The name in words [a, b), or the canonical name of the entity that covers it ("Rutte" -> Mark Rutte)."""
    # only a person named exactly by the span: organisation entities may keep role nouns ("... Magazine")
    canonical_name = entity_index(doc).persons.get((sent.start(a), sent.end(b - 1)))
    if canonical_name:
        return canonical_name, f"{rule}-entity"
    return sent.text(a, b), rule


def _genitive_base(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _strip_det(sent: Sent, a: int, b: int, dative: bool = False) -> str:
    lex = sent.lex
    det = None
    if a + 1 < b and sent.low[a] in lex.fw("det"):
        det = sent.low[a]
        a += 1
    if a >= b:
        return sent.text(a - 1, b)
    parts = []
    for m in range(a, b):
        word = sent.words[m]
        if not sent.cap(m) and sent.tag(m) == "ADJA":
            if det in ("der", "ein") and word.endswith("e") and sent.lex.lang == "de":
                word += "r"  # "der südkoreanische Geheimdienst" -> "südkoreanischer Geheimdienst"
            elif det == "das" and word.endswith("e") and sent.lex.lang == "de":
                word += "s"  # "das isländische Ministerium" -> "isländisches Ministerium"
            elif (dative or det in ("des", "dem", "den")) and word.endswith("en") and sent.lex.lang == "de":
                word = word[:-1]  # "zahlreichen Berichten" -> "zahlreiche Berichte"
        elif sent.cap(m) and sent.lex.lang == "de" and m == b - 1 and sent.tag(m) == "NN":
            # the lemma (HanTa's costlier pass) only where an ending may be cut below
            genitive = det in lex.fw("genitive") and word.endswith("s")
            lemma = sent.lemma(m) if dative and word.endswith("en") or genitive else word
            if dative and word.endswith("en") and word[:-1] == lemma + "e" \
                    and not lemma.lower().endswith(tuple(lex.fw("plural-en"))):  # "Schätzungen": no dative "n"
                word = word[:-1]  # dative plural "Berichten" -> "Berichte"
            elif genitive and word != lemma and word.lower().startswith(lemma.lower()) \
                    and word[len(lemma):] in ("s", "es"):
                # genitive "des Kremls" -> "Kreml", "eines US-Beraters" -> "US-Berater" (the word's own letter
                # case: the lemma of a hyphenated compound is lower-cased after its first letter)
                word = word[:len(lemma)]
        elif sent.cap(m) and (det == "des" or (det is None and a > 0 and lex.is_document(sent.words[a - 1]))) \
                and m == b - 1 and word.endswith("s") and sent.tag(m) == "NE":  # "Angaben Kiews" -> Kiew
            lemma = sent.lemma(m)
            if word == lemma + "s":
                word = lemma
        parts.append(word)
    text = sent.text(a, b)
    joined = " ".join(parts)
    return joined if joined.replace(" ", "") != text.replace(" ", "") else text


def _earlier_with_role(word: str, previous: list[Attribution], lex) -> str | None:
    """The source most often cited with this role noun before ("das Magazin" -> Military Watch); ties: the latest."""
    key = _genitive_base(word).lower()
    counts: dict[str, int] = {}
    for attr in previous:
        if not attr.source_text or not attr.source or attr.source.lower() == key:
            continue
        if any(_genitive_base(w.strip(",")).lower() == key for w in attr.source_text.split()):
            counts[attr.source] = counts.get(attr.source, 0) + 1
    if not counts:
        return None
    for attr in previous:  # every citation of a candidate counts, with or without the role noun
        if attr.source in counts:
            counts[attr.source] += 1
    order = {attr.source: n for n, attr in enumerate(previous)}
    return max(counts, key=lambda src: (counts[src], order.get(src, -1)))


def _singular_role(sent: Sent, a: int, last: int) -> bool:
    """[der|die] [adjectives] role, the role singular: "der OeNB-Gouverneur", "die Ministerin" (not "die Experten")."""
    det = sent.low[a] if a < last else None
    if det not in ("der", "die") or any(sent.tag(m) != "ADJA" for m in range(a + 1, last)):
        return False
    word = sent.words[last]
    if det == "die":
        return word.endswith("in")  # "die Ministerin"; "die Minister" is a plural
    return not word.endswith(("en", "innen"))


def _last_person(doc: Doc, sent: Sent, previous: list[Attribution]) -> str | None:
    """The person the document named last before this sentence: a speaker first, else any person entity."""
    persons = entity_index(doc).person_names
    for attr in reversed(previous):
        if attr.source in persons and attr.sentence < sent.i:
            return attr.source
    named = last_full_name(doc, sent.start(0))
    return named.canonical if named else None


def _coordinated_person(sent: Sent, phrase: Phrase, last: int) -> str | None:
    """The person named after roles joined by "und"/"sowie" ("Landesbank-Chef und Aufsichtsrat Konrad Weilheimer"): only
    roles, joiners and the name itself may stand between the head and the name, so "der Anwalt von X" stays out."""
    lex = sent.lex
    m = last + 1
    while m < phrase.b and m < last + 5 and not _person_at(sent, m) and (
            sent.low[m] in ("und", "sowie") or (sent.cap(m) and lex.role_of(sent.words[m]) != "document")):
        m += 1
    if m == last + 1 or m >= phrase.b or sent.low[m - 1] in ("und", "sowie"):
        return None
    start = sent.start(m)
    for ent in ents_starting(sent.doc, start, start + 1):
        if ent.label == "PER" and ent.canonical and ent.end <= sent.end(phrase.b - 1):
            return ent.canonical
    return None


def _person_at(sent: Sent, m: int) -> bool:
    start = sent.start(m)
    return any(ent.label == "PER" for ent in ents_starting(sent.doc, start, start + 1))


def _person_with_role(doc: Doc, sent: Sent, role: str) -> str | None:
    """The one person the document names right after this role word, before or after the sentence
    ("OeNB-Gouverneur Ewald Nowotny", also with other roles joined in between). Only full names count (a space in
    the canonical name); when two people hold the role in the document there is no guess."""
    holders = _role_holders(doc).get(_genitive_base(role).lower(), set())
    return next(iter(holders)) if len(holders) == 1 else None  # no holder, or two with the same role: no guess


_ROLE_HOLDERS = "attribution.role_holders"


def _role_holders(doc: Doc) -> dict[str, set[str]]:
    """Role word (lower case, genitive dropped) -> the full names the document names right after it; built once
    per document (and again when its entities change), as every bare role source asks."""
    cached = doc.user_data.get(_ROLE_HOLDERS)
    if cached is not None and cached[0] == (id(doc.ents), len(doc.ents)):
        return cached[1]
    found: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label != "PER" or not ent.canonical or " " not in ent.canonical:
            continue
        # the words before the name, back to the first that is neither a role nor a joiner
        lead = doc.text[max(0, ent.start - 80):ent.start].split()
        for word in reversed(lead[-5:]):  # titles and joiners only: "OeNB-Gouverneur und EZB-Rat"
            if word.lower() not in ("und", "sowie"):
                found.setdefault(_genitive_base(word).lower(), set()).add(ent.canonical)
            if word.lower() not in ("und", "sowie") and not (word[:1].isupper() and word.isalpha() or "-" in word):
                break
    doc.user_data[_ROLE_HOLDERS] = ((id(doc.ents), len(doc.ents)), found)
    return found


def _person_in(doc: Doc, start: int, end: int) -> bool:
    return any(ent.label == "PER" for ent in ents_between(doc, start, end))


def _entity(doc: Doc, start: int, end: int) -> str | None:
    for ent in ents_between(doc, start, end):
        if ent.label in ("PER", "ORG") and ent.canonical:
            return ent.canonical
    return None


def resolve_pronoun(pronoun: str, previous: list[Attribution]) -> str:
    """The last named speaker (not itself a pronoun); plural pronouns prefer a plural-looking source."""
    named = [attr for attr in previous if attr.source and attr.provenance.split(":")[-1] != "pronoun-unresolved"]
    if not named:
        return pronoun.capitalize()
    return named[-1].source
