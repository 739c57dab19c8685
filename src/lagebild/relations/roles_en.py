"""English roles from spaCy's dependency parse: who acts and who receives, for one trigger.

The heuristic roles (extract.py: the preposition before a mention, word order) were written for German. In
English the parse says it directly, so for a trigger the parser read:
- a verb: its subject acts (``nsubj``; the ``agent`` "by X" of a passive or participle); a subject it lacks comes
  from the verb it depends on: "began sending", "met ... and signed" (conjuncts share the subject), "by sending"
  (the main clause's), "North Korea, which sent" (a relative clause: the noun it hangs on), "troops sent by
  Pyongyang" (a participle: its agent; the noun it hangs on is what is sent);
- a noun ("the deployment of North Korean troops to Russia", "Pyongyang's supply of shells"): its possessor or
  country adjective acts, else the subject of the verb it is the object or predicate of ("North Korea is the
  largest supplier", "Russia launched an attack");
- receives: a dative or direct object naming an actor ("helped Russia", "met Kim"; not the troops or shells sent),
  and the object of a preposition whose role lang/en/relations/preps.txt gives for the type ("to Russia",
  "with Kim", "against Ukraine"); "for X" in a fight is a beneficiary (an AID besides);
- what flows (the direct object, the passive subject, "of"-object of a noun: "North Korean troops were deployed")
  names its owner as the actor when nothing else does.
A mention takes the role of the phrase it heads or qualifies (compounds, appositions, possessives, adjectives,
"of"-phrases and conjuncts: "Russian President Vladimir Putin", "North Korea's troops", "Russia and Belarus").
The result is the heuristic's role vocabulary, so extract.py's rules (mutual types, carry-over, MOBILIZE -> AID)
work on it unchanged; sentences the parser cannot read keep the heuristic roles.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import resources
from ..spans import ents_starting
from . import attach_en, implied, joined_en, possessors_en, retreats_en, titlecase_en
from . import roles_en_fights as fights
from .lexicon import RelationLexicon
from .roles_en_fights import sufferer

# dependencies inside a noun phrase: a mention under one of them belongs to the phrase's role
PHRASE = frozenset({"compound", "amod", "poss", "appos", "conj", "nmod", "det", "nummod", "quantmod", "case",
                    "npadvmod", "cc", "punct", "predet"})
SUBJECTS = frozenset({"nsubj", "csubj"})
# clause links across which a verb without a subject takes its head's ("began sending", "met ... and signed")
INHERIT = frozenset({"xcomp", "conj", "advcl", "pcomp", "ccomp", "dobj", "attr", "pobj", "prep", "oprd", "acomp"})
# subject pronouns resolved from the clause that frames theirs (see _antecedent)
PRONOUNS = frozenset({"it", "they", "he", "she"})
# prepositions through which a noun trigger is its verb's own act ("emerged as a supplier", "engaged in combat")
ROLE_PREPS = frozenset({"as", "in", "en"})  # "en": the trigger phrase "en route"
# prepositions of a gerund whose subject is the object of the verb it hangs on ("accused Putin of trying to ...")
CONTROL = frozenset({"of", "into", "from"})
RELATIVE = frozenset({"which", "who", "that", "whom"})
FLOWS = frozenset({"AID", "MOBILIZE"})
GIVERS = "relations/givers.txt"  # endings of nouns naming a flow's giver by the act ("supplier")
# types whose two sides act together (as kinds.MUTUAL): "Russia and North Korea signed" is one relation
MUTUAL = frozenset({"COOPERATE", "SUPPORT", "CONSULT"})
# types coded only with a recipient unless a verb states them (as kinds.ALONE)
ALONE = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "ASSAULT"})
# nouns of a trigger whose "of"-object suffers the act ("the invasion of Ukraine", "the capture of soldiers")
TARGETS = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN"})
# nouns of a retreat whose "of"-object is forces ("the withdrawal of Ukrainian units from two villages"): the forces'
# side withdraws, a recipient is not needed (story-dev English: the gold codes such withdrawals without one)
WITHDRAWN = frozenset({"RETREAT"})
KEY = "relations.parse_en"  # Doc.user_data: sentence index -> spaCy Doc of that sentence
# Doc.user_data: the attribution layer's parse (syntax_en.parse: one spaCy Doc or None per sentence), if it kept it
SHARED = "attribution.parse_en"


@lru_cache(maxsize=1)
def giver_endings() -> tuple[str, ...]:
    """The endings of nouns naming a flow's giver by the act (lang/en/relations/givers.txt)."""
    return tuple(row[0] for row in resources.load("en", GIVERS).rows(1))


