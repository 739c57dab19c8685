"""Time expressions: a HeidelTime-style rule tagger and normalizer for German and English.

    >>> from lagebild.timex import tag, resolve
    >>> [(t.text, t.value) for t in tag("Am 19. Juni unterzeichneten sie.", "de", anchor="2024-06")]
    [('Am 19. Juni', '2024-06-19')]
    >>> resolve("[day-1]", "2024-06-03")
    ('2024-06-02', True)
"""

from __future__ import annotations

from .grammar import FILES, grammar
from .normalize import normalize
from .resolver import resolve
from .tagger import tag

__all__ = ["FILES", "grammar", "normalize", "resolve", "tag"]
