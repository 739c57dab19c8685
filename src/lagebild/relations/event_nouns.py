"""German event nouns that the trigger lexicon and the actor rules missed (issue 10, general news).

- Compounds joined by a hyphen whose last part names a visit ("Asien-Reise", "Chile-Besuch", "Papst-Besuch"):
  the lexicon matches whole words, and a pattern such as "\\w*reise" cannot cross the hyphen, so such a compound
  was no trigger at all (53 hyphenated event nouns in the 1,028 10kGNAD test articles, a few of them visits). The
  head names the event, as it does for a closed compound ("Staatsbesuch"); the first part stays what the
  mentions make of it.
- A possessor before the noun's adjectives acts, as one right before the noun does ("Lulas langer Asien-Reise",
  "Putins überraschender Besuch", "Putins Besuch"): both windows are ``possessor``, called by extract._relations,
  with one exception for agent nouns ("Ungarns Waffenlieferant": the possessor receives).
- The noun's own prepositional phrase ("das Treffen mit Kim", "Putins Gespräche mit der Türkei") opening the
  sentence is followed by the finite verb: "Putins Treffen mit Kim dauerte fünf Stunden" names Kim as the other
  side, though "dauerte" looks like an attributive participle ("die an die Ukraine grenzende Region", which
  events.in_attribute reads as a place): ``finite_after_phrase``, asked by extract._relations.
- Help after "mit" is a means, no aid given ("mit Hilfe eines Dienstleisters", "mit dessen Hilfe", "mit Hilfe von
  Schleppern"): an AID of such a noun stands only with its helper as the noun's own genitive or "von" right after
  it ("mit Unterstützung Großbritanniens": Großbritannien helps); ``means`` tells extract.py to skip the others,
  whose sides were a guess of word order (1,028 10kGNAD test articles: 4 such relations, all wrong; the one with
  the helper named, right, stays), before the verb of the same clause may make its own relation ("mit dessen Hilfe
  Macron Italien helfen will").
- A meeting noun naming its two sides after "zwischen" ("beim Treffen zwischen Meier und Novak in Genf",
  "eines Telefonats zwischen Merkel und dem Kronprinzen X"): the first acts and the second is the other side, not
  the place after them ("in Genf") nor another person of the clause ("ging es um ..."): ``pair_side``, asked by
  extract._relations for CONSULT.
"""

from __future__ import annotations

from ..attribution.words import tag_de
from ..entities.gazetteer import gazetteer
from . import events, held_de, org_forces
from .frames import title_start
from .lexicon import RelationLexicon, Trigger
from .mentions import PLACE, Mention
from .sourcing import occasion_words

MEETINGS = frozenset({"CONSULT"})  # event types a compound's head may name (head_trigger)
# Heads of visits: their first part is where the visitor goes ("Chile-Besuch", "Asien-Reise"). Not summits
# ("EU-Gipfel": in 200 10kGNAD articles their three relations paired whoever the sentence named), nor flows or
# attacks, whose first part may be either side ("Ukraine-Waffenlieferungen": to Ukraine; "US-Luftangriff": by the
# USA) and which the rules here cannot tell apart
VISITS = ("besuch", "reise", "visite")
AGENT_ENDINGS = ("ant", "anten", "er", "ern", "erin", "erinnen")  # "Lieferant", "Unterstützer", "Partnern"
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines"})
CLAUSE_OPENERS = frozenset({",", ":", ";", "–", "—", "(", "„", "«", "\""})  # before a clause's first word
MEANS_GAP = 2  # words at most between "mit" and the help noun ("mit der Hilfe", "mit massiver Hilfe")
HELPER_PRONOUNS = frozenset({"dessen", "deren", "seiner", "ihrer", "unserer", "eurer", "meiner", "deiner"})
HELPER_GAP = 2  # words at most between the help noun and its helper ("Hilfe von Beamten", "Hilfe des Westens")
PAIR_GAP = 2  # lower-case words at most before a side after "zwischen" ("zwischen der Regierung und dem Kanzler")
PAIR_JOINS = frozenset({"und", ","})  # between the two sides
DATIVE_ARTICLES = ("der", "dem", "den")  # before a name that receives the help noun after it
ADJECTIVES = 2  # lower-case words between a possessor and its noun ("Lulas langer zweiter Reise")


