"""Whom a personal pronoun ("er", "sie" with a singular verb, "he", "she") names when it is a trigger's subject.

The pronoun takes, in this order:
1. the speaker of the reported speech it stands in, named before it ("Kurz meinte, er werde ..."; not a writer
   named after it, who mostly speaks of others: "..., indem er ..., so der Autor X");
2. but no one when the sentence names another person before it who is not an object there (no preposition or
   oblique article before the name and its title): "Neymar konnte ..., er traf die Stange" is likelier Neymar
   than anyone before, but which clause the pronoun continues the rules cannot tell, so there is no relation
   (on unlabelled 10kGNAD the last person of the sentence before was wrong in each such case);
3. else the last person of an earlier sentence.
"man" in reported speech is its speaker's side, the speaker named before it ("Der Minister sagte, man werde
Polen helfen"), a person, a body or a state; elsewhere it is anyone and no actor.
The others must agree with the pronoun's gender, read off the text alone: a person is known female when a feminine
word stands right before one of the document's mentions of the name ("Ministerin", "Frau", "Mrs",
"Präsidentin"; lang/<code>/relations/pronouns.txt). A feminine pronoun ("sie", "she") takes only a person known
female, a masculine one ("er", "he") any other: the names themselves tell nothing (no list of first names), and a
woman's pronoun resolved to the last person whatever the gender was wrong too often.
"wir", "unser Land", "unsere Regierung", "we", "our country" as the subject of a trigger in the speech of an official
of a state are that state ("Wir verhandeln mit X, erklärte der bulgarische Innenminister Y": Bulgarien -> X), where
the trigger rules gave the speaker himself (``speakers_state``), or named no actor at all (``official_we``). An official
is a person the gazetteer's office roles give a state (sides.role_states) or one the document gives a country word
before a title of state office (meetings.person_countries, pronouns.txt "state-office": "der bulgarische
Innenminister"); anyone else's "wir" (a party leader, a national coach, a company's manager) stays as it was, and so
does a "wir" narrowed to a group ("wir als Partei", "wir Europäer").
"""

from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..entities.gazetteer import Gazetteer, gazetteer
from ..model import Doc, Entity, Relation
from .index import attributions_sourced_by
from .lexicon import RelationLexicon
from .meetings import person_countries
from .mentions import actor_name
from .sides import role_states

WORDS = "relations/pronouns.txt"
TITLE_WORDS = 3  # words of a title between an article and the name ("den russischen Außenminister Lawrow")
NEAR = 2  # words before a name read for a feminine title ("Innenministerin Johanna X", "Frau Dr. X")
CLAUSE_MARKS = (",", ";", ":", " – ", " - ")  # between a name and a pronoun: they stand in different clauses
IMPERSONAL = ("PER", "ORG", "LOC")  # who "man" in reported speech can be: a person, a body, a state


@lru_cache(maxsize=None)
def _listed(lang: str) -> dict[str, frozenset[str]]:
    """kind -> the lower-case words of that kind in pronouns.txt (feminine, feminine-ending, pronoun-feminine,
    pronoun-masculine, oblique, opener)."""
    out: dict[str, set[str]] = {}
    for word, kind in resources.load(lang, WORDS).rows(2):
        out.setdefault(kind, set()).add(word.lower())
    return {kind: frozenset(words) for kind, words in out.items()}


def _words(lang: str, kind: str) -> frozenset[str]:
    return _listed(lang).get(kind, frozenset())


def may_name_subject(low: list[str], lang: str) -> bool:
    """Whether the lower-case words hold a personal pronoun ("er", "sie") right after a word that follows a comma,
    which can name the actor of a verb ending a quotation in a sentence that names no one ("Die Täter müssen
    bestraft werden, forderte er." is read although no mention is there; ``after_said``)."""
    personal = _words(lang, "pronoun-masculine") | _words(lang, "pronoun-feminine")
    return any(w in personal and low[j - 2] == "," for j, w in enumerate(low) if j >= 2)


