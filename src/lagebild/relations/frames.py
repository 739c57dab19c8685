"""Argument frames of German general-news triggers: which mentions may fill a trigger's actor and recipient.

The relation rules (extract._relations) pick actor and recipient from the sentence's mentions by preposition and
word order. General news (10kGNAD) adds three classes they got wrong:

- organizations only the statistical model finds ("der ORF", "das University College London", "die Qassam-
  Brigaden"): kept out of the sentence's mentions (they are too often places, groups or role nouns: "Gebiets
  Kursk", "Streitkräfte", "Honorarprofessor"), they are admitted here only in an argument position of a trigger:
  a bare noun phrase (no preposition) in the trigger's clause, or after a preposition marking the recipient of
  the trigger's type ("mit Raiffeisen reden"); and only when their head is a proper name or an acronym (HanTa
  tags it NE, or it is written in capitals), never a common noun ("STANDARD-Infos", "Reuters-Reporter");
- mentions inside a relative clause the trigger is not part of ("Bulgarien fordert Hilfe an, die auch
  Außengrenzen der EU sind"): the clause describes its antecedent, its mentions are no argument of the trigger;
- passives with a "von"/"vom"/"durch" agent for every event type: passives_de.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .. import resources
from ..model import Doc
from ..spans import ents_starting
from . import coming_from, noun_agents, org_subjects, passives_de
from .index import sources_in
from .lexicon import RelationLexicon, Trigger, any_of, load
from .mentions import CLAUSE_END, DASHES, PLACE, Mention, is_outlet
from .passives_de import AGENT_PREPS, time_nouns

MODEL_ORG = "ORG"  # label of an admitted model organization (the label of the entity layer's organizations)
RELATIVE = frozenset({"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher",
                      "welches", "welchem", "welchen"})
# words between a preposition and its noun (articles, possessives); more lower-case words are adjectives
LEAD = 3


@lru_cache(maxsize=65536)
def _proper(word: str) -> bool:
    """Whether ``word`` is a name, not a common noun: written in capitals ("ORF", "AUA", "GPA") or tagged as a
    proper noun by the morphology ("Hamas", "Baumax"; "Honorarprofessor", "Route" are common nouns)."""
    from ..attribution.words import tag_de

    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return tag_de(word) == "NE"


class ModelOrgs:
    """The model organizations of one sentence (``model_orgs``), looked up on first use: telling a name from a
    common noun asks the morphology (HanTa, ~8 ms for a word form it has not seen), so only sentences with a
    trigger pay for it, and for a trigger's arguments (``admitted``) only the candidates the trigger admits."""

    def __init__(self, doc: Doc, i: int, words: list[str], starts: list[int], found: list[Mention],
                 lex: RelationLexicon) -> None:
        self.args = (doc, i, words, starts, found, lex)
        sent = doc.sents[i]
        self.possible = lex.lang == "de" and any(
            e.label == "ORG" and e.provenance.startswith("model") for e in ents_starting(doc, sent.start, sent.end))
        self._found: list[Mention] | None = None if self.possible else []
        self._candidates: list[Mention] | None = None if self.possible else []

    def get(self) -> list[Mention]:
        if self._found is None:
            self._found = [m for m in self.candidates() if _named(self.args[2], m)]
        return self._found

    def candidates(self) -> list[Mention]:
        """The model organizations before the morphology's test (``_named``)."""
        if self._candidates is None:
            self._candidates = _candidates(*self.args)
        return self._candidates

    def admitted(self, words: list[str], low: list[str], k: int, n: int, kind: str, lo: int, hi: int,
                 lex: RelationLexicon) -> list[Mention]:
        """``admitted(self.get(), ...)``, the morphology asked only about the candidates the trigger admits
        (``admitted`` and ``_named`` test each mention on its own, so the order of the tests does not matter)."""
        if self._found is not None:
            return admitted(self._found, words, low, k, n, kind, lo, hi, lex)
        return [m for m in admitted(self.candidates(), words, low, k, n, kind, lo, hi, lex) if _named(words, m)]


