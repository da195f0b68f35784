"""The full scan: one left-to-right pass over a cleaned date text into parts, then one reading.

`read(text, time_text, today)` returns a DateReading. The marks around a date (a week,
a label, redaction marks, approx., not known) are taken off first (marks.py); a day that
opens a sentence is read alone when the whole would be refused (openers.py). Anything
the scan cannot place (no date, no time, only words) goes to the dateparser fallback;
anything doubtful is refused with a finding code and a reason, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pipeline.dates import fallback, items, marks, openers, parts
from pipeline.dates import patterns as pt
from pipeline.dates.parts import Part, Refusal, Span
from pipeline.model import DateReading, Precision

Clock = tuple[dt.time | None, tuple[str, ...]]   # a time read (None if not real), its flags


@dataclass
class Scan:
    """What one scan found, each with its place in the cleaned text."""

    dates: list[tuple[int, int, Part]] = field(default_factory=list)
    bare_years: list[tuple[int, int, str]] = field(default_factory=list)
    times: list[tuple[int, int, Clock]] = field(default_factory=list)
    pairs: list[tuple[int, int, str, str, str]] = field(default_factory=list)
    weekdays: list[int] = field(default_factory=list)
    lone_months: int = 0          # a month name with no day or year ('March', or 'may')
    other_months: int = 0         # of those, the ones that cannot be an ordinary word
    stray_numbers: int = 0
    skeleton: list[str] = field(default_factory=list)   # text with times/weekdays blanked


def clock(hour_text: str, minute_text: str | None, ampm: str | None = None,
          hrs: bool = False) -> Clock:
    """A time in 24-hour form with its flags: time_12h (am/pm), time_ambiguous (2.30)."""
    hour, minute = int(hour_text), int(minute_text or 0)
    flags: tuple[str, ...] = ()
    if ampm:
        flags = ("time_12h",)
        afternoon = ampm.startswith("p")
        if hour == 12:
            hour = 12 if afternoon else 0
        elif afternoon and hour < 12:
            hour += 12
    elif not hrs and len(hour_text) == 1 and 1 <= hour <= 9:
        # 2.30 may be half past two at night or in the afternoon; 09.30 and 0930 are 24-hour.
        flags = ("time_ambiguous",)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None, ("time_unreadable",)
    return dt.time(hour, minute), flags


_TIME_KINDS = {"t_colon", "t_dot", "t_hrs", "t_h", "t_noon", "t_bare", "t_at"}


def _item_clock(kind: str, g: tuple[str | None, ...]) -> Clock:
    if kind == "t_colon":
        return clock(g[0], g[1], g[2], bool(g[3]) or len(g[0]) == 2)
    if kind == "t_dot":
        return clock(g[0], g[1], g[2], bool(g[3]))
    if kind == "t_hrs":
        return clock(g[0], g[1], None, True)
    if kind == "t_h":
        return clock(g[0], None, g[1])
    if kind == "t_noon":
        return (dt.time(0, 0) if g[0] == "midnight" else dt.time(12, 0)), ()
    if kind == "t_bare":
        return clock(g[0], g[1], None, True)
    return clock(g[0], None)   # t_at


def scan(text: str, today: dt.date) -> Scan:
    """Every date, time, weekday and stray number in a cleaned text, in order."""
    found = Scan(skeleton=list(text))
    for match in pt.ITEM.finditer(text):
        kind, g = pt.item_groups(match)
        start, end = match.span()
        if kind in _TIME_KINDS:
            found.times.append((start, end, _item_clock(kind, g)))
            found.skeleton[start:end] = " " * (end - start)
        elif kind == "year":
            found.bare_years.append((start, end, g[0] or ""))
        elif kind == "pair":
            found.pairs.append((start, end, g[0] or "", g[1] or "", g[2] or ""))
        elif kind == "weekday":
            found.weekdays.append(pt.WEEKDAYS[g[0] or "mon"])
            found.skeleton[start:end] = " " * (end - start)
        elif kind == "num":
            found.stray_numbers += 1
        elif kind == "compact":
            # Eight digits are a date only where they open the cell ('Ref 20140303' is not).
            opens = text[:start].strip() in ("", "on")
            part = parts.compact(g[0] or "", today) if opens else Refusal(
                "unreadable", "holds a long number that may be a reference, not a date; "
                "write the date like 03-04-2015")
            found.dates.append((start, end, part))
        elif kind == "lone_month":
            # 'may' is also a verb ('may have been seen'); other month names are not.
            found.lone_months += 1
            if (g[0] or "").rstrip(".") != "may":
                found.other_months += 1
        else:
            found.dates.append((start, end, items.part(kind, g, text, today)))
    return found


def _settle_pairs_and_years(found: Scan) -> Refusal | None:
    """Decide whether '14.30' is a time or a day and month, and '1950' a time or a year."""
    has_date = bool(found.dates) or bool(found.bare_years)
    for start, end, first, sep, second in found.pairs:
        a, b = int(first), int(second)
        time_like = sep == "." and len(second) == 2 and a <= 23 and b <= 59
        day_month_like = 1 <= a <= 31 and 1 <= b <= 12
        if time_like and (has_date or not day_month_like):
            found.times.append((start, end, clock(first, second)))
            found.skeleton[start:end] = " " * (end - start)
        elif day_month_like:
            return Refusal("no_year", "reads as a day and month without a year (or as a "
                           "time); write the full date, like 03-04-2015")
        else:
            return Refusal("unreadable", "holds numbers that are neither a date nor a time")
    day_ends = [end for _, end, p in found.dates
                if isinstance(p, Span) and p.precision is Precision.DAY]
    for start, end, year_text in found.bare_years:
        hour, minute = int(year_text[:2]), int(year_text[2:])
        # After a day, '1950' is ten to eight in the evening ('3 April 2015 1950').
        if any(day_end <= start for day_end in day_ends) and hour <= 23 and minute <= 59:
            found.times.append((start, end, clock(year_text[:2], year_text[2:], None, True)))
            found.skeleton[start:end] = " " * (end - start)
        else:
            found.dates.append((start, end, parts.year(year_text)))
    found.dates.sort(key=lambda item: item[0])
    return None


def _combine(found: Scan, text: str, week: str, nth_week: int | None) -> Part | None:
    """One part from all date parts: a single date, a range, or a refusal."""
    if not found.dates:
        return None
    for _, _, part in found.dates:
        if isinstance(part, Refusal):
            return part
    skeleton = "".join(found.skeleton)
    if len(found.dates) > 2 or found.other_months:
        return items.several()
    if len(found.dates) == 2:
        (_, first_end, first), (last_start, _, last) = found.dates
        gap = skeleton[first_end:last_start]
        if pt.AND_GAP.match(gap) and not pt.BETWEEN.search(text):
            return items.several()
        if not pt.RANGE_GAP.match(gap):
            return items.several()
        return parts.joined(first, last)
    part = found.dates[0][2]
    if nth_week is not None:
        return parts.nth_week(part, nth_week)
    if week:
        return parts.week(part, commencing=week == "commencing")
    if pt.OTHER_WEEK.search(text):
        return Refusal("unreadable", "names a week, not a day; write 'w/c' and the first day, "
                       "or the day itself")
    if pt.ONWARDS.search(text) or pt.OPEN_START.search(text):
        return parts.open_ended(part)
    if isinstance(part, Span) and part.precision is Precision.RANGE:
        return part
    if pt.OPEN_END.search(text) or pt.BETWEEN.search(text):
        return Refusal("unreadable", "gives only one end of a period; write both ends, or "
                       "the day")
    return part


def _combine_times(found: Scan) -> Clock:
    if not found.times:
        return None, ()
    found.times.sort(key=lambda item: item[0])
    if len(found.times) == 1:
        return found.times[0][2]
    (_, first_end, first), (second_start, _, _) = found.times[0], found.times[1]
    skeleton_gap = "".join(found.skeleton)[first_end:second_start]
    if len(found.times) == 2 and pt.TIME_RANGE_GAP.match(skeleton_gap or " "):
        return first    # 14:30-15:00: the start, as ranges keep their start
    return None, ("time_conflict",)


def read_time_cell(time_text: str) -> Clock:
    """A separate time cell (Excel): its time, or no time with `time_unreadable`."""
    text = pt.clean(time_text)
    if not text or pt.UNKNOWN.fullmatch(text) or pt.TIME_NOT_RECORDED.fullmatch(text):
        return None, ()
    fast = pt.FAST_TIME.fullmatch(text)
    if fast:
        return clock(fast.group(1), fast.group(2), None, True)
    found = Scan(skeleton=list(text))
    for match in pt.ITEM.finditer(text):
        kind, g = pt.item_groups(match)
        if kind in _TIME_KINDS:
            found.times.append((*match.span(), _item_clock(kind, g)))
        elif kind in ("pair", "year"):
            if kind == "pair" and g[1] == "." and len(g[2] or "") == 2:
                found.times.append((*match.span(), clock(g[0] or "", g[2])))
            elif kind == "year":
                found.times.append((*match.span(), clock(g[0][:2], g[0][2:], None, True)))
            else:
                return None, ("time_unreadable",)
        else:
            return None, ("time_unreadable",)
    if not found.times:
        return None, ("time_unreadable",)
    return _combine_times(found)


def _reading(text: str, precision: Precision, *, part: Span | None = None,
             time: dt.time | None = None, flags: tuple[str, ...] = (),
             reason: str = "") -> DateReading:
    unique = tuple(dict.fromkeys(flags))
    if part is None:
        return DateReading(text, precision, time=time, flags=unique, reason=reason)
    day = part.start if part.precision is Precision.DAY else None
    return DateReading(text, part.precision, date=day, time=time, start=part.start,
                       end=part.end, flags=unique)


def refused(text: str, refusal: Refusal, time: dt.time | None = None) -> DateReading:
    """An unreadable reading: the finding code as its flag, the reason in words."""
    return _reading(text, Precision.UNREADABLE, time=time, flags=(refusal.code,),
                    reason=refusal.reason)


_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TWELVE_HOUR = re.compile(r"\d\s*(?:am|pm|a\.m|p\.m)(?![a-z])")


def _second_opinion(text: str, cleaned: str, refusal: Refusal, approximate: bool,
                    cell_time: dt.time | None) -> DateReading:
    """dateparser's checked reading of a text the scan could not place, else the refusal."""
    guess = fallback.read(cleaned) if re.search("[a-z]", cleaned) else None
    if guess is None:
        return refused(text, refusal, cell_time)
    part, time = guess
    time = time or cell_time
    flags = part.flags
    if time is not None and _TWELVE_HOUR.search(cleaned):
        flags = (*flags, "time_12h")
    if approximate:
        flags = (*flags, "approximate")
    return _reading(text, part.precision, part=part, time=time, flags=flags)


