"""The attribution component: who says what, how, and how sure each figure is (documents built by hand)."""

from __future__ import annotations

import re

import pytest

from lagebild.model import Doc, Quantity
from lagebild.pipeline.attribution import Attributor
from lagebild.pipeline.segmenter import segment


def make_doc(text: str, figures: tuple[str, ...] = (), lang: str = "de") -> Doc:
    """A segmented document with a hand-made Quantity for each figure text (first occurrence)."""
    doc = Doc(doc_id="t", text=text, lang=lang)
    doc.tokens, doc.sents = segment(text, lang)
    for fig in figures:
        start = text.index(fig)
        number = re.search(r"\d[\d.,]*|\w+", fig).group()
        doc.quantities.append(Quantity(text=fig, number_text=number, start=start, end=start + len(fig),
                                       kind="count", value=None, low=None, high=None,
                                       sentence=doc.sentence_at(start)))
    return Attributor(lang)(doc)


def test_pentagon_according_to_with_hearsay():
    text = ("Laut Angaben des Pentagon soll der Machthaber in Pjöngjang inzwischen 7.000 Pioniere "
            "zum Training in den Osten Russlands verlegt haben.")
    doc = make_doc(text, ("7.000 Pioniere",))
    attr = doc.attributions[0]
    assert (attr.source, attr.mode, attr.cue) == ("Pentagon", "according_to", "Laut Angaben")
    assert text[attr.cue_start:attr.cue_end] == "Laut Angaben"
    assert attr.content.startswith("soll der Machthaber in Pjöngjang")
    qty = doc.quantities[0]
    assert (qty.source, qty.hedge, qty.hedge_cue, qty.attribution) == ("Pentagon", "uncertain", "soll", 0)


def test_pentagon_spokesman_direct_quote():
    text = ("„Wenn ich die Truppen in Pjöngjang führen würde, würde ich diesen Einsatz sofort beenden“, "
            "sagte Pentagon-Sprecher Pat Ryder in Washington.")
    attr = make_doc(text).attributions[0]
    assert (attr.source, attr.source_text, attr.cue, attr.mode) == (
        "Pat Ryder", "Pentagon-Sprecher Pat Ryder", "sagte", "direct")
    assert attr.content.startswith("Wenn ich") and attr.content.endswith("sofort beenden")
    assert text[attr.source_start:attr.source_end] == "Pentagon-Sprecher Pat Ryder"


def test_gressel_figure_source():
    doc = make_doc("Laut Gressel benötigt die russische Armee bald weitere 20.000 Rekruten für die Front.",
                   ("20.000 Rekruten",))
    qty = doc.quantities[0]
    assert (qty.source, qty.hedge, qty.attribution) == ("Gressel", "reported", 0)


@pytest.mark.parametrize("text, source, cue, mode", [
    ("Die südkoreanische Regierung kündigte an, den Export von Haubitzen neu zu bewerten.",
     "südkoreanische Regierung", "kündigte an", "indirect"),
    ("Der US-Sender CNN hatte von mindestens 8.000 Pionieren gesprochen.", "CNN", "gesprochen", "indirect"),
    ("Russland brauche Soldaten, wie die New York Times schreibt.", "New York Times", "schreibt", "indirect"),
    ("Nach Angaben der Polizei wurden drei Menschen verletzt.", "Polizei", "Nach Angaben", "according_to"),
    ("An die Front verlegt werden übereinstimmenden Medienberichten zufolge auch Pioniere.",
     "übereinstimmende Medienberichte", "zufolge", "according_to"),
    ("Das berichtet die staatliche nordkoreanische Nachrichtenagentur KCNA.", None, None, None),
])
def test_cues(text, source, cue, mode):
    attrs = make_doc(text).attributions
    if source is None:
        assert attrs == [] or attrs[0].source == "KCNA"
        return
    assert [(a.source, a.cue, a.mode) for a in attrs] == [(source, cue, mode)]


def test_konjunktiv_continuation_carries_speaker():
    doc = make_doc("Vizeaußenminister Kim Hong Kyun habe betont, dass man entschlossen handeln wolle. "
                   "Nordkorea entwickle seit Jahren verbotene Raketen.")
    first, second = doc.attributions
    assert first.source == "Kim Hong Kyun"
    assert (second.source, second.source_text, second.cue, second.sentence) == ("Kim Hong Kyun", None, "entwickle", 1)


def test_indicative_sentence_does_not_continue():
    doc = make_doc("Gressel sagte, Russland brauche Soldaten. Die Lage ist ernst.")
    assert [a.sentence for a in doc.attributions] == [0]


