"""The literal pre-test of the trigger look-up (relations/start_filter.py) never turns down a word a pattern
matches, and turns down most others."""

from __future__ import annotations

import random
import re

import pytest

from lagebild.relations import event_nouns, frames, lexicon, start_filter
from lagebild.relations.start_filter import prefilter
from lagebild.resources import LANG_DIR


def _patterns(lang: str) -> list[re.Pattern]:
    lex = lexicon.load(lang)
    return [t.words[0] for t in lex.triggers] + list(frames.first_patterns(lang))


def _words_near(patterns: list[re.Pattern], seed: int, count: int) -> list[str]:
    """Made-up words around the patterns' literal text: pieces of it, glued, cut and with letters around."""
    rng = random.Random(seed)
    pieces = [p for pattern in patterns for p in re.findall(r"[a-zäöüß]{2,}", pattern.pattern)]
    letters = "abcdefghiklmnoprstuvwzäöüß-"
    words = []
    for _ in range(count):
        word = rng.choice(pieces)
        if rng.random() < 0.5:
            word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) + word
        if rng.random() < 0.5:
            word += rng.choice(["", "e", "en", "t", "te", "ten", "ung", "s", "n", rng.choice(pieces)])
        if rng.random() < 0.3:
            word = word[rng.randint(0, 2):]
        words.append(word)
    return words


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_word_a_trigger_or_frame_matches_is_turned_down(lang):
    patterns = _patterns(lang)
    test = prefilter(patterns)
    assert not test.always  # the shipped patterns are all read
    joined = lexicon.any_of(patterns)
    words = _words_near(patterns, seed=10, count=20_000)
    matched = [w for w in words if joined.fullmatch(w)]
    assert len(matched) > 500  # the made-up words do reach the patterns
    assert [w for w in matched if not test.may_match(w)] == []
    # and most words that match no pattern never reach them
    others = ["haus", "wetter", "gestern", "bürgermeister", "fußball", "the", "weather", "yesterday", "und"]
    assert sum(test.may_match(w) for w in others) <= 2


def test_literal_starts_optional_parts_and_alternatives():
    test = prefilter([re.compile(r"(ent)?sand(t|te|ten)?"), re.compile(r"(ge)?schick\w*")])
    for word in ("sand", "sandte", "entsandt", "schickt", "geschickte"):
        assert test.may_match(word), word
    for word in ("versandt", "sonde", "entwurf", "gesch"):
        assert not test.may_match(word), word


def test_a_class_before_the_literal_needs_it_inside_the_word():
    test = prefilter([re.compile(r"\w*hilfe"), re.compile(r"\w*angriffe?n?")])
    assert test.inner == ("angriff", "hilfe")
    assert test.may_match("nothilfe") and test.may_match("luftangriffen") and test.may_match("hilfe")
    assert not test.may_match("hilf") and not test.may_match("angreifen")


def test_letter_sets_lookarounds_and_inner_groups():
    test = prefilter([re.compile(r"[ae]b(?!x)c"), re.compile(r"\w*(rat|räte)\w*")])
    assert test.may_match("abc") and test.may_match("ebc") and test.may_match("beirat")
    assert test.may_match("ratlos") and test.may_match("stadträte")
    assert not test.may_match("ibc") and not test.may_match("rot")


def test_what_it_cannot_read_lets_every_word_through():
    assert prefilter([re.compile("abc", re.IGNORECASE)]).may_match("XYZ")
    assert prefilter([re.compile(r"\w+")]).may_match("anything")  # needs no literal at all
    assert prefilter([re.compile("ab"), re.compile("x?")]).may_match("zz")  # matches the empty word
    many = re.compile("".join(f"({c})?" for c in "abcdefghijklmn"))  # 2**14 ways: beyond the budget
    assert prefilter([many]).always
    assert not prefilter([re.compile("ab")]).may_match("zz")


def test_may_start_is_the_look_up_of_every_rule_and_stays_bounded(monkeypatch):
    lex = lexicon.load("de")
    for word in ("geschickt", "haus", "reden", "asien-reise", "drohnen", "verfügung", "nothilfe", "wetter"):
        known: dict[str, bool] = {}
        expected = bool(lex.starting(word)) or frames.may_start("de", word) or event_nouns.may_start("de", word)
        assert start_filter.may_start(known, word, lex) is expected and known == {word: expected}, word
    assert start_filter.may_start({}, "geschickt", lex) and not start_filter.may_start({}, "haus", lex)
    monkeypatch.setattr(start_filter, "START_WORDS", 2)
    monkeypatch.setattr(lex, "start_words", {"a": False, "b": False, "c": False})
    full = lex.start_words
    start_filter.may_start(full, "haus", lex)
    assert lex.start_words == {} and lex.start_words is not full  # a new dict; the full one is left as it was
    assert "haus" in full