def model_orgs(doc: Doc, i: int, words: list[str], starts: list[int], found: list[Mention],
               lex: RelationLexicon) -> list[Mention]:
    """Candidate organizations of sentence ``i`` that only the statistical model found: named by a proper noun
    or an acronym, not overlapping another mention. They enter a trigger's mentions only through ``admitted``.
    Unlike the sentence's other mentions, an organization the document cites as a source elsewhere is kept
    ("Der Verein will das Gericht anrufen, erklärt eine Sprecherin"): a source of this sentence is marked
    and acts only in its own speech acts, as any mention (extract._relations); outlets are named by common
    nouns ("Salzburger Nachrichten", "STANDARD-Korrespondent") and so stay out."""
    return [m for m in _candidates(doc, i, words, starts, found, lex) if _named(words, m)]


def _named(words: list[str], m: Mention) -> bool:
    """Whether the model organization ``m`` is named by a proper noun or an acronym (asked last of its tests:
    the morphology costs most)."""
    head = words[m.last - 1].rpartition("-")[2] or words[m.last - 1]
    return _proper(words[m.last - 1]) and (_proper(head) or head.isupper()) or org_subjects.adjective_name(words, m)


def _candidates(doc: Doc, i: int, words: list[str], starts: list[int], found: list[Mention],
                lex: RelationLexicon) -> list[Mention]:
    """``model_orgs`` but for the morphology's test (``_named``)."""
    if lex.lang != "de":
        return []
    sent = doc.sents[i]
    taken = {k for m in found for k in range(m.first, m.last)}
    out: list[Mention] = []
    for ent in ents_starting(doc, sent.start, sent.end):
        if ent.label != "ORG" or not ent.provenance.startswith("model"):
            continue
        first, last = bisect_left(starts, ent.start), bisect_left(starts, ent.end)
        if first >= last or taken & set(range(first, last)):
            continue
        head = words[last - 1].rpartition("-")[2] or words[last - 1]
        if lex.is_agent(head.lower()) or head.lower() in lex.place_nouns:
            continue  # "Streitkräfte", "Region": forces act for their country, places are no actor
        if i <= 3 and last < len(words) and words[last] in DASHES and last <= 4:
            continue  # the dateline of the article
        if is_outlet(ent.canonical or ent.text, words, first, lex.lang):
            continue  # an interview with the STANDARD: no partner of a meeting (outlets.txt)
        source = any(s < ent.end and ent.start < e for s, e in sources_in(doc, i))
        out.append(Mention(ent.canonical or ent.text, ent.text, ent.start, ent.end, first, last, MODEL_ORG,
                           source))
    return out


def admitted(candidates: list[Mention], words: list[str], low: list[str], k: int, n: int, kind: str,
             lo: int, hi: int, lex: RelationLexicon) -> list[Mention]:
    """The ``candidates`` in an argument position of the trigger at word ``k`` (``n`` words, type ``kind``,
    clause ``lo:hi``): in the clause, either a bare noun phrase (no preposition before it) or after a
    preposition that marks the recipient of ``kind`` or one side of a pair ("Gespräche zwischen der ÖTP und X"). A German noun trigger ("Gespräche") takes only those next
    to it ("Gespräche mit der GPA", "ORF-Besuch")."""
    out = []
    noun = k > 0 and words[k][:1].isupper()
    for m in candidates:
        if not lo <= m.first < hi or m.first < k + n and m.last > k:
            continue
        prep = _prep(words, low, m.first, lex)
        if prep is not None and lex.role(prep, kind) not in ("recipient", "pair") and prep not in AGENT_PREPS:
            continue
        if noun and not (m.last == k or k + n <= m.first <= k + n + 2) \
                and not (prep is None and org_subjects.opens_clause(words, low, m.first, m.last, k, lo)) \
                and not coming_from.comes_from(words, low, k, n, m.first, prep):  # "Kritik kam von der SPÖ"
            continue
        if prep is None and m.first >= 2 and low[m.first - 1] in ("der", "des") and words[m.first - 2][:1].isupper() \
                and not k <= m.first - 2 < k + n:
            continue  # "die Firmenpensionisten der Bank Austria": a genitive describes the noun before it
        out.append(m)
    return out


def _prep(words: list[str], low: list[str], first: int, lex: RelationLexicon) -> str | None:
    """The preposition right before the noun phrase starting at ``first`` (over up to ``LEAD`` lower-case
    words), None when it has none."""
    for j in range(first - 1, max(-1, first - 1 - LEAD), -1):
        if low[j] in lex.preps or low[j] in AGENT_PREPS or low[j] in ("am", "beim", "zum", "zur", "im"):
            return low[j]
        if words[j] in CLAUSE_END or words[j][:1].isupper():
            return None
    return None