def after_said(words: list[str], low: list[str], k: int, n: int, span: tuple[int, int], lex: RelationLexicon) -> bool:
    """Whether the personal pronoun of ``span`` stands right after the verb at ``k`` (``n`` words) that follows a
    comma: "..., forderte er." says who made the demand the sentence holds before it. A pronoun opening its own
    sentence ("Er fordert mehr Kurse") may continue a person whose demands gold does not code (unlabelled
    10kGNAD: 14 of 19 such edges fully right) and is left out."""
    return k > 0 and words[k - 1] == "," and at(low, *span, lex, None) == k + n


def said_source(doc: Doc, i: int, offset: int) -> str | None:
    """The source of sentence ``i``'s attribution whose cue starts at the character offset ``offset``: for
    "..., forderte er." the attribution already resolved the "er" to the speaker ("Scholz traf Macron. ...,
    forderte er.": Scholz, the subject before, not Macron, the last man named), and a second resolution here
    could name another person than the one the same sentence's judgements take (said_judgements.py). None when
    no attribution there resolved the pronoun to a name of the document (its source is the bare "sie")."""
    names = {_name(e) for e in doc.ents}
    return next((a.source for a in doc.attributions if a.sentence == i and a.cue_start == offset
                 and a.source in names), None)


def person(doc: Doc, i: int, low: list[str], starts: list[int], lo: int, hi: int, lex: RelationLexicon,
           speaker_only: bool = False) -> str | None:
    """The canonical name of the person a personal pronoun between words ``lo`` and ``hi`` of sentence ``i``
    names, None when the pronoun is none of pronouns.txt's or no person fits it. ``speaker_only``: the clause
    names its object before the verb ("..., er habe Polen kritisiert"), a German order the trigger rules read
    well only in reported speech (on unlabelled 10kGNAD the other cases were mostly verbs of no event between
    actors: "ist er der Partei verpflichtet"), so only the speaker is taken."""
    lang = lex.lang
    p = at(low, lo, hi, lex, None)
    if p is None:
        return None
    offset = starts[p]
    if low[p] in _words(lang, "pronoun-impersonal"):  # "man": the side of the speaker whose words hold it
        gaz = gazetteer(lang)
        return next((side for name, label in _speakers(doc, i, offset, IMPERSONAL, opening=lang)
                     if (side := actor_name(name, label, gaz))), None)
    feminine = low[p] in _words(lang, "pronoun-feminine")
    sent_start = doc.sents[i].start
    people = [e for e in doc.ents if e.label == "PER" and e.end <= offset]
    women = female(doc, lang)

    def fits_name(name: str) -> bool:
        return name in women if feminine else name not in women

    speakers = [name for name, _ in _speakers(doc, i, offset, ("PER",))]
    others = [e for e in people if e.start >= sent_start and _name(e) not in speakers
              and (not _object(doc, e, lex) or _clause_between(doc.text[e.end:offset]))]
    if others:
        # another subject before it in the sentence ("Neymar ..., er traf die Stange", "X sagte, Kim habe die
        # Truppen, die er ... geschickt hatte"), or a person of another clause whatever its case ("gelang dem
        # Schweden X eine Serie, als er ..."): likelier that person than one of an earlier sentence, but whose
        # clause the pronoun continues the rules cannot tell; an object of its own clause is none ("Mit X sprach
        # er": the pronoun is someone else)
        return None
    # "Scholz sagte, er werde ...": the speaker named before it (a writer named after the content mostly speaks
    # of others: "..., indem er ..., so der Autor X"); a speaker of the other gender speaks of someone before
    fit = next((name for name in speakers if fits_name(name)), None)
    if fit or speaker_only:
        return fit
    for e in reversed([e for e in people if e.start < sent_start]):
        if fits_name(_name(e)):
            # a body or state of the pronoun's gender opening a sentence since ("Die Regierung tagte.", "Der
            # Kreml schwieg.") is as likely its antecedent as the person: no one
            return None if _body_between(doc, e.end, offset, low[p], lang) else _name(e)
    return None


