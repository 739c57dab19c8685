"""A spaCy embedding layer of our own: hashed word features next to character embeddings.

Registered under "lagebild.HashCharEmbed.v1"; importing this module before loading a model that
uses it is enough (lagebild.entities.ner does so).
"""

from __future__ import annotations

import spacy
from spacy.ml.models import CharacterEmbed, MultiHashEmbed
from thinc.api import Maxout, Model, chain, concatenate, with_array


@spacy.registry.architectures("lagebild.HashCharEmbed.v1")
def hash_char_embed(width: int, attrs: list[str], rows: list[int], nM: int = 32, nC: int = 8) -> Model:
    """MultiHashEmbed (norm, affixes, shape, our word class) concatenated with spaCy's
    CharacterEmbed (the first and last ``nC`` characters), mixed down to ``width``."""
    words = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
    chars = CharacterEmbed(width=width, rows=rows[0], nM=nM, nC=nC, include_static_vectors=False)
    return chain(concatenate(words, chars), with_array(Maxout(width, nP=3, normalize=True, dropout=0.0)))