def may_start(lang: str, word: str) -> bool:
    """Whether ``head_trigger`` can find a trigger at the lower-case ``word`` (extract.py skips the words where no
    trigger can start)."""
    return lang == "de" and "-" in word[1:-1] and word.rpartition("-")[2].startswith(VISITS)


def head_trigger(words: list[str], low: list[str], k: int, lex: RelationLexicon) -> Trigger | None:
    """The one-word meeting trigger the last part of the hyphenated German noun at ``k`` matches, None for any
    other word (no hyphen inside, a lower-case head, a trigger of several words or with a particle, another type:
    "Ukraine-Waffenlieferungen")."""
    word = words[k]
    if lex.lang != "de" or "-" not in word[1:-1]:
        return None
    head = word.rpartition("-")[2]
    if not head[:1].isupper():
        return None
    if not head.lower().startswith(VISITS):
        return None
    trig = lex.triggers_at([head.lower()], 0)
    if trig is None or len(trig.words) != 1 or trig.particle is not None:
        return None
    return trig if trig.event_type(False) in MEETINGS else None


def served(word: str, kind: str) -> bool:
    """Whether the German noun trigger ``word`` of type ``kind`` names the giver of a flow by the act (an agent
    noun of AID: "Lieferant", "Drohnenlieferanten"): the genitive right after it is the one it serves, who
    receives ("der wichtigste Drohnenlieferant Russlands"), as a possessor before it is ("Russlands
    Waffenlieferant", ``possessor``); its giver is the clause's subject ("Iran ist ...")."""
    return kind == "AID" and word.lower().endswith(AGENT_ENDINGS)


def possessor(found: list[Mention], words: list[str], k: int, free: list[Mention],
              kind: str | None = None) -> Mention | None:
    """The mention that names the actor of the German noun trigger at ``k`` by standing right before it: an
    adjective or a name ending at the noun ("der russische Angriff", "Putins Besuch"; a ``free`` mention or a
    genitive in "s" among the two words before it), else a person's or state's possessive ("Lulas", "Ungarns")
    with only lower-case adjectives between (at most ``ADJECTIVES``: "Lulas kurzer erster Reise"). None when there
    is none, and no possessive when the noun names a person by the act (``AGENT_ENDINGS``: "Chinas größter
    Öllieferant" and "Russlands Waffenlieferant" are China's and Russia's suppliers, the possessor receives). A
    name after its own article before a noun of help (``kind`` AID) is the dative that receives it, no possessor:
    "Kolumbien leistet der Ukraine Hilfe", "gewährt den USA Unterstützung" (not an adjective: "die russische Hilfe")."""
    agent = words[k].lower().endswith(AGENT_ENDINGS)
    for m in found:
        if kind == "AID" and _dative_name(words, m):
            continue
        genitive = m.first >= 0 and words[m.last - 1].endswith("s") and words[m.last - 1][:1].isupper()
        if k - 2 <= m.first and m.last == k and not (agent and genitive) \
                and (m in free or genitive or words[m.last - 1][:1].islower()):
            return m
    if agent:
        return None
    for m in found:
        between = words[m.last:k]
        if m.first >= 0 and 0 < len(between) <= ADJECTIVES and words[m.last - 1].endswith("s") \
                and m.label in ("PER", "LOC") and all(w[:1].islower() and w.isalpha() for w in between):
            return m
    return None


def _dative_name(words: list[str], m: Mention) -> bool:
    """Whether the mention ``m`` is a name opened by a dative article of its own ("der Ukraine", "den USA")."""
    return m.first >= 1 and words[m.first][:1].isupper() and words[m.first - 1].lower() in DATIVE_ARTICLES


