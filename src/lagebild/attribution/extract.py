"""The attribution rules: direct quotes, reported speech with a cue verb, according-to cues, continuations.

Each sentence is read in its clause segments (split at , ; : and dashes outside brackets). A cue verb or
according-to cue opens an attribution when a source noun phrase and content are found around it; full
quotations get their speaker from the frame next to them ("„…“, sagte X", "X sagte: „…“") or, right after an
attribution, carry that speaker forward, as do sentences in Konjunktiv I. Cues inside a quotation give nested
attributions (provenance ":nested"). Every attribution's provenance names the rule that made it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from ..engine import check_deadline
from ..model import Attribution, Doc
from ..spans import ents_between
from . import according, colon, continuation, coreference
from . import text as T
from .lexicon import Lexicon
from .mood import Mood
from .names_en import source_name
from .quotes import complement_cue, relative_antecedent, relative_speaker, reported_main_clause
from .relays import cited, document_origin, holder
from .sources import Phrase, canonical, noun_phrase, prefield_phrase, trim_punctuation
from .stages import Found
from .syntax_en import Choice, choices, preceding_paragraph
from .words import Sent

# Doc.user_data key: attribution index -> the attribution it carries forward (-1: a speaker named without one)
ANTECEDENTS = "attribution.antecedents"
# Doc.user_data key: attribution index -> (start, end) of the mention a carried speaker comes from
SPEAKER_SPANS = "attribution.speaker_spans"
# preposition + article in one word, as the preposition of a cue frame ("zum Stopp aufgerufen")
CONTRACTED = {"zum": "zu", "zur": "zu", "vom": "von", "im": "in", "ins": "in", "am": "an", "beim": "bei", "aufs": "auf"}


class Extractor:
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
        self.nested: int | None = None  # the quotation holding the cue being read, if any
        self.reported = True  # a cue verb with a prefield subject reports the rest of its clause ("Reported")
        self.gap = 3  # a continuation may follow its attribution after this many sentences at most
        self._sents: dict[int, Sent] = {}  # each sentence's words and their tags, looked up once per document
        self._guessed: dict[str, tuple[str | None, str]] = {}  # guess_verb's answers

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

    # ---------------------------------------------------------------- cue verbs
    def verb_cues(self, sent: Sent) -> None:
        """Attributions opened by a verb of saying (cue_verbs.txt), by ", so X", and by quotations after a colon."""
        lex = self.lex
        n = len(sent)
        segs = sent.clauses()
        for k in range(n):
            word = sent.words[k]
            if not word[:1].islower() and not (k == 0 and word[:1].isupper()):
                continue
            if word[:1].isupper():  # a verb opens the sentence only in questions and V1 clauses
                continue
            low = sent.low[k]
            # self.nested: the quotation holding the cue (a nested attribution), looked up only for a word that
            # gets to a cue (so_cue, verb_cue and add read it)
            if low == "so" and k > 0 and sent.words[k - 1] == ",":
                self.nested = self.quote_at(sent.start(k))
                if self.nested is None:
                    self.so_cue(sent, segs, k)
                    continue
            # before the word itself is tagged (the tagger's cost), as it rules the word out whatever its tag
            if k > 0 and sent.low[k - 1] in lex.fw("det") and sent.tag(k - 1) != "PDS":
                continue  # an attributive participle: "die vermuteten 30.000 Kräfte"
            lemma, tag = sent.info(k) if sent.may_be_verb(k) else ("", "")
            if not tag.startswith("VV"):
                lemma, tag = self.guess_verb(low)
                if lemma is None:
                    continue
            cue_tokens = [k]
            frames = lex.verbs.get(lemma)
            if lemma in lex.particles:  # a particle at the clause end makes another verb ("forderte ... auf")
                base_frames, frames = frames, None
                seg = T.segment_at(segs, k, n)
                for m in range(k + 1, seg[1]):
                    if sent.low[m] in lex.particles[lemma] and (m + 1 == seg[1] or sent.words[m + 1] in T.TERMINAL):
                        cue_tokens.append(m)
                        frames = lex.verbs.get(sent.low[m] + lemma)
                        break
                if frames is None and k > 0 and sent.low[k - 1] in lex.particles[lemma]:
                    cue_tokens = [k, k - 1]  # verb-final with the particle written apart: "wie X bekannt gab"
                    frames = lex.verbs.get(sent.low[k - 1] + lemma)
                if frames is None and base_frames is not None:
                    last = T.segment_at(segs, k, n)[1] - 1
                    if not (last > k and sent.tag(last) == "PTKVZ"):  # another particle verb: no cue
                        frames = base_frames
            if frames is None:
                continue
            if low in lex.fw("not-cue-before-noun") and k + 1 < n and sent.cap(k + 1):
                continue  # "meine Truppen" is a possessive, not "meinen"
            if k + 1 < n and sent.low[k + 1] == "sich" and lemma in lex.fw("reflexive-no-cue") \
                    and not self._attitude(sent, segs, k):
                continue
            if len(cue_tokens) == 1:
                seg = T.segment_at(segs, k, n)
                last = seg[1] - 1
                if last > k and (sent.tag(last) == "PTKVZ" and sent.lemma(last) != "zu" or sent.low[last] == "zu"):
                    continue  # "sieht ... vor" is another verb (vorsehen)
            self.nested = self.quote_at(sent.start(k))
            self.verb_cue(sent, segs, cue_tokens, frames, tag, impersonal=lemma in lex.fw("impersonal-cue"))
        self.nested = None
        self.colon_quotes(sent, segs)

    def _attitude(self, sent: Sent, segs, k: int) -> bool:
        """"zeigte sich X optimistisch, dass ...": a reflexive cue with an attitude adjective in its clause is a
        cue when a dass/ob clause follows right after (without one, "zeigt sich unbeeindruckt" reports nothing)."""
        seg_n = T.segment_of(segs, k)
        if seg_n < 0 or seg_n + 1 >= len(segs):
            return False
        a, b = segs[seg_n]
        return any(sent.tag(m) == "ADJD" for m in range(k + 2, b)) and sent.low[segs[seg_n + 1][0]] in \
            self.lex.fw("complement")

    def colon_quotes(self, sent: Sent, segs) -> None:
        """A full quotation after a colon whose clause names a speaker, whatever its verb: "Ähnlich äußerte sich
        der US-Präsident George W. Bush: „…“", "entgegnete Suttner empört: „…“"."""
        n = len(sent)
        for m in range(1, n - 1):
            if sent.words[m] != ":" or sent.words[m + 1] not in "„»\"":
                continue
            q = self.quote_at(sent.start(m + 1))
            if q is None or q in self.used_quotes or any(
                    a.content_start is not None and a.content_start <= self.quotes[q].start + 1 < a.content_end
                    for a in self.attrs):
                continue
            seg_n = T.segment_of(segs, m - 1)
            if seg_n < 0:
                continue
            a, b = segs[seg_n]
            f = next((j for j in range(a, b) if sent.tag(j)[:2] in ("VV", "VA", "VM") and sent.tag(j) != "VVPP"
                      and not sent.cap(j)), None)
            if f is None or self.in_quote(sent, f):
                continue
            phrase = self.subject(sent, a, f, b)
            if phrase is None and f == a and seg_n > 0 and sent.words[a - 1] == ",":
                phrase = prefield_phrase(sent, 0, a - 1)  # "Der Sprecher, Steffen Seibert, versuchte ...: „…“"
            if phrase is None or self._impersonal(sent, phrase):
                continue
            content = (self.quotes[q].start, self.quotes[q].end)
            self.used_quotes.add(q)
            self.add(sent, "direct", (sent.start(f), sent.end(f)), sent.words[f], phrase, content,
                     f"colon-quote:{sent.lemma(f)}")

    def guess_verb(self, low: str) -> tuple[str | None, str]:
        """Lemma and tag of a cue verb the tagger does not know ("schlussfolgert"), from regular endings."""
        if self.lex.lang != "de":
            return None, ""
        if low not in self._guessed:  # asked for nearly every lower-case word that is no verb
            self._guessed[low] = self._guess_verb(low)
        return self._guessed[low]

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
        if tag.endswith("FIN") and not any(sent.tag(m) in ("VAFIN", "VMFIN") and not sent.cap(m) for m in range(a, k)):
            return k
        for m in range(a, k):
            if sent.tag(m) in ("VAFIN", "VMFIN") and not sent.cap(m):
                return m
        return k

    def subject(self, sent: Sent, a: int, f: int, b: int) -> Phrase | None:
        """The subject of the clause [a, b) whose finite verb is ``f``: a nominal prefield, else after the verb."""
        lex = self.lex
        # a subordinate clause ends with its verbs: "wie X schreibt", "als ein Beamter ... warnte", "..., gemutmaßt hat"
        verb_final = all(sent.tag(m)[:2] in ("VA", "VM") or m == f for m in range(f, b))
        if a < f and (sent.low[a] in lex.fw("sub") or sent.low[a] in lex.fw("complement")) and verb_final:
            m = a + 1
            while m < f and sent.low[m] in lex.fw("skip"):
                m += 1
            phrase = noun_phrase(sent, m, limit=b)
            return phrase if phrase is not None and not self._impersonal(sent, phrase) else None
        if verb_final and (relative := relative_speaker(sent, a, f)) is not None:
            return relative  # ", der vor dem Parlament betonte, ...": resolved to its antecedent in add()
        if a < f:
            phrase = noun_phrase(sent, a, limit=f)
            if phrase is not None and phrase.b == f and not self._impersonal(sent, phrase):
                return phrase
            if phrase is not None and sent.low[f - 1] in ("und", "sowie") and phrase.b < f \
                    and sent.tag(phrase.b)[:2] in ("VV", "VA", "VM") and not self._impersonal(sent, phrase):
                return phrase  # "Medvedev bedankte sich bei seinem Team und sagte: ..."
            if phrase is not None and phrase.b < f and sent.low[phrase.b] in ("und", "sowie"):
                other = noun_phrase(sent, phrase.b + 1, limit=f)  # "EU-Kommission und Bundesregierung äußerten"
                if other is not None and other.b == f and not self._impersonal(sent, phrase):
                    return Phrase(phrase.a, f, phrase.head_end)
            if phrase is not None and not self._impersonal(sent, phrase) and sent.tag(a) not in ("APPR", "APPRART"):
                wide = prefield_phrase(sent, a, f)  # "Der BBC-Korrespondent in Mexiko-Stadt berichtete"
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
            return True  # a dative or accusative, or a prepositional phrase ("Nach der ersten Staffel sprachen wir")
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
        if not head or any(sent.tag(m) == "NE" for m in head):
            return True
        noun = sent.low[head[-1]]
        for ending in ("", "n", "en", "e", "s"):
            stem = noun[: len(noun) - len(ending)] if ending else noun
            if (not ending or noun.endswith(ending)) and any(stem.endswith(w) for w in lex.fw("inanimate")):
                return False
        return True

    def resolve_pronoun(self, sent: Sent, pronoun: str, offset: int | None = None) -> str | None:
        """The person or body a source pronoun stands for (coreference.resolve_pronoun)."""
        return coreference.resolve_pronoun(self, sent, pronoun, offset)

    def verb_cue(self, sent: Sent, segs, cue_tokens: list[int], frames: set[str], tag: str,
                 impersonal: bool = False) -> None:
        lex = self.lex
        doc = self.doc
        n = len(sent)
        k = cue_tokens[0]
        seg_n = T.segment_of(segs, k)
        if seg_n < 0:
            return
        a, b = segs[seg_n]
        if self.nested is not None and sent.words[a] in "„»\"‚" and sent.start(a) == self.quotes[self.nested].start:
            a += 1  # a nested statement starts after the opening mark: "„Putin lobte die Soldaten, ...“"
        f = self.finite(sent, a, k, tag)
        konjunktiv = self.nested is None and (self.mood.is_k1(sent, f) or self.mood.is_k2_form(sent, k))
        if self.nested is None and any(other.sentence == sent.i and other.mode != "direct" and other.content_start is not None
                                       and other.content_start <= sent.start(k) < other.content_end
                                       for other in self.attrs):
            return  # inside the content of an attribution found before in this sentence
        if konjunktiv and f != k and (phrase_named := self.subject(sent, a, min(f, k), b)) is not None \
                and any(sent.tag(m) == "NE" for m in range(phrase_named.a, phrase_named.b)):
            konjunktiv = False  # a newly named speaker: "Vizeaußenminister Kim Hong Kyun habe klargemacht, dass"
        if konjunktiv:
            return  # a cue in Konjunktiv is itself reported speech ("Ihre Mandantin sei davon ausgegangen")
        if impersonal:
            # "hieß es aus Seoul", "Aus Militärkreisen verlautete": the source is the place it came from
            origin = next((m for m in range(a, b) if sent.low[m] in lex.fw("from") and m + 1 < b), None)
            phrase = noun_phrase(sent, origin + 1, limit=b) if origin is not None else None
            if phrase is None:
                self.impersonal_paragraph(sent, segs, seg_n, k)
                return
        elif f != k and sent.lemma(f) == "werden" and sent.tag(k) == "VVPP":
            # passive: the source is the agent ("wurde von einer Armeesprecherin bestätigt"), if any
            agent = next((m for m in range(a, b) if sent.low[m] in ("von", "durch") and m + 1 < b), None)
            phrase = noun_phrase(sent, agent + 1, limit=b) if agent is not None else None
            if phrase is None or self._impersonal(sent, phrase):
                return
        else:
            phrase = self.subject(sent, a, min(f, k), b)
        appositive = False
        wie_lead = False
        if phrase is None and seg_n > 0 and sent.low[0] in ("wie", "as") and b < n and sent.words[b] == ",":
            # "Wie der Direktor des Amtes, Smith Dharmmasaroj, mitteilte, waren ...": subject after "wie"
            lead = prefield_phrase(sent, 1, a - 1)
            if lead is not None and not self._impersonal(sent, lead):
                phrase, wie_lead = lead, True
        if not wie_lead and (phrase is None or phrase.a > f) and min(f, k) == a and seg_n > 0 and sent.words[a - 1] == ",":
            lead = noun_phrase(sent, 0)
            wide = prefield_phrase(sent, 0, a - 1) if lead is not None and not self._impersonal(sent, lead) \
                and sent.tag(0) not in ("APPR", "APPRART", "ADV", "KOUS") else None
            if wide is not None and wide.b > lead.b:
                phrase, appositive = wide, True  # "Der Vorsitzende des Verbands in Deutschland, Michael Knipper, kritisierte"
            elif lead is not None and lead.b < n and not self._impersonal(sent, lead) \
                    and sent.tag(lead.a) in ("NE", "NN", "ART", "PPER", "ADJA"):
                if sent.words[lead.b] == "," and (lead.b == a - 1 or self._appositions(sent, segs, lead.b, a)):
                    phrase, appositive = lead, True
                elif phrase is None and sent.tag(lead.b)[:2] in ("VV", "VA", "VM") and seg_n == 1:
                    phrase, appositive = lead, True  # "Die USA nehmen den Vorstoß ernst, rechnen aber nicht mit ..."
        if phrase is None or not (impersonal or self.animate(sent, phrase)):
            return
        if impersonal and k + 1 < n and sent.low[k + 1] == "es":
            cue_tokens = [k, k + 1]
        lo, hi = min(cue_tokens), max(cue_tokens)
        if hi - lo + 1 == len(cue_tokens):
            cue_text = sent.text(lo, hi + 1)  # "teilte mit", "bekannt gab", "hieß es"
        else:
            cue_text = f"{sent.words[lo]} ... {sent.words[hi]}"
        text_end = sent.end(n - 1)
        content = None
        rule = f"verb:{sent.lemma(k)}"
        # content before the cue clause: "„…“, sagte X", "Die Lage sei ernst, sagte X", "…, wie X schreibt"
        lead_sub = seg_n == 1 and (sent.low[0] in lex.fw("sub") or sent.low[0] in lex.fw("complement")) \
            and self.quote_at(sent.start(0)) is None  # not when the sentence begins inside a quotation
        # "Wie die Plattenfirma mitteilte, wird es ...": the main clause after
        if (seg_n == 0 or wie_lead) and sent.low[0] == "wie" and b < n and sent.words[b] == ",":
            content = (sent.start(b + 1), text_end)
            rule += ":wie"
        sep = sent.words[a - 1] if a > 0 else ""
        if sep in T.QUOTE_CHARS and a > 1:
            sep = sent.words[a - 2]
        # English puts the subject first in a trailing frame: '"…," Ryder said.', "..., the Pentagon said on Monday."
        trailing = phrase.a == a and phrase.b == min(f, k) and not any(
            sent.low[m] in lex.fw("complement") for m in range(k + 1, b)) and b >= n - 1
        colon_quote = b + 1 < n and sent.words[b] == ":" and sent.words[b + 1] in "„»\""
        if content is None and seg_n > 0 and not appositive and not lead_sub and sep in (",", ":", "–") \
                and frames & {"say", "clause"} and not colon_quote and (
                min(f, k) == a or sent.low[a] in ("wie", "as") or trailing):
            prev_end = sent.end(a - 2) if a >= 2 else sent.start(0)
            first = sent.start(0)
            q = self.quote_at(sent.start(a - 2)) if a >= 2 else None
            if q is None and a >= 3 and sent.words[a - 1] in T.QUOTE_CHARS:
                q = self.quote_at(sent.start(a - 1))
            if q is None and a >= 2 and sent.words[a - 2] in "“”\"«'":
                q = self.quote_at(sent.start(a - 2))
            if q is not None:
                content = (self.quotes[q].start, self.quotes[q].end)
                rule += ":before"
            elif lex.lang != "de" or any(sent.tag(m)[:2] in ("VV", "VA", "VM") and sent.tag(m) != "VVPP"
                                         or self.mood.is_k1(sent, m) for m in range(0, a - 1)):
                content = self.quote_content(first, prev_end)  # a statement: it has a finite verb
                rule += ":before"
        # content after the cue clause: ", dass ...", ": „…“", ", es werde ...", ", die Lieferung ... zu prüfen"
        nxt = seg_n + 1
        while nxt < len(segs) - 1 and nxt <= seg_n + 2 and sent.words[segs[nxt][0] - 1] == "," \
                and not any(sent.tag(m).endswith("FIN") or self.mood.is_reportive(sent, m) for m in range(*segs[nxt])) \
                and sent.low[segs[nxt][0]] not in lex.fw("complement") and not self.mood.has_k1(sent, segs[nxt][0], segs[nxt][1]) \
                and not self.mood.zu_infinitive(sent, *segs[nxt]) and not self._relative(sent, segs[nxt]) \
                and (sent.cap(segs[nxt][0]) or sent.low[segs[nxt][0]] in lex.fw("det")):
            nxt += 1
        if content is None and b < n and sent.words[b] in (",", ":") and nxt < len(segs):
            b = segs[nxt][0] - 1
            na, nb = segs[nxt]
            opener = sent.low[na]
            quoted = self.quote_at(sent.start(na)) is not None or sent.words[na] in "„“\"»'"
            alone = any(sent.low[na:na + len(p)] == list(p) for p in lex.according.get("alone", []))
            # a relative clause ("in dem davon ausgegangen werde") is no content clause of the cue
            alone = alone or (sent.tag(na) in ("APPR", "APPRART") and na + 2 < nb and sent.low[na + 1] in lex.fw("rel")
                              and not sent.cap(na + 2) and sent.tag(na + 2) != "ADJA")
            if not alone and (sent.words[b] == ":" or opener in lex.fw("complement") or quoted or self.mood.has_k1(sent, na, n)
                    or any(self.mood.is_reportive(sent, m) for m in range(na, nb))
                    or self.mood.zu_infinitive(sent, na, nb)
                    or reported_main_clause(sent, (a, b), phrase, cue_tokens, f, frames, (na, nb))):
                content = self.quote_content(sent.start(na), text_end)
                rule += ":after"
        # a quotation and a colon before the clause: "„Sie wären Kanonenfutter“: USA warnen ..."
        if content is None and seg_n > 0 and sent.words[a - 1] == ":" and a >= 2:
            for q in T.find_quotes(doc.text[:sent.end(a - 2)], sent.start(0)):
                if q.end == sent.end(a - 2):
                    content = (q.start, q.end)
                    rule += ":quote-colon"
        if content is None and a < f and sent.words[a] in "„»\"" and phrase.a > f:
            for q in T.find_quotes(doc.text[:sent.end(f - 1)], sent.start(a)):
                if q.start == sent.start(a) and q.end == sent.end(f - 1):
                    content = (q.start, q.end)
                    rule += ":quote-prefield"
        # "Das berichtet X." / "Dies teilte X mit.": the sentence before
        if content is None and f == a + 1 and sent.low[a] in ("das", "dies") and sent.i > 0 and phrase.a > f:
            prev = doc.sents[sent.i - 1]
            content = (prev.start, prev.end)
            rule += ":previous-sentence"
        if content is None and "quote" in frames:
            # a quotation of any length in the cue's clause: "bezeichnete die Reform als „maßvoll“"
            for q in T.find_quotes(doc.text[:sent.end(b - 1) + 1], sent.start(a)):
                words = doc.text[q.start + 1:q.end - 1].split()
                if all(w[:1].isupper() for w in words):
                    continue  # a quoted name ("Neues Deutschland"), not a quotation
                if q.end <= sent.end(b - 1) + 1 and not (phrase.a <= self.tok_at(sent, q.start) < phrase.b):
                    content = (q.start, q.end)
                    rule += ":quote"
                    self.short_quote = True
                    break
        if content is None:
            rest = self.rest_of_clause(sent, a, b, f, phrase, cue_tokens, frames)
            if rest is None:
                self.last_source = (sent.i, Attribution(source=canonical(sent, phrase, doc, self.attrs)[0],
                                                        source_text=None, cue=None, mode="indirect", content=None,
                                                        source_start=sent.start(phrase.a),
                                                        source_end=sent.end(phrase.b - 1), sentence=sent.i))
                return
            content = rest
            rule += ":clause"
        mode = "direct" if self.short_quote else self.mode_of(content)
        self.short_quote = False
        origin = None
        if mode == "direct":
            opening = next((m for m in range(n) if sent.start(m) >= content[0] - 1), None)
            if opening is not None and sent.toks[opening].sent == sent.i:
                origin = document_origin(sent, opening)
        if origin is None and "object" in frames and phrase.b < b:
            # "zitiert die NYT Jang Seho": the person quoted is the originator, the outlet its relay
            quoted = noun_phrase(sent, phrase.b, limit=b)
            if quoted is not None and any(sent.tag(m) == "NE" for m in range(quoted.a, quoted.b)):
                origin = quoted
        self.add(sent, mode, (sent.start(lo), sent.end(hi)), cue_text, phrase,
                 content, rule, origin=origin)

    def impersonal_paragraph(self, sent: Sent, segs, seg_n: int, k: int) -> None:
        """"…, heißt es darin." with no "aus"/"von" phrase: the person or body the sentences before name as
        their subject ("Am Samstag veröffentlichte die Hamas ein Lied. Der Krieg sei nicht vorbei, heißt es darin.")."""
        if k + 1 >= len(sent) or sent.low[k + 1] != "es":
            return  # "Es hieß, ...": no speaker at all
        found = continuation.recent_subject(self, sent.i - 1, max(-1, sent.i - 3), inverted=True)
        if found is None:
            return
        a, b = segs[seg_n]
        if a >= 2 and sent.words[a - 1] in (",", "–"):
            content = self.quote_content(sent.start(0), sent.end(a - 2))  # the statement before the cue clause
        elif b + 1 < len(sent) and sent.words[b] in (",", ":"):
            content = self.quote_content(sent.start(b + 1), sent.end(len(sent) - 1))
        else:
            return
        self.add(sent, self.mode_of(content), (sent.start(k), sent.end(k + 1)), sent.text(k, k + 2), None, content,
                 f"verb:{sent.lemma(k)}:paragraph", source=found[0])

    def rest_of_clause(self, sent: Sent, a: int, b: int, f: int, phrase: Phrase, cue_tokens: list[int],
                       frames: set[str]) -> tuple[int, int] | None:
        """Content inside the cue's own clause: "rechnen nicht mit X", "hatte von 30.000 Kräften gesprochen"."""
        k = cue_tokens[0]
        preps = {fr for fr in frames if fr not in ("say", "clause", "demand")}
        # an object in its own clause is content when a person demands it (a person entity or a pronoun):
        # "Kardinal Schönborn forderte eine Erhöhung", not "Der Sturm forderte 30 Todesopfer"
        demand = "demand" in frames and self._person_subject(sent, phrase)
        if demand:
            preps.discard("strict")
        taken = set(range(phrase.a, phrase.b)) | set(cue_tokens) | {f}
        # prefield content when the subject follows the verb: "Bis zu 30.000 Kräfte verspricht Kim"
        lead = sent.tag(a)
        numeric = any(sent.words[m][:1].isdigit() or sent.tag(m) == "CARD" for m in range(a, f))
        if phrase.a > f and f - a >= 3 and (numeric or lead not in ("APPR", "APPRART", "ADV", "PROAV")) \
                and sent.low[a] not in self.lex.fw("time"):
            span = (a, f)
        elif phrase.b <= k and (sent.low[a] in self.lex.fw("sub") or sent.low[a] in self.lex.fw("complement")):
            span = (phrase.b, k)  # verb-final: "als ein Beamter vor einem neuen Weltkrieg warnte"
        elif k > f:  # a clause-final participle or infinitive: "hatte von 30.000 Kräften gesprochen"
            span = (phrase.b if phrase.a > f else f + 1, k)
        else:
            start = max(phrase.b if phrase.a > k else k + 1, k + 1)
            end = b
            while end > start and (end - 1 in taken or sent.tag(end - 1) in ("PTKVZ",)):
                end -= 1
            span = (start, end)
        if span[1] - span[0] < 2:
            return None
        words = {CONTRACTED.get(w, w) for w in sent.low[span[0]:span[1]]}
        if preps:
            if not words & preps:
                return None
            first = min(m for m in range(span[0], span[1]) if CONTRACTED.get(sent.low[m], sent.low[m]) in preps
                        or m == span[1] - 1)
            if "say" not in frames:
                span = (min(first, span[0]) if sent.low[span[0]] in ("allerdings", "eher", "nicht") else first, span[1])
        elif "say" not in frames and not demand and not (self.reported and phrase.b <= f and "clause" in frames
                                                  and "strict" not in frames):
            return None
        return sent.start(span[0]), sent.end(span[1] - 1)

    def _person_subject(self, sent: Sent, phrase: Phrase) -> bool:
        """The subject is a pronoun or names a person entity."""
        if phrase.b - phrase.a == 1 and sent.low[phrase.a] in self.lex.pronouns:
            return True
        start, end = sent.start(phrase.a), sent.end(phrase.b - 1)
        return any(ent.label == "PER" for ent in ents_between(self.doc, start, end))

    def so_cue(self, sent: Sent, segs, k: int) -> None:
        """", so X." and ", so X: „…“" — the statement before the comma (and the quotation after a colon)."""
        n = len(sent)
        phrase = noun_phrase(sent, k + 1)
        if phrase is None or self._impersonal(sent, phrase):
            return
        after = phrase.b
        seg = T.segment_at(segs, k + 1, n)
        if after < seg[1] and not any(sent.tag(m).endswith("FIN") for m in range(after, seg[1])) \
                and sent.tag(after) in ("APPR", "APPRART", "ADV", "ADJD", "PTKNEG", "PTKZU"):
            after = seg[1]  # "so Celebi im Kölner Stadt-Anzeiger", "so Suttner wörtlich"
        if not (after >= n or sent.words[after] in T.TERMINAL or sent.words[after] in (":", ",", "–")):
            return
        cue = (sent.start(k), sent.end(k))
        content = self.quote_content(sent.start(0), sent.end(k - 2))
        self.add(sent, self.mode_of(content), cue, sent.words[k], phrase, content, "so")
        if after < n and sent.words[after] == ":" and after + 1 < n:
            content = self.quote_content(sent.start(after + 1), sent.end(n - 1))
            mode = self.mode_of(content)
            if mode == "direct":
                self.attrs.append(replace(self.attrs[-1], content=self.doc.text[content[0]:content[1]],
                                          content_start=content[0], content_end=content[1], mode=mode))

    # ---------------------------------------------------------------- continuations


def extract(doc: Doc, lex: Lexicon, parsed: list | None = None) -> list[Attribution]:
    """Every attribution of ``doc`` in text order; ``parsed``: the sentences' dependency parse (syntax_en)."""
    attrs = Extractor(doc, lex, parsed).run()
    return attrs