def test_pronoun_resolves_to_last_named_speaker():
    doc = make_doc("Experten sehen in der Ratifizierung eine Gefahr. Sie befürchten, dass Kim aufrüstet.")
    assert [(a.source, a.source_text) for a in doc.attributions] == [("Experten", "Experten"), ("Experten", "Sie")]


def test_direct_quote_over_several_sentences():
    text = "„Wir sind bereit. Wir werden kämpfen.“, sagte der Minister."
    doc = make_doc(text)
    attr = doc.attributions[0]
    assert attr.mode == "direct" and attr.content == "Wir sind bereit. Wir werden kämpfen."
    assert attr.sentence == doc.sentence_at(attr.cue_start)


def test_free_quote_after_attribution_carries_speaker():
    doc = make_doc("Solche Lieferungen wären ein Fehler, sagte Putin. „Dann werden wir entsprechende Entscheidungen treffen.“")
    assert [(a.source, a.mode, a.source_text) for a in doc.attributions] == [
        ("Putin", "indirect", "Putin"), ("Putin", "direct", None)]


@pytest.mark.parametrize("text, figure, hedge, cue", [
    ("Dafür soll er fast 40.000 Reservisten einberufen haben.", "40.000 Reservisten", "uncertain", "soll"),
    ("Das Magazin berichtete, dass 25.000 Arbeiter eingesetzt werden sollten.", "25.000 Arbeiter", "reported", "berichtete"),
    ("Demnach helfen vorerst 2.000 Pioniere, die wohl bereits in Kursk stationiert sind.", "2.000 Pioniere", "asserted", None),
    ("Im Frühjahr war gemunkelt worden, der Diktator wolle für seine rund 9.000 Rekruten Öl erhalten.", "9.000 Rekruten",
     "uncertain", "gemunkelt"),
    ("Russland hat mutmaßlich 300 Panzer verloren.", "300 Panzer", "uncertain", "mutmaßlich"),
    ("Das könnte dich interessieren: Minsk rüstet auf: 8.000 Rekruten für Lukaschenko", "8.000 Rekruten",
     "asserted", None),
    ("Russland soll bis 2026 weitere 10.000 Panzer bauen.", "10.000 Panzer", "asserted", None),
])
def test_hedges(text, figure, hedge, cue):
    qty = make_doc(text, (figure,)).quantities[0]
    assert (qty.hedge, qty.hedge_cue) == (hedge, cue)


def test_hearsay_without_source_is_author_uncertain():
    qty = make_doc("Die Miliz soll Hunderte Gehöfte niedergebrannt haben.", ("Hunderte Gehöfte",)).quantities[0]
    assert (qty.source, qty.hedge, qty.attribution) == ("AUTHOR", "uncertain", None)


def test_english_said_and_according_to():
    doc = make_doc('"We will not stop," said Pentagon spokesman Pat Ryder. According to the Pentagon, '
                   "Russia reportedly lost 300 tanks.", ("300 tanks",), lang="en")
    assert [(a.source, a.mode) for a in doc.attributions] == [("Pat Ryder", "direct"), ("Pentagon", "according_to")]
    qty = doc.quantities[0]
    assert (qty.source, qty.hedge, qty.hedge_cue) == ("Pentagon", "uncertain", "reportedly")


def test_component_declares_its_layers():
    assert Attributor.name == "attribution"
    assert Attributor.requires == ("tokens", "sents")
    assert "attributions" in Attributor.assigns


@pytest.mark.parametrize("text, expected", [
    # a relay: the outlet holding a document is the source, the document its chain
    ("Vertrauliche Handelsdaten, die der Washington Post vorliegen, sollen belegen, dass Pjöngjang Raketen lieferte.",
     ("Washington Post", "indirect", ["Vertrauliche Handelsdaten"])),
    # a document with its originator in the genitive, introducing a quotation
    ("Sie stützt sich auf eine Studie der Denkfabrik Institute for the Study of War, in der angenommen "
     "werde, „dass die Armee für den Vormarsch noch 40 Jahre bräuchte“, zitiert der Oxford-Historiker.",
     ("Institute for the Study of War", "direct", ["Oxford-Historiker"])),
    # an upstream source the source relies on
    ("Laut der NYT, die sich auf den Geheimdienst beruft, kämpfen 3.000 Soldaten.", ("NYT", "according_to", ["Geheimdienst"])),
])
def test_relays_and_chains(text, expected):
    attr = make_doc(text).attributions[-1]
    assert (attr.source, attr.mode, attr.chain) == expected