TITLE_WORDS = 2  # common nouns before a person's name that are their title ("mit dem polnischen Präsidenten Duda")


def title_start(words: list[str], m: Mention, lang: str) -> int:
    """Where the phrase of the German person mention ``m`` starts: before the common nouns right before the name
    that are the person's title ("mit US-Außenministerin Hillary Clinton", "mit seinem peruanischen Kollegen
    Javier González", "mit dem finnischen Präsidenten Alexander Stubb"), so that the preposition before the title marks the
    person. A place's phrase starts before its place noun ("nach der Provinz Lemora"), whether or not the entity
    layer's span holds it. The mention's own first word for any other mention, or when no such noun precedes."""
    from ..attribution.words import tag_de

    j = m.first
    if m.label == PLACE and j > 0 and words[j - 1][:1].isupper() and words[j - 1].lower() in load(lang).place_nouns:
        return j - 1
    if lang != "de" or m.label != "PER" or j <= 0:
        return j
    while j > 1 and m.first - j < TITLE_WORDS and words[j - 1][:1].isupper() and words[j - 1].replace("-", "").isalpha() \
            and tag_de(words[j - 1]) == "NN":
        j -= 1
    return j


def relative_spans(words: list[str], low: list[str]) -> list[tuple[int, int]]:
    """Word spans of the relative clauses of a German sentence: a comma, an optional preposition, a relative
    pronoun followed by a lower-case word ("..., die zugleich Grenzflüsse der Region sind", "..., die sie nach Oman
    bringt"; not "..., die Ukraine wehrt sich", a main clause) or a number ("..., der 2019 geschlossen wurde": a
    year or count opens the relative clause as a lower-case word does), up to the next comma or the end."""
    out = []
    for j, w in enumerate(words):
        if w != "," or j + 2 >= len(words):
            continue
        at = j + 1
        if low[at] in ("mit", "in", "an", "auf", "von", "bei", "für", "gegen", "zu", "aus", "nach", "über"):
            at += 1
        if at + 1 >= len(words) or low[at] not in RELATIVE or not (words[at + 1][:1].islower()
                                                                    or words[at + 1].isdigit()):
            continue
        end = at + 1
        while end < len(words) and words[end] not in (",", ";", ":", ".", "–", "—", "(", ")"):
            end += 1
        out.append((j + 1, end))
    return out


def outside_relatives(found: list[Mention], spans: list[tuple[int, int]], words: list[str], k: int) -> list[Mention]:
    """``found`` without the mentions inside a relative clause that does not hold the verb trigger at ``k``
    (a noun trigger keeps them: "im Zuge der Militärhilfe ..., die er Minsk geschickt hatte" names whom the
    help is for in the clause that describes it; but not the agent of a passive relative clause: "die Ukraine,
    die von Russland angegriffen wurde, bittet um Hilfe" names no help of Russland, passives_de.py). A trigger
    inside a relative clause has its sides there or before it (the noun the clause describes): the main clause
    going on after the relative one with its verb names neither ("Neben X, der als Graf sein Erbe verspricht,
    spielen Y und Z": no promise to the cast); a name after the comma goes on with a list ("..., die Waffen an
    Polen, Litauen und Lettland liefert")."""
    end = next((b for a, b in spans if a <= k < b), len(words))
    if end + 1 < len(words) and words[end] == "," and words[end + 1][:1].islower():
        found = [m for m in found if m.first < end]
    inside = [(a, b) for a, b in spans if not a <= k < b]
    if not inside:
        return found
    if words[k][:1].isupper():
        return [m for m in found if not any(a <= m.first < b and passives_de.relative_agent(words, m, a, b)
                                            for a, b in inside)]
    return [m for m in found if m.first < 0 or not any(a <= m.first < b for a, b in inside)]


CIRCUMSTANCE = frozenset({"bei", "beim", "während"})  # "sagte Baerbock bei einer Reise nach Lima"


def visitor(found: list[Mention], words: list[str], low: list[str], k: int, lo: int) -> Mention | None:
    """The person of a meeting noun that sets the circumstance of its clause ("erklärte die Ministerin am Rande
    ihres Besuchs in Riga", "Beim Treffen mit Kim sagte Putin"): the clause's person acts, also when the clause
    reports what they say (the speaker is the visitor). None when the trigger is no such noun."""
    if k == 0 or not words[k][:1].isupper() or not any(w in CIRCUMSTANCE for w in low[max(lo, k - 3):k]):
        return None
    people = [m for m in found if m.label == "PER" and m.first >= lo and not k <= m.first < k + 4]
    before = [m for m in people if m.first < k]
    return before[-1] if before else people[0] if people else None


