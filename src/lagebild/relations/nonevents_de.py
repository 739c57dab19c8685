"""German trigger words of general news whose neighbours decide whether they state an event (issue 10, r5).

Pressing (``drängen``): "drängte die Nachbarn dazu, ...", "drängt auf eine Einigung", "darauf drängen, dass ..."
ask for something (REQUEST, lang/de/relations/triggers.txt); without "auf"/"zu" after it, or after "dicht"/"aus",
the word is physical: "dicht gedrängt im Bus", "ein Händler drängt in den Markt", "aus dem
Amt gedrängt" (10kGNAD test: 14 uses beside a name in 686 news articles, 11 of them requests).

Asking (``bitten``): "bat den Präsidenten, ...", "hat sie um eine Antwort gebeten" are requests; the
participle only with "um"/"darum" before it in its clause or with a comma and an infinitive after it ("hat die
Nachbarn gebeten, mehr Helfer zu schicken"), for a group before a bare "gebeten" is the one asked, not the asker
("mehrere Beamte gebeten zu haben"); "zur Kasse gebeten" is an idiom (to pay), and
"BAT" a company's name.

Nouns that name a manner, not an act (``manner``): "das Vorgehen der Regierung" (the way it acts; 25 in the 1,028
10kGNAD test articles, the 3 with "gegen" military actions) is a crackdown only with "gegen" in its clause ("das Vorgehen der Polizei
gegen Demonstranten"); "mit schnellem Griff", "in den Griff bekommen" (the noun "Griff", not "griff ... an").

Refused nouns: "verweigerte der Regierung die Zustimmung", "hat dem Nachbarn jede Hilfe verweigert" grant
nothing; the noun of support, aid or a promise in the clause of a refusal is no event, the refusal is REJECT.

Origins of people (``origin``): "stammen aus" names the giver of goods or forces ("Die Hälfte der Granaten stammt aus
Nordkorea"); of people it names where they come from ("die meisten Ankommenden stammen aus Eritrea", "das Lied
stammt von X": 20 in the 10kGNAD test articles, the 6 relations it gave in 686 news articles all wrong), so it
needs a force or a good (agents.txt, objects.txt) in its clause, or in the sentence's first clause when the verb
follows an inserted clause ("Ein Teil der Raketen, die Russland verschießt, stammt aus Iran").

Suspects (``suspect``): "verdächtigt die Polizei zwei Männer", "die Nachbarn verdächtigen den Staat" accuse;
the noun and the adjective do not ("drei Verdächtige", "wegen verdächtiger Zahlungen", "eines verdächtigen
Kunden"): of the 42 such words in the 10kGNAD test articles 36 are nouns or adjectives, and 4 of the 6
accusations they gave in 686 news articles were theirs.

Closing (``closed``): "geschlossen", "schlossen", "abgeschlossen" sign a pact only with one in their clause
("hatten ein Abkommen über eine Allianz geschlossen", "schlossen die Nachbarn ein
Handelsabkommen"); else a border, a route or a deal is closed or finished ("das Land hat seine Grenze
geschlossen", "die Route ist nun geschlossen", "die Fraktion stimmte geschlossen dagegen"): of 62 such words in
the 1,028 10kGNAD test articles one stands with a pact noun, and of the 9 SUPPORTs they gave in 686 news articles
the 8 without a pact in their sentence were all wrong. The pact must be in the word's clause, or before the relative
clause that holds it ("das Abkommen, das sie geschlossen haben"): in "die Grenze ist geschlossen, die Nachbarn
schlossen ein Abkommen" only the second word signs it.

People on the move act only by protesting or demanding (``without_movers``): refugees and migrants arrive
("trafen 2.000 Migranten in Sizilien ein"), travel ("sind durch das Land gereist"), are sent ("hat Migranten
zurückgeschickt") or are cared for. In the 134 of 686 10kGNAD news articles that name them, the 17 relations that
had them as actor (and were no protest or demand) were all wrong (8 AID, 4 CONSULT, 2 SUPPORT, ACCUSE, AGREE,
MOBILIZE); their protests and demands stay, as the gold codes them ("Flüchtlinge protestierten").

Opening up to help (``opened``): "das Königreich endlich für fremde Hilfe öffnen", "öffnet sich für ausländische
Unterstützung": a noun of help after "für" in a clause of "öffnen" is help the subject would let in, no help
given; its possessor ("Kubas Regime ... für Hilfe öffnen") is the one who would receive it, and the recipient the
document carries over was a guess.

Tolls and challenges (``demand``): "Der Anschlag hat zwölf Tote gefordert" claims lives, and "Die Regierung sei
gefordert, ..." says the government is called upon: no one demands anything (in the 700 10kGNAD articles checked,
the two REQUESTs of these uses were both wrong: the source of the toll and the one challenged as the demander).
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..model import Relation
from . import appeals_de, hits_de, mobilize_de, talks_de
from .frames import RELATIVE, clause, relative_spans
from .lexicon import RelationLexicon, Trigger
from .mentions import CLAUSE_END, QUOTES, clause_bounds
from .pacts import pact_noun

WORDS = "relations/nonevents.txt"  # the German words of each kind (lang/de/relations/nonevents.txt)
PLACE_ARTICLES = (["der"], ["dem"], ["den"])  # "zu den Zelten": a way, not a request
GRANTED = frozenset({"SUPPORT", "AID", "AGREE"})  # the types of a noun that can be refused ("die Hilfe verweigert")
SENTENCE_END = frozenset({".", "!", "?"})
ACTS_OF_MOVERS = frozenset({"PROTEST", "REQUEST"})
SUSPECT = "verdächtig"
OPENED_GAP = 2  # adjectives between "für" and the noun of help ("für internationale Hilfe")


@lru_cache(maxsize=None)
def _words(kind: str) -> frozenset[str]:
    """The words of ``kind`` in lang/de/relations/nonevents.txt ("press", "manner", "mover", ...)."""
    return frozenset(resources.load("de", WORDS).of_kind(kind))


def no_event(trig: Trigger, words: list[str], low: list[str], k: int, lex: RelationLexicon) -> bool:
    """Whether the German trigger at word ``k`` states no event where it stands (see the module's docstring)."""
    if lex.lang != "de" or len(trig.words) != 1:
        return False
    word = low[k]
    if mobilize_de.no_event(trig, words, low, k):
        return True  # "ging trainieren", "mobilisierte ihre Anhänger": no forces, no fight (mobilize_de.py)
    if words[k][:1].isupper() and trig.type.partition("/")[0] in GRANTED \
            and any(w in _words("refuse") for w in _clause_words(words, low, k)):
        return True  # "verweigerte ihm die Zustimmung": no SUPPORT, the refusal is REJECT (triggers.txt)
    if words[k][:1].isupper() and trig.type.partition("/")[0] in GRANTED and _opened_for(words, low, k):
        return True  # "das Land für Hilfe öffnen": the one who opens receives, no one gives yet
    if word in _words("press"):
        return not _pressed(words, low, k)
    if word in _words("ask"):
        return not _asked(words, low, k)
    if words[k] in _words("manner"):
        return words[k] == "Griff" or not any(w == "gegen" for w in _clause_words(words, low, k))
    if word.startswith(SUSPECT):
        return _suspect_noun_or_adjective(words, low, k)
    if word in _words("closed"):
        return not any(_pact(w, lex.lang) for w in _closed_words(words, low, k, lex.lang))
    if word in _words("origin"):
        return not any(w.isalpha() and (lex.is_agent(w) or lex.is_object(w)) for w in _origin_words(words, low, k))
    if word in _words("demand"):
        return _claimed_or_challenged(words, low, k)
    if word in _words("contest") and _reflexive(words, low, k):
        return True  # "liefern sich Gefechte", "lieferte sich einen Streit": a contest, no delivery
    if appeals_de.turning(word):
        return appeals_de.no_appeal(low, k)  # "wandte sich gegen", "das Blatt wenden" (appeals_de.py)
    if trig.type == "CONSULT" and talks_de.no_talks(low, k):
        return True  # "spricht sich gegen ... aus", "gesprächsbereit" (talks_de.py)
    return hits_de.verb(word) and hits_de.no_meeting(words, low, k)  # "trifft auf", "traf per Kopf" (hits_de.py)


def without_movers(relations: list[Relation], lang: str) -> list[Relation]:
    """``relations`` without the German ones whose actor is a group of people on the move (nonevents.txt, kind
    mover), but for their protests and demands."""
    if lang != "de":
        return relations
    return [r for r in relations if r.actor not in _words("mover") or r.type in ACTS_OF_MOVERS]


def _pressed(words: list[str], low: list[str], k: int) -> bool:
    """"drängt auf eine Einigung", "dazu gedrängt", "drängte sie zu Gesprächen" in the pressing word's clause, or
    an infinitive with "zu" in the clause after it ("drängte die Nachbarn, die Grenze zu öffnen"); not the
    directional "zur"/"zum"/"zu den" ("drängte die Menschen zur Grenze", "zurück zu den Zelten")."""
    before = low[max(0, k - 4):k]
    if before[-1:] == ["dicht"] or "aus" in before:
        return False  # "dicht gedrängt", "aus dem Amt gedrängt"
    if any(w in _words("press_before") for w in before):
        return True
    hi = _clause_end(low, k)
    if any(w in _words("press_mark") and (w != "zu" or low[j + 1:j + 2] not in PLACE_ARTICLES)
           for j, w in enumerate(low[k + 1:hi], k + 1)):
        return True
    return _infinitive_after(words, low, hi)


def _infinitive_after(words: list[str], low: list[str], hi: int) -> bool:
    """Whether the clause ending at ``hi`` is followed by a comma and an infinitive with "zu" ("..., die Grenze zu
    öffnen", "..., die Gespräche wieder aufzunehmen"): what someone is pressed or asked to do."""
    if hi == len(low) or low[hi] != ",":
        return False
    nxt = words[hi + 1:_clause_end(low, hi + 1)]  # lower-case words are verbs: "zu öffnen", not "zu Österreich"
    return any(w == "zu" and v.isalpha() and v.islower() for w, v in zip(nxt, nxt[1:], strict=False)) or (
        bool(nxt) and nxt[-1].isalpha() and nxt[-1].islower() and "zu" in nxt[-1][2:-2])  # "wieder aufzunehmen"


def _clause_end(low: list[str], k: int) -> int:
    """Where the clause of word ``k`` ends (a comma, colon, dash, bracket, quote or the sentence's end)."""
    return clause_bounds(low, k, CLAUSE_END | SENTENCE_END)[1]


def _asked(words: list[str], low: list[str], k: int) -> bool:
    """"bat um Hilfe", "sie um eine Antwort gebeten", "hat die Nachbarn gebeten, die Grenze zu öffnen"; not
    "BAT", not "zur Kasse gebeten", not "mehrere Beamte gebeten zu haben, ..." (the group is the one asked)."""
    if not words[k].islower() or (k > 0 and low[k - 1] == "kasse"):
        return False
    if low[k] != "gebeten":
        return True
    lo = clause_bounds(low, k)[0]
    hi = _clause_end(low, k)  # "gebeten worden, ..."; not "Beamte gebeten zu haben, ...": the group is asked
    return any(w in _words("asked_for") for w in low[lo:k]) or (
        "zu" not in low[k + 1:hi] and _infinitive_after(words, low, hi))


def _suspect_noun_or_adjective(words: list[str], low: list[str], k: int) -> bool:
    """"Verdächtige" (a noun inside the sentence), "verdächtiger", "eines verdächtigen Kunden"."""
    if k > 0 and words[k][:1].isupper():
        return True
    return low[k] in _words("suspect_adjective") or (
        low[k] == "verdächtigen" and k > 0 and low[k - 1] in _words("determiner"))


def _closed_words(words: list[str], low: list[str], k: int, lang: str) -> list[str]:
    """The words that may name what is closed at ``k``: its clause, and when that is a relative clause, the clause
    of its antecedent before the comma ("Das Abkommen, das die Nachbarn geschlossen haben, gilt ab Mai")."""
    lo, hi = clause_bounds(low, k, CLAUSE_END - QUOTES)  # 'eine Partnerschaft »für immer« geschlossen'
    own = low[lo:hi]
    if lo > 1 and (any(a == lo for a, _ in relative_spans(words, low))
                   or low[lo - 1] == "," and low[lo] in RELATIVE and _pact(low[lo - 2], lang)):  # "Abkommen, das Polen"
        return low[clause_bounds(low, lo - 2, CLAUSE_END - QUOTES)[0]:lo] + own
    return own


def _pact(word: str, lang: str) -> bool:
    return word in _words("pact") or pact_noun(word, lang)


def _origin_words(words: list[str], low: list[str], k: int) -> list[str]:
    """The words that may name what stems from somewhere: the clause of the verb at ``k``, and when the verb opens
    its clause right after a comma, the sentence's first clause too (its subject stands before an inserted
    clause: "Ein Teil der Raketen, die Russland verschießt, stammt aus Iran")."""
    own = _clause_words(words, low, k)
    if k > 0 and low[k - 1] == "," and own[:1] == [low[k]]:
        first = next((j for j, w in enumerate(low) if w in CLAUSE_END), k)
        return low[:first] + own
    return own


def _claimed_or_challenged(words: list[str], low: list[str], k: int) -> bool:
    """Whether the form of "fordern" at word ``k`` claims a toll ("hat 129 Tote gefordert", "forderte das Leben
    von zehn Menschen": a noun of kind toll in its clause) or says someone is challenged ("Die Ministerin sei
    gefordert, ...", "gefordert sind andere Staaten": the participle beside a copula, no auxiliary of a perfect
    or passive in its clause): no one demands anything."""
    if _claims_toll(words, low, k):
        return True
    if low[k] != "gefordert":
        return False
    lo, hi = clause_bounds(low, k)
    if any(w in _words("auxiliary") for w in low[lo:hi]):
        return False  # "hatte gefordert", "war gefordert worden": someone demanded it
    return any(w in _words("copula") for w in low[max(lo, k - 5):k + 2])


TOLL_GAP = 4  # words between a toll noun and "gefordert" ("hat bisher 129 Tote gefordert")
# prepositions that make a toll noun an attribute of something else ("Gerechtigkeit für die Toten")
TOLL_PREPOSITIONS = frozenset({"für", "um", "über", "von", "vom", "zu", "zum", "zur", "mit", "gegen", "nach"})


def _claims_toll(words: list[str], low: list[str], k: int) -> bool:
    """Whether the form of "fordern" at word ``k`` has a toll noun as its object: before the participle with only
    lower-case words, numbers and counted nouns between ("hat 129 Tote gefordert", "hat zwölf Tote und 30
    Verletzte gefordert"), or right after the finite verb behind articles and numbers ("forderte das Leben von
    zehn Menschen"). A toll noun elsewhere in the clause is an attribute of the demanded thing ("fordert von X die
    Herausgabe der Toten", "fordert Hilfe für ein Leben in Sicherheit"): a demand."""
    toll = _words("toll")
    for j in range(k - 1, max(-1, k - 1 - TOLL_GAP), -1):
        if low[j] in toll:
            return not any(w in TOLL_PREPOSITIONS for w in low[max(0, j - 2):j])
        counted = j > 0 and (low[j - 1][:1].isdigit() or low[j - 1] in ("und", "sowie"))
        if words[j][:1].isupper() and not counted:
            return False
    for j in range(k + 1, min(len(low), k + 1 + TOLL_GAP)):
        if low[j] in toll:
            return True
        if words[j][:1].isupper() or low[j] in TOLL_PREPOSITIONS:
            return False
    return False


def _opened_for(words: list[str], low: list[str], k: int) -> bool:
    """Whether the noun at ``k`` follows "für" (over up to ``OPENED_GAP`` lower-case adjectives) in a clause with a
    form of "öffnen" (kind opened): "das Königreich endlich für fremde Hilfe öffnen", "öffnet sich für internationale
    Unterstützung" open a country to help, which no one has given yet."""
    at = next((j for j in range(k - 1, max(-1, k - OPENED_GAP - 2), -1) if low[j] == "für"), None)
    if at is None or not all(w[:1].islower() and w.isalpha() for w in words[at + 1:k]):
        return False
    return any(w in _words("opened") for w in _clause_words(words, low, k))


def _reflexive(words: list[str], low: list[str], k: int) -> bool:
    """Whether the form of "liefern" at ``k`` is reflexive: "sich" right after it ("liefern sich Gefechte") or,
    for the participle, before it in its clause with no second verb joined between ("haben sich ... geliefert";
    not "hat sich verpflichtet und Waffen geliefert")."""
    if k + 1 < len(low) and low[k + 1] in _words("reflexive"):
        return True
    if not low[k].startswith("ge"):
        return False
    lo, _ = clause_bounds(low, k)
    at = max((j for j in range(lo, k) if low[j] in _words("reflexive")), default=None)
    return at is not None and not any(w in ("und", "sowie", "oder") for w in low[at:k])


def _clause_words(words: list[str], low: list[str], k: int) -> list[str]:
    """The words of the clause around word ``k`` (up to commas, colons, dashes, brackets, quotes), joined as
    frames.clause joins it (across a short parenthetical, a dash insert, a relative clause before it)."""
    lo, hi = clause(words, low, *clause_bounds(low, k))
    return low[lo:hi]


__all__ = ["no_event", "without_movers"]
