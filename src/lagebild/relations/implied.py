"""Recipients the story implies and the sentence never names: the side a fighting party fights against.

English news on a war names the opponent of a fight once and then leaves it out: "North Korean soldiers engaged
in combat", "troops fighting for Russia", "Russia's push to retake the region" are coded in the gold with the
recipient the document establishes for the actor's side (story-dev English: North Korea -> Ukraine 19 times, -> no
one 3 times). The rule is document-level, as events.implied_recipients is for AID flows:
- the document's fights: every ASSAULT naming both sides makes each the other's opponent;
- its partnerships: AID, COOPERATE, SUPPORT, AGREE between two actors, and the side a party fights for or
  alongside ("fighting for Russia": that party's ally);
- the countries named in the document's sentences of fighting ("a Ukrainian offensive", "the war against
  Ukraine", also where they are no relation of their own), by count;
- an ASSAULT without a recipient takes a party its own sentence names ("clashes with North Korean troops"),
  else the opponent the document names most for its actor, else for the actor's partners, else the country
  of its fighting sentences named most (of the other side the party its helpers help: Russia, not North Korea,
  for a Ukrainian offensive); never the actor itself or one of its partners. One it finds none for stays without a recipient, or
  is dropped when its sentence alone named no event (a participle or noun of force: ``mark`` it pending).
German gold mostly leaves these recipients out (story-dev German: Nordkorea -> no one 9 times, -> Ukraine 6), so
the rule is for English only (``LANGS``).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any

from .. import resources
from ..entities.gazetteer import Gazetteer
from ..model import Doc, Relation
from .events import PARTNERING
from .lexicon import RelationLexicon
from .mentions import PLACE, mentions

LANGS = frozenset({"en"})
FIGHT = "ASSAULT"
ABDUCT = "abduct"  # a capture's ally words ("the capture of gunners serving beside Iranian units") are the captives'
IMPLIED = frozenset({FIGHT})  # types whose describing nouns and participles wait for the implied opponent
# words before a country that make it the ally of a side, not its opponent ("alongside", "on the side of", "for")
ALLY = frozenset({"alongside", "side", "for", "beside"})
AGAINST = "against"  # ends the reach of an ally word: the country after it is the opponent
WANT = "relations.implied.want"  # Doc.user_data: (sentence, trigger word) of events only with an opponent
# Doc.user_data: id(relation) -> (pending, the side it fights for or None); the relation itself is kept beside
# (HELD) so that no id is reused by a later relation while the marks live
KEY = "relations.implied"
HELD = "relations.implied.held"
PLACED = "relations.implied.placed"  # Doc.user_data: (sentence, word) where a fight taken part in is fought
NOTE = " (recipient: the document's opponent of {})"
USED = "relations/used_forces.txt"  # forms of using forces: the forces' country is the user's ally
USED_GAP = frozenset({"the", "its", "their", "his", "more", "of"})  # between the form and the forces' country


def place(doc: Any, i: int, words: list[int]) -> None:
    """Note that ``words`` of sentence ``i`` name where a fight taken part in is fought ("took part in the
    fighting in Syria"; roles_en_fights.joined_places): a country there is no party to it."""
    if words:
        doc.user_data.setdefault(PLACED, set()).update((i, w) for w in words)


def want(doc: Any, i: int, k: int) -> None:
    """Note that the trigger at word ``k`` of sentence ``i`` names an event only with the opponent the document
    implies: a noun or participle of fighting that describes a party ("a Ukrainian offensive", "soldiers
    fighting alongside Russian troops"; roles_en.assign)."""
    doc.user_data.setdefault(WANT, set()).add((i, k))


def ally(helped: list, kind: str, lang: str) -> tuple[str | None, list]:
    """The side a party fights for ("fighting for Russia") and the beneficiaries left for an AID besides: in
    ``LANGS`` a fight for someone is coded against that side's opponent, with no AID (story-dev English: each
    of the 4 such AIDs was false), elsewhere the AID stays."""
    if kind != FIGHT or lang not in LANGS or not helped:
        return None, helped
    return helped[0].canonical, []


def note(doc: Any, i: int, k: int, out: list[Relation], side: str | None) -> None:
    """Mark the ASSAULTs without a recipient among ``out`` (the relations of the trigger at word ``k`` of
    sentence ``i``): pending when ``want`` was called for the trigger or the fight is for ``side``."""
    pending = side is not None or (i, k) in doc.user_data.get(WANT, ())
    for rel in out:
        if rel.type == FIGHT and rel.recipient is None and (pending or side):
            doc.user_data.setdefault(KEY, {})[id(rel)] = (pending, side)
            doc.user_data.setdefault(HELD, []).append(rel)


def _sides(relations: list[Relation], marks: dict[int, tuple[bool, str | None]], gaz: Gazetteer) -> tuple[
        dict[str, Counter], dict[str, set[str]]]:
    enemies: dict[str, Counter] = {}
    partners: dict[str, set[str]] = {}
    for rel in relations:
        if rel.recipient is None or rel.status == "negated" or rel.recipient == rel.actor:
            continue
        if rel.type == FIGHT:  # an opponent is a country: "Ukraine -> Putin" makes no country Ukraine's enemy
            if _country(rel.recipient, gaz):
                enemies.setdefault(rel.actor, Counter())[rel.recipient] += 1
            if _country(rel.actor, gaz):
                enemies.setdefault(rel.recipient, Counter())[rel.actor] += 1
        elif rel.type in PARTNERING:
            partners.setdefault(rel.actor, set()).add(rel.recipient)
            partners.setdefault(rel.recipient, set()).add(rel.actor)
    for rel in relations:
        ally = marks.get(id(rel), (False, None))[1]
        if ally and ally != rel.actor:
            partners.setdefault(rel.actor, set()).add(ally)
            partners.setdefault(ally, set()).add(rel.actor)
    return enemies, partners


def fighting(doc: Doc, lex: RelationLexicon, gaz: Gazetteer) -> tuple[
        Counter, dict[int, set[str]], dict[int, set[str]], dict[int, set[str]], dict[int, set[str]]]:
    """The countries named as parties (relations/mentions.py: not as a place, "Russia's Kursk region", nor as
    the source reporting it) in the sentences of ``doc`` that hold a trigger of fighting, by count; and per such
    sentence the countries it names as the ally of a side ("alongside Russian troops", "on the side of
    Russia"), which count as no party, those it names as parties, the countries of the places it names
    ("in Kursk": Russia) and those it names after "against" ("for Russia against Ukraine")."""
    out: Counter = Counter()
    allies: dict[int, set[str]] = {}
    parties: dict[int, set[str]] = {}
    places: dict[int, set[str]] = {}
    foes: dict[int, set[str]] = {}
    placed = doc.user_data.pop(PLACED, set())
    for i, sent in enumerate(doc.sents):
        toks = doc.sent_tokens(i)
        low = [t.text.lower() for t in toks]
        if sent.kind == "dateline" or not any(
                (trig := lex.triggers_at(low, k)) is not None and trig.type.startswith(FIGHT) for k in range(len(low))):
            continue
        for m in mentions(doc, i, [t.text for t in toks], [t.start for t in toks], gaz, lex):
            if m.label == PLACE and _country(m.canonical, gaz):
                places.setdefault(i, set()).add(m.canonical)
            if m.label != "LOC" or m.source or not _country(m.canonical, gaz) or (i, m.first) in placed:
                continue
            before = low[max(0, m.first - 3):m.first]
            if AGAINST in before:  # "fighting for Russia against Ukraine": Ukraine is the opponent
                before = before[before.index(AGAINST) + 1:]
                foes.setdefault(i, set()).add(m.canonical)
            if set(before) & ALLY or _used(low, m, before, lex):
                allies.setdefault(i, set()).add(m.canonical)
            else:
                out[m.canonical] += 1
                parties.setdefault(i, set()).add(m.canonical)
    return out, allies, parties, places, foes


@lru_cache(maxsize=1)
def _using() -> frozenset[str]:
    """The English word forms of using forces (lang/en/relations/used_forces.txt)."""
    return resources.load("en", USED).set(lower=True)


def _used(low: list[str], m: Any, before: list[str], lex: RelationLexicon) -> bool:
    """Whether the country mention ``m`` names forces a side uses: after a form of using ("is using North Korean
    troops"), or as forces before one and "by" ("Belarusian troops will be used by Moscow"): the user's ally."""
    if m.last >= len(low) or not lex.is_agent(low[m.last]):
        return False  # forces: "North Korean troops", not "Ukrainian cities"
    use = max((j for j, w in enumerate(before) if w in _using()), default=None)
    if use is not None and all(w in USED_GAP or w.replace(",", "").isdigit() or w in lex.numbers
                               for w in before[use + 1:]):
        return True  # "is using (the, 2,000) Belarusian troops", not "is using drones on Ukrainian soldiers"
    after = low[m.last + 1:m.last + 5]
    return any(w in _using() and j + 1 < len(after) and after[j + 1] == "by" for j, w in enumerate(after))


def countries(doc: Doc, gaz: Gazetteer) -> Counter:
    """The countries the entities of ``doc`` name (adjectives too: "Ukrainian President"), by count."""
    out: Counter = Counter()
    for ent in doc.ents:
        entry = gaz.by_canonical.get(ent.canonical or "")
        if entry is not None and entry.kind == "metonym" and entry.government:
            entry = gaz.by_canonical.get(entry.government)
        if ent.label == "LOC" and entry is not None and entry.source == "countries.txt":
            out[entry.canonical] += 1
    return out


def _country(name: str | None, gaz: Gazetteer) -> bool:
    entry = gaz.by_canonical.get(name or "")
    return entry is not None and entry.source == "countries.txt"


def opponent(actor: str, enemies: dict[str, Counter], partners: dict[str, set[str]], fights: Counter,
             named: Counter, helps: dict[str, Counter], ally: str | None = None,
             here: set[str] | frozenset[str] = frozenset(),
             where: set[str] | frozenset[str] = frozenset()) -> tuple[str | None, str]:
    """The country ``actor`` fights against in the document and whose opponent it is (the actor, its ally or
    a partner, or the actor's side in the document's fighting sentences or among the countries it names)."""
    friends = partners.get(actor, set()) | {actor} | ({ally} if ally else set())
    # a country the fight's own sentence names besides the actor's side ("clashes with North Korean troops",
    # "killed in a Ukrainian attack"), the one the fighting sentences name most
    # else the country of a place the sentence fights in, unless it is the actor's side's ("Kyiv began an offensive
    # in Kursk": Russia; not "North Korean troops fighting in Kursk" in a text on their aid to Russia); for an
    # actor without fights of its own, never a country at war with a third that is not of the actor's side: it is
    # that third's opponent and the actor may fight for it ("Belarusian gunners, taken prisoner while fighting for
    # Moscow against Kyiv ... the Belarusian units took part in skirmishes near Belgorod": Russia is at war with
    # Ukraine, not with Belarus; nor "Moscow's war bloggers say Belarusian units moved on to heavier fighting":
    # named in the sentence, no party to it)
    def elsewhere(name: str) -> bool:
        return not enemies.get(actor) and bool(set(enemies.get(name) or ()) - friends)

    own = [name for name in here if name not in friends and not elsewhere(name)] or [
        name for name in where if name not in friends and not elsewhere(name)]
    if own:  # of two there, the one the other helps ("North Korea sent sappers to Russia ... Ukraine's offensive there")
        best = max(own, key=lambda name: (fights[name], name))
        helped = next((r for r, _ in (helps.get(best) or Counter()).most_common() if r in own), None)
        return helped or best, actor + " in its sentence"
    for side in [actor, *([ally] if ally else []), *sorted(partners.get(actor, ()))]:
        for name, _ in (enemies.get(side) or Counter()).most_common():
            if name not in friends:
                return name, side
    # the country the fighting sentences name most besides the actor's side, else the document; an actor
    # without a side in the document only where the other countries of those sentences are not at war with
    # each other ("Russia attacked Ukraine. North Korean soldiers are fighting": either side)
    tiers = [(fights, actor + " in its fighting sentences")]
    if len(friends) > 1:
        tiers.append((named, actor + " beside its partners"))
    else:
        others = [name for name in fights if name not in friends]
        if any(b in (enemies.get(a) or ()) for a in others for b in others):
            return None, actor
    for counts, why in tiers:
        for name, _ in counts.most_common():
            if name not in friends and not elsewhere(name):
                # of the other side, the party its helpers help ("Russia", not "North Korea", for a Ukrainian
                # offensive in a text on North Korean aid to Russia)
                helped = next((r for r, _ in (helps.get(name) or Counter()).most_common() if r not in friends), None)
                return helped or name, why
    return None, actor


def fill(doc: Doc, relations: list[Relation], lex: RelationLexicon, gaz: Gazetteer) -> list[Relation]:
    """``relations`` with the implied opponent filled into each ASSAULT (of a language in ``LANGS``) that names no recipient
    (marked in the provenance); a pending one without an opponent, or whose opponent the sentence already
    records for the same actor, is dropped."""
    marks: dict[int, tuple[bool, str | None]] = doc.user_data.pop(KEY, {})
    doc.user_data.pop(HELD, None)
    doc.user_data.pop(WANT, None)
    if lex.lang not in LANGS or not any(r.type == FIGHT and r.recipient is None for r in relations):
        doc.user_data.pop(PLACED, None)
        return [r for r in relations if not marks.get(id(r), (False, None))[0] or r.recipient is not None]
    enemies, partners = _sides(relations, marks, gaz)
    helps: dict[str, Counter] = {}
    for rel in relations:
        if rel.type == "AID" and rel.recipient and rel.status != "negated" and _country(rel.recipient, gaz):
            helps.setdefault(rel.actor, Counter())[rel.recipient] += 1
    fights, allies, parties, places, foes = fighting(doc, lex, gaz)
    for i, helped in allies.items():  # "gunners captured fighting for Minsk against Vilnius": the two are at war,
        # though the sentence states no fight of a party of its own (a headline, a capture)
        for one in helped:
            for other in foes.get(i, ()):
                if other != one:
                    enemies.setdefault(one, Counter())[other] += 1
                    enemies.setdefault(other, Counter())[one] += 1
    for rel in relations:  # "soldiers fighting alongside Russian troops": the actor's side
        for name in allies.get(rel.sentence, ()) if rel.type == FIGHT and rel.mode != ABDUCT else ():
            if name != rel.actor:
                partners.setdefault(rel.actor, set()).add(name)
                partners.setdefault(name, set()).add(rel.actor)
    named = countries(doc, gaz)
    seen = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
    out = []
    for rel in relations:
        pending, ally = marks.get(id(rel), (False, None))
        if rel.type == FIGHT and rel.recipient is None and _country(rel.actor, gaz):
            name, side = opponent(rel.actor, enemies, partners, fights, named, helps, ally,
                                  parties.get(rel.sentence, frozenset()),
                                  places.get(rel.sentence, frozenset()))
            if name is not None:
                if (rel.sentence, rel.type, rel.actor, name) in seen:
                    continue  # the sentence names this fight already
                rel.recipient = name
                rel.provenance += NOTE.format(side)
                seen.add((rel.sentence, rel.type, rel.actor, name))
            elif pending:
                continue
        out.append(rel)
    return out


def enemy_aid(relations: list[Relation], gaz: Gazetteer) -> list[Relation]:
    """``relations`` without aid to the enemy: an AID whose recipient the document shows fighting its actor
    (ASSAULT between the two countries, either way, its own or implied) more often than cooperating with it is the war zone or the war read as the recipient ("sending troops to Ukraine",
    "Stationierung ... in der Ukraine", "Invasion Russlands in die Ukraine ... verstärkt"): the flow goes to
    the actor's main AID recipient instead (marked in the provenance), or is dropped when the sentence records
    that flow already or the actor has no other."""
    fights: Counter = Counter()
    for rel in relations:
        if rel.type == FIGHT and rel.recipient and rel.status != "negated" and _country(rel.actor, gaz) \
                and _country(rel.recipient, gaz):
            fights[frozenset((rel.actor, rel.recipient))] += 1
    if not fights:
        return relations
    ties = Counter(frozenset((r.actor, r.recipient)) for r in relations
                   if r.type in PARTNERING - {"AID"} and r.recipient and r.status != "negated")
    aid: dict[str, Counter] = {}
    for rel in relations:
        if rel.type == "AID" and rel.recipient and _country(rel.recipient, gaz):
            aid.setdefault(rel.actor, Counter())[rel.recipient] += 1

    def enemy(actor: str, other: str) -> bool:
        return fights[frozenset((actor, other))] > ties[frozenset((actor, other))]

    seen = {(r.sentence, r.type, r.actor, r.recipient) for r in relations}
    out = []
    for rel in relations:
        if rel.type == "AID" and rel.recipient and rel.recipient != rel.actor and enemy(rel.actor, rel.recipient):
            instead = next((name for name, _ in aid[rel.actor].most_common()
                            if name != rel.recipient and not enemy(rel.actor, name)), None)
            if instead is None or (rel.sentence, rel.type, rel.actor, instead) in seen:
                continue
            seen.add((rel.sentence, rel.type, rel.actor, instead))
            rel.provenance += f" (recipient: {instead}, not the opponent {rel.recipient})"
            rel.recipient, rel.recipient_text, rel.recipient_start, rel.recipient_end = instead, None, None, None
        out.append(rel)
    return out