def _named_giver(tok: Any) -> Any | None:
    """The giver a giver's noun is said to be: the attribute of the copula it is the subject of ("Russia's main
    supplier is Iran"), else its apposition ("Russia's supplier, Iran, denied"), else None."""
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        return next((c for c in tok.head.children if c.dep_ == "attr"), None)
    return next((c for c in tok.children if c.dep_ == "appos"), None)


def sentence_parse(doc: Any, i: int, lex: RelationLexicon) -> Any | None:
    """The spaCy parse of sentence ``i`` over the sentence's own tokens (word k is word k); None without the
    model. On the first call for a document, every sentence with a trigger word is parsed in one batch with the
    attribution layer's English pipeline (sentences alone, as it parses them), except those that layer parsed
    already (``SHARED``), whose parse is reused."""
    cache = doc.user_data.get(KEY)
    if cache is None:
        cache = doc.user_data[KEY] = _parse_all(doc, lex)
    return cache.get(i)


def _parse_all(doc: Any, lex: RelationLexicon) -> dict[int, Any]:
    from ..attribution.syntax_en import _parser  # read-only: the same pipeline, loaded once per process

    nlp = _parser()
    if nlp is None:
        return {}
    from spacy.tokens import Doc as SpacyDoc

    shared = doc.user_data.get(SHARED) or []
    out: dict[int, Any] = {i: sdoc for i, sdoc in enumerate(shared) if sdoc is not None}
    wanted, sdocs = [], []
    for i in range(len(doc.sents)):
        headline = doc.sents[i].kind == "headline"  # a title-case headline is parsed anew (titlecase_en)
        recased = titlecase_en.parse_words(doc, i, doc.sent_tokens(i)) if headline else None
        if i in out and recased is None:
            continue
        toks = doc.sent_tokens(i)
        low = [t.text.lower() for t in toks]
        sent = doc.sents[i]
        if not ents_starting(doc, sent.start, sent.end) or not any(lex.triggers_at(low, k) for k in range(len(low))):
            continue  # no named actor (names, capitals, country adjectives are entities) or no trigger
        spaces = [k + 1 < len(toks) and toks[k + 1].start > t.end for k, t in enumerate(toks)]
        wanted.append(i)
        sdocs.append(SpacyDoc(nlp.vocab, words=recased or [t.text for t in toks], spaces=spaces))
    for name, proc in nlp.pipeline:
        if name == "lemmatizer":
            continue  # the roles read tags and dependencies, never lemmas: a fifth of the parse time saved
        sdocs = list(proc.pipe(sdocs)) if hasattr(proc, "pipe") else [proc(sdoc) for sdoc in sdocs]
    out.update(zip(wanted, sdocs, strict=True))
    return out


def _head(sdoc: Any, first: int, last: int) -> Any:
    """The token heading words [first, last): the one whose head lies outside them."""
    for tok in sdoc[first:last]:
        if not first <= tok.head.i < last or tok.head.i == tok.i:
            return tok
    return sdoc[last - 1]


def trigger_token(sdoc: Any, k: int, n: int) -> Any:
    """The token standing for the trigger at words [k, k + n): its head, but the noun of a prepositional phrase
    ("en route")."""
    tok = _head(sdoc, k, k + n)
    return sdoc[k + n - 1] if tok.pos_ == "ADP" and n > 1 else tok


def _pobjs(prep: Any) -> list[Any]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


class Frame:
    """The phrases around one trigger token: token index -> role ("actor", "recipient", "beneficiary", "theme",
    "origin", "pair")."""

    def __init__(self) -> None:
        self.roles: dict[int, str] = {}
        self.nominal = False
        self.modified = False  # a noun trigger whose actor is its own adjective or possessor

    def add(self, tok: Any, role: str) -> None:
        self.roles.setdefault(tok.i, role)
        for c in tok.children:  # "Russia and Belarus": conjuncts share the role
            if c.dep_ == "conj":
                self.add(c, role)

    def has(self, role: str) -> bool:
        return role in self.roles.values()