def noun_owner(words: list[str], m: Mention, k: int, n: int, lang: str) -> bool:
    """Whether the mention ``m`` names the own actor of the German noun trigger at ``k`` (``n`` words), so that a
    preposition before them governs the noun, not ``m``: a country adjective right before it ("nach einem
    russischen Angriff", events.own_adjective), the "-s" genitive of a name before it, only lower-case adjectives
    between (at most ``ADJECTIVES``: "nach Putins Besuch", "seit Russlands Angriff", "vor Macrons kurzem Besuch";
    its actor, ``possessor``), or right after it ("nach dem Besuch Putins": the noun is no title of the person,
    as in "nach Präsident Putin"). Without this the preposition made the visitor the visited ("nach" marks a
    visit's host) and no other side was left. A name ending in "s" itself is no genitive ("in Paris Gespräche
    führen": the gazetteer tells "Putins" from "Paris")."""
    if lang != "de" or m.first < 0 or not words[k][:1].isupper():
        return False
    if m.first == k + n:
        return _genitive(words[m.last - 1], m)
    if m.last > k:
        return False
    if events.own_adjective(words, m.first, m.last, k, lang):
        return True
    between = words[m.last:k]
    if len(between) > ADJECTIVES or not all(w[:1].islower() and w.isalpha() for w in between):
        return False
    return _genitive(words[m.last - 1], m)


def _genitive(word: str, m: Mention) -> bool:
    """Whether ``word``, the last of the mention ``m``, is the "-s" genitive of a name ("Putins", "Lulas" of "Lula
    da Silva"; not "Paris")."""
    return word[:1].isupper() and (gazetteer("de").is_genitive(word) or word.endswith("s") and word[:-1] in (
        m.canonical or "").split())


def finite_after_phrase(words: list[str], k: int, n: int, m: Mention, found: list[Mention], prep: str) -> bool:
    """Whether the mention ``m`` stands in the own phrase of the German noun trigger at ``k`` (``n`` words) that
    opens its clause as the subject, after the preposition ``prep`` behind the noun's genitive or, after its
    possessor, behind the noun ("Der Besuch Macrons in Algier dauerte", "Putins Treffen mit Kim endete"; up to
    three articles or adjectives before ``m``), and the word after ``m`` is a finite verb, not a participle
    ("dauerte", not "grenzende": the tagger's VVFIN). Only a noun naming its own actor: any other actor would be
    a guess of word order ("Die Ermittlungen gegen X machten Ys Abgang wahrscheinlicher": not Y); and only as the
    subject: after a preposition the verb's subject follows it ("Seit Macrons Besuch in Algier warnte Marokko"),
    which visits.py leaves alone."""
    if not words[k][:1].isupper() or m.last >= len(words) or tag_de(words[m.last]) != "VVFIN":
        return False
    at = next((j for j in range(m.first - 1, max(k + n - 1, m.first - 4), -1) if words[j].lower() == prep), None)
    if at is None or not all(w[:1].islower() for w in words[at + 1:m.first]):
        return False
    if k + n < at <= k + n + 2:  # the genitive: "Besuch Wladimir Putins in"
        own = all(w[:1].isupper() for w in words[k + n:at]) and words[at - 1].endswith("s")
        start = k
    else:  # the possessor, adjectives between: "Putins kurzes Treffen mit"
        owner = next((o for o in found if o.first >= 0 and o.label in ("PER", "LOC", "ORG")
                      and k - ADJECTIVES <= o.last <= k and words[o.last - 1].endswith("s")
                      and all(w[:1].islower() for w in words[o.last:k])), None)
        own, start = at == k + n and owner is not None, owner.first if owner is not None else k
    while start > 0 and words[start - 1].lower() in ARTICLES:
        start -= 1
    return own and (start == 0 or words[start - 1] in CLAUSE_OPENERS or _fronted_preposition(words, start - 1))


