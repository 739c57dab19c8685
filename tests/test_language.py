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
