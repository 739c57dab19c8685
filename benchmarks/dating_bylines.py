"""Dating 10kGNAD articles whose own byline names the writing day, with the byline cut from the text.

Many DER STANDARD articles of ../shared/data/10kGNAD/test.csv end with a byline "(Name, 19.1.2016)": that day is
the gold, found in the data itself, with no annotation. The byline is cut and the rest dated from its text alone
(the 30 articles of dev-10kgnad are left out, they have their own benchmark): a check that the rules chosen on
other sets hold on articles no rule was written against. Scored like dating_gnad: estimated month equal to the
byline's, within one month, the year right.

It also dates every test article as it is (bylines kept; the light pipeline segmenter, timexes, dating) and counts
the estimates outside 2014-2016, the years of the corpus: a year there is an error without any gold, and the
estimates read from a dateline that miss its month.
"""

from __future__ import annotations

import csv
import re
import sys

from benchmarks.common import DATA, SHARED, report
from benchmarks.dating_story import months_apart
from lagebild.core import Lagebild
from lagebild.engine import Pipeline
from lagebild.io.readers import text_doc
from lagebild.model import Doc

TEST = DATA / "10kGNAD" / "test.csv"
DEV = SHARED / "gold" / "dev-10kgnad" / "docs"
# "(Name Surname, 19.1.2016)" closing the text: the writing day
BYLINE = re.compile(r"\(([^()]{0,60}?),?\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(20\d\d)\)\s*$")
DATELINE_REASON = re.compile(r"«(\d{1,2})\.(\d{1,2})\.(\d{4})»")


def articles() -> list[tuple[int, str]]:
    """The test articles as (line number, text), without those of dev-10kgnad (gnad-NNNN = line NNNN)."""
    dev = {int(path.stem.split("-")[1]) for path in DEV.glob("gnad-*.txt")}
    with TEST.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";", quotechar="'"))
    return [(i, row[1]) for i, row in enumerate(rows) if i not in dev and len(row) > 1]


def bylined(texts: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(line, text without its byline, the byline's month YYYY-MM) for the articles that end with one."""
    found = []
    for i, text in texts:
        match = BYLINE.search(text.strip())
        if match:
            month = f"{match.group(4)}-{int(match.group(3)):02d}"
            found.append((i, text.strip()[:match.start()].rstrip(), month))
    return found


def run(quick: bool = False) -> dict:
    texts = articles()
    app = Lagebild()
    pairs = []
    for i, text, month in bylined(texts):
        doc = app.analyze_doc(text_doc(text, f"gnad-test-{i:04d}"))
        pairs.append(((doc.dating or {}).get("estimate") or "", month))
    n = len(pairs)
    light = Pipeline.from_config("de", ("segmenter", "timexes", "dating"))
    estimated = outside = from_line = line_missed = 0
    for i, text in texts:
        dating = light(Doc(doc_id=f"gnad-test-{i:04d}", text=text, lang="de")).dating or {}
        value = dating.get("estimate")
        if not value:
            continue
        estimated += 1
        outside += not 2014 <= int(value[:4]) <= 2016
        line = DATELINE_REASON.search(dating.get("reason") or "")
        if line:
            from_line += 1
            line_missed += value[:7] != f"{line.group(3)}-{int(line.group(2)):02d}"
    metrics = {
        "bylined": n,
        "bylined.estimated": round(sum(bool(p) for p, _ in pairs) / n, 4),
        "bylined.month_exact": round(sum(p[:7] == g for p, g in pairs if len(p) >= 7) / n, 4),
        "bylined.month_within_1": round(sum(months_apart(p, g) <= 1 for p, g in pairs if len(p) >= 7) / n, 4),
        "bylined.year_right": round(sum(p[:4] == g[:4] for p, g in pairs if p) / n, 4),
        "test.documents": len(texts),
        "test.estimated": round(estimated / len(texts), 4),
        "test.year_outside_2014_2016": round(outside / len(texts), 4),
        "test.dateline_month_missed": line_missed,
        "test.from_dateline": from_line,
    }
    return report("dating_bylines", f"{TEST} (articles closing with a byline, the byline cut; all, for plausibility)",
                  metrics, "no external anchor; the byline is the gold (dating_gnad's targets: month >= 0.35, "
                  "year >= 0.80); a year outside 2014-2016 is an error on this corpus",
                  headline=["bylined.year_right", "bylined.month_exact", "test.year_outside_2014_2016"])


if __name__ == "__main__":
    run(quick="--quick" in sys.argv)
