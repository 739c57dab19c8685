"""The words the relation rules use, read from lang/<code>/relations/*.txt."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources

RESOURCES = ("relations/triggers.txt", "relations/preps.txt", "relations/status.txt", "relations/objects.txt",
             "relations/agents.txt", "relations/anaphors.txt", "relations/places.txt",
             "relations/groups.txt", "relations/outlets.txt",  # groups.txt, outlets.txt: read by mentions.py
             "relations/frames.txt")  # frames.txt: read by frames.py
RESOURCES += ("relations/penalties.txt",)  # read by penalties.py: court sentences
RESOURCES += ("relations/governments.txt",)  # read by rolenouns.py: a bare government noun (German)
RESOURCES += ("relations/judges.txt",)  # read by judges.py: speakers who judge a noun event (German)
RESOURCES += ("relations/provisions.txt",)  # read by provisions.py: the case a pact provides for (German)
RESOURCES += ("relations/joined.txt",)  # read by joined_en.py: the side forces are readied to join (English)
RESOURCES += ("relations/givers.txt",)  # read by roles_en.py: nouns naming a flow's giver ("supplier", English)
RESOURCES += ("relations/delegations.txt",)  # read by delegations.py: a delegation's figure is no flow
RESOURCES += ("relations/supported.txt",)  # read by supported.py: verbs of backing whose object is an event (German)
RESOURCES += ("relations/verbal_nouns.txt",)  # read by verbal_nouns.py: support verbs, casualty words (German)
RESOURCES += ("relations/taking_part.txt",)  # read by roles_en_fights.py: verbs of taking part in a fight (English)
RESOURCES += ("relations/casualties.txt",)  # read by roles_en_fights.py: verbs of dying in an attack (English)
RESOURCES += ("relations/pacts.txt",)  # read by pacts.py: signing and ratifying words (German)
RESOURCES += ("relations/legislatures.txt",)  # read by pacts.py: the state a parliament ratifies for (German)
RESOURCES += ("relations/imposed.txt",)  # read by penalties.py: "verhängte" with a sanction or a penalty (German)
RESOURCES += ("relations/reproach.txt",)  # read by reproach_de.py: who reproaches whom with "vorwerfen" (German)
RESOURCES += ("relations/protests.txt",)  # read by protests_de.py: protest words that name no protest (German)
RESOURCES += ("relations/looming.txt",)  # read by looming_de.py: penalties that loom over someone (German)
RESOURCES += ("relations/deployments.txt",)  # read by deployments.py: the side phrase (German)
RESOURCES += ("relations/visits.txt",)  # read by visits.py: the phrase of a visit noun (German)
RESOURCES += ("relations/patients.txt",)  # read by patients.py: whom a noun of capture or killing is done to
RESOURCES += ("relations/noun_agents.txt",)  # read by noun_agents.py: "durch X" after a noun trigger (German)
RESOURCES += ("relations/coming_from.txt",)  # read by coming_from.py: "Kritik kam von X", the noun's actor (German)
RESOURCES += ("relations/nonevents.txt",)  # read by nonevents_de.py: words whose neighbours decide (German)
RESOURCES += ("relations/hits.txt",)  # read by hits_de.py: "treffen" that hits, scores or decides (German)
RESOURCES += ("relations/talks.txt",)  # read by talks_de.py: words of talking that name no talks (German)
RESOURCES += ("relations/parades.txt",)  # read by support_idioms.py: troops in another state's parade (German)
RESOURCES += ("relations/sought.txt",)  # read by asked.py: help negotiated or hoped for, none given (German)
RESOURCES += ("relations/partners.txt",)  # read by partner_first.py: a meeting's partner before its place
RESOURCES += ("relations/conjunctions.txt",)  # read by record.py and provenance_de.py: coordination and contrast
RESOURCES += ("relations/carried_anaphors.txt",)  # read by carried.py: forces named again (German)
RESOURCES += ("relations/regions.txt",)  # read by regions.py: a state named by its region (descriptions.py)
RESOURCES += ("relations/returned.txt",)  # read by returned.py: a flow given back, "im Gegenzug" (German)
RESOURCES += ("relations/held.txt",)  # read by held_de.py: who holds the ground attacked (German)
RESOURCES += ("relations/struggles.txt",)  # read by struggles.py: fights for a goal, no armed act
RESOURCES += ("relations/joining.txt",)  # read by joining_de.py: the war a verb of joining joins (German)
RESOURCES += ("relations/targets.txt",)  # read by targets_en.py: targets named by a country adjective (English)
RESOURCES += ("relations/used_forces.txt",)  # read by implied.py: forces a side uses are its own (English)
RESOURCES += ("relations/welcomes.txt",)  # read by welcomes_en.py: a welcome to a place is a visit (English)
RESOURCES += ("relations/time_nouns.txt",)  # read by passives_de.py: words of time before "von"/"mit" (German)
RESOURCES += ("relations/particles.txt",)  # read by roles_de.py: infinitives with "zu" inside (German)
RESOURCES += ("relations/figures.txt",)  # read by figures.py: shares and figures beside the object
RESOURCES += ("relations/occasions.txt",)  # read by sourcing.py: the occasion of a statement
RESOURCES += ("relations/statements.txt",)  # read by sourcing.py: nouns of statements ("nach russischen Angaben")
RESOURCES += ("relations/threats.txt",)  # read by threats.py: verbs of threatening (German)
RESOURCES += ("relations/summons.txt",)  # read by summons.py: an envoy summoned in a passive clause
RESOURCES += ("relations/linking.txt",)  # read by sourcing.py: the linking "s" of a compound (German)
RESOURCES += ("relations/deadlines.txt",)  # read by events.py: "will bis 2030 ... haben" is a goal (German)
RESOURCES += ("relations/pronouns.txt",)  # read by pronouns.py: whom "er", "sie", "he", "she" can name
RESOURCES += ("relations/appositions.txt",)  # read by appositions.py: a speaker named with an apposition
RESOURCES += ("relations/role_holders.txt",)  # read by role_holders.py: a role noun naming a person again (German)
RESOURCES += ("relations/endorsed.txt",)  # read by endorsed.py: support voiced for a matter (German)
RESOURCES += ("relations/stance.txt",)  # read by stance.py: the addressee preposition of a verb of stance
RESOURCES += ("relations/matters.txt",)  # read by stance.py: matters of worry that are no one's deed
RESOURCES += ("relations/crowds.txt",)  # read by crowds.py: protests and clashes of crowds (German)
RESOURCES += ("relations/figurative.txt",)  # read by figurative.py: fights in words between people (German)
RESOURCES += ("relations/reports.txt",)  # read by reports.py: an unnamed media report ("Medienbericht")
RESOURCES += ("relations/agencies.txt",)  # read by agencies.py: national agencies described ("südkoreanische Geheimdienst")
RESOURCES += ("relations/judgements.txt",)  # read by judgements.py: a speaker's judgement of an act
RESOURCES += ("relations/said_judgements.txt",)  # read by said_judgements.py: "sprach von einem Skandal", blame (German)
RESOURCES += ("relations/homecoming.txt",)  # read by homecoming.py: forces of one sender coming home
RESOURCES += ("relations/captors.txt",)  # read by captors.py: captives whose captor a source names
RESOURCES += ("relations/org_forces.txt",)  # read by org_forces.py: "PKK-Kämpfer" (German)
RESOURCES += ("relations/armies.txt",)  # read by armies_de.py: forces named without their state (German)
RESOURCES += ("relations/mobilize.txt",)  # read by mobilize_de.py: training, mobilization nouns (German)
RESOURCES += ("relations/flow_compounds.txt",)  # read by flow_compounds.py: "Ukraine-Hilfe" (German)
RESOURCES += ("relations/arrivals.txt",)  # read by arrivals.py: goods arriving in a state (German)

# Word forms ``RelationLexicon.starting`` remembers (its cache ``first_words``) before it starts anew.
FIRST_WORDS = 200_000
# The flags a trigger's type may carry after its PLOVER type (triggers.txt FORMAT; read in extract._relations).
FLAGS = "~!@^+>$*%&#"


@dataclass(frozen=True, slots=True)
class Trigger:
    words: tuple[re.Pattern, ...]  # one pattern per word
    type: str  # PLOVER type, or "AID/CONSULT": the first when something flows, else the second
    mode: str | None
    context: tuple[str, ...]
    rule: str  # provenance: file and line
    particle: re.Pattern | None = None  # separable verb: the particle ending its clause ("sagte ... zu")
    line: int = -1  # its index among the lexicon's triggers (-1: made by a rule, not read from triggers.txt)

    def event_type(self, flows: bool) -> str:
        """The PLOVER type; a trailing "~" marks a trigger whose subject receives ("erhielt", "received"), "@"
        one that happens where the actor's forces are: a place after "in" is no recipient ("ausgebildet")."""
        first, _, second = self.type.partition("/")
        return first if flows or not second else second


