"""Personal pronouns as a trigger's subject (relations/pronouns.py): the speaker of reported speech, the last person
of an earlier sentence of the pronoun's gender, no one when the sentence names another subject before it."""

from __future__ import annotations

from lagebild.relations import pronouns
from tests.relations_text import attributed, edges


def test_a_feminine_title_makes_the_person_known_female():
    doc = attributed("Außenministerin Annalena Baerbock reiste ab. Olaf Scholz blieb in Bonn.", "de")
    assert pronouns.female(doc, "de") == frozenset({"Annalena Baerbock"})
    doc = attributed("Ms Kim Yo-jong arrived. Joe Biden stayed home.", "en")
    assert pronouns.female(doc, "en") == frozenset({"Kim Yo-jong"})


def test_sie_takes_the_last_woman_not_the_last_person():
    text = "Außenministerin Annalena Baerbock reiste nach Graz. Olaf Scholz blieb in Bonn. Am Abend kritisierte sie Polen."
    assert edges(text, "de") == {("ACCUSE", "Annalena Baerbock", "Polen")}


def test_sie_with_no_woman_named_is_no_one():
    # before: the last person whatever the gender, and the name after the pronoun became the actor
    assert edges("Olaf Scholz reiste nach Graz. Am Abend kritisierte sie Polen.", "de") == set()


def test_er_skips_a_woman():
    text = "Emmanuel Macron flog nach Riga. Außenministerin Annalena Baerbock blieb in Bonn. Dort kritisierte er Polen."
    assert edges(text, "de") == {("ACCUSE", "Emmanuel Macron", "Polen")}


def test_another_subject_before_the_pronoun_in_its_sentence_leaves_it_unresolved():
    # "er" is likelier Scholz than Macron of the sentence before, but whose clause it continues is not read
    text = "Emmanuel Macron flog nach Riga. Olaf Scholz blieb in Bonn, und dort kritisierte er Polen."
    assert edges(text, "de") == set()


def test_an_object_of_the_pronouns_clause_does_not_block_it():
    text = "Emmanuel Macron flog nach Riga. Gemeinsam mit Olaf Scholz kritisierte er Polen."
    assert ("ACCUSE", "Emmanuel Macron", "Polen") in edges(text, "de")
    # in a clause of its own, a person of any case may be the pronoun ("gelang dem X eine Serie, als er ...")
    text = "Emmanuel Macron flog nach Riga. Mit Olaf Scholz sprach man lange, und dort kritisierte er Polen."
    assert edges(text, "de") == set()


def test_the_speaker_of_reported_speech_is_his_pronoun():
    text = "Olaf Scholz flog nach Riga. Emmanuel Macron sagte, er habe Polen kritisiert."
    assert edges(text, "de") == {("ACCUSE", "Emmanuel Macron", "Polen")}


def test_an_object_before_a_verb_at_the_end_takes_only_a_speaker():
    # "er habe Polen kritisiert" outside reported speech: no actor, and not the object Polen either
    assert edges("Olaf Scholz flog nach Riga. Dort hat er Polen kritisiert.", "de") == set()
    assert edges("Olaf Scholz flog nach Riga. Dort kritisierte er Polen.", "de") == {("ACCUSE", "Olaf Scholz", "Polen")}


def test_english_she_needs_a_woman():
    assert edges("Ms Kim Yo-jong landed in Moscow. There she met Olaf Scholz.", "en") == {
        ("CONSULT", "Kim Yo-jong", "Olaf Scholz")}
    assert edges("Kim Yo-jong landed in Moscow. There she met Olaf Scholz.", "en") == set()
    assert edges("Olaf Scholz landed in Moscow. There he met Joe Biden.", "en") == {("CONSULT", "Olaf Scholz", "Joe Biden")}