def test_nested_statement_inside_a_quotation():
    doc = make_doc("„Lukaschenko versprach, alles zu tun, um Peking zu gefallen“, schreibt Maria Lindqvist.")
    got = {(a.source, a.cue, a.mode) for a in doc.attributions}
    assert got == {("Maria Lindqvist", "schreibt", "direct"), ("Lukaschenko", "versprach", "indirect")}
    nested = next(a for a in doc.attributions if a.cue == "versprach")
    assert ":nested" in nested.provenance and nested.content == "alles zu tun, um Peking zu gefallen"


@pytest.mark.parametrize("text, source, cue", [
    ("Nordkorea entwickle Atomwaffen, hieß es aus Seoul.", "Seoul", "hieß es"),
    ("Die Firma hat nach eigenen Angaben 300 Stellen gestrichen.", "Firma", "nach eigenen Angaben"),
    ("Nach Polizeiangaben wurden sechs Männer verletzt.", "Polizeiangaben", "Nach Polizeiangaben"),
    ("Der Plan sei gerecht, so Yilmaz im Bremer Tageblatt.", "Yilmaz", "so"),
    ("Der Minister bezeichnete die Reform als „maßvoll“.", "Minister", "bezeichnete"),
])
def test_more_cues(text, source, cue):
    attr = make_doc(text).attributions[0]
    assert (attr.source, attr.cue) == (source, cue)


def test_konjunktiv_cue_without_a_name_continues_reported_speech():
    doc = make_doc("Huber sagte, sie sei beunruhigt. Ihr Klient sei fest überzeugt gewesen, dass das Gericht entscheide.")
    assert [(a.source, a.cue) for a in doc.attributions] == [("Huber", "sagte"), ("Huber", "sei")]


def test_not_a_cue():
    assert make_doc("Das Ministerium bleibt gelassen: Madrid hat Beschwerde eingereicht.").attributions == []
    assert make_doc("Die Resolution sieht eine Aufstockung der Truppen vor.").attributions == []


@pytest.mark.parametrize("text, source, cue, mode", [
    ("Ebenso äußerte sich die Ministerin Anna Berg: „Wir haben die Kosten im Blick.“",
     "Anna Berg", "äußerte", "direct"),
    ("Wie der Leiter der Behörde, Tomas Varga, mitteilte, waren die Bewohner nicht gewarnt.",
     "Tomas Varga", "mitteilte", "indirect"),
    ("Nach Angaben Kiews sind 3.000 Soldaten gefallen.", "Kiew", "Nach Angaben", "according_to"),
])
def test_frames_without_a_plain_cue_clause(text, source, cue, mode):
    attr = make_doc(text).attributions[0]
    assert (attr.source, attr.cue, attr.mode) == (source, cue, mode)


def test_english_source_phrase_stops_before_the_final_period():
    import lagebild

    doc = lagebild.analyze("Russia needs another 30,000 soldiers, according to analysts.", lang="en")
    (attr,) = doc.attributions
    assert (attr.source, attr.source_text, attr.mode) == ("analysts", "analysts", "according_to")
    assert doc.quantities[0].source == "analysts"


def test_a_redated_document_keeps_its_stored_attributions_and_they_equal_a_fresh_analysis(seeds_dir, tmp_path):
    """The store's re-dating hands the stored attributions on (keep_stored); they must be what the rules find
    again on the same text (German attribution does not read the date) and the figures' hedges still follow."""
    from lagebild.core import Lagebild
    from lagebild.pipeline.attribution import STORED, keep_stored
    from lagebild.store.sqlite import Store

    app = Lagebild(db=tmp_path / "t.db")
    app.ingest([seeds_dir])
    with Store(tmp_path / "t.db") as store:
        stored_docs = [store.load_doc(doc_id) for doc_id in store.doc_ids()]
    checked = 0
    for stored in stored_docs:
        fresh, kept = (Doc(doc_id=stored.doc_id, text=stored.text, title=stored.title, lang=stored.lang,
                           published=stored.published, body_start=stored.body_start) for _ in range(2))
        keep_stored(kept, stored)
        assert kept.user_data[STORED] == stored.attributions
        fresh, kept = app.analyze_doc(fresh), app.analyze_doc(kept)
        assert STORED not in kept.user_data  # taken, not left for a later run
        assert kept.attributions == fresh.attributions == stored.attributions
        assert kept.quantities == fresh.quantities and kept.claims == fresh.claims
        checked += bool(stored.attributions) and stored.lang == "de"
    assert checked >= 2


def test_english_attribution_runs_again_whatever_was_stored():
    doc = Doc(doc_id="t", text="The army said 300 soldiers died.", lang="en")
    doc.tokens, doc.sents = segment(doc.text, "en")
    doc.user_data["attribution.stored"] = []
    assert Attributor("en")(doc).attributions  # the figures' syntax is read again, not the stored list