@dataclass
class RelationLexicon:
    lang: str
    triggers: list[Trigger] = field(default_factory=list)
    first_words: dict[str, list[Trigger]] = field(default_factory=dict)  # cache: word -> matching triggers
    preps: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)  # prep -> (role, types)
    status: list[tuple[tuple[re.Pattern, ...], str]] = field(default_factory=list)
    objects: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    origin: frozenset[str] = frozenset()  # prepositions of an origin ("aus", "von"; "from", "by")
    agent_preps: frozenset[str] = frozenset()  # prepositions of the agent of a passive ("von", "by")
    infinitive: frozenset[str] = frozenset()  # the infinitive marker ("zu", "to")
    allies: frozenset[str] = frozenset()  # words after which a mention fights on the actor's side ("Seite")
    opponent: frozenset[str] = frozenset()  # prepositions naming the side force is used against ("gegen")
    # preps.txt "comparison": before a number the word compares, governing nothing ("über 20 Prozent der Ukraine")
    comparison: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()  # quantities/numbers.txt: number words ("zwanzig", "hundert")
    multipliers: tuple[str, ...] = ()  # their multipliers, also ending a compound ("dreihundert")
    anaphors: tuple[tuple[tuple[str, ...], str], ...] = ()  # (phrase, actor | person): "das Land", "er"
    places: dict[tuple[str, ...], str] = field(default_factory=dict)  # ("Kursk",) -> "Russland"
    place_nouns: frozenset[str] = frozenset()  # "region": "die russische Region" names Russland as a place
    not_triggers: list[tuple[int, re.Pattern]] = field(default_factory=list)  # type "-": (line index, words)
    # type "-" of a separable verb ("griff ... zurück"): (line index, verb, particle); the verb names no event of
    # the lines above when its clause ends with the particle ("griff auf Reserven zurück": no attack)
    not_particle_triggers: list[tuple[int, re.Pattern, re.Pattern]] = field(default_factory=list)
    # status.txt's words that are no status cue (modality.reported_future): "würde" as a reported future, and the
    # words of a condition that keep it hypothetical; a pattern matching no word when the language has none
    reported_future: re.Pattern = re.compile("(?!)")
    condition: re.Pattern = re.compile("(?!)")
    lifted: re.Pattern = re.compile("(?!)")  # status.txt "lifted": verbs that end a sanction (penalties.without_lifted)
    source_preps: frozenset[str] = frozenset()  # preps.txt "source": where received goods come from ("aus")
    # conjunctions.txt: between coordinated figures ("und", "as well as"), opening a next conjunct ("und"),
    # adversative ("aber", "but"), and the pair of a contrast ("nicht ..., sondern")
    joined: re.Pattern = re.compile("(?!)")
    coordinated: frozenset[str] = frozenset()
    adversative: frozenset[str] = frozenset()
    additive: frozenset[str] = frozenset()  # "auch", "ebenfalls": a second party doing the same (dashes.py)
    contrast: tuple[str, str] | None = None
    # conjunctions.txt "complement": a complement clause's start after a comma (", dass", ", ob"; reporters.py)
    complement: re.Pattern = re.compile("(?!)")
    # caches for speed (any_first, anaphor_index, place_firsts, particle_lines): derived from the fields above, never compared
    _any_first: tuple[int, re.Pattern] | None = field(default=None, repr=False, compare=False)
    _anaphor_index: tuple[tuple, dict] | None = field(default=None, repr=False, compare=False)
    _particle_lines: dict[str, tuple[tuple[int, re.Pattern], ...]] = field(default_factory=dict, repr=False, compare=False)
    _place_firsts: tuple[tuple[int, int], frozenset[str]] | None = field(default=None, repr=False, compare=False)
    # (number of status rows, lower-case word -> the status rows its first pattern matches): status_cues' memory
    _status_cues: tuple[int, dict[str, tuple]] | None = field(default=None, repr=False, compare=False)
    # lower-case word -> whether a trigger of triggers.txt or frames.txt can start at it (extract.py fills it)
    start_words: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def anaphor_in(self, low: list[str], lo: int, hi: int) -> str | None:
        """The kind (actor | person) of the first anaphor starting between words ``lo`` and ``hi``, else None."""
        index = self.anaphor_index()
        for m in range(lo, hi):
            for phrase, kind in index.get(low[m], ()) if m < len(low) else ():
                if kind in ("actor", "person") and tuple(low[m:m + len(phrase)]) == phrase:
                    return kind
        return None

    def first_person(self, words: list[str]) -> bool:
        """Whether one of the lower-case ``words`` is a first-person word (anaphors.txt, kind speaker)."""
        return any((w,) == phrase for w in words for phrase, kind in self.anaphors if kind == "speaker")

    def triggers_at(self, low: list[str], k: int) -> Trigger | None:
        """The first trigger whose words match the lower-case words from ``k`` on."""
        candidates = self.starting(low[k])
        if not candidates:  # most words start no trigger: no clause is read for their particles
            return None
        last = _UNREAD  # the last word of the verb's clause, read once for all particles (_clause_last)
        if self.not_particle_triggers and self._particle_lines_of(low[k]):
            last = _clause_last(low, k, self)
        cut = self._particle_cut(low, k, last) if last is not _UNREAD else 0
        for trig in candidates:
            if trig.particle is not None:
                last = _clause_last(low, k, self) if last is _UNREAD else last
                if last is None or not trig.particle.fullmatch(last):
                    continue
            if 0 <= trig.line < cut:  # cancelled by a separable verb's "-" line below it
                continue
            n = len(trig.words)
            if k + n <= len(low) and all(p.fullmatch(w) for p, w in zip(trig.words[1:], low[k + 1:k + n], strict=True)):
                return trig
        return None

    def _particle_cut(self, low: list[str], k: int, last: str | None) -> int:
        """The line index of the last separable verb's "-" line that the verb at ``k`` and its clause's last word
        ``last`` (``_clause_last``) match (its particle), else 0: the trigger lines before that index do not fire
        at ``k``."""
        if last is None:
            return 0
        return max((at for at, particle in self._particle_lines_of(low[k]) if particle.fullmatch(last)), default=0)

    def _particle_lines_of(self, word: str) -> tuple[tuple[int, re.Pattern], ...]:
        """(line index, particle) of the "-" lines whose verb the lower-case ``word`` is: computed once per word
        form (none for most)."""
        lines = self._particle_lines.get(word)
        if lines is None:
            lines = tuple((at, particle) for at, verb, particle in self.not_particle_triggers if verb.fullmatch(word))
            if len(self._particle_lines) >= FIRST_WORDS:  # bounded: a new dict (another thread may read this one)
                self._particle_lines = {}
            self._particle_lines[word] = lines
        return lines

    def starting(self, word: str) -> list[Trigger]:
        """The triggers whose first word pattern matches the lower-case ``word`` (empty for most words)."""
        candidates = self.first_words.get(word)
        if candidates is None:  # which triggers can start at this word, computed once per word form
            if not self.any_first().fullmatch(word):
                candidates = []  # most word forms start no trigger: one test of all first patterns at once
            else:
                # a "-" line cancels the lines above it for its words ("Drohnen" is no threat though "droh\w*"
                # matches it); lines below it may claim them again
                cut = max((at for at, p in self.not_triggers if p.fullmatch(word)), default=0)
                candidates = [t for t in self.triggers[cut:] if t.words[0].fullmatch(word)]
                # a line of more words is tried first (FORMAT): "help each other" before "help"
                candidates.sort(key=lambda t: -len(t.words))
            if len(self.first_words) >= FIRST_WORDS:  # bounded: a new dict (another thread may read this one)
                self.first_words = {}
            self.first_words[word] = candidates
        return candidates

    def status_cues(self, word: str) -> tuple[tuple[tuple[re.Pattern, ...], str], ...]:
        """The rows of ``status`` whose first pattern matches the lower-case ``word`` in full, in their order
        (record.status asks for every word of a trigger's clause; remembered per word form, anew when the rows
        change or FIRST_WORDS forms are kept: a new dict, another thread may read the old one)."""
        kept = self._status_cues
        if kept is None or kept[0] != len(self.status) or len(kept[1]) >= FIRST_WORDS:
            kept = self._status_cues = (len(self.status), {})
        cues = kept[1].get(word)
        if cues is None:
            cues = kept[1][word] = tuple(row for row in self.status if row[0][0].fullmatch(word))
        return cues

    def any_first(self) -> re.Pattern:
        """One pattern matching in full what any trigger's first word pattern matches in full (an alternation
        backtracks into each branch), built on first use from the triggers as they are then."""
        key = len(self.triggers)
        if self._any_first is None or self._any_first[0] != key:
            self._any_first = (key, any_of(t.words[0] for t in self.triggers))
        return self._any_first[1]

    def anaphor_index(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """The anaphors (phrase, kind) by the first word of their phrase, in file order (built on first use: a
        sentence's words are looked up instead of every phrase tried at every word)."""
        if self._anaphor_index is None or self._anaphor_index[0] is not self.anaphors:
            index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for phrase, kind in self.anaphors:
                if phrase:
                    index.setdefault(phrase[0], []).append((phrase, kind))
            self._anaphor_index = (self.anaphors, {w: tuple(rows) for w, rows in index.items()})
        return self._anaphor_index[1]

    def place_firsts(self) -> frozenset[str]:
        """The first words of the names of ``places`` (a word that is none of them starts no place name)."""
        key = (id(self.places), len(self.places))
        if self._place_firsts is None or self._place_firsts[0] != key:
            self._place_firsts = (key, frozenset(name[0] for name in self.places if name))
        return self._place_firsts[1]

    def role(self, prep: str, event_type: str) -> str | None:
        """The role a mention after ``prep`` takes in an event of ``event_type`` (None: no role)."""
        for role, types in self.preps.get(prep, ()):
            if "*" in types or event_type in types:
                return role
        return None

    def compares(self, low: list[str], k: int) -> bool:
        """Whether word ``k`` is a preposition of comparison right before a number ("über 20 Prozent", "over
        1,000 square kilometres": more than), which governs no mention after it."""
        if low[k] not in self.comparison or k + 1 >= len(low):
            return False
        after = low[k + 1]
        return any(c.isdigit() for c in after) or after in self.numbers or after.endswith(self.multipliers)

    def is_object(self, low: str) -> bool:
        return low.endswith(self.objects)

    def is_agent(self, low: str) -> bool:
        return low.endswith(self.agents)


# Where the clause of a separable verb ends: its particle stands right before ("Er sagte Hilfe zu.").
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "–", "—", "(", ")", "„", "“", '"', "«", "»"})


