"""German flows sent into a country: "in die Ukraine schicken", "ins Ausland liefern" name where they go.

preps.txt makes "in" a place for AID ("die in der Ukraine stationierten Soldaten", "Waffenfabriken in Russland"):
where forces or goods are, no recipient. The accusative after "in" is a direction, not a place: "schickt Söldner
in die Ukraine", "Waffen ins Land bringen" send them there, as "nach" does. Only "in die" and "ins" are read
("in den" is as often a dative plural, "in den USA"); the country named right after them (by its name: "ins
London des Jahres 1918" is a scene, no state) becomes the recipient of a flow (AID) of forces or goods
(objects.txt: "sendete das Signal in die USA" sends none), and the rest of extract.py goes on as for "nach X"
(warzone.redirect and implied.enemy_aid read the war zone sent into as the war, not the side helped).
"""

from __future__ import annotations

from .lexicon import load

FLOWS = frozenset({"AID"})
INTO = (("in", "die"), ("ins",))  # the words right before the country a flow is sent into


def into(words: list[str], k: int, found: list, roles: list[str | None], kind: str) -> list[str | None]:
    """``roles`` with the mention a German flow of forces or goods at word ``k`` is sent into ("in die Ukraine")
    made its recipient, when its role was a place or none."""
    if kind not in FLOWS or not any(w.lower().endswith(load("de").objects) for w in words):
        return roles
    out = list(roles)
    for j, (m, role) in enumerate(zip(found, roles, strict=True)):
        if role not in (None, "place") or m.first < 1 or m.label != "LOC" or m.text != m.canonical:
            continue  # a country by its name ("in die Ukraine"), not a city standing for it ("ins London von 1918")
        before = tuple(w.lower() for w in words[max(0, m.first - 2):m.first])
        if any(before[-len(p):] == p for p in INTO):
            out[j] = "recipient"
    return out
