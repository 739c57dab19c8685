"""The document model's look-ups (lagebild/model.py) on a text segmented here."""

from __future__ import annotations

from lagebild.model import Doc
from lagebild.pipeline.segmenter import segment


def test_a_span_is_found_with_the_tokens_of_its_sentence() -> None:
    doc = Doc(doc_id="d", text="Der Kanzler sprach. Danach kam Ida Berger aus Graz.", lang="de")
    doc.tokens, doc.sents = segment(doc.text, "de")
    start = doc.text.index("Ida Berger")
    toks, first, last = doc.span_tokens(start, start + len("Ida Berger"))
    assert [t.text for t in toks[first:last + 1]] == ["Ida", "Berger"]
    assert toks[0].text == "Danach"  # the second sentence's tokens
    assert doc.span_tokens(len(doc.text) + 5, len(doc.text) + 9) is None  # outside every sentence