_UNREAD = object()  # triggers_at's clause end before it is read


def _clause_last(low: list[str], k: int, lex: RelationLexicon) -> str | None:
    """The last word of the clause of the verb at ``k``, where a separable verb's particle stands ("sagte Ägypten
    Unterstützung zu"); None when the verb ends it itself. A German clause ends too before "und"/"oder" and a
    finite verb (status_frames.opens_main_conjunct): in "griff Y an und zog sich zurück" the "zurück" is the next
    verb's. One scan serves every particle asked about at ``k`` (it does not depend on the particle)."""
    from .status_frames import opens_main_conjunct  # status_frames reads this module's RelationLexicon

    j = k + 1
    while j < len(low) and low[j] not in _CLAUSE_STOPS \
            and not (lex.lang == "de" and opens_main_conjunct(low, low, j, lex)):
        j += 1
    return low[j - 1] if j - 1 > k else None


def any_of(patterns: Iterable[re.Pattern]) -> re.Pattern:
    """One pattern that matches a word in full when one of ``patterns`` does (an alternation backtracks into
    each branch); one matching everything when they cannot be joined (a global flag inside one), so that the
    caller's test of each pattern decides."""
    joined = "|".join(f"(?:{p.pattern})" for p in patterns) or "(?!)"
    try:
        return re.compile(joined)
    except re.error:
        return re.compile(r"(?s).*")


