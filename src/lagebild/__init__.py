"""lagebild: turn news articles into a situation picture.

    >>> import lagebild
    >>> doc = lagebild.analyze("Laut Nato soll Minsk 4.000 Soldaten an die Grenze geschickt haben.", published="2024-10")
    >>> doc.to_dict()["doc_id"]
    'text'
"""

from __future__ import annotations

__version__ = "0.1.0"

from functools import lru_cache  # noqa: E402

from .model import Doc  # noqa: E402


@lru_cache(maxsize=1)
def _default():
    from .core import Lagebild

    return Lagebild()


def analyze(text: str, published: str | None = None, lang: str | None = None) -> Doc:
    """Analyze one text with the default pipeline.

    Args:
        text: the article text.
        published: publication date (YYYY, YYYY-MM or YYYY-MM-DD), the anchor of relative time.
        lang: "de" or "en"; detected when not given.

    Returns:
        The analyzed ``Doc``; ``doc.to_dict()`` gives the contract of gold/SCHEMA.md.
    """
    return _default().analyze_text(text, published=published, lang=lang)


__all__ = ["Doc", "analyze", "__version__"]