def _subject(verb: Any, depth: int = 0) -> tuple[Any | None, bool]:
    """The acting phrase of ``verb`` and whether the verb is passive (its subject then receives or flows)."""
    # of two subjects the one nearest before the verb ("Moscow, (AP) President Putin thanked": a dateline)
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS] or attach_en.auxiliary_subjects(verb)
    subj = max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=subjects[0] if subjects else None)
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in _pobjs(c)), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if agent is not None:
        return agent, True
    if subj is not None:
        if subj.lower_ in RELATIVE and verb.dep_ == "relcl":  # "North Korea, which sent troops"
            return verb.head, False
        if subj.tag_ == "PRP" and subj.lower_ in PRONOUNS:
            return _antecedent(verb, subj) or subj, False  # unresolved: an anaphor for extract.py
        if subj.tag_ == "CD" and verb.dep_ == "conj" and sufferer(verb.head) is not None:
            return sufferer(verb.head), True  # "two guards died and 12 were hurt": the count is of the same side
        return subj, False
    if passive:
        return None, True
    if verb.dep_ == "relcl":  # "the troops Pyongyang sent": no relative subject; the noun acts otherwise
        return (verb.head, False) if verb.tag_ != "VBN" else (None, True)
    if verb.dep_ == "acl":  # "troops sent by Pyongyang": the noun is sent; "North Korea, sending troops": it acts
        return (None, True) if verb.tag_ == "VBN" else (verb.head, False)
    if depth < 3 and verb.dep_ in INHERIT and verb.head.i != verb.i:
        head = verb.head
        prep = head.lower_ if head.pos_ in ("ADP", "SCONJ") or head.dep_ == "prep" else None
        if prep is not None:  # "by sending", "since signing": the verb or noun the preposition hangs on
            head = head.head
        if prep is None and verb.dep_ in ("xcomp", "ccomp") and _reported_relative(head):
            return head.head, False  # "the pilots, who the minister said gave help in routing": the pilots
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        if obj is not None and head.pos_ == "VERB" and (verb.dep_ in ("xcomp", "ccomp") or prep in CONTROL):
            return obj, False  # "helped Russia retake", "accused Putin of trying": the object does it
        if head.pos_ in ("VERB", "AUX"):
            subj, passive = _subject(head, depth + 1)
            if subj is None and passive:  # "soldiers were killed while fighting": the sufferer acted
                subj = sufferer(head)
            return subj, False
        if verb.dep_ == "acl" or head.pos_ in ("NOUN", "PROPN"):
            return None, False
    return None, False


def _reported_relative(verb: Any) -> bool:
    """Whether ``verb`` is a relative clause whose relative pronoun belongs to the clause it reports ("the
    pilots, who the minister said gave ...", "drones that officials say were shipped"): it has a relative pronoun and
    another subject (the parser makes the pronoun the subject or the object of the reporting verb)."""
    return verb.dep_ == "relcl" and any(c.lower_ in RELATIVE and c.dep_ in SUBJECTS | {"dobj"} for c in verb.children) \
        and any(c.lower_ not in RELATIVE and c.dep_ in SUBJECTS for c in verb.children)


def _antecedent(verb: Any, pronoun: Any) -> Any | None:
    """The subject a subject pronoun repeats from the clause that reports or frames its own ("Belarus
    admitted it had moved troops", "Poland's guards said they had stopped"): the subject of the verb the
    pronoun's clause depends on, when its number fits; None otherwise (the pronoun then names no party here)."""
    head = verb
    for _ in range(5):  # "admitted at last it had sent": through a relative clause too
        if head.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "relcl", "pobj", "prep") or head.head.i == head.i:
            return None
        head = head.head
        subj = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subj is None or head.pos_ not in ("VERB", "AUX"):
            continue
        if subj.tag_ == "PRP":
            return None
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        if (pronoun.lower_ == "they") == plural:
            return subj
        return None
    return None