def _body_between(doc: Doc, lo: int, hi: int, pronoun: str, lang: str) -> bool:
    """Whether a sentence starting between the character offsets ``lo`` and ``hi`` opens with a singular body or
    state of the gender of ``pronoun``: an article of pronouns.txt "subject-article-feminine"/"-masculine" and,
    within the title words after it, an ORG/LOC mention or (feminine) a noun with a "noun-ending-feminine"
    ("Die Türkei", "Die Regierung", "Die EU", "Der Kreml")."""
    gender = "feminine" if pronoun in _words(lang, "pronoun-feminine") else "masculine"
    articles, endings = _words(lang, f"subject-article-{gender}"), tuple(_words(lang, f"noun-ending-{gender}"))
    if not articles:
        return False
    for sent in doc.sents:
        if not lo <= sent.start < hi:
            continue
        head = doc.text[sent.start:min(sent.end, hi)].split()[:TITLE_WORDS + 1]
        if not head or head[0].lower() not in articles:
            continue
        span_end = sent.start + len(" ".join(head))
        if any(e.label in ("ORG", "LOC") and sent.start < e.start < span_end for e in doc.ents):
            return True
        if endings and any(w[:1].isupper() and _bare(w).endswith(endings) for w in head[1:]):
            return True
    return False


def _speakers(doc: Doc, i: int, offset: int, labels: tuple[str, ...], opening: str | None = None) -> list[tuple[str, str]]:
    """(name, label) of the speakers (entities of ``labels``) of sentence ``i`` named before the character offset
    ``offset`` whose reported speech holds it; ``opening`` (the language code): only speech that opens with it
    ("man werde", "dass man werde"; deeper in it, or after "wie"/"ob", "man" is mostly anyone: "..., wie man
    vorgehen könne")."""
    out: list[tuple[str, str]] = []
    for attr in doc.attributions:
        if attr.sentence != i or attr.source_start is None or attr.source_end is None \
                or attr.content_start is None or not attr.content_start <= offset < (attr.content_end or 0) \
                or opening and not _opens(doc.text[attr.content_start:offset], opening):
            continue
        out += [(_name(e), e.label) for e in doc.ents if e.label in labels and e.start < attr.source_end
                and attr.source_start < e.end and e.end <= offset and (_name(e), e.label) not in out]
    return out


def _opens(text: str, lang: str) -> bool:
    """Whether reported speech that reads ``text`` before a pronoun opens with it: nothing before it, or one word
    that is no question word of pronouns.txt ("dass man werde", "welche man eingesetzt habe"; "wie man", "ob
    man", "wann man" ask how or whether anyone might act)."""
    before = [_bare(w) for w in text.split() if _bare(w)]
    return not before or len(before) == 1 and before[0] not in _words(lang, "interrogative")


def one_for_many(doc: Doc, named: object, low: list[str], lo: int, hi: int, lex: RelationLexicon) -> bool:
    """Whether a plural pronoun between words ``lo`` and ``hi`` ("sie" with a plural verb, "they") would be
    resolved to a single person: ``named`` is the carried (Mention, name) of the actor the text last spoke of,
    which a person often is while the pronoun means others ("X warf A und B vor, sie hätten ... abgelehnt")."""
    if not isinstance(named, tuple) or not any(w in _words(lex.lang, "pronoun-plural") for w in low[lo:hi]):
        return False
    return any(e.label == "PER" and (e.canonical or e.text) == named[1] for e in doc.ents)


def at(low: list[str], lo: int, hi: int, lex: RelationLexicon, default: int | None) -> int | None:
    """The word index of the first pronoun of pronouns.txt between words ``lo`` and ``hi``, else ``default``."""
    pronouns = _words(lex.lang, "pronoun-feminine") | _words(lex.lang, "pronoun-masculine") | \
        _words(lex.lang, "pronoun-impersonal") | _words(lex.lang, "pronoun-plural")
    return next((m for m in range(lo, min(hi, len(low))) if low[m] in pronouns), default)