def test_the_test_follows_the_lexicon_it_is_asked_for():
    lex = lexicon.load("de")
    first = start_filter.trigger_starts(lex)
    assert start_filter.trigger_starts(lex) is first  # built once
    other = lexicon.RelationLexicon("de", triggers=list(lex.triggers[:3]))
    assert start_filter.trigger_starts(other) is not first
    assert start_filter.trigger_starts(lex) is not first  # rebuilt for the other lexicon, equal to the first
    assert start_filter.trigger_starts(lex) == first


def test_firing_keeps_the_starts_where_a_trigger_can_be_found():
    lex = lexicon.load("de")

    def fired(sentence: str) -> list[str]:
        words = sentence.split()
        low = [w.lower() for w in words]
        known: dict[str, bool] = {}
        starting = [j for j, w in enumerate(low) if start_filter.may_start(known, w, lex)]
        return [words[k] for k in start_filter.firing(words, low, starting, lex)]

    assert fired("Der Bürgermeister sagte am Montag weitere Mittel zu .") == ["sagte"]  # its particle ends it
    assert fired("Der Bürgermeister sagte am Montag , es regne .") == []  # "sagte" alone is no trigger
    assert fired("Die Stadt will mit dem Verein reden .") == ["reden"]  # a frame: decided with the mentions
    assert fired("Er lobte die Asien-Reise des Kanzlers .") == ["lobte", "Asien-Reise"]


def test_firing_hands_the_loop_the_trigger_it_matched_at_each_start():
    # extract.py's loop reads these instead of matching the lines (and a particle's clause) again
    lex = lexicon.load("de")
    words = "Die Stadt sagte dem Verein am Montag Geld zu , lobte ihn und sagte , es regne .".split()
    low = [w.lower() for w in words]
    known: dict[str, bool] = {}
    starting = [j for j, w in enumerate(low) if start_filter.may_start(known, w, lex)]
    found: dict[int, object] = {}
    kept = start_filter.firing(words, low, starting, lex, found)
    assert sorted(found) == starting
    assert all(found[k] is lex.triggers_at(low, k) for k in starting)
    said = [k for k, w in enumerate(low) if w == "sagte"]
    assert found[said[0]] is not None and found[said[1]] is None  # only the first one's particle ends its clause
    assert said[0] in kept and said[1] not in kept


def test_a_sentence_whose_start_words_fire_no_trigger_is_read_only_when_asked(monkeypatch):
    from tests.relations_text import edges, record_mentions

    calls = record_mentions(monkeypatch)
    text = "Chile sagte am Montag, es regne. Ungarn schickte Soldaten nach Russland."
    assert edges(text, "de") == {("AID", "Ungarn", "Russland")}
    assert calls == [1]  # "sagte" starts "sagte ... zu" only: the first sentence is never read
    calls.clear()
    assert edges(text.replace("Ungarn", "Das Land"), "de") == {("AID", "Chile", "Russland")}
    assert sorted(calls) == [0, 1]  # "Das Land" asks which country was named last: read then


def _relation_examples() -> list[tuple[str, str]]:
    """(language, sentence) of every EXAMPLE line of the relation data files: each shows one way a relation is
    found, so together they exercise every way extract.py's loop finds a trigger."""
    found = []
    for lang in ("de", "en"):
        for path in sorted((LANG_DIR / lang / "relations").glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("# EXAMPLE:"):
                    found.append((lang, line[len("# EXAMPLE:"):].split(" => ")[0].strip()))
    return found


def test_firing_turns_down_no_start_where_any_example_finds_a_relation(monkeypatch):
    # firing() lists the loop's ways to a trigger; a new way missing there would silently never run
    from tests.relations_text import relations_of

    examples = _relation_examples()
    assert len(examples) > 300
    filtered = [repr(relations_of(text, lang)) for lang, text in examples]
    monkeypatch.setattr(start_filter, "firing", lambda words, low, starting, lex, found=None: starting)
    assert [repr(relations_of(text, lang)) for lang, text in examples] == filtered
