"""The relation lexicon (relations/lexicon.py): words of status.txt, preps.txt and conjunctions.txt that are no
status cue or role of their own, each language reading its own files."""

from __future__ import annotations

from lagebild.relations import lexicon


def test_reported_future_and_condition_words_are_kept_apart_from_the_status_cues():
    de, en = lexicon.load("de"), lexicon.load("en")
    assert de.reported_future.fullmatch("würden") and not de.reported_future.fullmatch("werden")
    assert de.condition.fullmatch("falls") and not de.condition.fullmatch("if")
    assert en.condition.fullmatch("unless") and not en.condition.fullmatch("falls")
    assert not en.reported_future.fullmatch("würde")  # English has no such form listed
    assert {status for _, status in de.status + en.status}.isdisjoint({"reported-future", "condition", "lifted"})
    assert de.lifted.fullmatch("aufgehoben") and en.lifted.fullmatch("eased") and not en.lifted.fullmatch("imposed")


def test_the_source_preposition_adds_no_role():
    de = lexicon.load("de")
    assert de.source_preps == frozenset({"aus"})
    assert [role for role, _ in de.preps["aus"]] == ["place"]  # "aus" is an origin (read as a place role)
    assert lexicon.load("en").source_preps == frozenset()


def test_conjunctions_are_read_per_language():
    de, en = lexicon.load("de"), lexicon.load("en")
    assert de.joined.search(" Drohnen sowie ") and not de.joined.search(" drones and ")
    assert en.joined.search(" drones as well as ") and not en.joined.search(" Drohnen und ")
    assert not de.joined.search(" Drohnen, und ")  # a clause boundary between the figures
    assert "und" in de.coordinated and "and" not in de.coordinated
    assert "but" in en.adversative and "aber" not in en.adversative
    assert de.contrast == ("nicht", "sondern") and en.contrast is None


def test_complement_conjunctions_are_read_from_the_language_files():
    de, en = lexicon.load("de"), lexicon.load("en")
    assert de.complement.split("Wir zweifeln, ob Peru hilft")[-1] == "Peru hilft"
    assert de.complement.split("Ich ahne, DASS es kommt")[-1] == "es kommt"
    assert de.complement.split("Wir helfen, obwohl es teuer ist")[-1] == "Wir helfen, obwohl es teuer ist"
    assert en.complement.split("We doubt, ob Peru helps")[-1] == "We doubt, ob Peru helps"  # English lists none


def test_the_first_word_cache_stays_bounded(monkeypatch):
    from lagebild.relations import lexicon as lexicon_module

    lex = lexicon_module.RelationLexicon("de", triggers=list(lexicon_module.load("de").triggers))
    monkeypatch.setattr(lexicon_module, "FIRST_WORDS", 2)
    assert lex.starting("schickte") and not lex.starting("haus")
    full = lex.first_words
    assert set(full) == {"schickte", "haus"}
    assert lex.starting("schickte") is full["schickte"]  # remembered: no new entry, no new dict
    assert not lex.starting("wetter")  # a third word form: a new dict, the full one left as it was
    assert lex.first_words == {"wetter": []} and set(full) == {"schickte", "haus"}


def test_status_cues_are_the_rows_matching_a_word_in_their_order_remembered_and_bounded(monkeypatch):
    from lagebild.relations import lexicon as lexicon_module

    full_lex = lexicon_module.load("de")
    lex = lexicon_module.RelationLexicon("de", status=list(full_lex.status))
    for word in ("nicht", "soll", "plant", "haus", "könnte"):
        expected = tuple(row for row in lex.status if row[0][0].fullmatch(word))
        assert lex.status_cues(word) == expected, word
    assert lex.status_cues("nicht") and not lex.status_cues("haus")
    assert lex.status_cues("nicht") is lex.status_cues("nicht")  # remembered per word form
    lex.status.append((lexicon_module._patterns("haus"), "negated"))  # rows changed: read anew
    assert [status for _, status in lex.status_cues("haus")] == ["negated"]
    monkeypatch.setattr(lexicon_module, "FIRST_WORDS", 2)
    lex.status_cues("soll")
    full = lex._status_cues[1]
    assert set(full) == {"haus", "soll"}
    lex.status_cues("plant")  # a third word form: a new dict, the full one left as it was
    assert set(lex._status_cues[1]) == {"plant"} and set(full) == {"haus", "soll"}


def _fired(text: str) -> str | None:
    """The type of the German trigger line that fires at the second word of ``text``."""
    low = text.lower().replace(".", " .").split()
    trig = lexicon.load("de").triggers_at(low, 1)
    return None if trig is None else trig.type


def test_a_separable_verbs_particle_cancels_the_trigger_lines_above_it():
    de = lexicon.load("de")

    assert _fired("Moskau griff Kiew an.") == "ASSAULT"
    assert _fired("Moskau griff Kiew mit Raketen an.") == "ASSAULT"
    # "zurückgreifen" is resorting to something (the line below the cancel claims it), "aufgreifen" no event
    assert _fired("Moskau griff auf Reserven zurück.") == "AID*"
    assert _fired("Moskau griff das Thema auf.") is None
    assert _fired("Ankara warf Athen Lügen vor.") == "ACCUSE"
    assert _fired("Ankara warf die Frage auf.") is None
    # the particle of a next main clause ("und" + finite verb) is that verb's (review rv12 finding 2)
    assert _fired("Moskau griff Kiew an und kehrte dann zurück.") == "ASSAULT"
    assert _fired("Moskau griff Odessa an und gab den Hafen wieder auf.") == "ASSAULT"
    assert _fired("Moskau griff Kiew und Charkiw an.") == "ASSAULT"
    assert all(0 <= t.line < len(de.triggers) for t in de.triggers)


def test_the_present_of_angreifen_attacks_only_with_its_particle_an():

    assert _fired("Baku greift Eriwan an.") == "ASSAULT"
    assert _fired("Baku greifen seit Tagen Dörfer an.") == "ASSAULT"
    assert _fired("Baku greift auf Reserven zurück.") == "AID*"
    assert _fired("Baku greift in den Streit ein.") == "ASSAULT#"  # intervening: joining a war (joining_de.py)
    for text in ("Baku greift nach dem Pokal.", "Baku greift zu.", "Baku greift das Thema auf."):
        assert _fired(text) is None, text


def test_a_verbs_clause_is_read_once_for_all_its_particles(monkeypatch):
    # "griff" has a cancelling "-" line and several particle lines ("an", "zurück"): one scan of the clause serves them
    de = lexicon.load("de")
    calls = []
    real = lexicon._clause_last
    monkeypatch.setattr(lexicon, "_clause_last", lambda low, k, lex: calls.append(k) or real(low, k, lex))
    low = "moskau griff auf reserven zurück .".split()
    assert de.triggers_at(low, 1).type == "AID*"
    assert calls == [1]
    assert real(low, 1, de) == "zurück" and real("moskau griff .".split(), 1, de) is None
