"""The entity gazetteer: resource files compiled into a token-sequence matcher.

Resources (``lang/<code>/entities/``): countries (names, genitives, demonym adjectives),
metonyms (capitals and seats of power), organizations and media outlets, persons, role nouns
with validity periods. Everything is matched on our own tokens, so a hyphen compound such as
"NATO-Generalsekretär" (one token) never yields "NATO".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..pipeline.segmenter import tokenizer

ADJ_ENDINGS = ("", "e", "er", "en", "em", "es")
ADJ_RE = "(?:e|er|en|em|es)?"

FILES = ("entities/countries.txt", "entities/metonyms.txt", "entities/locative_prepositions.txt",
         "entities/organizations.txt", "entities/persons.txt", "entities/roles.txt")


@dataclass(frozen=True, slots=True)
class Entry:
    """What one gazetteer match means."""

    canonical: str
    label: str  # PER | ORG | LOC | MISC
    wikidata: str | None
    source: str  # resource file name, e.g. "countries.txt"
    key: str  # the entry's first column (for the provenance string)
    kind: str  # name | adjective | metonym | role | short
    mode: str = "add"  # add | link
    government: str | None = None  # metonyms: the government's canonical
    government_wikidata: str | None = None
    when: str = "acting"  # metonyms: acting | always
    armed: bool = False  # organizations.txt: an armed group ("armed" in its sixth column)

    @property
    def provenance(self) -> str:
        return f"rule:{{lang}}/entities/{self.source}:{self.key}"


@dataclass(frozen=True, slots=True)
class Role:
    patterns: tuple[re.Pattern, ...]
    canonical: str
    valid_from: str
    valid_until: str
    key: str


def _none(value: str) -> str | None:
    return None if value in ("-", "") else value


def split_column(value: str) -> list[str]:
    """The |-separated words of a gazetteer column; "-" marks it empty (a country without an adjective)."""
    return [] if value.strip() == "-" else [v.strip() for v in value.split("|") if v.strip()]


class Gazetteer:
    """All entity resources of one language, compiled."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._tok = tokenizer(lang)
        self.names: dict[tuple[str, ...], Entry] = {}  # token tuple -> entry
        self.short: dict[str, list[Entry]] = {}  # short name token -> persons it may name
        self.by_canonical: dict[str, Entry] = {}
        self.roles: list[Role] = []
        self.max_len = 1
        self.first_max: dict[str, int] = {}  # first token of a name -> longest name starting with it
        self.locative: frozenset[str] = resources.load(lang, "entities/locative_prepositions.txt").set()
        self._load_countries()
        self._load_metonyms()
        self._load_organizations()
        self._load_persons()
        self._load_roles()

    # -- loading ---------------------------------------------------------
    def _tokens(self, text: str) -> tuple[str, ...]:
        return tuple(t.text for t in self._tok(text) if not t.is_space)

    def _add(self, alias: str, entry: Entry, genitive: bool = True, inflect: bool = False) -> None:
        toks = self._tokens(alias)
        if not toks:
            return
        forms = [toks]
        if inflect and self.lang == "de" and len(toks) > 1 and any(_declinable(t) for t in toks[:-1]):
            # "der Demokratischen Volksrepublik Korea", "der Russischen Föderation": the weak adjective's -n
            forms.append((*(t + "n" if _declinable(t) else t for t in toks[:-1]), toks[-1]))
        last = toks[-1]
        if genitive and last[-1:] not in ("s", "x", "z", "ß") and last[:1].isupper():
            forms.append((*toks[:-1], last + "s"))
        for form in forms:
            self.names.setdefault(form, entry)  # first line wins
            self.max_len = max(self.max_len, len(form))
            self.first_max[form[0]] = max(self.first_max.get(form[0], 0), len(form))
        self.by_canonical.setdefault(entry.canonical, entry)

    def _load_countries(self) -> None:
        for row in resources.load(self.lang, "entities/countries.txt").rows(4):
            canonical, qid, aliases, adjectives = row[:4]
            entry = Entry(canonical, "LOC", _none(qid), "countries.txt", canonical, "name")
            for alias in split_column(aliases):
                self._add(alias, entry, inflect=True)
            adj = Entry(canonical, "LOC", _none(qid), "countries.txt", canonical, "adjective")
            for stem in split_column(adjectives):
                for ending in ADJ_ENDINGS:
                    for form in {stem + ending, stem[:1].upper() + stem[1:] + ending}:
                        self._add(form, adj, genitive=False)

    def _load_metonyms(self) -> None:
        for row in resources.load(self.lang, "entities/metonyms.txt").rows(6):
            name, qid, label, government, when, aliases = row[:6]
            gov = self.by_canonical.get(government)
            entry = Entry(name, label, _none(qid), "metonyms.txt", name, "metonym", government=government,
                          government_wikidata=gov.wikidata if gov else None, when=when)
            for alias in split_column(aliases):
                self._add(alias, entry)

    def _load_organizations(self) -> None:
        for row in resources.load(self.lang, "entities/organizations.txt").rows(5):
            canonical, qid, label, aliases, mode = row[:5]
            entry = Entry(canonical, label, _none(qid), "organizations.txt", canonical, "name", mode=mode,
                          armed=row[5:6] == ["armed"])
            for alias in split_column(aliases):
                self._add(alias, entry, inflect=True)
        # a government named in metonyms.txt may be an organization defined after it
        for form, entry in list(self.names.items()):
            if entry.kind == "metonym" and entry.government_wikidata is None:
                gov = self.by_canonical.get(entry.government or "")
                if gov and gov.wikidata:
                    self.names[form] = Entry(**{**_asdict(entry), "government_wikidata": gov.wikidata})

    def _load_persons(self) -> None:
        for row in resources.load(self.lang, "entities/persons.txt").rows(4):
            canonical, qid, aliases, shorts = row[:4]
            entry = Entry(canonical, "PER", _none(qid), "persons.txt", canonical, "name")
            for alias in split_column(aliases):
                self._add(alias, entry)
            short = Entry(canonical, "PER", _none(qid), "persons.txt", canonical, "short")
            for name in split_column(shorts):
                self.short.setdefault(name, []).append(short)
                self.short.setdefault(name + "s", []).append(short)

    def _load_roles(self) -> None:
        res = resources.load(self.lang, "entities/roles.txt")
        for row in res.rows(4):
            pattern, canonical, start, end = row[:4]
            regexes = tuple(re.compile(tok.replace("{ADJ}", ADJ_RE)) for tok in pattern.split(" "))
            self.roles.append(Role(regexes, canonical, "" if start == "-" else start,
                                   "9999" if end == "-" else end, pattern))
        # longer patterns first, then file order
        self.roles.sort(key=lambda r: -len(r.patterns))
        # one regex over all first tokens: roles are only tried where it matches (speed)
        self._role_first = re.compile("|".join(f"(?:{r.patterns[0].pattern})" for r in self.roles))

    @property
    def person_tokens(self) -> frozenset[str]:
        """Single words naming a listed person: short names and one-word aliases ("Kim", "Putin")."""
        single = {form[0] for form, entry in self.names.items() if len(form) == 1 and entry.label == "PER"}
        return frozenset(single | {name for name in self.short if not name.endswith("s")})

    # -- matching --------------------------------------------------------
    def is_genitive(self, word: str) -> bool:
        """Whether ``word`` is the "-s" genitive of a one-word name listed here ("Russlands", "Moskaus", "Putins"),
        not a name that ends in "s" itself ("Paris", "Texas")."""
        return len(word) > 2 and word.endswith("s") and ((word[:-1],) in self.names or word[:-1] in self.short)

    def match_names(self, words: list[str]) -> list[tuple[int, int, Entry]]:
        """Longest non-overlapping gazetteer matches over a token list, left to right."""
        found = []
        i = 0
        n = len(words)
        first_max = self.first_max
        while i < n:
            hit = None
            longest = first_max.get(words[i], 0)
            if not longest:  # most words start no name (checked first: this loop sees every token)
                i += 1
                continue
            for length in range(min(longest, n - i), 0, -1):
                entry = self.names.get(tuple(words[i:i + length]))
                if entry is not None:
                    hit = (i, i + length, entry)
                    break
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def match_roles(self, words: list[str], date: str | None) -> list[tuple[int, int, Role]]:
        """Role nouns valid at ``date`` (None: the latest period), longest first, non-overlapping."""
        found: list[tuple[int, int, Role]] = []
        taken: set[int] = set()
        first = self._role_first.fullmatch
        for i in range(len(words)):
            if i in taken or not first(words[i]):
                continue
            for role in self.roles:
                end = i + len(role.patterns)
                if end > len(words) or any(j in taken for j in range(i, end)):
                    continue
                if not all(p.fullmatch(w) for p, w in zip(role.patterns, words[i:end], strict=True)):
                    continue
                if not _valid(role, date, self.roles):
                    continue
                found.append((i, end, role))
                taken.update(range(i, end))
                break
        return sorted(found, key=lambda m: m[0])


def _declinable(word: str) -> bool:
    """A capitalized adjective in its base form inside a name ("Demokratische", "Vereinigte", "Neue")."""
    return len(word) > 3 and word[:1].isupper() and word.endswith("e") and word[1:].islower()


def _valid(role: Role, date: str | None, roles: list[Role]) -> bool:
    if date is None:  # undated: the period of this pattern that started last
        same = [r for r in roles if r.key == role.key]
        return role is max(same, key=lambda r: r.valid_from)
    day = (date + "-15")[:10] if len(date) == 7 else (date + "-07-01")[:10] if len(date) == 4 else date[:10]
    return role.valid_from <= day < role.valid_until


def _asdict(entry: Entry) -> dict:
    return {name: getattr(entry, name) for name in Entry.__slots__}


@lru_cache(maxsize=None)
def gazetteer(lang: str) -> Gazetteer:
    return Gazetteer(lang)
