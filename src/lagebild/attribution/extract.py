"""The attribution rules: direct quotes, reported speech with a cue verb, according-to cues, continuations.

Each sentence is read in its clause segments (split at , ; : and dashes outside brackets). A cue verb or
according-to cue opens an attribution when a source noun phrase and content are found around it; full
quotations get their speaker from the frame next to them ("„…“, sagte X", "X sagte: „…“") or, right after an
attribution, carry that speaker forward, as do sentences in Konjunktiv I. Cues inside a quotation give nested
attributions (provenance ":nested"). Every attribution's provenance names the rule that made it.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from ..engine import check_deadline
from ..model import Attribution, Doc
from . import according, colon, continuation, coreference
from . import text as T
from .cue_lemmas import may_be_cue
from .cues import CueRules
from .lexicon import Lexicon
from .mood import Mood
from .names_en import source_name
from .quotes import complement_cue, relative_antecedent, relative_speaker
from .relays import cited, holder
from .sources import Phrase, canonical, noun_phrase, prefield_phrase, trim_punctuation
from .stages import Found
from .syntax_en import Choice, choices, preceding_paragraph
from .words import Sent

# Doc.user_data key: attribution index -> the attribution it carries forward (-1: a speaker named without one)
ANTECEDENTS = "attribution.antecedents"
# Doc.user_data key: attribution index -> (start, end) of the mention a carried speaker comes from
SPEAKER_SPANS = "attribution.speaker_spans"
# preposition + article in one word, as the preposition of a cue frame ("zum Stopp aufgerufen")


class Extractor(CueRules):
    """Finds the attributions of one document."""

    def __init__(self, doc: Doc, lex: Lexicon, parsed: list | None = None) -> None:
        self.doc = doc
        self.parsed = parsed  # the dependency parse of each sentence, where the language has a parser
        self.lex = lex
        self.mood = Mood(lex, self.in_quote)  # Konjunktiv and other forms of reported speech
        self.attrs: list[Attribution] = []
        self.antecedents: dict[int, int] = {}
        self.speaker_spans: dict[int, tuple[int, int]] = {}
        self.quotes = [q for q in T.find_quotes(doc.text, doc.body_start) if self._full(q)]
        self.used_quotes: set[int] = set()
        self._quote_ends: list[int] = []  # the running maximum of the quotations' ends, for quote_at
        self.last_source: tuple[int, Attribution] | None = None  # (sentence, attribution-like) for "demnach"
        self.previous_source: tuple[int, Attribution] | None = None  # the last source as the sentence began
        self.short_quote = False  # the content found is a (short) quotation in the cue's clause
        # (sentence, clause start, subject) of the last cue read: a cue joined to it by "und" shares its subject
        self.clause_subject: tuple[int, int, Phrase] | None = None
        self.nested: int | None = None  # the quotation holding the cue being read, if any
        self.reported = True  # a cue verb with a prefield subject reports the rest of its clause ("Reported")
        self.gap = 3  # a continuation may follow its attribution after this many sentences at most
        self._sents: dict[int, Sent] = {}  # each sentence's words and their tags, looked up once per document
        self._guessed: dict[str, tuple[str | None, str]] = lex.guessed  # guess_verb's answers, for every document
        self.cue_keys = frozenset(lex.verbs) | frozenset(lex.particles)  # the lemmas a cue verb can have

    # ---------------------------------------------------------------- helpers
    def sent(self, i: int) -> Sent:
        """Sentence ``i`` as a Sent, built once: continuations read earlier sentences again."""
        if i not in self._sents:
            self._sents[i] = Sent(self.doc, i, self.lex)
        return self._sents[i]

    def _full(self, q: T.Quote) -> bool:
        """A quotation that is a statement of its own, not a quoted phrase inside a sentence."""
        inner = self.doc.text[q.start + 1:q.end - 1].strip()
        words = inner.split()
        if len(words) >= 4:
            return True
        return len(words) >= 2 and inner[-1:] in ".!?…"

    def quote_at(self, offset: int) -> int | None:
        """The first quotation (in ``self.quotes``, sorted by start) holding ``offset``: a binary search over
        the running maximum of their ends, since this is asked for nearly every word."""
        if len(self._quote_ends) != len(self.quotes):
            self._quote_ends = list(accumulate((q.end for q in self.quotes), max))
        n = bisect_right(self._quote_ends, offset)  # the first quotation ending after the offset
        return n if n < len(self.quotes) and self.quotes[n].start <= offset else None

    def tok_at(self, sent: Sent, offset: int) -> int:
        return next((m for m in range(len(sent)) if sent.end(m) > offset), len(sent))

    def in_quote(self, sent: Sent, k: int) -> bool:
        return self.quote_at(sent.start(k)) is not None

    def add(self, sent: Sent, mode: str, cue: tuple[int, int] | None, cue_text: str | None, phrase: Phrase | None,
            content: tuple[int, int] | None, rule: str, source: str | None = None, antecedent: int | None = None,
            dative: bool = False, origin: Phrase | None = None,
            span: tuple[int, int] | None = None) -> Attribution | None:
        doc = self.doc
        if content is not None and self.nested is not None and cue is not None \
                and self.quotes[self.nested].inner[0] <= cue[0] < self.quotes[self.nested].inner[1]:
            inner = self.quotes[self.nested].inner
            if content[0] >= inner[1] or content[1] <= inner[0]:
                return None
            # the content of a nested statement stays inside its quotation
            content = (max(content[0], inner[0]), min(content[1], inner[1]))
            rule += ":nested"
        if content is not None:
            stripped = T.strip_span(doc.text, *content)
            whole = next((q for q in self.quotes if q.start <= stripped[0] <= q.start + 1 and stripped[1] < q.end
                          and q.end - q.start >= 0.8 * (content[1] - content[0])), None)
            if mode == "direct" and whole is None and doc.text[content[0]] in "„»\"‚" and content[1] - content[0] > 2:
                content = (content[0] + 1, content[1] - 1)  # a short quotation: its text without the marks
            elif mode == "direct" and whole is not None:
                # a whole quotation: its text without the marks, a closing period kept, a comma dropped
                content = (whole.start + 1, whole.end - 1 - (doc.text[whole.end - 2] in ",;"))
            else:
                content = stripped
            if content[1] - content[0] < 2:
                return None
        source_text = None
        s_start = s_end = None
        rule_name = rule
        if phrase is not None:
            phrase = trim_punctuation(sent, phrase)
            s_start, s_end = sent.start(phrase.a), sent.end(phrase.b - 1)
            source_text = doc.text[s_start:s_end]
            if source is None and relative_speaker(sent, phrase.a, phrase.a + 1) is not None \
                    and (antecedent_np := relative_antecedent(sent, phrase.a)) is not None:
                source, how = canonical(sent, antecedent_np, doc, self.attrs)  # the relative pronoun's antecedent
                rule_name = f"{rule}:relative-{how}"
            if source is None and phrase.b - phrase.a == 1 and sent.low[phrase.a] in self.lex.pronouns:
                source = self.resolve_pronoun(sent, sent.low[phrase.a], s_start)
                rule_name = f"{rule}:pronoun"
            if source is None:
                source, how = canonical(sent, phrase, doc, self.attrs, dative=dative)
                rule_name = f"{rule}:{how}"
        if not source:
            return None
        chain: list[str] = []
        if phrase is not None and origin is None:
            origin = holder(sent, phrase)
        if phrase is not None and origin is not None:  # a relay: the originator is the source, the relay its chain
            chain = [source]
            source, how = canonical(sent, origin, doc, self.attrs)
            rule_name = f"{rule_name}:relay-{how}"
        elif phrase is not None:
            upstream = cited(sent, phrase)
            if upstream is not None:
                chain = [canonical(sent, upstream, doc, self.attrs)[0]]
        replace_at = None
        for n_other, other in enumerate(self.attrs):  # one attribution per source and cue
            if other.sentence == sent.i and other.cue_start is not None and cue is not None and other.cue_start == cue[0]:
                return None
            if content and other.content_start == content[0] and other.content_end == content[1]:
                if n_other in self.antecedents and antecedent is None and cue is not None and other.cue is None:
                    replace_at = n_other  # a quotation first taken as free turns out to have its own frame
                    continue
                return None
        attr = Attribution(
            source=source, source_text=source_text, cue=cue_text, mode=mode,
            content=doc.text[content[0]:content[1]] if content else None,
            source_start=s_start, source_end=s_end,
            cue_start=cue[0] if cue else None, cue_end=cue[1] if cue else None,
            content_start=content[0] if content else None, content_end=content[1] if content else None,
            sentence=sent.i, chain=chain, provenance=f"rule:{self.lex.lang}/attribution/{rule_name}",
        )
        if replace_at is not None:
            del self.antecedents[replace_at]
            self.speaker_spans.pop(replace_at, None)
            self.attrs[replace_at] = attr
            self.last_source = (sent.i, attr)
            return attr
        if antecedent is not None:
            self.antecedents[len(self.attrs)] = antecedent
            if span is not None:
                self.speaker_spans[len(self.attrs)] = span
        self.attrs.append(attr)
        self.last_source = (sent.i, attr)
        return attr

    def mode_of(self, content: tuple[int, int]) -> str:
        """direct when the content is a full quotation."""
        start, end = T.strip_span(self.doc.text, *content)
        for n, q in enumerate(self.quotes):
            if q.start <= start + 1 and q.end >= end - 1 and (q.end - q.start) >= 0.8 * (end - start):
                self.used_quotes.add(n)
                return "direct"
        return "indirect"

    def quote_content(self, start: int, end: int) -> tuple[int, int]:
        """Widen content that begins or ends at a quotation to the whole quotation (which may cross sentences)."""
        text = self.doc.text
        s, e = T.strip_span(text, start, end)
        for q in self.quotes:
            if q.start <= s <= q.start + 1 and q.end > e:
                e = q.end
            if q.end - 1 <= e <= q.end and q.start < s:
                s = q.start
        return s, e

    # ---------------------------------------------------------------- the document
    def run(self) -> list[Attribution]:
        doc = self.doc
        parsed = self.parsed
        for i, sentence in enumerate(doc.sents):
            check_deadline()
            if sentence.kind == "dateline":
                continue
            sent = self.sent(i)
            self.previous_source = self.last_source  # "demnach" refers to a source named before its sentence
            before = len(self.attrs)
            if parsed is not None:  # English: the source is decided by the dependency parse
                for choice in choices(parsed[i], self.lex, i):
                    self.syntax_choice(sent, choice)
            else:
                self.verb_cues(sent)
                self.nested = None
                for found in colon.colon_statements(self, sent):  # "X bleibt unbestimmt: Wir prüfen das."
                    self.record(sent, found)
                for found in according.according_to(self, sent):
                    self.record(sent, found)
            if len(self.attrs) == before and parsed is None and (found := complement_cue(self, sent)) is not None:
                f, phrase, na = found  # a verb outside the lexicon with a reported content clause
                content = self.quote_content(sent.start(na), sent.end(len(sent) - 1))
                self.add(sent, self.mode_of(content), (sent.start(f), sent.end(f)), sent.words[f], phrase, content,
                         f"complement:{sent.lemma(f)}")
            if len(self.attrs) == before:
                continuation.carry(self, sent)
        doc.user_data[ANTECEDENTS] = dict(self.antecedents)
        doc.user_data[SPEAKER_SPANS] = dict(self.speaker_spans)
        return self.attrs

    def record(self, sent: Sent, found: Found) -> Attribution | None:
        """Resolve the source of what a stage found and record the attribution."""
        return self.add(sent, found.mode, found.cue, found.cue_text, found.phrase, found.content, found.rule,
                        source=found.source, dative=found.dative)

    def syntax_choice(self, sent: Sent, choice: Choice) -> None:
        """An attribution whose cue, source and content the parse decided (syntax_en)."""
        a, b = choice.source
        phrase = Phrase(a, b, b)
        source = None
        if not choice.pronoun:
            source, how = source_name(self.doc, sent, a, b, self.lex, self.attrs)
            choice.rule = f"{choice.rule}:{how}" if how != "phrase" else choice.rule
        content = (sent.start(choice.content[0]), sent.end(choice.content[1] - 1))
        if choice.backward:  # "This was reported by NHK.": what the paragraph said before
            content = preceding_paragraph(self.doc, sent.i)
            if content is None:
                return
        mode = choice.mode if choice.mode != "indirect" else self.mode_of(content)
        cue = (sent.start(choice.cue[0]), sent.end(choice.cue[1] - 1))
        origin = Phrase(choice.origin[0], choice.origin[1], choice.origin[1]) if choice.origin else None
        self.add(sent, mode, cue, sent.text(*choice.cue), phrase, content, f"syntax:{choice.rule}",
                 source=source, origin=origin)

    def guess_verb(self, low: str) -> tuple[str | None, str]:
        """Lemma and tag of a cue verb the tagger does not know ("schlussfolgert"), from regular endings."""
        if self.lex.lang != "de":
            return None, ""
        if low not in self._guessed:  # asked for nearly every lower-case word that is no verb
            self._guessed[low] = self._guess_verb(low)
        return self._guessed[low]

    def cannot_cue(self, word: str, low: str) -> bool:
        """Whether the lower-case German ``word`` is no cue verb whatever its tag: HanTa's lemma of it cannot be a
        cue verb's (cue_lemmas), and no regular ending makes it one (guess_verb); asked once per word form."""
        known = self.lex.no_cue.get(word)
        if known is None:
            known = not may_be_cue(word, self.cue_keys) and self.guess_verb(low)[0] is None
            if len(self.lex.no_cue) < 200_000:
                self.lex.no_cue[word] = known
        return known

    def _guess_verb(self, low: str) -> tuple[str | None, str]:
        for suffix, tag in (("ten", "VVFIN"), ("te", "VVFIN"), ("t", "VVFIN"), ("en", "VVFIN"), ("e", "VVFIN")):
            if low.endswith(suffix) and len(low) > len(suffix) + 3:
                stem = low[: -len(suffix)]
                for lemma in (stem + "en", stem + "n"):
                    if lemma in self.lex.verbs:
                        return lemma, tag
                    if stem.startswith("ge") and stem[2:] + "en" in self.lex.verbs:
                        return stem[2:] + "en", "VVPP"
        return None, ""

    def finite(self, sent: Sent, a: int, k: int, tag: str) -> int:
        """The finite verb of the clause of cue ``k``: the cue itself, or an auxiliary or modal before it."""
        # an auxiliary or modal before the cue makes the cue non-finite ("hatte Military Watch verkündet",
        # "sollen zeigen"), whatever the tagger says out of context
        # (a capitalized word is ruled out before it is tagged: the tagger's cost)
        # ("ließ X verlauten": a causative verb is the finite verb of an infinitive of speaking, too; not of one
        # of thinking: "Die Lage lässt Schlimmes befürchten")
        causative = self.lex.fw("causative") if sent.lemma(k) in self.lex.fw("causative-cue") else frozenset()
        if tag.endswith("FIN") and not any(not sent.cap(m) and (sent.tag(m) in ("VAFIN", "VMFIN")
                                                                or sent.lemma(m) in causative) for m in range(a, k)):
            return k
        for m in range(a, k):
            if not sent.cap(m) and (sent.tag(m) in ("VAFIN", "VMFIN") or sent.lemma(m) in causative):
                return m
        return k

    def subject(self, sent: Sent, a: int, f: int, b: int) -> Phrase | None:
        """The subject of the clause [a, b) whose finite verb is ``f``: a nominal prefield, else after the verb."""
        lex = self.lex
        # a subordinate clause ends with its verbs: "wie X schreibt", "als ein Beamter ... warnte", "..., gemutmaßt hat"
        verb_final = all(sent.tag(m)[:2] in ("VA", "VM") or m == f for m in sent.cheap_first(f, b))
        if a < f and (sent.low[a] in lex.fw("sub") or sent.low[a] in lex.fw("complement")) and verb_final:
            m = a + 1
            while m < f and sent.low[m] in lex.fw("skip"):
                m += 1
            phrase = noun_phrase(sent, m, limit=b)
            return phrase if phrase is not None and not self._impersonal(sent, phrase) else None
        if verb_final and (relative := relative_speaker(sent, a, f)) is not None:
            return relative  # ", der vor dem Parlament betonte, ...": resolved to its antecedent in add()
        if a < f and f + 1 < b and sent.low[f + 1] in lex.fw("nominative"):
            # a subject-only pronoun right after the verb: the prefield is an object ("Diese Lösung nannte er ...")
            pronoun = Phrase(f + 1, f + 2, f + 2)
            return None if self._impersonal(sent, pronoun) else pronoun
        if a < f:
            phrase = noun_phrase(sent, a, limit=f)
            if phrase is not None and phrase.b == f and not self._impersonal(sent, phrase):
                return self._object_first(sent, phrase, f, b) or phrase
            if phrase is not None and sent.low[f - 1] in ("und", "sowie") and phrase.b < f \
                    and sent.tag(phrase.b)[:2] in ("VV", "VA", "VM") and not self._impersonal(sent, phrase):
                return phrase  # "Haller verabschiedete sich von der Mannschaft und sagte: ..."
            if phrase is not None and phrase.b < f and sent.low[phrase.b] in ("und", "sowie"):
                other = noun_phrase(sent, phrase.b + 1, limit=f)  # "EU-Kommission und Bundesregierung äußerten"
                if other is not None and other.b == f and not self._impersonal(sent, phrase):
                    return Phrase(phrase.a, f, phrase.head_end)
            if phrase is not None and not self._impersonal(sent, phrase) and sent.tag(a) not in ("APPR", "APPRART"):
                wide = prefield_phrase(sent, a, f)  # "Die ARD-Reporterin in Lima berichtete"
                if wide is not None:
                    return wide
        m = f + 1
        skipped = 0
        while m < b and skipped < 3 and (sent.low[m] in lex.fw("skip") or sent.tag(m) in ("ADV", "ADJD", "PTKNEG", "PRF")):
            m += 1
            skipped += 1
        phrase = noun_phrase(sent, m)
        if phrase is not None and phrase.b > b and "," not in sent.words[b:phrase.b]:
            phrase = noun_phrase(sent, m, limit=b)
        if phrase is None or self._impersonal(sent, phrase):
            return None
        return phrase

    def _object_first(self, sent: Sent, phrase: Phrase, f: int, b: int) -> Phrase | None:
        """The subject after the verb when the prefield is a demonstrative object that names no one ("Diese
        Haltung machte die Ministerin Anna Berger bekannt"): the prefield opens with an "object-first" word, holds
        no name nor a role, and a name or role noun follows the verb."""
        lex = self.lex
        if sent.low[phrase.a] not in lex.fw("object-first") or self._names_someone(sent, phrase):
            return None
        m = f + 1
        while m < b and (sent.low[m] in lex.fw("skip") or sent.tag(m) in ("ADV", "ADJD", "PTKNEG")):
            m += 1
        after = noun_phrase(sent, m, limit=b) if m < b else None
        if after is None or self._impersonal(sent, after) or not self._names_someone(sent, after):
            return None
        return after

    def _names_someone(self, sent: Sent, phrase: Phrase) -> bool:
        """A phrase with a name, or a role, outlet or institution noun ("die Ministerin", "der Sender")."""
        return any(sent.cap(m) and (sent.tag(m) == "NE" or self.lex.role_of(sent.words[m]) in
                                    ("role", "outlet", "institution")) for m in range(phrase.a, phrase.b))

    def _appositions(self, sent: Sent, segs, start: int, end: int) -> bool:
        """Words [start, end) are one or two appositions between commas ("ein Repräsentant aus Minnesota")."""
        inner = [seg for seg in segs if seg[0] > start and seg[1] < end]
        return 0 < len(inner) <= 2 and all(self._relative(sent, seg) or not any(sent.tag(m).endswith("FIN")
                                                                                 for m in range(*seg)) for seg in inner)

    def _relative(self, sent: Sent, seg: tuple[int, int]) -> bool:
        """A relative clause: a relative pronoun (not an article before a noun) opens it."""
        a, b = seg
        if sent.low[a] in self.lex.fw("rel") and b - a >= 3 and sent.tag(b - 1).startswith("V") and not sent.cap(b - 1) \
                and sent.low[b - 2] != "zu" and sent.tag(b - 1) != "VVIZU":
            return True  # verb-final: "die Seite an Seite marschieren"
        return sent.low[a] in self.lex.fw("rel") and a + 1 < b and not sent.cap(a + 1) or (
            sent.low[a] in self.lex.fw("rel") and a + 1 < b and sent.low[a + 1] in self.lex.fw("det"))

    def _impersonal(self, sent: Sent, phrase: Phrase) -> bool:
        """A subject that names no source: "es", "das", a relative pronoun, a time phrase ("Ende des Monats")."""
        lex = self.lex
        first = next((m for m in range(phrase.a, phrase.b) if sent.low[m] not in lex.fw("det")), phrase.a)
        if sent.low[first] in lex.fw("time"):
            return True
        if sent.low[phrase.a] in lex.fw("oblique") or (lex.lang == "de" and sent.tag(phrase.a) in ("APPR", "APPRART")):
            return True  # a dative or accusative, or a prepositional phrase ("Nach dem letzten Konzert trafen wir")
        # "der" before an adjective in -en is a dative or genitive ("Der drittgrößten Volkswirtschaft droht ...")
        if sent.low[phrase.a] == "der" and phrase.a + 1 < phrase.b and sent.low[phrase.a + 1].endswith("en") \
                and sent.tag(phrase.a + 1) == "ADJA":
            return True
        return phrase.b - phrase.a == 1 and (sent.low[phrase.a] in lex.fw("impersonal")
                                             or sent.tag(phrase.a) in ("PDS", "PRF", "PIS", "PRELS", "PWS"))

    def animate(self, sent: Sent, phrase: Phrase) -> bool:
        """Whether a cue's subject can speak: not a figure, measure, event or thing (function_words "inanimate":
        "die niedrigsten Quoten", "ein Viertel der Befragten", "die Abstimmung"); names, people, roles, bodies
        and documents all can."""
        lex = self.lex
        head = [m for m in range(phrase.a, max(phrase.head_end, phrase.a + 1)) if sent.cap(m)]
        if not head:
            return True
        noun = sent.low[head[-1]]
        for ending in ("", "n", "en", "e", "s"):
            stem = noun[: len(noun) - len(ending)] if ending else noun
            if (not ending or noun.endswith(ending)) and any(stem.endswith(w) for w in lex.fw("inanimate")):
                # an inanimate noun, unless a name is in the head (its words tagged only now: the tagger's cost)
                return any(sent.tag(m) == "NE" for m in head)
        return True

    def resolve_pronoun(self, sent: Sent, pronoun: str, offset: int | None = None) -> str | None:
        """The person or body a source pronoun stands for (coreference.resolve_pronoun)."""
        return coreference.resolve_pronoun(self, sent, pronoun, offset)

    # ---------------------------------------------------------------- continuations


def extract(doc: Doc, lex: Lexicon, parsed: list | None = None) -> list[Attribution]:
    """Every attribution of ``doc`` in text order; ``parsed``: the sentences' dependency parse (syntax_en)."""
    attrs = Extractor(doc, lex, parsed).run()
    return attrs