def _conjunctions(lex: RelationLexicon) -> None:
    """Fill the conjunction fields of ``lex`` from its language's conjunctions.txt (FORMAT there)."""
    joined, complement = [], []
    for words, kind in resources.load(lex.lang, "relations/conjunctions.txt").rows(2):
        words = words.lower()
        if kind == "joined":
            joined.append(re.escape(words))
        elif kind == "complement":
            complement.append(re.escape(words))
        elif kind == "coordinated":
            lex.coordinated |= {words}
        elif kind == "adversative":
            lex.adversative |= {words}
        elif kind == "additive":
            lex.additive |= {words}
        elif kind == "contrast":
            negation, _, adversative = words.partition(" ... ")
            lex.contrast = (negation, adversative)
    if joined:  # the text between two figures, within one clause, holds one of them as a word
        lex.joined = re.compile(r"^[^,;:.]*\b(?:" + "|".join(joined) + r")\b[^,;:.]*$")
    if complement:
        lex.complement = re.compile(r",\s*(?:" + "|".join(complement) + r")\s", re.IGNORECASE)


def _patterns(text: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(part) for part in text.split(" ") if part)


@lru_cache(maxsize=None)
def load(lang: str) -> RelationLexicon:
    lex = RelationLexicon(lang)
    res = resources.load(lang, "relations/triggers.txt")
    for (lineno, _), row in zip(res.lines, res.rows(4), strict=True):
        pattern, kind, mode, context = row[:4]
        head, _, particle = pattern.partition(" ... ")  # a separable verb: "sagt\w* ... zu"
        if kind == "-" and particle:  # a separable verb whose particle makes it no event of the lines above
            lex.not_particle_triggers.append((len(lex.triggers), re.compile(head), re.compile(particle)))
            continue
        if kind == "-":  # words an earlier line's pattern matches that name no event
            lex.not_triggers.append((len(lex.triggers), re.compile(pattern)))
            continue
        lex.triggers.append(Trigger(_patterns(head), kind, None if mode == "-" else mode,
                                    tuple(c for c in context.split("|") if c and c != "-"),
                                    f"rule:{lang}/relations/triggers.txt:{lineno}",
                                    re.compile(particle) if particle else None, len(lex.triggers)))
    for prep, role, types in resources.load(lang, "relations/preps.txt").rows(3):
        if role == "infinitive":
            lex.infinitive |= {prep.lower()}
            continue
        if role == "source":
            lex.source_preps |= {prep.lower()}
            continue
        if role == "comparison":
            lex.comparison |= {prep.lower()}
            continue
        if role == "ally":
            lex.allies |= {prep.lower()}
            role = "place"
        if role == "opponent":
            lex.opponent |= {prep.lower()}
            role = "recipient"
        if role in ("origin", "agent"):
            lex.origin |= {prep.lower()}
            if role == "agent":
                lex.agent_preps |= {prep.lower()}
            role = "place"
        lex.preps.setdefault(prep.lower(), []).append((role, frozenset(types.split())))
    frame: dict[str, list[re.Pattern]] = {"reported-future": [], "condition": [], "lifted": []}
    for pattern, status in resources.load(lang, "relations/status.txt").rows(2):
        if status in frame:
            frame[status].append(re.compile(pattern))
        else:
            lex.status.append((_patterns(pattern), status))
    lex.reported_future, lex.condition = any_of(frame["reported-future"]), any_of(frame["condition"])
    lex.lifted = any_of(frame["lifted"])
    _conjunctions(lex)
    lex.objects = tuple(resources.load(lang, "relations/objects.txt").set(lower=True))
    lex.agents = tuple(resources.load(lang, "relations/agents.txt").set(lower=True))
    lex.anaphors = tuple((tuple(phrase.lower().split()), kind)
                         for phrase, kind in resources.load(lang, "relations/anaphors.txt").rows(2))
    numbers = resources.load(lang, "quantities/numbers.txt").rows(3)  # the number words of quantities
    lex.numbers = frozenset(word.lower() for word, _, role in numbers if role in ("word", "mult"))
    lex.multipliers = tuple(word.lower() for word, _, role in numbers if role == "mult")
    for name, country in resources.load(lang, "relations/places.txt").rows(2):
        if country == "noun":
            lex.place_nouns |= {name.lower()}
        else:
            lex.places[tuple(name.split())] = country
    return lex
