"""Sanctions lifted are none imposed (relations/penalties.without_lifted)."""

from __future__ import annotations

from tests.relations_text import relations_of


def _sanctions(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(r.actor, r.recipient) for r in relations_of(text, lang) if r.type == "SANCTION"}


def test_a_sanction_lifted_or_eased_is_no_sanction():
    assert _sanctions("Kanada hob die Einreiseverbote gegen Chile auf und hat die Sanktionen gegen Peru aufgehoben.",
                      "de") == set()
    assert _sanctions("Kanada lockerte die Strafmaßnahmen gegen Chile.", "de") == set()
    assert _sanctions("Canada lifted its sanctions on Chile.", "en") == set()
    assert _sanctions("Canada eased the sanctions against Chile last week.", "en") == set()


def test_a_sanction_imposed_or_extended_stays():
    assert _sanctions("Kanada verlängerte die Sanktionen gegen Chile.", "de") == {("Kanada", "Chile")}
    assert _sanctions("Canada imposed sanctions on Chile at the end of May.", "en") == {("Kanada", "Chile")}