def test_man_in_reported_speech_is_the_speakers_side():
    assert edges("Olaf Scholz sagte in Riga, man werde Polen weiter unterstützen.", "de") == {("AID", "Olaf Scholz", "Polen")}
    # outside reported speech "man" is anyone: no actor, and not the name after it either
    assert edges("Olaf Scholz kam nach Riga. Man werde Polen weiter unterstützen.", "de") == set()
    assert edges("Olaf Scholz kam nach Riga. Dort kritisierte man Polen.", "de") == set()


def test_the_subjunctive_of_reported_speech_tells_the_number_of_sie():
    from lagebild.relations.roles_de import sie
    low = "inzwischen seien sie in die armee eingegliedert".split()
    assert sie(low, low, 0, len(low)) == "actor"
    low = ", sie werde polen helfen".split()
    assert sie(low, low, 0, len(low)) == "person"
    assert pronouns.number("seien", "de") == "actor" and pronouns.number("kämpfen", "de") is None
    text = "Außenministerin Annalena Baerbock sagte in Graz, sie werde Polen weiter unterstützen."
    assert edges(text, "de") == {("AID", "Annalena Baerbock", "Polen")}


def test_a_plural_pronoun_is_no_single_person():
    # the actor last spoken of is one person while "sie hätten" means the two others
    text = "Olaf Scholz warf Emmanuel Macron und Joe Biden vor, sie hätten Polen kritisiert."
    assert edges(text, "de") == {("ACCUSE", "Olaf Scholz", "Emmanuel Macron"), ("ACCUSE", "Olaf Scholz", "Joe Biden")}
    # a state's forces still are: "sie" after a name it governs is the carried actor, the name its object
    text = "Nordkorea schickte Soldaten nach Russland. Dort hätten sie die Ukraine angegriffen."
    assert ("ASSAULT", "Nordkorea", "Ukraine") in edges(text, "de")


def test_a_feminine_word_before_a_genitive_or_of_name_names_his_wife_not_him():
    # "die Frau X-s" / "the wife of X": the woman is someone else, so "sie"/"she" is not X
    text = "Die Frau Emmanuel Macrons reiste nach Riga. Dort kritisierte sie Polen."
    assert pronouns.female(attributed(text, "de"), "de") == frozenset()
    assert ("ACCUSE", "Emmanuel Macron", "Polen") not in edges(text, "de")
    text = "Die Gattin Olaf Scholz' reiste nach Riga. Dort kritisierte sie Polen."
    assert ("ACCUSE", "Olaf Scholz", "Polen") not in edges(text, "de")
    assert pronouns.female(attributed("The widow of Joe Biden flew to Lima.", "en"), "en") == frozenset()
    # a title in apposition right before her own name still marks her, abbreviations may stand between
    doc = attributed("Frau Dr. Annalena Baerbock reiste ab. Die Frau Olaf Scholz' blieb.", "de")
    assert pronouns.female(doc, "de") == frozenset({"Annalena Baerbock"})


def test_a_feminine_title_inside_the_mention_marks_her():
    from lagebild.model import Entity
    doc = attributed("Joe Biden met Ms Kim Yo-jong in Seoul.", "en")
    start = doc.text.index("Ms")
    doc.ents = [e for e in doc.ents if e.canonical != "Kim Yo-jong"] + [
        Entity("Ms Kim Yo-jong", start, start + len("Ms Kim Yo-jong"), "PER", "Ms Kim Yo-jong")]
    assert "Ms Kim Yo-jong" in pronouns.female(doc, "en")


def test_man_after_wie_or_ob_in_reported_speech_is_anyone():
    # "wie man ... könne" asks how anyone might act: no side of the speaker
    assert edges("Olaf Scholz sagte in Riga, wie man Polen unterstützen könne, sei offen.", "de") == set()
    assert edges("Olaf Scholz sagte in Riga, ob man Polen unterstützen werde, sei offen.", "de") == set()
    assert edges("Olaf Scholz sagte in Riga, dass man Polen weiter unterstützen werde.", "de") == {
        ("AID", "Olaf Scholz", "Polen")}


