"""Language detection: two windows of a long text decide when they agree by a wide margin, else the sample."""

from __future__ import annotations

import lagebild.language as language
from lagebild.language import detect_language

GERMAN = ("Die Bundesregierung hat am Montag in Berlin neue Hilfen für die Ukraine beschlossen. Der Kanzler sagte, "
          "man werde die Unterstützung fortsetzen, solange es nötig sei. Die Opposition kritisierte die Pläne. ")
ENGLISH = ("The government in London announced new aid for Ukraine on Monday. The prime minister said the support "
           "would continue for as long as it was needed. The opposition criticised the plans as too late. ")


def _ranked(monkeypatch) -> list[str]:
    seen: list[str] = []
    ident = language._identifier()
    rank = ident.rank

    class Spy:
        def rank(self, text):
            seen.append("rank")
            return rank(text)

        def classify(self, text):
            seen.append("classify")
            return ident.classify(text)

    monkeypatch.setattr(language, "_identifier", lambda: Spy())
    return seen


def test_a_long_text_is_decided_by_its_windows(monkeypatch):
    seen = _ranked(monkeypatch)
    assert detect_language(GERMAN * 20) == "de" and seen == ["rank", "rank"]
    seen.clear()
    assert detect_language(ENGLISH * 20) == "en" and seen == ["rank", "rank"]


def test_windows_that_disagree_leave_it_to_the_whole_sample(monkeypatch):
    mixed = GERMAN * 5 + ENGLISH * 25  # a German opening, an English article
    expected = language._identifier().classify(mixed[:language.SAMPLE])[0]
    seen = _ranked(monkeypatch)
    assert detect_language(mixed) == expected == "en"
    assert seen[-1] == "classify"


def test_short_texts_and_texts_without_letters():
    assert detect_language(GERMAN) == "de" and detect_language(ENGLISH) == "en"
    assert detect_language("12.000 / 3.400 -- 17 %", default="en") == "en"


def _walked_counts(text: str) -> list[tuple[int, int]]:
    """py3langid's own byte-by-byte walk, the slow path the array walk replaces."""
    from py3langid.langid import visit_counts

    ident = language._identifier()
    counts = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, ident._encode(text))
    return list(counts.items()) if counts else []


def test_the_array_walk_counts_the_features_of_the_byte_walk_in_its_order():
    import random

    pick = random.Random(7)
    texts = [GERMAN, ENGLISH, GERMAN[:40] + ENGLISH[:60], "Größe: 3,5 m² – « Straße » ½", "a", "ab", "", "  \n",
             "ÜBERALL GROSSBUCHSTABEN IM TITEL", "Zürich, Genève, Łódź und Kyjiw 🙂 im Vergleich"]
    # Strings that mix ASCII with multi-byte letters and symbols, where the automaton jumps between far states.
    texts += ["".join(chr(pick.choice([pick.randrange(32, 127), pick.randrange(160, 0x3000)]))
                      for _ in range(pick.randrange(1, 200))) for _ in range(200)]
    ident = language._identifier()
    for text in texts:
        assert list(language.feature_counts(ident, ident._encode(text)).items()) == _walked_counts(text), text


def test_the_array_walk_gives_py3langid_scores_to_the_last_bit():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    plain = LanguageIdentifier.from_model_file(MODEL_FILE)
    plain.set_languages(list(language._identifier().nb_classes))
    for text in (GERMAN, ENGLISH, GERMAN * 3 + ENGLISH, "Tor!"):
        assert language._identifier().rank(text) == plain.rank(text)