def read(text: str, time_text: str, today: dt.date) -> DateReading:
    """The reading of a date cell (and its time cell) by the rules of SPEC.md."""
    cell = read_time_cell(time_text) if time_text.strip() else (None, ())
    s = pt.clean(text)
    if not s:
        return _reading(text, Precision.MISSING, time=cell[0], flags=cell[1])
    found = marks.take(s, today)
    return _read_marked(text, found.text, found, cell, today, sentence=True)


def _read_marked(text: str, s: str, found_marks: marks.Marks, cell: Clock, today: dt.date,
                 *, sentence: bool, opened: bool = False) -> DateReading:
    """The reading of a marked text `s`. `sentence`: `s` may open a sentence with a day
    (then only the day is read if the whole would be refused); `opened`: `s` is that day."""
    cell_time = cell[0]
    relative = pt.RELATIVE.search(s)
    # A day opening a sentence whose words would make the whole refused: read the day.
    if sentence and (relative or "wee" in s or "wk" in s or "fortnight" in s):
        opening = openers.opening(s)
        if opening is not None:
            return _read_marked(text, opening[0], found_marks, cell, today, sentence=False,
                                opened=True)
    if relative:
        return refused(text, Refusal("relative_date", "is relative to another entry ('last "
                                     "week', 'four days later'); write the date itself"),
                       cell_time)
    found = scan(s, today)
    unknown = _place_redacted(found, s, found_marks)
    if isinstance(unknown, Refusal):
        return refused(text, unknown, cell_time)
    if found.stray_numbers:
        opening = openers.opening(s) if sentence else None
        if opening is not None:
            return _read_marked(text, opening[0], found_marks, cell, today, sentence=False,
                                opened=True)
        return _second_opinion(text, s, Refusal(
            "unreadable", "holds numbers that are neither a date nor a time; write the date "
            "like 03-04-2015"), found_marks.approximate, cell_time)
    refusal = _settle_pairs_and_years(found)
    if refusal:
        return refused(text, refusal, cell_time)
    part = _combine(found, s, found_marks.week, found_marks.nth_week)
    if isinstance(part, Refusal):
        if part.code == "no_year" and _YEAR_WRITTEN.search(s):
            return _second_opinion(text, s, part, found_marks.approximate, cell_time)
        return refused(text, part, cell_time)
    time, time_flags = _clock(found, found_marks, cell)
    redacted = ("redacted",) if found_marks.redacted else ()
    if part is None:
        undated = _undated(text, found, unknown, (time, time_flags), cell_time, redacted)
        if undated is not None:
            return undated
        guess = fallback.read(s) if re.search("[a-z]", s) else None
        if guess is None:
            return refused(text, Refusal("unreadable", "no date can be read from it; write "
                                         "it like 03-04-2015, or 'not known'"), cell_time)
        part, guessed_time = guess
        if guessed_time is not None:
            time, time_flags = guessed_time, ()
    flags = (*part.flags, *time_flags, *redacted,
             *_day_flags(part, s, found, found_marks, sentence=sentence, opened=opened))
    return _reading(text, part.precision, part=part, time=time, flags=flags)


