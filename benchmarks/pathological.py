"""Inputs a web crawl delivers that news text does not: generated, never copied from a corpus.

``corpus()`` gives (file name, content) pairs. Sizes follow issue 12: one "sentence" without full stops
of 8.6 KB, 17 KB, 860 KB and 1 MB, 258 KB of numbers, 45 KB of quote marks, deeply nested HTML, one
character per line.

    python -m benchmarks.run pathological

profiles each input within the size limit (CPU seconds per component, no budget: which component a
budget would stop, and whether it finishes at all), then ingests each input alone and the corpus as ONE
batch with the default budget: each document must finish in under 10 s or fail with its named error
(E025 size, E026 time, E008 no text in the HTML), and the batch must end.

The budget is wall-clock time, so on a loaded machine a document's seconds are mostly the other processes'
turns: each document's CPU seconds are shown beside its wall seconds (``max_cpu_seconds``), to tell the
pipeline's cost from the machine's load.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

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


NAMED = ("E025", "E026", "E029", "E008")  # too long, too slow, too many figures, no text


def profile(options) -> dict[str, dict[str, float]]:
    """CPU seconds per component on each input the size limit lets through (read as the ingest reads it)."""
    from lagebild.core import Lagebild
    from lagebild.io.readers import ReadError, read_paths

    app = Lagebild(options)
    pipeline = app.pipeline("de")
    seconds: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in corpus():
            if options.max_chars and len(content) > options.max_chars:
                continue
            path = Path(tmp) / name
            path.write_text(content, encoding="utf-8")
            docs = list(read_paths([path]))
            errors = [d.message for d in docs if isinstance(d, ReadError)]
            if errors:
                print(f"  {name:<24} {errors[0][:100]}", flush=True)
                continue
            pipeline.cpu_timings.clear()
            for doc in docs:
                doc.lang = "de"
                doc.published = doc.published or "2016-05-01"
                pipeline(doc)
            seconds[name] = {k: round(v, 2) for k, v in pipeline.cpu_timings.items()}
            print(f"  {name:<24} " + ", ".join(f"{k} {v:.2f}" for k, v in seconds[name].items()), flush=True)
    return seconds


def ingest(options) -> dict:
    """Ingest each input alone, then the corpus as one batch; seconds and outcome per document."""
    from benchmarks.common import forget_caches
    from lagebild.core import Lagebild

    outcome: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "crawl"
        folder.mkdir()
        for name, content in corpus():
            (folder / name).write_text(content, encoding="utf-8")
        app = Lagebild(options, db=Path(tmp) / "p.db")
        pipeline = app.pipeline("de")  # model loading is not a document's time
        for path in sorted(folder.iterdir()):
            forget_caches(pipeline)  # the profile above ran these texts: no input may reuse its work
            begun, cpu = time.perf_counter(), time.process_time()
            result = app.ingest([path])
            error = result.errors[0][:160] if result.errors else ""
            outcome[path.name] = {"seconds": round(time.perf_counter() - begun, 2), "stored": result.stored,
                                  "cpu_seconds": round(time.process_time() - cpu, 2),
                                  "error": error.replace(str(folder) + "/", "")}
            print(f"  {path.name:<24} {outcome[path.name]['seconds']:>6.2f} s "
                  f"({outcome[path.name]['cpu_seconds']:>5.2f} CPU s)  "
                  f"{'stored' if result.stored else outcome[path.name]['error'][:100]}", flush=True)
        started = time.perf_counter()
        batch = Lagebild(options, db=Path(tmp) / "batch.db")
        forget_caches(batch.pipeline("de"))
        whole = batch.ingest([folder])
        batch_seconds = time.perf_counter() - started
    return {"documents": outcome, "batch_read": whole.read, "batch_stored": whole.stored,
            "batch_failed": whole.failed, "batch_seconds": round(batch_seconds, 1)}


def run(quick: bool = False) -> dict:
    from benchmarks.common import report
    from lagebild.core import Options

    options = Options(lang="de")
    print("CPU seconds per component, no budget:")
    cpu = profile(options)
    print("each input alone, then one batch, default budget "
          f"({options.max_chars:,} characters, {options.time_limit:g} s):")
    result = ingest(options)
    docs = result["documents"].values()
    metrics = {
        "inputs": len(corpus()),
        "stored": sum(1 for d in docs if d["stored"]),
        "failed_named": sum(1 for d in docs if d["error"][:4] in NAMED),
        "failed_time": sum(1 for d in docs if d["error"].startswith("E026")),
        "max_seconds": max(d["seconds"] for d in docs),
        "max_cpu_seconds": max(d["cpu_seconds"] for d in docs),
        "batch_completed": int(result["batch_read"] == len(corpus())),
        "batch_seconds": result["batch_seconds"],
    }
    slowest = {name: max(parts, key=parts.get) for name, parts in cpu.items() if parts}
    return report("pathological", "benchmarks/pathological.py (generated crawl inputs: lists, numbers, quote "
                  "marks, nested HTML, one character per line; 8.6 KB to 1 MB)", metrics,
                  "target (issue 12): every input stored in under 10 s or failed with its named error "
                  "(E025/E026/E029/E008); the batch completes",
                  extra={"cpu_seconds": cpu, "slowest_component": slowest, **result},
                  headline=["stored", "failed_named", "failed_time", "max_seconds", "max_cpu_seconds",
                            "batch_completed"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
