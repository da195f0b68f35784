"""Reading 100,000 date texts of the common forms: read_date against dateparser.parse.

`python -m bench dates` prints the figures; nothing is asserted. dateparser is timed on a
sample (it takes ~0.5 ms a text) and scaled to 100,000, as the output says.
"""

from __future__ import annotations

import datetime as dt
import random
import time

from pipeline.dates import read_date
from pipeline.dates.fast import read_fast
from pipeline.dates.reader import read

TEXTS = 100_000
DATEPARSER_SAMPLE = 2_000
TODAY = dt.date(2026, 1, 15)


def _ordinal(day: int) -> str:
    if 11 <= day <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


# The forms most cells are written in (Excel cells, typed dates, dates with times).
FORMS = (
    lambda d, t: d.strftime("%d/%m/%Y"),
    lambda d, t: d.strftime("%d/%m/%Y ") + t.strftime("%H:%M"),
    lambda d, t: d.strftime("%d/%m/%y"),
    lambda d, t: d.strftime("%d.%m.%y ") + t.strftime("%H%Mhrs"),
    lambda d, t: f"{d.day}/{d.month}/{d.year}",
    lambda d, t: f"{_ordinal(d.day)} {d.strftime('%B %Y')}",
    lambda d, t: d.strftime("%d %b %Y"),
    lambda d, t: f"{d.strftime('%A')} {_ordinal(d.day)} {d.strftime('%B %Y')} at "
                 + t.strftime("%H%M"),
    lambda d, t: f"{d.day} {d.strftime('%B %Y')} {(t.hour % 12) or 12}.{t.minute:02d}"
                 + ("pm" if t.hour >= 12 else "am"),
    lambda d, t: d.strftime("%B %Y"),
)


def texts(count: int, seed: int = 2016) -> list[str]:
    """`count` date texts in the common forms, dates across six years (deterministic)."""
    rng = random.Random(seed)
    first = dt.date(2010, 1, 1)
    out = []
    for _ in range(count):
        day = first + dt.timedelta(days=rng.randrange(6 * 365))
        when = dt.time(rng.randrange(24), rng.randrange(60))
        out.append(rng.choice(FORMS)(day, when))
    return out


def _seconds(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    corpus = texts(TEXTS)
    unique = len(set(corpus))

    read_date.cache_clear()
    cached = _seconds(lambda: [read_date(t, today=TODAY) for t in corpus])
    uncached = _seconds(lambda: [read_fast(t, "", TODAY) or read(t, "", TODAY)
                                 for t in corpus])

    import dateparser

    settings = {"DATE_ORDER": "DMY", "PREFER_LOCALE_DATE_ORDER": False,
                "RELATIVE_BASE": dt.datetime(2026, 1, 15)}
    dateparser.parse("03/04/2015", languages=["en"], settings=settings)   # load the locale
    sample = corpus[:DATEPARSER_SAMPLE]
    sample_seconds = _seconds(lambda: [dateparser.parse(t, languages=["en"], settings=settings)
                                       for t in sample])
    dateparser_seconds = sample_seconds * TEXTS / DATEPARSER_SAMPLE
    # The fastest way to call it: one parser object reused (no per-call settings).
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings=settings)
    reused_seconds = _seconds(lambda: [parser.get_date_data(t) for t in sample])
    reused_seconds *= TEXTS / DATEPARSER_SAMPLE

    print(f"{TEXTS:,} date texts of {len(FORMS)} common forms ({unique:,} distinct)")
    print(f"  read_date (cached, as normalise uses it): {cached:7.2f} s "
          f"({cached / TEXTS * 1e6:6.1f} us/text)")
    print(f"  reader without the cache:                 {uncached:7.2f} s "
          f"({uncached / TEXTS * 1e6:6.1f} us/text)")
    print(f"  dateparser.parse (languages=['en'], DMY): {dateparser_seconds:7.2f} s "
          f"({sample_seconds / DATEPARSER_SAMPLE * 1e6:6.1f} us/text; measured on "
          f"{DATEPARSER_SAMPLE:,} texts and scaled to {TEXTS:,})")
    print(f"  DateDataParser reused (same sample, scaled): {reused_seconds:5.2f} s")
    print(f"  speed-up against dateparser.parse: {dateparser_seconds / cached:5.0f}x cached, "
          f"{dateparser_seconds / uncached:5.0f}x without the cache")
    print(f"  speed-up against a reused DateDataParser: {reused_seconds / uncached:5.0f}x "
          f"without the cache")


if __name__ == "__main__":
    main()