def attached(marked: list[Mention], words: list[str], low: list[str], k: int, n: int) -> Mention | None:
    """The recipient a German noun trigger names in its own phrase: a mention whose marking preposition follows
    the noun ("bei einem Besuch in Lima", "Gespräche mit Kim", "Reise nach Chile"); it outranks mentions
    elsewhere in the sentence. None for a verb trigger or when no such mention follows."""
    if k == 0 or not words[k][:1].isupper() or k + n >= len(words) or not low[k + n].isalpha() \
            or words[k + n][:1].isupper():
        return None
    return next((m for m in marked if k + n < m.first <= k + n + LEAD), None)


PARENTHETICAL = 8  # at most so many words in brackets that do not end a clause: "Tim Hunt (72)", "(SPÖ)"


def clause(words: list[str], low: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The trigger's clause ``lo:hi`` (extract._clause) joined across a short parenthetical ("Faymann (SPÖ)
    kritisierte", "am Karolinska Institut (KI) eingereicht") and across a relative clause that ends right
    before it ("Griechenland, das auch Mitglied der EU ist, kritisierte die Türkei": the subject before the
    relative clause is the verb's). German only (the caller's choice)."""
    spans = None
    while True:
        if lo > 0 and words[lo - 1] == ")":
            opening = next((j for j in range(lo - 2, max(-1, lo - 2 - PARENTHETICAL), -1) if words[j] == "("), None)
            if opening is not None:
                lo = opening
                while lo > 0 and words[lo - 1] not in CLAUSE_END:
                    lo -= 1
                continue
        if hi < len(words) and words[hi] == "(":
            closing = next((j for j in range(hi + 1, min(len(words), hi + 1 + PARENTHETICAL)) if words[j] == ")"), None)
            if closing is not None:
                hi = closing + 1
                while hi < len(words) and words[hi] not in CLAUSE_END:
                    hi += 1
                continue
        inserted = dash_insert(words, lo, hi)
        if inserted is not None:
            lo, hi = inserted
            continue
        spans = relative_spans(words, low) if spans is None else spans
        joined = next((a for a, b in spans if b < len(words) and words[b] == "," and b + 1 == lo and a >= 2
                       and words[a - 1] == ","), None)
        if joined is None:
            return lo, hi
        lo = joined - 1
        while lo > 0 and words[lo - 1] not in CLAUSE_END:
            lo -= 1


PAIRED_DASHES = frozenset({"–", "—"})


def dash_insert(words: list[str], lo: int, hi: int) -> tuple[int, int] | None:
    """The clause ``lo:hi`` joined across an insert between two dashes right before or after it ("Der Senat
    werde die Stadt – und nicht die Stiftung – zur Zahlung auffordern": the subject is before the insert; "Die
    Eigentümer – zwei Banken aus Bayern – sollen eingegriffen haben"), None when there is
    none. A dash after a dateline ("Wien – Die Regierung ...", only capitalized words before it) opens no insert."""
    if lo > 1 and words[lo - 1] in PAIRED_DASHES:
        opening = next((j for j in range(lo - 2, max(-1, lo - 2 - PARENTHETICAL), -1) if words[j] in PAIRED_DASHES),
                       None)
        if opening is not None and not all(w[:1].isupper() or not w[:1].isalpha() for w in words[:opening]):
            lo = opening
            while lo > 0 and words[lo - 1] not in CLAUSE_END:
                lo -= 1
            return lo, hi
    if hi + 1 < len(words) and words[hi] in PAIRED_DASHES \
            and not all(w[:1].isupper() or not w[:1].isalpha() for w in words[:hi]):
        closing = next((j for j in range(hi + 1, min(len(words), hi + 1 + PARENTHETICAL)) if words[j] in PAIRED_DASHES),
                       None)
        if closing is not None and closing + 1 < len(words) and words[closing + 1] not in CLAUSE_END:
            hi = closing + 1
            while hi < len(words) and words[hi] not in CLAUSE_END:
                hi += 1
            return lo, hi
    return None


SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
ADDRESSED = frozenset({"ACCUSE", "REQUEST"})  # speech acts whose object is the one addressed (unnamed_subject)


def buried(recipient: Mention | None, free: list[Mention], found: list[Mention], words: list[str], low: list[str],
           k: int, n: int, kind: str, lex: RelationLexicon) -> bool:
    """Whether the free ``recipient`` of a German speech-act verb lies deep inside what the act is about, behind
    two or more other nouns and a preposition ("kritisierten die Angriffe auf das Rathaus ebenso wie die
    Gewalt gegen Sanitäter und Polizei"): the act's own object comes first after the verb ("kritisierte die
    Regierung", "warf am Montag Russland vor"), or after an inverted subject ("beschuldigen auch die Nachbarn
    im Norden den Iran"). A recipient named by a preposition of its type is never buried. For a noun trigger of
    talks or cooperation see ``partner_elsewhere``."""
    if recipient is not None and (partner_elsewhere(recipient, found, words, low, k, n, kind)
                                  or behind_next_verb(recipient, words, low, k, n, lex)):
        return True
    if recipient is None or kind not in SPEECH_ACTS or recipient not in free or recipient.first < k + n \
            or words[k][:1].isupper():
        return False
    taken = {j for m in found for j in range(m.first, m.last)}
    nouns = [j for j in range(k + n, recipient.first) if words[j][:1].isupper() and words[j].isalpha()
             and j not in taken]
    return len(nouns) >= 2 and any(low[j] in lex.preps for j in range(k + n, recipient.first))


def behind_next_verb(recipient: Mention, words: list[str], low: list[str], k: int, n: int,
                     lex: RelationLexicon) -> bool:
    """Whether the ``recipient`` after the German trigger at ``k`` stands in a second verb phrase joined by "und"
    whose finite verb is no trigger ("sei zu Krediten bereit und erinnerte an laufende Kredite für Portugal":
    Portugal is what the speaker pointed to, not whom it offers help). A second trigger ("liefert Granaten und schickt
    Soldaten nach Russland") may share its recipient, and is left alone."""
    from ..attribution.words import tag_de

    for j in range(k + n, recipient.first - 1):
        if words[j] in CLAUSE_END:
            return False
        if low[j] == "und" and tag_de(words[j + 1]) in FINITE and words[j + 1][:1].islower() \
                and lex.triggers_at(low, j + 1) is None:
            return True
    return False


FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
PARTNERED = frozenset({"CONSULT", "COOPERATE"})  # noun triggers whose other side follows "mit"



def partner_elsewhere(recipient: Mention, found: list[Mention], words: list[str], low: list[str], k: int, n: int,
                      kind: str) -> bool:
    """Whether the recipient of a German noun of talks or cooperation ("Gespräche", "Zusammenarbeit") is no
    partner of it: the noun names its partner after "mit" and that is no actor ("die Zusammenarbeit mit den
    Nato-Partnern stärken": not the two pilots named before), or the recipient follows "mit" after another noun,
    to which it belongs ("Bei ihrem Treffen lobte die Ministerin den Handelsvertrag mit Chile")."""
    if kind not in PARTNERED or k == 0 or not words[k][:1].isupper():
        return False
    if k + n + 1 < len(words) and low[k + n] == "mit" and not any(k + n < m.first <= k + n + 1 + LEAD for m in found):
        return recipient.first > k + n + 1 + LEAD or recipient.first < k
    at = recipient.first - 1
    while at > k + n and low[at] != "mit" and words[at][:1].islower():
        at -= 1  # over articles and adjectives back to the preposition
    taken = {j for m in found for j in range(m.first, m.last)}
    return at > 0 and low[at] == "mit" and not k <= at - 1 < k + n and words[at - 1][:1].isupper() \
        and words[at - 1].isalpha() and at - 1 not in taken and low[at - 1] not in time_nouns()


def unnamed_subject(actor: Mention, words: list[str], k: int, lo: int, kind: str, mutual: frozenset[str]) -> bool:
    """Whether the German verb trigger at ``k`` has a subject that names no actor, right before it at the start
    of its clause ("Transporthubschrauber besuchen Estland und Bulgarien"), while the chosen ``actor`` of a
    mutual event comes after the verb: that mention is an object, not one side of the meeting. So for an
    accusation or a demand, whose object is the one addressed (``ADDRESSED``: "Ökonomen kritisieren Ungarn wegen ...":
    Ungarn is criticised, not criticising)."""
    from ..attribution.words import tag_de

    if unnamed_speaker(actor, words, k, lo, kind) or unnamed_genitive(actor, words, k, kind, mutual):
        return True
    if kind not in mutual and kind not in ADDRESSED or words[k][:1].isupper() or actor.first < k or not 0 < k - lo <= 3 \
            or not words[lo][:1].isupper() or lo > 0 and words[lo - 1] not in (".", ":", "–", "—"):
        return False
    return all(tag_de(w) == "NN" or not w[:1].isupper() for w in words[lo:k]) and tag_de(words[k - 1]) == "NN"


def unnamed_genitive(actor: Mention, words: list[str], k: int, kind: str, mutual: frozenset[str]) -> bool:
    """Whether the German noun trigger of a mutual event at ``k`` is followed by a genitive other than the chosen
    ``actor`` ("auf die Zusammenarbeit des Regionalparlaments angewiesen", "die Gespräche der Delegationen"): the
    genitive is whose cooperation or talks they are, so a mention elsewhere in the sentence (the writer quoted,
    the one who depends on it) is no side of it. The genitive is "des"/"der", up to two lower-case adjectives and a
    capitalized noun; the chosen ``actor`` standing in it is named there ("die Zusammenarbeit der USA")."""
    from ..attribution.words import tag_de

    if kind not in mutual or k == 0 or not words[k][:1].isupper() or k + 2 >= len(words) \
            or words[k + 1].lower() not in ("des", "der"):
        return False
    j = k + 2
    while j < min(len(words), k + 4) and words[j][:1].islower() and words[j].isalpha():
        j += 1
    if j >= len(words) or not words[j][:1].isupper() or tag_de(words[j]) != "NN":
        return False
    # "die Ratifizierung des Abkommens durch die Duma": the genitive is what the agent acts on (noun_agents.py)
    return not k + 2 <= actor.first <= j and not noun_agents.after_agent(words, k, actor.first)


SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})  # may open a nominative noun phrase
FIRST_PERSON = frozenset({"wir", "ich", "man"})  # a subject no mention names ("fordern wir Deutschland auf")
VORFELD = 5  # at most so many words of a subject noun phrase before the verb ("Der UNO-Generalsekretär")


def genitive_speakers(found: list[Mention], roles: list[str | None], words: list[str], k: int, n: int,
                      kind: str) -> None:
    """Mark as "genitive" (the actor) the mention in a genitive right after a German speech-act noun, after
    "der"/"des" and up to two adjectives ("die Kritik der Opposition", "die Forderung der ungarischen Regierung",
    "wies die Vorwürfe der EU zurück", a person after a title: "die Forderung des Ministers Lawrow"): whose
    criticism or demand it is. Only for speech acts: after a flow
    noun the genitive is often what flows or who receives ("die Unterstützung der Ukraine")."""
    if kind not in SPEECH_ACTS or k == 0 or not words[k][:1].isupper() or k + n + 1 >= len(words) \
            or words[k + n].lower() not in ("der", "des"):
        return
    for j, m in enumerate(found):
        start = title_start(words, m, "de")  # "die Forderung des Ministers Lawrow": the title opens the person
        if k + n + 1 <= start <= k + n + 3 and roles[j] is None \
                and all(w[:1].islower() and w.isalpha() for w in words[k + n + 1:start]):
            roles[j] = "genitive"
            return


def unnamed_speaker(actor: Mention, words: list[str], k: int, lo: int, kind: str) -> bool:
    """Whether the German speech-act or sanction verb at ``k`` has a subject that names no actor while the
    chosen ``actor`` comes after the verb, where it is the object: a noun phrase opening the clause with an
    article ("Der Ratsvorsitzende forderte Serbien und das Kosovo auf", "Der Republikaner warf dem Weißen
    Haus vor"; not "Am Montag forderte die EU ...", an adverbial before the verb), or a first-person pronoun
    right after the verb ("fordern wir Deutschland auf"). The mention is the recipient of an actor the
    sentence does not name: no relation (extract takes the first mention of the clause as the actor)."""
    if kind not in SPEECH_ACTS and kind != "SANCTION" or words[k][:1].isupper() or actor.first <= k:
        return False
    if k + 1 < len(words) and words[k + 1].lower() in FIRST_PERSON:
        return True
    if (noun := _inverted_subject(words, k)) is not None and actor.first > noun + 1:
        return True  # "kritisierte der Landeschef die Politik von X": X is criticised; not "der Chef X"
    vorfeld = words[lo:k]
    return 2 <= len(vorfeld) <= VORFELD and vorfeld[0].lower() in SUBJECT_ARTICLES and vorfeld[-1][:1].isupper() \
        and all(w[:1].isalpha() for w in vorfeld) and all(w[:1].isupper() or w.islower() and w.endswith("e")
                                                         for w in vorfeld[1:])


def _inverted_subject(words: list[str], k: int) -> int | None:
    """The word index of the noun of a masculine subject right after the verb at ``k`` ("fordert der
    Gewerkschaftschef", "kritisiert der Prüfer", over up to two lower-case words: "der langjährige
    Präsident"), None when the verb is followed by no "der" phrase."""
    if k + 2 >= len(words) or words[k + 1] != "der":
        return None
    return next((j for j in range(k + 2, min(len(words), k + 5)) if words[j][:1].isupper()
                 and all(w.isalpha() and w.islower() for w in words[k + 2:j])), None)


FRAMES = "relations/frames.txt"


@lru_cache(maxsize=None)
def _frames(lang: str) -> tuple[tuple[Trigger, str], ...]:
    """(trigger, the argument it needs) rows of lang/<code>/relations/frames.txt (none without the file)."""
    if not resources.exists(lang, FRAMES):
        return ()
    res = resources.load(lang, FRAMES)
    out = []
    for (lineno, _), (pattern, frame, kind, mode, context) in zip(res.lines, res.rows(5), strict=True):
        trig = Trigger(tuple(re.compile(p) for p in pattern.split(" ") if p), kind, None if mode == "-" else mode,
                       tuple(c for c in context.split("|") if c and c != "-"), f"rule:{lang}/{FRAMES}:{lineno}")
        out.append((trig, frame))
    return tuple(out)


@lru_cache(maxsize=65536)
def _starting(lang: str, word: str) -> tuple[tuple[Trigger, str], ...]:
    """The frames whose first word pattern matches ``word`` (computed once per word form: most match none)."""
    if not _any_frame(lang).fullmatch(word):
        return ()
    return tuple(row for row in _frames(lang) if row[0].words[0].fullmatch(word))


@lru_cache(maxsize=None)
def _any_frame(lang: str) -> re.Pattern:
    """One pattern for the first words of all frames (``lexicon.any_of``): most words start none."""
    return any_of(row[0].words[0] for row in _frames(lang))


def first_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """The first word patterns of the frames of frames.txt (relations/start_filter.py: which words may start one)."""
    return tuple(row[0].words[0] for row in _frames(lang))


def may_start(lang: str, word: str) -> bool:
    """Whether a frame of frames.txt can start at the lower-case ``word`` (``trigger_at`` is None elsewhere)."""
    return bool(_starting(lang, word))


def trigger_at(words: list[str], low: list[str], k: int, found: list[Mention], orgs: ModelOrgs,
               lex: RelationLexicon) -> Trigger | None:
    """A trigger of frames.txt at word ``k`` whose argument the clause holds among the mentions ``found`` and
    the model organizations ``orgs``: a mention after the frame's preposition ("mit Raiffeisen reden"), or one
    with the frame's canonical name ("die Staatsanwaltschaft befassen"). None when no frame matches."""
    rows = _starting(lex.lang, low[k])
    if rows:
        found = found + orgs.get()
    for trig, frame in rows:
        n = len(trig.words)
        if k + n > len(low) or not all(p.fullmatch(w) for p, w in zip(trig.words, low[k:k + n], strict=True)):
            continue
        lo, hi = k, k + n
        while lo > 0 and words[lo - 1] not in CLAUSE_END:
            lo -= 1
        while hi < len(words) and words[hi] not in CLAUSE_END:
            hi += 1
        inside = [m for m in found if lo <= m.first < hi and not k <= m.first < k + n]
        if frame.startswith("="):
            # the named body is acted upon: another mention must be there to act ("Die Staatsanwaltschaft wird
            # eingeschaltet" names no one who asks)
            if any(m.canonical == frame[1:] for m in inside) and any(m.canonical != frame[1:] for m in inside):
                return trig
        elif any(_prep(words, low, m.first, lex) == frame for m in inside):
            return trig
    return None


__all__ = ["ModelOrgs", "admitted", "attached", "buried", "clause", "dash_insert", "first_patterns", "genitive_speakers", "may_start", "model_orgs", "outside_relatives", "partner_elsewhere", "relative_spans", "title_start", "trigger_at", "unnamed_speaker", "unnamed_subject", "visitor"]