def _fronted_preposition(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a preposition opening its clause (an adverb may stand before it: "Kurz nach",
    "Noch vor"), so that the phrase after it fills the place before the finite verb: "Nach Putins Besuch in
    Pjöngjang sprach ein Sprecher", "Während Macrons Reise nach Rabat kam es zu Protesten". The verb after the
    phrase is then the clause's own, no attributive participle. "während" the tagger reads as a conjunction;
    it is a preposition of occasion (occasions.txt) as "bei" and "nach" are."""
    word = words[at]
    if tag_de(word) not in ("APPR", "APPRART") and word.lower() not in occasion_words("de"):
        return False
    before = at - 1 if at > 0 and tag_de(words[at - 1]) in ("ADV", "ADJD") else at
    return before == 0 or words[before - 1] in CLAUSE_OPENERS


def means(trig: Trigger, words: list[str], low: list[str], k: int, found: list[Mention]) -> bool:
    """Whether the German AID noun trigger at ``k`` is help after "mit" (a means, see the module) that names no
    helper of its own right after it: then it is no event."""
    if trig.type != "AID" or not words[k][:1].isupper() or not held_de.means_noun(low[k]):
        return False
    mit = next((j for j in range(k - 1, max(-1, k - MEANS_GAP - 2), -1) if low[j] == "mit"), None)
    if mit is None or not all(w[:1].islower() and w.isalpha() for w in words[mit + 1:k]):
        return False
    if any(w in HELPER_PRONOUNS for w in low[mit + 1:k]):
        return True  # "mit dessen Hilfe X ...": the pronoun helps, the name after the noun is the subject
    return not any(k < m.first <= k + 1 + HELPER_GAP and all(w.isalpha() for w in words[k + 1:m.first])
                   for m in found)


def pair_side(found: list[Mention], words: list[str], k: int, n: int, kind: str,
              other: Mention | None = None) -> Mention | None:
    """The first of the two sides the German CONSULT noun at ``k`` (``n`` words) names right after "zwischen"
    ("das Treffen zwischen Meier und Novak"; articles and a person's title before each), or with ``other`` (the
    actor) the side that is not ``other``; None when the noun names no such pair."""
    if kind != "CONSULT" or not words[k][:1].isupper() or k + n >= len(words) or words[k + n].lower() != "zwischen":
        return None
    sides: list[Mention] = []
    at = k + n + 1  # where the next side's phrase may start
    for m in found:
        if m.first < at or m.label == PLACE:
            continue
        start = title_start(words, m, "de")
        if start - at > PAIR_GAP or not all(w[:1].islower() and w.isalpha() for w in words[at:start]):
            break
        sides.append(m)
        if len(sides) == 2 or m.last >= len(words) or words[m.last].lower() not in PAIR_JOINS:
            break
        at = m.last + 1
    if len(sides) < 2:
        return None
    if other is None:
        return sides[0]
    return next((m for m in sides if m.canonical != other.canonical), None)


__all__ = ["ADJECTIVES", "AGENT_ENDINGS", "ARTICLES", "CLAUSE_OPENERS", "MEETINGS", "VISITS", "finite_after_phrase", "head_trigger", "may_start", "means", "noun_owner", "pair_side", "possessor", "served"]


def unnamed_attacker(words: list[str], low: list[str], k: int, n: int, found: list[Mention],
                     lex: RelationLexicon) -> bool:
    """Whether the German attack noun at ``k`` (``n`` words) names its attacker in a genitive that is no mention:
    forces or an agent noun ("der Angriff der Miliz auf X", "die Angriffe der Armee", lexicon agents and the
    forces of org_forces.txt) or an organization's acronym ("der Angriff der ADF"), no country adjective before
    or genitive after it ("der russischen Armee", "der Armee Russlands" name Russia). The attacker is named there
    and unknown to the relations, so no other name of the sentence is it: the one who condemns the attack
    ("Frankreich hat den Angriff der ADF auf X verurteilt") or reports it ("..., sagte Selenskyj")."""
    at = k + n
    if lex.lang != "de" or not words[k][:1].isupper() or at + 1 >= len(words) or low[at] not in ("der", "des"):
        return False
    head = at + 1
    while head < min(len(words), at + 1 + ADJECTIVES) and words[head][:1].islower() and words[head].isalpha():
        head += 1
    if head >= len(words) or any(m.first <= head + 1 < m.last or at < m.first <= head + 1 for m in found):
        return False
    word = words[head]
    acronym = len(word) in org_forces.ACRONYM and word.isupper() and word.isalpha()
    return acronym or word[:1].isupper() and (lex.is_agent(word.lower()) or word.lower() in org_forces.forces(lex.lang))