def _day_flags(part: Part, s: str, found: Scan, found_marks: marks.Marks, *,
               sentence: bool, opened: bool) -> list[str]:
    """What the reading of `part` adds: approximate, a weekday that is not the date's, words
    after the day."""
    flags = ["approximate"] if found_marks.approximate else []
    if part.precision is Precision.DAY and any(w != part.start.weekday()
                                               for w in found.weekdays):
        flags.append("weekday_mismatch")
    if part.precision is Precision.DAY and (
            opened or sentence and openers.opening(s) is not None):
        flags.append("date_with_text")     # the words after the day are kept, unread
    return flags


def _place_redacted(found: Scan, s: str, found_marks: marks.Marks) -> bool | Refusal:
    """The redacted dates' parts put among the scanned dates; whether the date is unknown
    (a hidden year, or 'not known'), or a refusal when a hidden year stands beside a date."""
    unknown = found_marks.unknown
    if not found_marks.redacted:
        return unknown
    for item, span in zip(found_marks.redacted, marks.PLACEHOLDERS.finditer(s), strict=False):
        if item.part is None:
            unknown = True
        else:
            found.dates.append((*span.span(), item.part))
    if unknown and (found.dates or found.bare_years):
        # 'xx/xx/20xx - 03/04/2015': the other date is one end of something unknown.
        return Refusal("unreadable", "one of its dates has its year hidden by redaction "
                       "marks; write each date in full")
    return unknown