def _verb_tagged_plural(tok: Any) -> bool:
    """A verb in "-s" the tagger took for a plural noun though the parser gives it a subject and an object
    ("Putin lauds North Korean troops in Kursk", "Kim thanks Russian troops"): read as the verb it is."""
    deps = {c.dep_ for c in tok.children}
    return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "conj") and "nsubj" in deps and "dobj" in deps


def frame(tok: Any, kind: str, lex: RelationLexicon, received: bool) -> Frame:
    """The roles of the phrases around the trigger token ``tok`` (see the module docstring)."""
    out = Frame()
    nominal = (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("ROOT",) or tok.tag_ in ("NN", "NNS")) \
        and not _verb_tagged_plural(tok)
    out.nominal = nominal
    if nominal:
        for c in fights.attackers(tok):  # "Pyongyang's supply", "the Russian attack", "Ukrainian drone strikes"
            # (not "the largest supplier"); the possessor of a giver's noun is the one served: "Russia's supplier"
            out.add(c, "recipient" if c.dep_ == "poss" and kind in FLOWS and tok.lower_.endswith(giver_endings())
                    else "actor")
            out.modified = True
        named = _named_giver(tok) if kind in FLOWS and tok.lower_.endswith(giver_endings()) else None
        if named is not None and not out.has("actor"):  # "Russia's main supplier is Iran", "Russia's supplier, Iran,"
            out.add(named, "actor")
        actor = None
        if not out.has("actor") and not retreats_en.forces_withdrawn(tok, kind, lex):
            # "Russia launched an attack", "North Korea is the largest supplier", "emerged as a supplier", "engaged
            # in combat": the subject of the verb the noun completes (not "confirmed clashes before the withdrawal")
            head = tok
            for _ in range(4):
                if head.dep_ in ("conj", "appos"):
                    head = head.head
                elif head.dep_ == "compound" and head.head.pos_ == "NOUN" and not lex.is_agent(head.head.lower_) \
                        and not lex.is_object(head.head.lower_):
                    head = head.head  # "participating in combat operations" (not "combat troops": who fights)
                elif head.dep_ == "pobj" and (head.head.lower_ in ROLE_PREPS or fights.taking_part(head)):
                    head = head.head.head  # "escalated to combat operations": the verb of taking part
                    break
                else:
                    head = head.head if head.dep_ in ("dobj", "attr", "nsubjpass") else head
                    break
            if head is not tok and head.pos_ in ("VERB", "AUX"):
                actor, passive = _subject(head)
                # "troops were involved in clashes"; not "two pilots were killed in an attack": its victims
                # but "gunners killed in combat against the rebels": a fight with its opponent named is
                # the sufferers' own (roles_en_fights.py)
                if actor is None and passive and head.tag_ == "VBN" and (
                        lex.triggers_at([head.lower_], 0) is None or fights.opposed(tok, kind, lex)):
                    actor = sufferer(head)
        if actor is not None:
            out.add(actor, "actor")
    else:
        actor, passive = _subject(tok)
        if actor is not None:
            out.add(actor, "recipient" if received else "actor")
        if passive:
            theme = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if theme is None and tok.dep_ == "acl":
                theme = tok.head
            if theme is not None:  # "troops were pulled back": the forces withdraw (retreats_en.py)
                flows = kind in FLOWS or received or retreats_en.forces_pulled(tok, theme, kind, lex)
                out.add(theme, "theme" if flows else "recipient")
    for c in tok.children:
        if c.dep_ == "dative":
            out.add(c, "recipient")
        elif c.dep_ == "dobj":
            # "sent troops": the troops flow; "helping Russian troops": the forces helped receive (roles_en_fights)
            flows = kind in FLOWS and (lex.is_object(c.lower_) or lex.is_agent(c.lower_)) \
                and not (lex.is_agent(c.lower_) and fights.HELPS.fullmatch(tok.lower_))
            out.add(c, "theme" if flows or received else "recipient")
        elif c.dep_ == "prep" and c.lower_ == "of" and nominal:
            for p in _pobjs(c):
                if lex.is_object(p.lower_) or lex.is_agent(p.lower_) or kind in FLOWS:
                    out.add(p, "theme")
                else:
                    out.add(p, "recipient" if kind in TARGETS else "actor")
    for side in joined_en.sides(tok, kind):  # "being readied to join Belarusian forces": the side joined
        out.add(side, "recipient")
    fights.helped_clause(tok, kind, out)  # "helping Russian troops strike Ukraine": the troops are helped
    if nominal:  # "three pilots were killed in a Polish attack": the pilots are attacked
        fights.victims(tok, kind, lex, out)
    possessors_en.resolve(tok, out, nominal, lex)  # "during his visits", "its troops had participated"
    fights.taken_from(tok, kind, out)  # "liberate the town from Ukrainian units": the holder is attacked
    _preps(tok, kind, lex, out, received)
    if nominal:  # "the support for Ukraine by Germany": the parser hangs the noun's agent on the name before it
        for p in (p for c in tok.children if c.dep_ == "prep" and c.lower_ != "of" for p in _pobjs(c)):
            for a in (a for c in p.children if c.dep_ == "prep" and c.lower_ in lex.agent_preps for a in _pobjs(c)):
                out.add(a, "actor")
    if nominal and not out.has("recipient"):  # "criticized the dispatch of troops | to Russia" (attach_en.py)
        for prep in attach_en.stranded(tok):
            _preps(prep.head, kind, lex, out, received, only=prep.i)
    # "sent troops to Russia", "the supply of shells to Russia", "signed an agreement with Kim": the parser may
    # hang the preposition on what is sent or on the object
    for t in [t for t, role in out.roles.items() if role == "theme"] + [
            c.i for c in tok.children if c.dep_ == "dobj" and not nominal]:
        _preps(tok.doc[t], kind, lex, out, received)
    return out