def test_a_body_of_the_pronouns_gender_opening_a_sentence_between_leaves_it_unresolved():
    # "Die Regierung"/"Die Türkei" since the woman: singular "sie" is as likely the body as her
    for between in ("Die Regierung tagte am Montag.", "Die Türkei schloss am Montag die Grenze."):
        text = f"Außenministerin Annalena Baerbock landete in Graz. {between} Sie kritisierte Polen scharf."
        assert ("ACCUSE", "Annalena Baerbock", "Polen") not in edges(text, "de")
    # a plural group or a man in between changes nothing
    text = "Außenministerin Annalena Baerbock landete in Graz. Die Bauern protestierten. Sie kritisierte Polen scharf."
    assert ("ACCUSE", "Annalena Baerbock", "Polen") in edges(text, "de")
    # "Der Kreml" (a masculine body) before "er"
    text = "Olaf Scholz landete in Graz. Der Kreml schwieg am Montag. Er kritisierte Polen scharf."
    assert ("ACCUSE", "Olaf Scholz", "Polen") not in edges(text, "de")
    assert ("ACCUSE", "Olaf Scholz", "Polen") in edges("Olaf Scholz landete in Graz. Er kritisierte Polen scharf.", "de")


def test_wir_in_an_officials_speech_is_his_state():
    # a country word before his title makes him an official of that state: "wir", "unser Land" are the state
    said = "erklärte der deutsche Kanzler Olaf Scholz"
    assert edges(f"Wir führen derzeit Gespräche mit der Türkei, {said}.", "de") == {
        ("CONSULT", "Deutschland", "Türkei")}
    assert edges("Der deutsche Kanzler Olaf Scholz sagte, unser Land verhandle mit der Türkei.", "de") == {
        ("CONSULT", "Deutschland", "Türkei")}
    # no state known, the first person singular, a possessive before another noun, a party title: the speaker
    assert edges("Wir führen derzeit Gespräche mit der Türkei, erklärte Olaf Scholz.", "de") == {
        ("CONSULT", "Olaf Scholz", "Türkei")}
    for text in ("Der deutsche Kanzler Olaf Scholz sagte, ich verhandle derzeit mit der Türkei.",
                 "Der deutsche Kanzler Olaf Scholz sagte, unsere Partei verhandle derzeit mit der Türkei.",
                 "Olaf Scholz, der Chef der SPD, sagte, wir verhandeln derzeit mit der Türkei."):
        assert edges(text, "de") == {("CONSULT", "Olaf Scholz", "Türkei")}, text


def test_wir_of_an_official_names_the_actor_the_rules_found_none_for():
    # the speaker named after the quote: the trigger rules had no actor at all
    said = "sagte der schwedische Regierungschef Olaf Scholz"
    assert edges(f"„Wir werden Polen weiter unterstützen“, {said}.", "de") == {("AID", "Schweden", "Polen")}
    assert edges(f"„Unser Land wird Polen Waffen liefern“, {said}.", "de") == {("AID", "Schweden", "Polen")}
    # no office of a state, or a "wir" narrowed to a group: nothing, as before
    for text in ("„Wir werden Polen weiter unterstützen“, sagte Olaf Scholz.",
                 "„Wir müssen Polen helfen“, sagte der ungarische Oppositionsführer Olaf Scholz.",
                 f"„Wir als Partei werden Polen unterstützen“, {said}.",
                 f"„Wir im Burgenland helfen Ungarn“, {said}."):
        assert edges(text, "de") == set(), text


def test_official_state_needs_a_state_office_in_the_title():
    from lagebild.entities.gazetteer import gazetteer
    doc = attributed("Der deutsche Kanzler Olaf Scholz reiste ab.", "de")
    assert pronouns.official_state(doc, "Olaf Scholz", gazetteer("de")) == "Deutschland"
    doc = attributed("Der deutsche Nationaltrainer Olaf Scholz reiste ab.", "de")
    assert pronouns.official_state(doc, "Olaf Scholz", gazetteer("de")) is None


