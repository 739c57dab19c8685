"""The cue rules of attribution: verbs of saying with their source and content, ", so X", quotations after a
colon, and impersonal cues ("hieß es"). A part of ``extract.Extractor`` (its state: the document, the lexicon, the
attributions found so far), kept apart so that each module stays readable.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Attribution
from ..spans import ents_between
from . import continuation
from . import text as T
from .quotes import reported_main_clause
from .relays import document_origin
from .sources import Phrase, canonical, noun_phrase, prefield_phrase
from .words import Sent

CONTRACTED = {"zum": "zu", "zur": "zu", "vom": "von", "im": "in", "ins": "in", "am": "an", "beim": "bei", "aufs": "auf"}


class CueRules:
    """Methods of ``extract.Extractor`` that read cue verbs and quotations after a colon."""

    # ---------------------------------------------------------------- cue verbs
    def verb_cues(self, sent: Sent) -> None:
        """Attributions opened by a verb of saying (cue_verbs.txt), by ", so X", and by quotations after a colon."""
        lex = self.lex
        n = len(sent)
        segs = sent.clauses()
        det = lex.fw("det")
        for k in range(n):
            word = sent.words[k]
            if not word[:1].islower() and not (k == 0 and word[:1].isupper()):
                continue
            if word[:1].isupper():  # a verb opens the sentence only in questions and V1 clauses
                continue
            low = sent.low[k]
            if lex.lang == "de" and low != "so" and self.cannot_cue(word, low):
                continue  # most words: no tag makes them a cue (one look-up per word form), nor are they ", so"
            # self.nested: the quotation holding the cue (a nested attribution), looked up only for a word that
            # gets to a cue (so_cue, verb_cue and add read it)
            if low == "so" and k > 0 and sent.words[k - 1] == ",":
                self.nested = self.quote_at(sent.start(k))
                if self.nested is None:
                    self.so_cue(sent, segs, k)
                    continue
            # before the word itself is tagged (the tagger's cost), as it rules the word out whatever its tag
            if k > 0 and sent.low[k - 1] in det and sent.tag(k - 1) != "PDS":
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
                    if not (last > k and sent.tag_is(last, "PTKVZ")):  # another particle verb: no cue
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
                if last > k and (sent.tag_is(last, "PTKVZ") and sent.lemma(last) != "zu" or sent.low[last] == "zu"):
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
        """A full quotation after a colon whose clause names a speaker, whatever its verb: "Ebenso sah es
        die Ministerpräsidentin von Hessen: „…“", "entgegnete Suttner empört: „…“"."""
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
        if impersonal and f != k and sent.lemma(f) in lex.fw("causative"):
            impersonal = False  # "ließ das Ministerium verlauten": the subject of "lassen" speaks
        konjunktiv = self.nested is None and (self.mood.is_k1(sent, f) or self.mood.is_k2_form(sent, k))
        if self.nested is None and any(other.sentence == sent.i and other.mode != "direct" and other.content_start is not None
                                       and other.content_start <= sent.start(k) < other.content_end
                                       for other in self.attrs):
            return  # inside the content of an attribution found before in this sentence
        if konjunktiv and f != k and (phrase_named := self.subject(sent, a, min(f, k), b)) is not None \
                and any(sent.tag(m) == "NE" for m in range(phrase_named.a, phrase_named.b)):
            konjunktiv = False  # a newly named speaker: "Staatssekretärin Ida Berg habe betont, dass"
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
        pronoun_after = phrase is not None and phrase.a == f + 1 and sent.low[phrase.a] in lex.fw("nominative")
        if not wie_lead and not pronoun_after and (phrase is None or phrase.a > f) and min(f, k) == a and seg_n > 0 \
                and sent.words[a - 1] == ",":
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
                    phrase, appositive = lead, True  # "Die Briten nehmen die Drohung ernst, erwarten aber keine ..."
        shared = self.clause_subject
        from_first = shared is not None and shared[:2] == (sent.i, a) and f > a \
            and sent.low[f - 1] in lex.fw("coordinator") and (phrase is None or phrase.a > f)
        if from_first:
            phrase = shared[2]  # "X sprachen von „…“ und forderten die Regierung auf": X, not the object
        elif phrase is not None and phrase.a > f > a + 1 and sent.low[f - 1] in lex.fw("coordinator") \
                and any(sent.tag(m).endswith("FIN") for m in range(a, f - 1)):
            return  # a verb joined by "und" shares the subject before it: "lehnt X ab und hat den Plan ... bezeichnet"
        if phrase is None or not (impersonal or self.animate(sent, phrase)):
            return
        self.clause_subject = (sent.i, a, phrase)
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
            and self.quote_at(sent.start(0)) is None \
            and not _verb_second(sent, segs[0])  # not when the sentence begins inside a quotation, nor when the
        # word is a preposition before a main clause ("Seit Beginn der Angriffe habe X ..., sagte Y")
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
            # a noun phrase with an infinitive or a relative clause of its own is an object, no statement ("Die
            # Pläne, X zu bauen, nannte er ...", "Den Fonds, dessen Chefs tagen, forderte er auf, ..."), where a bare
            # infinitive clause may be one ("Wagen Sie nicht, X zu tun, schrieb sie")
            noun_first = sent.low[0] in lex.fw("det")
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
                                         and not (noun_first and self.mood.zu_infinitive(sent, m - 1, m + 1))
                                         or self.mood.is_k1(sent, m) for m in sent.cheap_first(0, a - 1)
                                         if not (noun_first and self._in_relative(sent, segs, m))):
                content = self.quote_content(first, prev_end)  # a statement: it has a finite verb
                rule += ":before"
        # content after the cue clause: ", dass ...", ": „…“", ", es werde ...", ", die Lieferung ... zu prüfen"
        nxt = seg_n + 1
        while nxt < len(segs) - 1 and nxt <= seg_n + 2 and sent.words[segs[nxt][0] - 1] == "," \
                and (sent.cap(segs[nxt][0]) or sent.low[segs[nxt][0]] in lex.fw("det")) \
                and sent.low[segs[nxt][0]] not in lex.fw("complement") \
                and not any(sent.tag(m).endswith("FIN") or self.mood.is_reportive(sent, m) for m in range(*segs[nxt])) \
                and not self.mood.has_k1(sent, segs[nxt][0], segs[nxt][1]) \
                and not self.mood.zu_infinitive(sent, *segs[nxt]) and not self._relative(sent, segs[nxt]):
            nxt += 1
        joined = self._coordinated_cue(sent, max(cue_tokens), b)
        if joined is not None:
            b = joined  # the clause after the comma is the later cue's; this cue's clause ends at "und"
        elif content is None and b < n and sent.words[b] in (",", ":") and nxt < len(segs):
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
                if all(w[:1].isupper() for w in words) and not self._quoted_term(sent, q.start, words):
                    continue  # a quoted name ("Neues Deutschland"), not a quotation
                if q.end <= sent.end(b - 1) + 1 and not (phrase.a <= self.tok_at(sent, q.start) < phrase.b):
                    content = (q.start, q.end)
                    rule += ":quote"
                    self.short_quote = True
                    break
        if content is None:
            rest = self.rest_of_clause(sent, a, b, f, phrase, cue_tokens, frames)
            if rest is not None and from_first and any(
                    lex.is_document(sent.words[m]) for m in range(self.tok_at(sent, rest[0]), self.tok_at(sent, rest[1]))):
                return  # "schreibt X und verweist auf einen Bericht": a document cited, no statement of X's
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
        their subject ("Am Dienstag verbreitete der Verband ein Video. Der Streik gehe weiter, heißt es darin.")."""
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
        # (the tags asked last: the tagger's cost)
        if phrase.a > f and f - a >= 3 and sent.low[a] not in self.lex.fw("time") and (
                sent.tag(a) not in ("APPR", "APPRART", "ADV", "PROAV")
                or any(sent.words[m][:1].isdigit() or sent.tag(m) == "CARD" for m in range(a, f))):
            span = (a, f)
        elif phrase.b <= k and (sent.low[a] in self.lex.fw("sub") or sent.low[a] in self.lex.fw("complement")):
            span = (phrase.b, k)  # verb-final: "als eine Sprecherin vor einer neuen Eskalation warnte"
        elif k > f:  # a clause-final participle or infinitive: "hatte von 30.000 Kräften gesprochen"
            span = (phrase.b if phrase.a > f else f + 1, k)
        else:
            start = max(phrase.b if phrase.a > k else k + 1, k + 1)
            end = b
            while end > start and (end - 1 in taken or sent.tag_is(end - 1, "PTKVZ")):
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

    def _in_relative(self, sent: Sent, segs, m: int) -> bool:
        """Word ``m`` is in a relative clause (never the clause opening the sentence: "Die seit Mai ...")."""
        seg_n = T.segment_of(segs, m)
        return seg_n > 0 and self._relative(sent, segs[seg_n])

    def _quoted_term(self, sent: Sent, start: int, words: list[str]) -> bool:
        """A single quoted common noun after "als" or "von", the speaker's word for a thing ("bezeichnete den
        Brief als „Zumutung“", "sprach von „Panikkäufen“"), where a quoted name follows a noun ("die Band „X“")."""
        m = self.tok_at(sent, start)
        return len(words) == 1 and 0 < m < len(sent) - 1 and sent.low[m - 1] in self.lex.fw("quoted-term") \
            and sent.tag(m + 1) == "NN"

    def _coordinated_cue(self, sent: Sent, k: int, b: int) -> int | None:
        """The "und" joining another cue verb to cue ``k`` in its clause ``[.., b)``, if any: the clause after the
        comma is that later cue's content ("Er lobte den Plan und kündigte an, ..."; "sprachen von „…“ und
        forderten die Regierung auf, ...")."""
        joined = next((m for m in range(k + 1, b) if sent.low[m] in self.lex.fw("coordinator")), None)
        if joined is None:
            return None
        for m in range(joined + 1, b):
            if sent.cap(m) or not sent.may_be_verb(m):
                continue
            lemma, tag = sent.info(m)
            if tag[:2] == "VV" and tag != "VVINF" and lemma in self.cue_keys:
                return joined
        return None

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
            after = seg[1]  # "so Brandl in der Rheinpfalz", "so Okafor wörtlich"
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


def _verb_second(sent: Sent, seg: tuple[int, int]) -> bool:
    """Whether the clause ``seg`` has a finite verb with other words of its clause after it: a main clause with a
    phrase before its verb ("Seit Beginn der Angriffe habe die Armee ... geflogen"), where a subordinate clause
    puts its finite verb last ("Seit die Armee angreift", "Wie die Zeitung berichtet hatte")."""
    a, b = seg
    for m in range(a + 1, b - 1):
        if not sent.cap(m) and sent.tag(m).endswith("FIN"):
            return any(not sent.tag(j).startswith(("V", "$")) and sent.tag(j) != "PTKVZ" for j in range(m + 1, b))
    return False