def number(word: str, lang: str) -> str | None:
    """The number the verb form ``word`` gives a "sie" next to it, as roles_de.sie names it: "person" (singular)
    or "actor" (plural) for the subjunctive of reported speech ("Inzwischen seien sie ...", "sie habe ...",
    pronouns.txt verb-singular, verb-plural), else None."""
    if word in _words(lang, "verb-singular"):
        return "person"
    return "actor" if word in _words(lang, "verb-plural") else None


def _name(e: Entity) -> str:
    return e.canonical or e.text


def female(doc: Doc, lang: str) -> frozenset[str]:
    """The canonical names of the persons a feminine word describes (one mention is enough): a title in the
    mention itself ("Ms Theresa May" as the entity) or one in apposition right before the name ("Innenministerin
    Johanna X"; abbreviated titles may stand between: "Frau Dr. X"). A feminine word before a genitive
    ("die Witwe Alexej Nawalnys", "die Gattin Olaf Scholz'") or before "of" ("the widow of John X") names
    another woman, related to that man, and marks no one."""
    words, endings = _words(lang, "feminine"), tuple(_words(lang, "feminine-ending"))
    out = set()
    for e in doc.ents:
        if e.label != "PER":
            continue
        own = [_bare(w) for w in doc.text[e.start:e.end].split()[:-1]]
        if any(w in words for w in own) or not _genitive(doc, e, lang) and _titled(doc, e, words, endings):
            out.add(_name(e))
    return frozenset(out)


def _bare(word: str) -> str:
    return word.strip(".,;:()\"'„“”‚‘’«»").lower()


def _titled(doc: Doc, e: Entity, words: frozenset[str], endings: tuple[str, ...]) -> bool:
    """Whether a feminine word stands right before the mention ``e``, only abbreviated titles ("Dr.", "Prof.")
    or other feminine words between."""
    for w in reversed(doc.text[max(0, e.start - 60):e.start].split()[-NEAR:]):
        bare = _bare(w)
        if bare in words or w[:1].isupper() and len(bare) > 4 and bare.endswith(endings):
            return True
        if not (w.endswith(".") and w[:1].isupper() and len(bare) <= 5):
            return False  # any other word: "of", an article, a verb - the feminine word describes someone else
    return False


def _genitive(doc: Doc, e: Entity, lang: str) -> bool:
    """Whether the mention ``e`` is a genitive that follows the noun it belongs to ("die Witwe Nawalnys"): its
    last word carries an ending of pronouns.txt "genitive-ending" ("s", "'") that the canonical name lacks, or an
    apostrophe follows it ("Olaf Scholz'")."""
    endings = _words(lang, "genitive-ending")
    words = doc.text[e.start:e.end].split()
    canonical = _name(e).split()
    if not endings or not words or not canonical:
        return False  # English: "Queen X's" is the queen herself, "the widow of X" is read by _titled
    last, after = words[-1].lower(), doc.text[e.end:e.end + 1]
    return any(after == end or last == canonical[-1].lower() + end for end in endings)


def _clause_between(text: str) -> bool:
    """Whether the text between a name and a pronoun ends a clause (a comma, a semicolon, a colon, a dash)."""
    return any(mark in text for mark in CLAUSE_MARKS)


def _object(doc: Doc, e: Entity, lex: RelationLexicon) -> bool:
    """Whether the person mention ``e`` is an object of its clause: a preposition or an oblique article
    ("den", "dem", "des") before its title, or (English, where the subject stands before the verb) a
    lower-case word that opens no clause ("met Kim", not "and Kim", "that Kim")."""
    before = doc.text[max(0, e.start - 120):e.start].split()
    oblique, opener = _words(lex.lang, "oblique"), _words(lex.lang, "opener")
    n = len(before)
    for _ in range(TITLE_WORDS + 1):  # over the title: "der britische Premier", "Russian President"
        if n == 0:
            return False
        w = before[n - 1]
        bare = w.strip("\"'„“”‚‘’«»").lower()
        if w[-1:] in ",;:(–-.!?" or bare in opener:  # a clause or the sentence starts before it
            return False
        if bare in oblique or bare in lex.preps:
            return True
        if w[:1].isupper() or lex.lang == "de" and w.isalpha() and w.endswith(("e", "en", "er", "es", "em")):
            n -= 1  # a title word or an adjective of the title
            continue
        return lex.lang == "en" and w.isalpha()  # "met Kim": a verb before the name
    return False