def test_wir_subject_makes_the_names_after_it_objects_not_actors():
    # "wir" demands, not the ones it addresses; no official's state resolves it: no relation
    assert edges("Wir fordern Polen auf, die Grenze zu öffnen, sagte ein Sprecher.", "de") == set()
    assert edges("„Wir fordern Polen auf, die Grenze zu öffnen“, sagte Olaf Scholz.", "de") == set()
    assert edges("Wir fordern die Migranten in Polen auf, den Behörden zu vertrauen.", "de") == set()
    # narrowed to a named body, "wir vom Institut X" is that body acting
    assert edges("Ja, wir vom Institut Österreichs arbeiten mit der Polizei Polens zusammen.", "de") == {
        ("COOPERATE", "Österreich", "Polizei")}
    # an official's "wir" stays his state
    assert edges("Wir führen derzeit Gespräche mit der Türkei, erklärte der deutsche Kanzler Olaf Scholz.", "de") == {
        ("CONSULT", "Deutschland", "Türkei")}


def test_we_subject_lies_before_or_right_after_the_trigger():
    doc = attributed("Wir fordern Polen auf.", "de")
    low = [t.text.lower() for t in doc.tokens]
    starts = [t.start for t in doc.tokens]
    assert pronouns.we_subject(doc, low, starts, 0, 1, [], "de")
    doc = attributed("Polen fordert, dass wir gehen.", "de")
    low = [t.text.lower() for t in doc.tokens]
    starts = [t.start for t in doc.tokens]
    assert not pronouns.we_subject(doc, low, starts, 0, 1, [], "de")


def test_a_pronoun_after_the_verb_ending_a_quotation_names_who_asked_or_criticised():
    # the sentence names no one but the pronoun: it is read all the same, a demand or criticism of a matter
    text = "Olaf Scholz flog nach Riga. Die Banken brauchen strengere Regeln, forderte er."
    assert edges(text, "de") == {("REQUEST", "Olaf Scholz", None)}
    text = "Außenministerin Annalena Baerbock reiste nach Graz. Die Pläne seien zu vage, kritisierte sie."
    assert edges(text, "de") == {("ACCUSE", "Annalena Baerbock", None)}
    # a pronoun opening its sentence, other acts, a woman's pronoun after a man: none
    assert edges("Olaf Scholz flog nach Riga. Dort fordert er strengere Regeln für Banken.", "de") == set()
    assert edges("Olaf Scholz flog nach Riga. Dort hilft er den Kindern.", "de") == set()
    assert edges("Olaf Scholz flog nach Riga. Täglich, so heißt es, trainiert er.", "de") == set()
    assert edges("Olaf Scholz flog nach Riga. Die Regeln seien zu streng, forderte sie.", "de") == set()


def test_a_pronoun_after_the_verb_ending_a_quotation_is_the_speaker_its_attribution_resolved():
    # two men before it: the "er" is the subject the attribution took (Merz), not the last man named (Rutte),
    # and a criticism names the same one critic as the judgement of its content does
    text = "Friedrich Merz empfing Mark Rutte in Bonn. Die Schleuser müssen härter bestraft werden, forderte er."
    assert ("REQUEST", "Friedrich Merz", None) in edges(text, "de")
    assert not {e for e in edges(text, "de") if e[0] == "REQUEST" and e[1] == "Mark Rutte"}
    text = "Friedrich Merz empfing Mark Rutte in Bonn. Die Auflagen seien viel zu lasch, kritisierte er."
    critics = {actor for kind, actor, _ in edges(text, "de") if kind == "ACCUSE"}
    assert critics == {"Friedrich Merz"}
