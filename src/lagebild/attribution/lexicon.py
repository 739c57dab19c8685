"""The attribution resources of one language, loaded once: cue verbs, according-to cues, hedges, roles, pronouns."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources

RESOURCES = (
    "attribution/cue_verbs.txt",
    "attribution/according_to.txt",
    "attribution/hedges.txt",
    "attribution/roles.txt",
    "attribution/pronouns.txt",
    "attribution/subjunctive.txt",
    "attribution/function_words.txt",
    "attribution/cue_verbs_quotes.txt",  # German only: more cue verbs (quotation errors)
    "attribution/document_nouns.txt",  # English only: nouns whose owner or "with" object is the source
)


@dataclass
class Lexicon:
    lang: str
    # lemma (separable particle joined, "mitteilen") -> frames ("say", "clause", "mit", ...)
    verbs: dict[str, set[str]] = field(default_factory=dict)
    # base lemma ("teilen") -> particles that make a cue verb with it ("mit")
    particles: dict[str, set[str]] = field(default_factory=dict)
    # inflected form -> lemma, for languages without a lemmatizer (English)
    forms: dict[str, str] = field(default_factory=dict)
    according: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # position -> phrases (word tuples)
    # first word -> (position, phrase) in the order the rules try them, so a sentence is read once
    according_first: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    according_last: dict[str, frozenset[str]] = field(default_factory=dict)  # position -> last words of its phrases
    hedges: dict[str, set[str]] = field(default_factory=dict)  # kind -> words (lower case)
    hedge_phrases: list[tuple[str, ...]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # noun -> role | outlet | document
    pronouns: dict[str, str] = field(default_factory=dict)  # lower-case pronoun -> sg | pl
    person_pronouns: frozenset[str] = frozenset()  # pronouns that stand for a person only ("he", "er")
    subjunctive: frozenset[str] = frozenset()
    function: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> lower-case words
    # English parse (syntax_en): document nouns, whose owner is the source ("their estimates"), and interview
    # nouns, whose "with" object speaks after "according to" (lemmas, lower case)
    document_nouns: frozenset[str] = frozenset()
    interview_nouns: frozenset[str] = frozenset()

    fw_tables: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> word -> third column
    # extract.Extractor.guess_verb's answers (they depend on ``verbs`` alone): kept with the lexicon, which lives as
    # long as the process, so that each lower-case word form is guessed once, not once per document
    guessed: dict[str, tuple[str | None, str]] = field(default_factory=dict, compare=False, repr=False)
    # extract.Extractor.cannot_cue's answers (they depend on ``verbs``, ``particles`` and HanTa alone), kept alike
    no_cue: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def fw(self, kind: str) -> frozenset[str]:
        return self.function.get(kind, frozenset())

    def fw_table(self, kind: str) -> dict[str, str]:
        return self.fw_tables.get(kind, {})

    def is_document(self, word: str) -> bool:
        """A statement or document noun, also as a compound tail ("Polizeiangaben", "Medienberichten")."""
        if self.roles.get(word) == "document" or self.roles.get(word.rsplit("-", 1)[-1]) == "document":
            return True
        # closed compounds only in the plural ("Polizeiangaben", "Medienberichten"), not "Unabhängigkeitserklärung"
        return word.endswith("en") and any(self.roles.get(word[-size:].capitalize()) == "document"
                                           for size in range(5, len(word) - 3))  # a real first part

    def role_of(self, word: str) -> str | None:
        """The role kind of a noun, also inflected ("Analysten", "Thinktanks") and as the last part of a compound
        ("Pentagon-Sprecher", "Vizeaußenminister")."""
        for ending in ("", "en", "n", "es", "s"):
            if ending and not word.endswith(ending):
                continue
            base = word[: len(word) - len(ending)] if ending else word
            if base in self.roles and (not ending or self.roles[base] != "document"):
                return self.roles[base]
        if "-" in word:
            return self.roles.get(word.rsplit("-", 1)[1])
        for size in range(len(word) - 3, 3, -1):  # closed compounds: longest known tail first
            tail = word[-size:].capitalize()
            if tail in self.roles and self.roles[tail] != "document":
                return self.roles[tail]
        return None

    def is_title(self, word: str) -> bool:
        """A person's title or role noun ("Präsidenten", "Außenministerin", "Marine-Sprecherin"). German nouns are
        capitalized; English titles stand in either case ("North Korean leader", "President")."""
        if self.lang == "de":
            return word[:1].isupper() and self.role_of(word) == "role"
        return self.role_of(word.lower()) == "role"


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The lexicon of ``lang``, parsed from lang/<lang>/attribution/*.txt."""
    lex = Lexicon(lang=lang)
    more = [row for name in ("attribution/cue_verbs_quotes.txt",) if resources.exists(lang, name)
            for row in resources.load(lang, name).rows(2)]
    for row in [*resources.load(lang, "attribution/cue_verbs.txt").rows(2), *more]:
        lemma, frame = row[0], row[1]
        particle, _, base = lemma.rpartition("|")
        full = (particle + base) if particle else base
        lex.verbs.setdefault(full, set()).add(frame)
        if particle:
            lex.particles.setdefault(base, set()).add(particle)
        for form in row[2:]:  # optional inflected forms (English)
            for word in form.split(","):
                lex.forms[word.strip()] = full
    for position, phrase in resources.load(lang, "attribution/according_to.txt").rows(2):
        lex.according.setdefault(position, []).append(tuple(phrase.lower().split()))
    for phrases in lex.according.values():
        phrases.sort(key=len, reverse=True)
    for position in ("self", "poss", "rel", "pre", "alone", "judge"):
        for phrase in lex.according.get(position, []):
            lex.according_first.setdefault(phrase[0], []).append((position, phrase))
    lex.according_last = {position: frozenset(p[-1] for p in phrases) for position, phrases in lex.according.items()}
    for kind, word in resources.load(lang, "attribution/hedges.txt").rows(2):
        if " " in word:
            lex.hedge_phrases.append(tuple(word.lower().split()))
        else:
            lex.hedges.setdefault(kind, set()).add(word.lower())
    lex.hedge_phrases.sort(key=len, reverse=True)
    for kind, noun in resources.load(lang, "attribution/roles.txt").rows(2):
        lex.roles[noun] = kind
    pronoun_rows = resources.load(lang, "attribution/pronouns.txt").rows(2)
    lex.pronouns = {row[0].lower(): row[1] for row in pronoun_rows}
    lex.person_pronouns = frozenset(row[0].lower() for row in pronoun_rows if row[2:] == ["person"])
    # Languages without a reported-speech mood (English) have no subjunctive file.
    if resources.exists(lang, "attribution/subjunctive.txt"):
        lex.subjunctive = resources.load(lang, "attribution/subjunctive.txt").set(lower=True)
    groups: dict[str, set[str]] = {}
    for row in resources.load(lang, "attribution/function_words.txt").rows(2):
        kind, word = row[0], row[1]
        groups.setdefault(kind, set()).add(word.lower())
        if len(row) > 2:
            lex.fw_tables.setdefault(kind, {})[word.lower()] = row[2]
    lex.function = {kind: frozenset(words) for kind, words in groups.items()}
    if resources.exists(lang, "attribution/document_nouns.txt"):  # read by the English parse only
        nouns: dict[str, set[str]] = {}
        for kind, noun in resources.load(lang, "attribution/document_nouns.txt").rows(2):
            nouns.setdefault(kind, set()).add(noun.lower())
        lex.document_nouns = frozenset(nouns.get("document", ()))
        lex.interview_nouns = frozenset(nouns.get("interview", ()))
    return lex