def speakers_state(doc: Doc, relations: list[Relation], gaz: Gazetteer) -> None:
    """Give the actor of each relation whose actor is the speaker of the reported speech holding its trigger, and
    whose clause there opens its subject with a first-person plural of pronouns.txt ("wir", "unser Land"), to the
    speaker's state, when the document makes him an official of one (see the module docstring). Marked in the
    provenance."""
    lang = doc.lang or "de"
    for rel in relations:
        if rel.actor_start is None or rel.actor_end is None \
                or rel.predicate_start is None \
                or not any(e.label == "PER" and e.start <= rel.actor_start < e.end for e in doc.ents):
            continue
        spoken = next((a for a in attributions_sourced_by(doc, rel.actor_start, rel.actor_end)
                       if a.content_start is not None and a.content_end is not None
                       and a.content_start <= rel.predicate_start < a.content_end), None)
        if spoken is None or (we := _first_plural(doc, spoken.content_start, rel.predicate_start, lang)) is None:
            continue
        state = official_state(doc, rel.actor, gaz)
        if state is None or state == rel.recipient:
            continue
        rel.provenance += f" (actor: the state of the speaker {rel.actor}, whose first-person plural it is)"
        rel.actor, rel.actor_text = state, doc.text[we[0]:we[1]]
        rel.actor_start, rel.actor_end = we


def official_we(doc: Doc, i: int, low: list[str], starts: list[int], lo: int, hi: int, k: int,
                lex: RelationLexicon) -> tuple[str, int, int] | None:
    """(state, first word, last word exclusive) of a first-person plural subject ("wir", "unser Land") of the trigger
    at word ``k`` between words ``lo`` and ``hi`` of sentence ``i``, in the reported speech of an official of that
    state (see the module docstring): "„Wir werden Polen beliefern“, sagte der schwedische Premier X", where the
    trigger rules name no actor at all. None when the clause's first first-person word is another ("ich", "uns")."""
    lang = lex.lang
    plural, possessive = _words(lang, "pronoun-first-plural"), _words(lang, "possessive-first-plural")
    if not plural:
        return None
    marked = plural | possessive | _words(lang, "first-person")
    m = next((m for m in range(lo, min(hi, len(low))) if low[m] in marked), None)
    if m is None:
        return None
    end = m + 1 if low[m] in plural else m + 2 if low[m] in possessive and m + 1 < len(low) \
        and low[m + 1] in _words(lang, "state-noun") else None
    if end is None or end == m + 1 and _narrowed(doc, starts[m + 1] if m + 1 < len(starts) else None, lang):
        return None
    gaz = gazetteer(lang)
    for attr in doc.attributions:
        if attr.sentence != i or attr.source_start is None or attr.source_end is None or attr.content_start is None \
                or not (attr.content_start <= starts[m] and starts[k] < (attr.content_end or 0)):
            continue
        for e in doc.ents:
            if e.label == "PER" and e.start < attr.source_end and attr.source_start < e.end \
                    and (state := official_state(doc, _name(e), gaz)):
                return state, m, end
    return None