def _clock(found: Scan, found_marks: marks.Marks, cell: Clock) -> Clock:
    """The time of the cell: the date cell's, else the time cell's; two different: none."""
    time, time_flags = _combine_times(found)
    if found_marks.time_not_recorded:
        time, time_flags = None, ()
    cell_time, cell_time_flags = cell
    if cell_time is not None or cell_time_flags:
        if time is not None and cell_time is not None and time != cell_time:
            time, time_flags = None, ("time_conflict",)
        elif time is None:
            time, time_flags = cell_time, cell_time_flags
    return time, time_flags


def _undated(text: str, found: Scan, unknown: bool, clock_read: Clock,
             cell_time: dt.time | None, redacted: tuple[str, ...]) -> DateReading | None:
    """The reading of a text with no date part (unknown, a time alone, a lone month), or
    None when only dateparser might still read it."""
    time, time_flags = clock_read
    if found.weekdays:
        return refused(text, Refusal("relative_date", "names a weekday without a date; "
                                     "write the date itself"), cell_time)
    if unknown:
        return _reading(text, Precision.UNKNOWN, time=time, flags=(*time_flags, *redacted))
    if found.times or time is not None or time_flags:
        # A time alone: the date is the entry above's (normalise carries it).
        return _reading(text, Precision.MISSING, time=time, flags=time_flags)
    if found.lone_months:
        return refused(text, Refusal("no_year", "names a month without a year; add the "
                                     "year"), cell_time)
    return None
