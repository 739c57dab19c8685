"""Inputs a web crawl delivers that news text does not: generated, never copied from a corpus.

``corpus()`` gives (file name, content) pairs; the growth benchmark times them and ingests them as
one batch. Sizes follow issue 12: one "sentence" without full stops of 8.6 KB, 17 KB, 860 KB and
1 MB, 258 KB of numbers, 45 KB of quote marks, deeply nested HTML, one character per line.
"""

from __future__ import annotations

import random

# A list item as news tables and link lists have them: names, figures, units, sources, no full stop.
_ITEMS = ("Russland", "die Ukraine", "120 Panzer", "Kiew", "3,5 Prozent", "laut Pentagon", "rund 10.000 Soldaten",
          "Nordkorea", "am Montag", "Wladimir Putin", "2,4 Milliarden Euro", "„Kanonenfutter“", "seit 2022",
          "die Nato", "mehr als 500 Gefangene", "im Oktober", "Kim Jong-un", "Berichten zufolge")


def long_sentence(size: int, seed: int = 1) -> str:
    """One line of list items joined by commas, ``size`` characters, no full stop."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        item = rng.choice(_ITEMS)
        parts.append(item)
        length += len(item) + 2
    return ", ".join(parts)[:size]


def numbers(size: int, seed: int = 2) -> str:
    """A table of figures on one line (a spreadsheet pasted as text)."""
    rng = random.Random(seed)
    cells = []
    length = 0
    while length < size:
        cell = rng.choice([f"{rng.randint(0, 99999)}", f"{rng.randint(1, 999)}.{rng.randint(0, 999):03d}",
                           f"{rng.randint(0, 99)},{rng.randint(0, 9)}", f"{rng.randint(1, 100)} %"])
        cells.append(cell)
        length += len(cell) + 1
    return " ".join(cells)[:size]


def quote_marks(size: int) -> str:
    """Quote marks of every kind, with and without spaces between them."""
    marks = "„“”\"'»«‚‘’"
    return "".join(marks[i % len(marks)] + (" " if i % 7 == 0 else "") for i in range(size))[:size]


def nested_html(depth: int) -> str:
    """An article paragraph inside ``depth`` nested elements."""
    body = "<p>Laut Pentagon soll Kim 10.000 Soldaten geschickt haben. Moskau dementierte am Montag.</p>"
    return ("<html><head><title>Tief</title></head><body>" + "<div><span>" * depth + body
            + "</span></div>" * depth + "</body></html>")


def one_char_per_line(size: int) -> str:
    sentence = "Laut Pentagon soll Kim 10.000 Soldaten geschickt haben. "
    return "\n".join((sentence * (size // len(sentence) + 1))[:size // 2])


def corpus() -> list[tuple[str, str]]:
    return [
        ("sentence-8k6.txt", long_sentence(8_600)),
        ("sentence-17k.txt", long_sentence(17_000)),
        ("sentence-860k.txt", long_sentence(860_000)),
        ("sentence-1m.txt", long_sentence(1_000_000)),
        ("numbers-258k.txt", numbers(258_000)),
        ("quotes-45k.txt", quote_marks(45_000)),
        ("nested-5000.html", nested_html(5_000)),
        ("char-per-line-40k.txt", one_char_per_line(40_000)),
    ]