def we_subject(doc: Doc, low: list[str], starts: list[int], lo: int, k: int, in_clause: list, lang: str) -> bool:
    """Whether the trigger at word ``k`` (its clause from ``lo``) has "wir"/"we" as its subject, before it or right
    after it ("Wir fordern X auf", "fordern wir X auf"), with no name before the pronoun in the clause and not
    narrowed to a named group ("wir vom Institut", "wir als Partei"): then the names after it in the clause are
    the trigger's objects and those of a clause before it other people's, never its actor (on unlabelled 10kGNAD
    the rules took them: "Wir fordern die Migranten auf" gave the migrants demanding, "Listen gibt es für A und B,
    und wir arbeiten an ..." A working with B). A speaker the rules take for want of any other name (", erklärte
    X") stays, as does an official's state (``official_we``). ``in_clause``: the clause's free mentions."""
    plural = _words(lang, "pronoun-first-plural")
    we = next((j for j in range(lo, min(k + 2, len(low))) if low[j] in plural), None)
    if we is None or any(m.first < we for m in in_clause):
        return False
    return not _narrowed(doc, starts[we + 1] if we + 1 < len(starts) else None, lang)


def _narrowed(doc: Doc, after: int | None, lang: str) -> bool:
    """Whether the word at the character offset ``after`` (the one after "wir") narrows "wir" to a group: a word
    of pronouns.txt "we-apposition" ("wir als Partei", "wir im Burgenland") or, in German, a capitalised noun
    ("wir Europäer", "wir Sozialdemokraten")."""
    if after is None:
        return False
    word = doc.text[after:after + 40].split()[:1]
    return bool(word) and (_bare(word[0]) in _words(lang, "we-apposition") or lang == "de" and word[0][:1].isupper())


def official_state(doc: Doc, name: str, gaz: Gazetteer) -> str | None:
    """The state whose official the person ``name`` is: one the gazetteer's office roles give him
    (sides.role_states), or the country word before a title of his that pronouns.txt lists as a state office
    ("der bulgarische Innenminister", "Swedish Prime Minister"; meetings.person_countries); not "der ungarische
    Oppositionsführer", "der deutsche Nationaltrainer", whose "wir" is a party or a team."""
    if state := role_states(gaz).get(name):
        return state
    state = person_countries(doc, gaz).get(name)
    if state is None:
        return None
    offices = tuple(_words(doc.lang or "de", "state-office"))
    for e in doc.ents:
        if e.label == "PER" and _name(e) == name:
            title = doc.text[max(0, e.start - 40):e.start].split()[-1:]
            if title and _bare(title[0]).endswith(offices):
                return state
    return None


def _first_plural(doc: Doc, content_start: int, at: int, lang: str) -> tuple[int, int] | None:
    """The offsets of the first-person plural subject ("wir", "we", "unser Land", "our government") of the clause
    of reported speech that holds the offset ``at``, read from the clause's start (its last comma, semicolon or
    colon before ``at``, else the speech's start) to two words past ``at`` ("Im Moment führen wir Gespräche"):
    the first first-person word there must be one, not "ich", "uns", "unsere Partner"."""
    i = doc.sentence_at(at)
    start = max(content_start, doc.sents[i].start if i >= 0 else 0)
    clause_start = max([start] + [doc.text.rfind(mark, start, at) + 1 for mark in (",", ";", ":")])
    sentence = doc.sent_tokens(i) if i >= 0 else []
    after = [t for t in sentence if t.start >= at][:3]
    clause_end = after[-1].end if after else at
    first_person = _words(lang, "first-person")
    plural, possessive = _words(lang, "pronoun-first-plural"), _words(lang, "possessive-first-plural")
    nouns = _words(lang, "state-noun")
    tokens = [t for t in sentence if clause_start <= t.start < clause_end]
    for n, tok in enumerate(tokens):
        low = tok.text.lower()
        if low in plural:
            return None if _narrowed(doc, tokens[n + 1].start if n + 1 < len(tokens) else None, lang) \
                else (tok.start, tok.end)
        if low in possessive and n + 1 < len(tokens) and tokens[n + 1].text.lower() in nouns:
            return tok.start, tokens[n + 1].end
        if low in first_person or low in possessive:
            return None  # "ich", "uns", "unsere Partner": not the speaker's state acting
    return None
