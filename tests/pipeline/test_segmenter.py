from __future__ import annotations

import pytest

from lagebild.pipeline.segmenter import segment


def sentences(text: str, lang: str = "de") -> list[str]:
    _, sents = segment(text, lang)
    return [text[s.start:s.end] for s in sents]


@pytest.mark.parametrize("text, expected", [
    ("Am 19. Juni unterzeichneten sie. Dann kam er.", ["Am 19. Juni unterzeichneten sie.", "Dann kam er."]),
    ("Am 3. Okt. 2024 kam er. Gut.", ["Am 3. Okt. 2024 kam er.", "Gut."]),
    ("Es kamen u. a. Minister. Sie gingen.", ["Es kamen u. a. Minister.", "Sie gingen."]),
    ("Dr. Müller sprach. Er ging.", ["Dr. Müller sprach.", "Er ging."]),
    ("Die Fa. Siemens AG wächst. Gut so.", ["Die Fa. Siemens AG wächst.", "Gut so."]),
    ("Im 2. Halbjahr stieg er. Dann fiel er.", ["Im 2. Halbjahr stieg er.", "Dann fiel er."]),
    ("Das war 2024. Dann kam 2025.", ["Das war 2024.", "Dann kam 2025."]),
    ("„Wir kommen.“ Das sagte er.", ["„Wir kommen.“", "Das sagte er."]),
    ("»Wer kommt?«, fragte sie. Niemand.", ["»Wer kommt?«, fragte sie.", "Niemand."]),
    ("Er sagte: „Wir kommen. Alle.“ Dann ging er.", ["Er sagte: „Wir kommen.", "Alle.“", "Dann ging er."]),
    ("Sie nannte es ‚gut‘. Er nicht.", ["Sie nannte es ‚gut‘.", "Er nicht."]),
    ("Er kam … und ging. Dann nichts.", ["Er kam … und ging.", "Dann nichts."]),
])
def test_german_sentences(text, expected):
    assert sentences(text) == expected


def test_offsets_point_into_the_text():
    text = " date 2024-10 Am 19. Juni kam er.\n\nWien – Die Regierung tagte. „Ja“, sagte sie."
    tokens, sents = segment(text, "de", start=14)
    for tok in tokens:
        assert text[tok.start:tok.end] == tok.text
    assert [text[s.start:s.end] for s in sents] == ["Am 19. Juni kam er.", "Wien", "Die Regierung tagte.",
                                                      "„Ja“, sagte sie."]
    assert [s.kind for s in sents] == ["text", "dateline", "text", "text"]
    assert all(sents[tok.sent].start <= tok.start < sents[tok.sent].end for tok in tokens)


def test_quote_marks_stay_whole_tokens():
    tokens, _ = segment("„Kanonenfutter“ und »Anti-Nato« und ‚keine Grenzen‘.", "de")
    words = [t.text for t in tokens]
    assert words[:3] == ["„", "Kanonenfutter", "“"]
    assert "»" in words and "«" in words and "‚" in words and "‘" in words


def test_teaser_and_headline_lines_stand_alone():
    text = "Putin plant Offensive\n+++ Das könnte dich interessieren: 50.000 Soldaten +++\nIm Oktober kam er."
    _, sents = segment(text, "de")
    assert [s.kind for s in sents] == ["headline", "teaser", "text"]


def test_english_sentences():
    text = "Dr. Smith met Gen. Jones in the U.S. on Monday. They paid $1.5 million."
    assert sentences(text, "en") == ["Dr. Smith met Gen. Jones in the U.S. on Monday.", "They paid $1.5 million."]


def test_an_overlong_sentence_is_cut_after_a_comma_and_named_in_the_warnings():
    from lagebild.engine import Pipeline
    from lagebild.model import Doc

    text = "Äpfel, Birnen und Pflaumen " * 100 + "gab es."
    pipeline = Pipeline.from_config("de", ["segmenter"], {"segmenter": {"max_tokens": 50}})
    doc = pipeline(Doc(doc_id="list", text=text))
    lengths = [s.token_end - s.token_start for s in doc.sents]
    assert max(lengths) <= 50 and sum(lengths) == len(doc.tokens) == 503
    assert all(text[s.start:s.end].endswith(",") for s in doc.sents[:-1])
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("W002: a sentence of 503 tokens at offset 0")
    for sent in doc.sents:  # offsets still hold
        assert doc.tokens[sent.token_start].start == sent.start and doc.tokens[sent.token_end - 1].end == sent.end


def test_short_pieces_kept_once_give_spacys_tokens_at_every_offset():
    from lagebild.pipeline.segmenter import SHORT_PIECE, tokenizer

    lines = ["Wien –", "u. a.", "3,5 %", "„Ja.“", "x", "Dr. Kim (56)"]
    text = "\n".join(lines * 3)
    tokens, _ = segment(text, "de")
    pos, expected = 0, []
    for line in text.split("\n"):
        assert len(line) <= SHORT_PIECE
        expected += [(t.idx + pos, t.text) for t in tokenizer("de")(line) if not t.is_space]
        pos += len(line) + 1
    assert [(t.start, t.text) for t in tokens] == expected
    assert all(text[t.start:t.end] == t.text for t in tokens)


