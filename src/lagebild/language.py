"""Language detection per document (German or English), on py3langid."""

from __future__ import annotations

from functools import lru_cache

from .resources import LANGUAGES


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(LANGUAGES))
    return ident


def detect_language(text: str, default: str = "de") -> str:
    """The language of ``text`` among the supported ones; ``default`` for text without letters."""
    sample = text[:5000]
    if not any(ch.isalpha() for ch in sample):
        return default
    lang, _ = _identifier().classify(sample)
    return lang