def _preps(tok: Any, kind: str, lex: RelationLexicon, out: Frame, received: bool, only: int | None = None) -> None:
    for c in tok.children:
        if c.dep_ not in ("prep", "agent", "dative") or only is not None and c.i != only:
            continue
        word = c.lower_
        if word == "of":
            continue
        for p in _pobjs(c):
            if p.pos_ in ("VERB", "AUX"):
                continue  # "by sending troops": a clause, not a party
            if word in lex.agent_preps and c.dep_ == "agent" or (word == "by" and nominal_head(tok)):
                out.add(p, "actor")
            elif word in lex.origin and lex.role(word, kind) != "recipient":  # "sought help from X": its addressee
                out.add(p, "origin")
            elif word in lex.allies:
                out.add(p, "other")
            else:
                role = lex.role(word, kind)
                if role in ("recipient", "beneficiary", "pair"):
                    out.add(p, role)


def _own_subject(verb: Any) -> bool:
    """Whether ``verb`` has a subject of its own: a clause the parser hung on a noun as a participle ("has
    information that troops are being readied": an ``acl`` of "information"), no participle describing it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def nominal_head(tok: Any) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _phrase_root(tok: Any, roles: dict[int, str], stop: int, lex: RelationLexicon) -> Any | None:
    """The phrase ``tok`` heads or qualifies that has a role in the frame, climbing noun-phrase links (and "of"
    phrases: "thousands of North Korean troops"); None when it has none."""
    seen = 0
    while seen < 8:
        if tok.i in roles:
            return tok
        if tok.i == stop or tok.head.i == tok.i:
            return None
        if tok.dep_ in PHRASE or (tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from", "by")) \
                or (tok.dep_ == "prep" and tok.lower_ in ("of", "from") and tok.head.pos_ in ("NOUN", "PRON")) \
                or (tok.dep_ == "agent" and tok.head.dep_ == "acl") or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
            # "thousands of North Korean troops", "troops from North Korea", "troops sent by Pyongyang"; but "on
            # the side of Russia" names an ally (preps.txt), no party
            if tok.dep_ == "prep" and tok.head.lower_ in lex.allies:
                return None
            tok = tok.head
            seen += 1
            continue
        return None
    return None


def assign(doc: Any, i: int, k: int, n: int, kind: str, received: bool, found: list, roles: list,
           lex: RelationLexicon) -> bool | tuple[int, int]:
    """Set the roles of the mentions ``found`` of sentence ``i`` for the trigger at words [k, k + n) from the
    parse (the heuristic's vocabulary: "genitive" acts, "recipient", "beneficiary", "origin" acts in a flow
    received, "pair", "place" takes no part). Returns False, leaving ``roles`` as they are, when the sentence
    has no parse. Where it has one, the parse decides: a mention it gives no role takes no part (measured on
    story-dev English: falling back to the heuristic then cost more false relations than it found). Returns
    the word span of the trigger's subject (or of what flows) when that phrase names no actor ("the troops",
    "he"): only there may extract.py read an anaphor for the actor."""
    sdoc = sentence_parse(doc, i, lex)
    if sdoc is None or k + n > len(sdoc):
        return False
    tok = trigger_token(sdoc, k, n)
    fr = frame(tok, kind, lex, received)
    if joined_en.sides(tok, kind):  # "readied to join Syrian forces": a MOBILIZE for that side (joined_en.py)
        joined_en.note(doc, i, k)
    implied.place(doc, i, fights.joined_places(tok, lex))  # "took part in the fighting in Syria": where, not whom
    got: list[str | None] = []
    for m in found:
        if m.first < 0 or m.last > len(sdoc):
            got.append(None)
            continue
        root = _phrase_root(_head(sdoc, m.first, m.last), fr.roles, tok.i, lex)
        got.append(fr.roles.get(root.i) if root is not None else None)
    # "the withdrawal of Ukrainian troops": forces that withdraw name their side (WITHDRAWN), no recipient needed
    withdrawn = kind in WITHDRAWN and fr.nominal and not fr.modified and fr.has("theme")
    if "recipient" not in got and "beneficiary" not in got and kind not in MUTUAL and not withdrawn \
            and ((fr.nominal and (kind in ALONE or fr.modified)) or (kind in ALONE and tok.dep_ == "acl" and not _own_subject(tok))):
        # "a Ukrainian offensive", "Russia's invasion", "soldiers fighting alongside Russian troops", "with South
        # Korean assistance": a noun or a participle describing someone names no event unless it says to whom;
        # a fight, unless the document implies the opponent (relations/implied.py)
        if kind in implied.IMPLIED and lex.lang in implied.LANGS:
            if not fights.taking_part(tok):  # "were engaged in clashes": an event without an opponent too
                implied.want(doc, i, k)
        else:
            got = [None] * len(got)
    if not any(r == "actor" for r in got):
        # nothing acts: the owner of what flows ("North Korean troops were deployed", "troops from Pyongyang");
        # but "liberate Kursk from Ukrainian forces" names the opponent
        for n_, r in enumerate(got):
            if (r == "origin" and kind in FLOWS or r == "theme" and kind in FLOWS | {"ASSAULT"} | WITHDRAWN) \
                    and not received:
                got[n_] = "actor"
    actors = [n_ for n_, r in enumerate(got) if r == "actor"]
    if kind in MUTUAL and len(actors) > 1 and "recipient" not in got:
        for n_ in actors[1:]:  # "Russia and North Korea signed a treaty": the second side receives
            got[n_] = "recipient"
    named = {_phrase_root(_head(sdoc, m.first, m.last), fr.roles, tok.i, lex) for m in found if m.first >= 0}
    named_ids = {t.i for t in named if t is not None}
    # the actor's phrase is there but names no one ("the troops", "they"): extract.py may resolve it as an anaphor
    open_subject = next((sdoc[t] for t, role in fr.roles.items() if t not in named_ids
                         and (role == "actor" or (role == "theme" and kind in FLOWS))), None) \
        if "actor" not in got else None
    for n_, (m, r) in enumerate(zip(found, got, strict=True)):
        if r == "actor":
            roles[n_] = "origin" if received else "genitive"
        elif r == "origin" and received:
            roles[n_] = "origin"
        elif r in ("recipient", "beneficiary", "pair"):
            roles[n_] = r
        else:
            roles[n_] = "place" if m.label != "carried" else roles[n_]
    if received:  # "Russia received shells from North Korea": the subject is the recipient
        for n_, r in enumerate(got):
            if r == "recipient":
                roles[n_] = None
    if open_subject is not None:
        return open_subject.left_edge.i, open_subject.right_edge.i + 1
    return True