def test_long_pieces_give_spacys_tokens_whatever_the_spaces_between_them():
    from lagebild.pipeline.segmenter import SHORT_PIECE, tokenizer

    # double spaces, a tab, a no-break space, an abbreviation and affixes: the words are read as arrays of
    # offsets and lengths, and must be spaCy's tokens (text and offset) all the same
    line = "Die Stadtwerke  von Haldorf\tmeldeten am Montag\u00a0(z. B. „rund 3,5 %“) mehr Kunden – u. a. in Nord-Ost."
    assert len(line) > SHORT_PIECE
    tokens, _ = segment(line, "de")
    expected = [(t.idx, t.text) for t in tokenizer("de")(line) if not t.is_space]
    assert [(t.start, t.text) for t in tokens] == expected


def test_the_tokenizer_keeps_the_split_of_every_chunk_of_an_ingest():
    from lagebild.pipeline.segmenter import tokenizer

    # spaCy's default keeps 10,000 chunks and splits every later one anew; an ingest meets ~70,000 per 1,000 articles
    assert tokenizer("de").max_cache_size >= 500_000 and tokenizer("en").max_cache_size >= 500_000


def test_the_suffix_search_finds_what_spacys_joined_pattern_finds_in_every_tail_of_a_word():
    import spacy
    from spacy.util import compile_suffix_regex

    from lagebild.pipeline.segmenter import SuffixSearch, tokenizer

    words = ["Haus.", "10km", "12km²", "km", "Wort...", "x.....", "....", "Peter's", "5US$", "US$", "20°C.", "Dr.",
             "(Hallo)", "„Wort“,", "Sätze!?", "ÄRA.", "a.B.", "3,5%", "Ende…", "Straße.“", "it's", "U.S.A.", "x"]
    for lang in ("de", "en"):
        suffixes = spacy.blank(lang).Defaults.suffixes
        joined, fast = compile_suffix_regex(suffixes).search, SuffixSearch(suffixes)
        assert fast.unbounded is not None and 0 < fast.width < 20  # "\.\.+" has no bound, the rest do
        for word in words:
            for k in range(len(word)):
                want, got = joined(word[k:]), fast(word[k:])
                assert (want and want.span()) == (got and got.span()), word[k:]
        assert isinstance(tokenizer(lang).suffix_search, SuffixSearch)


def test_the_infix_finder_skips_only_words_no_infix_can_begin_in():
    import re

    import spacy
    from spacy.util import compile_infix_regex

    from lagebild.pipeline.segmenter import InfixFinder, tokenizer

    words = ["Nord-Ost", "3-4", "a/b", "Hallo...Welt", "x…y", "Haus", "Straßenbahn", "2024", "A.B", "km²", "ab,cd",
             "Kim's", "1+2", "a:b", "°C", "→x", "Ⓐbc", "Wort--Wort", "x"]
    for lang in ("de", "en"):
        pattern = compile_infix_regex(spacy.blank(lang).Defaults.infixes)
        fast = InfixFinder(pattern.finditer)
        assert fast.begins is not None
        for word in words:
            for a in range(len(word)):
                for b in range(a + 1, len(word) + 1):
                    assert [m.span() for m in fast(word[a:b])] == [m.span() for m in pattern.finditer(word[a:b])]
        assert fast.begins.search("Straßenbahn2024") is None  # letters and digits: no search at all
        assert isinstance(tokenizer(lang).infix_finditer, InfixFinder)
    # a pattern whose first characters cannot be read (a category, a case-folded one) is searched in every word
    assert InfixFinder(re.compile(r"(?<=a)\w").finditer).begins is None
    assert InfixFinder(re.compile(r"b", re.IGNORECASE).finditer).begins is None
    assert InfixFinder(re.compile(r"x?-").finditer).begins is None


def test_an_agency_signature_glued_to_the_last_word_leaves_the_word_whole():
    text = "Die Firma hat das Lager mit Kisten beliefert./qrs/DP/tuv"
    tokens, _ = segment(text, "de")
    words = [tok.text for tok in tokens]
    assert words[:8] == ["Die", "Firma", "hat", "das", "Lager", "mit", "Kisten", "beliefert"]
    assert words[8:10] == [".", "/qrs"]
    assert all(text[tok.start:tok.end] == tok.text for tok in tokens)
    # an abbreviation before a slash is no signature ("D.C./Ort" in a dateline)
    assert "Washington, D.C./Seoul" in sentences("Washington, D.C./Seoul – Die Sitzung begann.")
