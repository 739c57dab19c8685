"""Normalize one time expression in isolation (for dating and claims code that holds a phrase)."""

from __future__ import annotations

from ..model import Timex
from .tagger import tag


def normalize(phrase: str, lang: str, anchor: str | None = None, tense: str | None = None) -> Timex | None:
    """The timex a phrase normalizes to, or None when no rule covers the phrase.

    Args:
        phrase: the expression, e.g. "im Vorjahr", "Ende 2024", "am Montag".
        lang: "de" or "en".
        anchor: the date to resolve against (YYYY, YYYY-MM or YYYY-MM-DD), or None.
        tense: "past" or "future" to decide year-less months and weekdays; None lets the
            phrase's own cue words (or the nearest date) decide.

    Returns:
        The longest timex found in the phrase (offsets into ``phrase``), or None.
    """
    text = phrase
    if tense:
        # A tense cue after the phrase decides it just as a verb in the sentence would.
        cue = {"de": {"past": "war", "future": "wird"}, "en": {"past": "was", "future": "will"}}[lang][tense]
        text = f"{phrase} {cue}"
    found = [timex for timex in tag(text, lang, anchor) if timex.end <= len(phrase)]
    if not found:
        return None
    return max(found, key=lambda timex: timex.end - timex.start)
