"""The demo case's fictional story, as data: every return's rows exactly as written.

Every name, street, number and event here is invented. The child (Kayla, "Child X"),
her brother Jayden, their mother Donna Smith and her partner Ryan Carter live at a
fictional address in a Milton Keynes-like town; seven agencies know them over 2014-2015.

`RETURNS` holds each chronology return in the order its file is built: the header block,
the headings the agency used, the staff ID list and the entries. An entry's text may carry
markup for the Word quirks the builder must write (see `as_read`); `as_read` gives the text
a correct reader must see. `REPORTS` holds the agency reports (Appendix 5 + 6) and
`TERMS_OF_REFERENCE` the panel's terms. `demo_case.py` turns all of it into files.

The story is also a labelled set: entries of different agencies that record one shared
event carry the same `event` label, and entries written with a quirk carry the finding
codes SPEC.md's rules give them in `expect`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

REFERENCE = "DEMO-2016-01"
SEED = 2016

# The case key, written to the folder as case.toml (the demo's own, fictional key).
CASE_TOML = """\
# A fictional case: every name, place, number and event in this folder is invented.
reference = "DEMO-2016-01"
review = "Serious Case Review"
subject = "Child X"
period = { from = "01-01-2014", to = "31-12-2015" }
gap_days = 90            # report an agency's silences longer than this inside the period
board = "Oakbridge Safeguarding Children Board"   # fictional; names the outputs' author
summary_dates = "month"  # the executive summary shows exact dates as month and year
decision = "04-01-2016"  # the review was decided on: due six months later

[[panel]]
role = "Independent Chair"

[[panel]]
role = "Designated Nurse"
agency = "Clinical Commissioning Group"

[[panel]]
role = "Detective Inspector"
agency = "Thames Valley Police"

[[panel]]
role = "Head of Service, Safeguarding"
agency = "Children's Social Care"

[[agencies]]
name = "Thames Valley Police"
aliases = ["TVP", "Police"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "12-02-2016"         # the office's record of the day each return came
report_received = "14-03-2016"

[[agencies]]
name = "Children's Social Care"
aliases = ["CSC", "Social Care", "Milton Keynes Children's Social Care"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "15-02-2016"
report_received = "14-03-2016"

[[agencies]]
name = "Health Visiting Service"
aliases = ["Health Visiting", "HV", "0-19 Service"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "08-02-2016"
report_received = "14-03-2016"

[[agencies]]
name = "General Practice"
aliases = ["GP", "Brookfield Surgery"]
chronology_due = "15-02-2016"
received = "18-02-2016"

[[agencies]]
name = "Acute Hospital Trust"
aliases = ["Hospital", "MKUH", "Emergency Department"]
chronology_due = "15-02-2016"
report_due = "15-03-2016"
received = "11-02-2016"
report_received = "14-03-2016"

[[agencies]]
name = "Housing Services"
aliases = ["Housing"]
chronology_due = "15-02-2016"
received = "16-02-2016"

[[agencies]]
name = "Oakfield Primary School"
aliases = ["School", "Education"]
chronology_due = "15-02-2016"
received = "10-02-2016"

[[people]]
name = "Kayla Smith"
aliases = ["Kayla", "Kay", "KS"]
role = "Child"
pseudonym = "Child X"
born = "14-03-2013"
address = "12 Acacia Avenue, Milton Keynes MK6 3AB"
sex = "female"
lives_with = ["Donna Smith", "Jayden Smith"]

[[people]]
name = "Donna Smith"
aliases = ["Donna", "Ms Smith", "DS"]
role = "Mother"
pseudonym = "Mother"
born = "02-07-1994"
address = "12 Acacia Avenue, Milton Keynes MK6 3AB"
# relations, for the genogram: mother_of, father_of, partner_of (from/to), lives_with,
# sibling_of, each naming another person of this key
mother_of = ["Kayla Smith", "Jayden Smith"]
partner_of = [{ name = "Ryan Carter", from = "01-09-2014" }]
lives_with = ["Ryan Carter"]

[[people]]
name = "Ryan Carter"
aliases = ["Ryan", "Mr Carter", "RC"]
role = "Mother's partner"
pseudonym = "Adult Male 1"
born = "19-11-1990"
sex = "male"

[[people]]
name = "Jayden Smith"
aliases = ["Jayden", "JS"]
role = "Sibling"
pseudonym = "Sibling 1"
born = "05-09-2010"
sex = "male"
sibling_of = ["Kayla Smith"]

# The panel's own multi-agency recommendations, for the action plan register.
[[recommendations]]
number = "MA1"
text = "The board audits each decision to end a child protection plan against its guidance"
action = "Quarterly audit of step-down decisions by the quality assurance subgroup"
lead = "Board business manager"
timescale = "31-12-2016"
outcome = "No plan ends on a parent's account alone"
evidence = "Audit reports to the board"

[[recommendations]]
number = "MA2"
text = "Schools and health visitors share and record concerns about a new adult in the household"
action = "Joint briefing for designated safeguarding leads and health visitors"

[[staff]]
name = "Jane Brown"
code = "HV1"
role = "Health Visitor"
agency = "Health Visiting Service"

[[staff]]
name = "Peter Okafor"
code = "SW1"
role = "Social Worker"
agency = "Children's Social Care"

[[staff]]
name = "Linda Harris"
code = "GP1"
role = "General Practitioner"
agency = "General Practice"
"""

# Markup in cell text, for the Word builder (none of it occurs in ordinary text):
#   [+text+]   a tracked insertion (read)          [-text-]   a tracked deletion (not read)
#   <<text>>   text inside a content control       {{text|url}}  a hyperlink
#   ((text))   the shown result of a field (REF)
_MARKUP = re.compile(r"\[\+(.*?)\+\]|\[-(.*?)-\]|<<(.*?)>>|\{\{(.*?)\|[^}]*\}\}|\(\((.*?)\)\)",
                     re.S)


def as_read(text: str) -> str:
    """The text a correct reader sees: insertions, controls, links and fields kept as
    their text, deletions dropped."""
    def keep(match: re.Match[str]) -> str:
        inserted, deleted, control, link, field_result = match.groups()
        if deleted is not None:
            return ""
        return next(g for g in (inserted, control, link, field_result) if g is not None)
    return _MARKUP.sub(keep, text)


def has_markup(text: str) -> bool:
    return bool(_MARKUP.search(text))


@dataclass(frozen=True)
class Entry:
    """One chronology entry as the agency wrote it.

    `when` is the date cell exactly as written (Word returns: date and time together, as the
    template's "DATE & TIME" column asks; Excel: the date, written as a real date cell
    where it is a plain dd/mm/yyyy day). `time` is a separate time cell (Excel only).
    `quirk` tells the builder how to write the row: "date_merged" (the date cell is merged
    down from the entry above: `when` repeats it), "date_empty" (the cell is left empty
    under a dated row: `when` is ""), "exact_duplicate" (a copy of the entry above,
    pasted twice by the agency; written as it stands). `expect` holds the finding codes
    SPEC.md's rules give the entry, or the precision ("unknown", "unreadable") of its date.
    """

    when: str
    child: str = ""
    family: str = ""
    communication: str = ""
    source: str = ""
    staff: str = ""
    comment: str = ""
    time: str = ""
    event: str = ""
    quirk: str = ""
    expect: tuple[str, ...] = ()

    def cells(self) -> tuple[str, str, str, str, str, str]:
        """The six content cells in template order, as marked up for the builder."""
        return (self.child, self.family, self.communication, self.source, self.staff,
                self.comment)


@dataclass(frozen=True)
class ChronologyReturn:
    """One returned chronology file: what its header block and tables say."""

    key: str                          # short id used by the builder and the tests
    file: str                         # path under the case folder, as it was saved
    agency_written: str               # the header block's "Agency"
    date_completed: str               # "" when the header block leaves it out
    completed_by: str
    headings: tuple[str, ...]         # the heading row's wording (date first)
    entries: tuple[Entry, ...]
    staff_key: tuple[tuple[str, str], ...] = ()
    fmt: str = "docx"                 # "docx" or "xlsx"
    protected: bool = False
    split_by_year: bool = False       # one table a year, the heading repeated
    year_rows: bool = False           # a year heading row spanning all columns
    header_as_table: bool = False     # the header block in a small table, not paragraphs
    file_time: dt.datetime = dt.datetime(2016, 2, 15, 9, 0)
    quirks: tuple[str, ...] = ()      # what this file shows a reader, for the README/report

    def rows_expected(self) -> int:
        """Entry rows a reader must find: every entry, a pasted copy included."""
        return len(self.entries)


# Appendix 4's headings as the board's Word template has them: the column's name in
# capitals, its guidance on the next line of the same cell.
TEMPLATE_HEADINGS = (
    "DATE & TIME",
    "CONTACT WITH CHILD\n(inc direct contact, medical information, reports, observations)",
    "CONTACT WITH PARENTS/CARERS and other family members",
    "INTER/INTRA-AGENCY COMMUNICATION\n(internal/ inter-agency phone calls. Letters, etc)",
    "INFORMATION SOURCE",
    "STAFF INVOLVED\nList initial of those involved and provide a separate ID list",
    "COMMENT\nOpportunity for the agency author to clarify or explain information/raise "
    "queries/highlight good practice/raise concerns",
)


def E(when: str, child: str = "", family: str = "", comm: str = "", source: str = "",
      staff: str = "", comment: str = "", **extra: object) -> Entry:
    """Shorthand for an entry, columns in template order."""
    return Entry(when, child, family, comm, source, staff, comment, **extra)  # type: ignore[arg-type]


# --- routine contacts ---------------------------------------------------------------
# Between the key events each agency records ordinary contacts. They are drawn from a bank
# with a fixed seed, on days that avoid the agency's key entries and its silences (so the
# gaps the panel must see stay gaps).

_HOLIDAYS = {(12, 25), (12, 26), (1, 1)}   # no routine contact is recorded on these days


@dataclass(frozen=True)
class Routine:
    windows: tuple[tuple[dt.date, dt.date], ...]
    count: int
    bank: tuple[tuple[str, str, str, str, str, str], ...]
    weekdays_only: bool = True


def _routine(routine: Routine, taken: set[dt.date], rng: random.Random,
             write_date: Callable[[dt.date, random.Random], tuple[str, str]]) -> list[
                 tuple[dt.date, Entry]]:
    days = [d for start, end in routine.windows
            for d in (start + dt.timedelta(n) for n in range((end - start).days + 1))
            if d not in taken and (not routine.weekdays_only or d.weekday() < 5)
            and (d.month, d.day) not in _HOLIDAYS]
    chosen = sorted(rng.sample(days, routine.count))
    entries = []
    for index, day in enumerate(chosen):
        child, family, comm, source, staff, comment = routine.bank[index % len(routine.bank)]
        when, time = write_date(day, rng)
        entries.append((day, Entry(when, child, family, comm, source, staff, comment,
                                   time=time)))
    return entries


def _day_of(entry: Entry) -> dt.date | None:
    """The day a plainly written entry is on (dd/mm/yyyy or dd.mm.yyyy), for ordering."""
    match = re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})", entry.when)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    year += 2000 if year < 100 else 0
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weave(key: list[Entry], routines: tuple[Routine, ...], seed: int,
           write_date: Callable[[dt.date, random.Random], tuple[str, str]]) -> tuple[Entry, ...]:
    """Key entries and routine ones in date order, as an agency lists its record.

    Key entries whose date cannot be read plainly stay right after the entry before them
    (where the agency put them); routine entries never land between a key entry and one
    merged onto or copied under it.
    """
    rng = random.Random(seed)
    taken = {d for d in map(_day_of, key) if d}
    extra: list[tuple[dt.date, Entry]] = []
    for routine in routines:
        found = _routine(routine, taken, rng, write_date)
        taken.update(day for day, _ in found)
        extra.extend(found)
    woven: list[Entry] = []
    pending = sorted(extra, key=lambda pair: pair[0])
    for entry in key:
        day = _day_of(entry)
        if day is not None and entry.quirk not in ("date_merged", "date_empty"):
            while pending and pending[0][0] < day:
                woven.append(pending.pop(0)[1])
        woven.append(entry)
    woven.extend(entry for _, entry in pending)
    return tuple(woven)


def _slash(day: dt.date, rng: random.Random, times: bool = True) -> tuple[str, str]:
    text = day.strftime("%d/%m/%Y")
    if times and rng.random() < 0.6:
        text += f" {rng.randint(8, 17):02d}:{rng.choice((0, 10, 15, 20, 30, 40, 45, 50)):02d}"
    return text, ""


def _dots(day: dt.date, rng: random.Random) -> tuple[str, str]:
    return day.strftime("%d.%m.%Y"), ""


def _excel(day: dt.date, rng: random.Random) -> tuple[str, str]:
    return day.strftime("%d/%m/%Y"), f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _period(start: str, end: str) -> tuple[dt.date, dt.date]:
    return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


# --- Thames Valley Police -------------------------------------------------------------
# Word; split into one table a year with the heading repeated and a year row spanning all
# columns; 12-hour and 'hrs' times; an incident log number as a hyperlink; rows before and
# after the review period; a separate staff ID table.

_POLICE_KEY = [
    E("22/08/2013 21:40", "", "Ryan Carter arrested for criminal damage at a previous "
      "address (Flat 9, Linnet Close). No children present.", "", "Niche RMS", "PC JT",
      "Outside the review period; included as background to Ryan's history.",
      expect=("outside_period",)),
    E("12/04/2014 23:10", "Kayla (1 yr) and Jayden (3 yrs) asleep upstairs. Officers "
      "checked on both children, no injuries seen.",
      "Call from neighbour reporting shouting at 12 Acacia Avenue. Donna Smith tearful, "
      "said argument with partner Ryan Carter over money. Ryan had left before police "
      "arrival.", "", "Incident log {{43140412-2310|http://niche.example.invalid/occ/"
      "43140412}}", "PC JT / PC AL",
      "DASH completed: standard risk. Donna declined to make a statement.",
      event="dv-incident-1"),
    E("14/04/2014 2.30pm", "", "", "Public Protection Notice (PPN) sent to MASH for "
      "Children's Social Care and Health Visiting.", "PPN 14/0412", "PS KM",
      "PPN sent within 48 hours in line with force policy. Good practice.",
      event="ppn-1", expect=("time_12h",)),
    E("08/11/2014 0215hrs", "Kayla (19 months) found awake and crying in her cot in the "
      "same room. Jayden (4 yrs) told PC JT \"Ryan shouted and pushed mummy\".",
      "999 call from Donna Smith. Visible swelling to her left cheek. Ryan Carter "
      "arrested at the scene on suspicion of assault occasioning actual bodily harm.",
      "", "Incident log {{43141108-0215|http://niche.example.invalid/occ/43141108}}",
      "PC JT / PC RB", "DASH: high risk. Referred to MARAC. Jayden's account recorded in "
      "the officer's notebook: the voice of the child captured.",
      event="dv-incident-2"),
    E("08/11/2014 1130hrs", "", "Ryan Carter interviewed under caution, made no comment. "
      "Released on police bail with conditions not to contact Donna or attend 12 Acacia "
      "Avenue.", "", "Custody record MK/14/8812", "DC RW",
      "Bail conditions shared with CSC by telephone the same day.", event=""),
    E("09/11/2014 10:15", "", "", "Telephone call to Emergency Duty Team (CSC) about "
      "arrest and bail conditions.", "Niche RMS", "DC RW", "", event="edt-call-1"),
    E("11/11/2014 14:00", "", "", "Strategy discussion at MASH with CSC (PO), Health "
      "Visiting (safeguarding nurse) and Oakfield Primary School (DSL). Agreed joint "
      "Section 47 enquiry.", "Strategy discussion minutes", "DS ME",
      "Multi-agency information gathered quickly.", event="strategy-1"),
    E("12/11/2014 16:30", "Joint home visit with social worker. Both children seen. "
      "Jayden spoken to alone in his bedroom.", "Donna said she wants Ryan to stay away.",
      "", "Niche RMS", "DC RW", "", event="s47-visit-1"),
    E("20/11/2014 09:30", "", "", "MARAC: case heard. Actions for housing (target "
      "hardening at 12 Acacia Avenue) and IDVA support for Donna.", "MARAC minutes",
      "PS KM", "", event="marac-1"),
    E("03/12/2014 10:00", "", "", "Initial child protection conference attended. Both "
      "children made subject to child protection plans (emotional abuse).",
      "Conference minutes", "DS ME", "", event="icpc"),
    E("05/02/2015 15:20", "", "Ryan Carter: no further action on the ABH; Donna "
      "withdrew her support for a prosecution. Bail conditions end.", "Telephone call to "
      "CSC social worker to tell her.", "CPS advice file", "DC RW",
      "No victimless prosecution considered. Learning point for the force.",
      event=""),
    E("04/03/2015 10:00", "", "", "Review child protection conference: police report "
      "submitted, officer unable to attend.", "Conference invite", "PS KM", "",
      event="rcpc-1"),
    E("02/06/2015 11:00", "", "", "Strategy meeting: school report that Ryan is living "
      "at the address again. Police check: no incidents since November.",
      "Strategy meeting minutes", "DS ME", "", event="strategy-2"),
    E("14/07/2015 22:50", "", "Neighbour reported a man and woman arguing in the street "
      "outside 12 Acacia Avenue. Both gone on arrival.", "", "Incident log "
      "{{43150714-2250|http://niche.example.invalid/occ/43150714}}", "PC AL",
      "Not linked to the family at the time: no PPN sent. A missed opportunity.",
      event=""),
    E("28/11/2015 20:25", "", "", "Call from Acute Hospital Trust ED: Kayla (2 yrs) "
      "admitted with a head injury and bruising not explained. Officers attended "
      "the hospital.", "Incident log {{43151128-2025|http://niche.example.invalid/occ/"
      "43151128}}", "PC AL / PS KM", "", event="admission"),
    E("29/11/2015 09:00", "", "", "Strategy discussion with CSC Emergency Duty Team and "
      "the on-call paediatrician.", "Strategy discussion notes", "DS ME", "",
      event="strategy-3"),
    E("29/11/2015 13:40", "", "Ryan Carter arrested on suspicion of causing grievous "
      "bodily harm to Kayla. Donna Smith arrested for neglect.", "",
      "Custody record MK/15/9930", "DC RW", "Both interviewed; released under "
      "investigation.", event=""),
    E("01/12/2015 10:00", "", "", "Multi-agency strategy meeting at Fernhill Family "
      "Centre. Section 47 enquiries for both children.", "Strategy meeting minutes",
      "DS ME", "", event="strategy-4"),
    E("14/01/2016 16:00", "", "Ryan Carter charged with GBH.", "", "Niche RMS", "DC RW",
      "After the review period; included so the panel knows the outcome.",
      expect=("outside_period",)),
]

_POLICE_ROUTINE = (
    Routine(   # before the first domestic incident: nothing ties these to the children
        windows=(_period("2014-01-05", "2014-04-10"),),
        count=4,
        bank=(
            ("", "Ryan Carter stopped in vehicle on Fernhill Road; no offences.", "",
             "Stop record", "PC AL", "Not linked to the family on the record."),
            ("", "Donna Smith reported her purse stolen in the town centre. Crime "
             "recorded.", "", "Crime report", "PC JT", "Not safeguarding-related."),
            ("", "Ryan Carter gave a witness statement about a road traffic collision.", "",
             "Niche RMS", "PC RB", ""),
            ("", "", "Neighbour reported youths on Acacia Avenue; no link to the family.",
             "Incident log", "PC AL", ""),
        )),
    Routine(
        windows=(_period("2014-05-01", "2014-10-30"), _period("2014-12-10", "2015-05-20"),
                 _period("2015-08-01", "2015-11-20")),
        count=18,
        bank=(
            ("", "", "Intelligence check on address for MASH: no new information.",
             "Niche RMS", "PS KM", ""),
            ("", "", "PNC and local checks for Children's Social Care request.", "PNC",
             "DC RW", ""),
            ("", "Ryan Carter stopped in vehicle on Fernhill Road; no offences.", "",
             "Stop record", "PC AL", "Not linked to the family on the record."),
            ("", "", "Information request from Children's Social Care answered.",
             "Email", "PS KM", ""),
            ("", "", "Domestic abuse case review by PPU supervisor. No further action "
             "needed.", "Niche RMS", "DS ME", "Supervisory review recorded: good practice."),
            ("", "", "Address flagged for repeat calls reviewed by neighbourhood team; no "
             "action.", "Niche RMS", "PC AL", ""),
        )),
)

POLICE_ENTRIES = _weave(_POLICE_KEY, _POLICE_ROUTINE, SEED + 1, _slash)
POLICE_STAFF = (
    ("PC JT", "Police Constable, Response"),
    ("PC AL", "Police Constable, Response"),
    ("PC RB", "Police Constable, Response"),
    ("PS KM", "Police Sergeant, Public Protection Unit"),
    ("DC RW", "Detective Constable, Child Abuse Investigation Unit"),
    ("DS ME", "Detective Sergeant, Child Abuse Investigation Unit"),
)


# --- Children's Social Care -----------------------------------------------------------
# Word, password-protected with the case reference; the header block in a small table;
# tracked changes (insertions and deletions); content controls; a date merged down over
# two entries; an entry pasted twice; a season and a week written instead of a day.

_CSC_KEY = [
    E("14.04.2014", "", "", "PPN received from police (domestic incident 12/04/2014). "
      "MASH checks with health visiting and school.", "MASH record", "MASH1",
      "Checks completed the same day.", event="ppn-1"),
    E("16.04.2014", "", "Telephone call to Donna Smith. She said she and Ryan had "
      "separated [+for now+] and she did not want services.", "Letter to Donna with "
      "Early Help leaflet.", "Contact record", "MASH1",
      "[-No further action.-][+Stepped down to Early Help advice; no assessment.+] "
      "On reflection the children's views were not sought.", expect=()),
    E("Spring 2014", "", "Early Help assessment offered by the Family Centre; Donna "
      "declined.", "", "Family Centre log", "FSW1",
      "Exact date not recorded in the Family Centre log.", expect=("period",)),
    E("10.11.2014", "", "", "Referral from police following arrest of Ryan Carter "
      "(08/11/2014). Referral accepted by team manager.", "Referral record", "TM1",
      "", event=""),
    E("11.11.2014", "", "", "Strategy discussion with police (DS ME), health visiting "
      "and school. Section 47 enquiry agreed jointly with police.",
      "Strategy discussion record", "TM1 / SW1", "", event="strategy-1"),
    E("11.11.2014", "", "", "Checks with GP surgery by telephone: no concerns noted "
      "for the children.", "Case note", "SW1", "", quirk="date_merged", event="gp-checks"),
    E("12.11.2014", "Joint visit with police. Kayla seen in her cot; [-appeared well-]"
      "[+clean and appropriately dressed+]. Jayden seen alone and said he felt safe now "
      "Ryan had gone.", "Donna agreed to a written agreement that Ryan would not return.",
      "", "Case note", "SW1", "Jayden's wishes recorded in his words: good practice.",
      event="s47-visit-1"),
    E("12.11.2014", "Joint visit with police. Kayla seen in her cot; [-appeared well-]"
      "[+clean and appropriately dressed+]. Jayden seen alone and said he felt safe now "
      "Ryan had gone.", "Donna agreed to a written agreement that Ryan would not return.",
      "", "Case note", "SW1", "Jayden's wishes recorded in his words: good practice.",
      quirk="exact_duplicate", event="s47-visit-1"),
    E("20.11.2014", "", "", "MARAC attended. Target hardening requested from housing.",
      "MARAC minutes", "SW1", "", event="marac-1"),
    E("03.12.2014", "", "Donna attended the conference with an advocate; Ryan not "
      "invited.", "Initial child protection conference. Both children subject to child "
      "protection plans, category <<emotional abuse>>.", "Conference minutes",
      "IRO1 / SW1", "", event="icpc"),
    E("17.12.2014", "", "", "First core group meeting: CSC, health visitor, school DSL, "
      "housing officer.", "Core group minutes", "SW1", "", event="core-1"),
    E("21.01.2015", "Kayla seen at home, playing with blocks. Jayden seen at school.",
      "Donna reports Ryan has not visited.", "Core group meeting.", "Core group minutes",
      "SW1", "", event="core-2"),
    E("25.02.2015", "", "", "Core group meeting. Health visitor absent (sickness), no "
      "report sent.", "Core group minutes", "SW1",
      "The health visiting gap was noted but not escalated.", event="core-3"),
    E("04.03.2015", "", "Donna attended.", "Review child protection conference. Plans "
      "continue.", "Conference minutes", "IRO1 / SW1", "", event="rcpc-1"),
    E("w/c 04/05/2015", "", "Two home visits this week; a man's work boots seen in the "
      "hallway. Donna said they belonged to her brother.", "", "Case note", "SW1",
      "Visits recorded together in one note. The boots were not followed up.",
      expect=("period",)),
    E("14.05.2015", "", "", "Referral from Oakfield Primary School: Jayden said \"Ryan "
      "lives at our house\".", "Referral record", "TM1", "Prompt referral by the school: "
      "good practice.", event="school-referral"),
    E("15.05.2015", "Unannounced visit. Kayla seen; small bruise to forehead, Donna said "
      "she fell against the coffee table.", "Donna denied that Ryan was living there.",
      "", "Case note", "SW1", "No medical opinion sought on the bruise. A missed "
      "opportunity.", event=""),
    E("02.06.2015", "", "", "Strategy meeting with police, school and health visiting "
      "(HV returned from leave).", "Strategy meeting minutes", "TM1 / SW1", "",
      event="strategy-2"),
    E("24.06.2015", "", "Donna and Ryan attended together; Ryan said he was now "
      "living there.", "Review child protection conference: plans ended, children "
      "stepped down to Child in Need.", "Conference minutes", "IRO1 / SW1",
      "The conference relied on parental self-report. A key decision point.",
      event="rcpc-2"),
    E("30.09.2015", "", "", "Child in Need plan closed. Case closed to social care.",
      "Closure summary", "TM1", "Closed without a multi-agency review meeting.",
      event=""),
    E("28.11.2015", "", "", "Emergency Duty Team: call from hospital about Kayla's "
      "admission.", "EDT log", "EDT1", "", event="admission"),
    E("29.11.2015", "", "", "EDT strategy discussion with police and paediatrician. "
      "Jayden placed with maternal grandmother under a safety plan.", "EDT log", "EDT1",
      "", event="strategy-3"),
    E("01.12.2015", "", "", "Strategy meeting at Fernhill Family Centre. Section 47 "
      "enquiries for both children.", "Strategy meeting minutes", "TM1 / SW2", "",
      event="strategy-4"),
    E("10.12.2015", "Kayla discharged from hospital to foster carers.", "", "",
      "Placement record", "SW2", "", event="discharge"),
]

_CSC_ROUTINE = (
    Routine(
        windows=(_period("2014-11-13", "2015-09-25"),),
        count=40,
        bank=(
            ("Kayla seen at home; walking and babbling.", "Donna present. Home conditions "
             "adequate.", "", "Case note", "SW1", "Statutory visit within timescale."),
            ("", "", "Supervision with team manager: plan reviewed.", "Supervision record",
             "TM1 / SW1", ""),
            ("Jayden seen at school alone.", "", "", "Case note", "SW1",
             "Jayden's wishes recorded."),
            ("", "Donna attended Freedom Programme session at the Family Centre.", "",
             "Family Centre log", "FSW1", ""),
            ("", "", "Email to health visitor asking for update.", "Email", "SW1", ""),
            ("Children seen at home; Kayla had a runny nose.", "Donna said money is tight.",
             "", "Case note", "SW1", "Food bank voucher given."),
            ("", "Home visit, no answer. Card left.", "", "Case note", "SW1",
             "Followed up by telephone the next day."),
            ("", "", "Telephone call to housing officer about repairs.", "Case note", "SW1",
             ""),
        ),
    ),
)

CSC_ENTRIES = _weave(_CSC_KEY, _CSC_ROUTINE, SEED + 2, _dots)
CSC_STAFF = (
    ("SW1", "Social Worker, Assessment and Child Protection Team"),
    ("SW2", "Social Worker, Assessment and Child Protection Team"),
    ("TM1", "Team Manager"),
    ("MASH1", "Senior Practitioner, MASH"),
    ("IRO1", "Child Protection Conference Chair"),
    ("FSW1", "Family Support Worker, Fernhill Family Centre"),
    ("EDT1", "Emergency Duty Team Social Worker"),
)


# --- Health Visiting Service ----------------------------------------------------------
# Word, returned twice: the second return (a later Date completed) adds two entries and
# corrects one. Line breaks inside cells; a period ('March 2015'); 'not known'; an
# impossible day; an empty date cell under a dated row. The service's silence from late
# February to June 2015 (the health visitor's sick leave) is a gap the panel must see.

_HV_KEY = [
    E("11/02/2014 10:00", "New birth visit not applicable: transfer-in visit. Kayla "
      "(11 months) seen and weighed.\nWeight 8.9kg (50th centile)\nNo concerns.",
      "Donna seen. Family moved to 12 Acacia Avenue in January.", "Records requested "
      "from previous health visiting team.", "SystmOne", "HV1",
      "Transfer-in contact within 2 weeks of notification: good practice."),
    E("18/03/2014 10:30", "One-year review. Kayla walking with support; babbling.\n"
      "Weight 9.3kg\nASQ-3: all areas within normal limits.", "Donna disclosed low mood "
      "since Christmas. EPDS score 14.", "", "SystmOne", "HV1",
      "Routine enquiry about domestic abuse asked; Donna said no."),
    E("", "", "", "Letter to GP about Donna's low mood, with her consent.", "SystmOne",
      "HV1", "Same day as the review.", quirk="date_empty", expect=("date_carried",)),
    E("17/04/2014 09:00", "", "", "PPN received from MASH: domestic incident "
      "12/04/2014.", "SystmOne", "SN1", "Added to the child health record; HV informed.",
      event="ppn-1"),
    E("23/04/2014 14:00", "Kayla seen at home, happy and interactive.", "Domestic "
      "incident discussed. Donna said Ryan had moved out.", "", "SystmOne", "HV1",
      "Targeted visit after the PPN: good practice."),
    E("24/07/2014 11:15", "Kayla seen: scald to right hand healing well, dressing clean.",
      "Home safety advice: hot drinks out of reach.", "ED discharge letter received "
      "22/07/2014.", "SystmOne", "HV1", "", event="scald-followup"),
    E("not known", "", "Donna told HV that Ryan's mother sometimes babysits.", "", "HV1's "
      "handwritten notes", "HV1", "Date not recorded in the notes.",
      expect=("unknown",)),
    E("11/11/2014 14:00", "", "", "Strategy discussion by telephone with police and "
      "social care. Health information shared.", "SystmOne", "SN1", "",
      event="strategy-1"),
    E("03/12/2014 10:00", "", "", "Initial child protection conference attended.\n"
      "Health report submitted.", "Conference minutes", "HV1", "", event="icpc"),
    E("17/12/2014 13:30", "", "", "Core group meeting attended.", "SystmOne", "HV1", "",
      event="core-1"),
    E("21/01/2015 13:30", "Kayla (22 months) not brought to the developmental review "
      "arranged for the same day.", "", "Core group meeting attended.", "SystmOne", "HV1",
      "", event="core-2"),
    E("31/02/2015", "Kayla seen at home.", "", "", "SystmOne", "HV1",
      "Date as it stands in the record.", expect=("unreadable",)),
    E("March 2015", "", "", "HV1 on long-term sick leave from 23/02/2015. Caseload held "
      "by duty; no visits made.", "Caseload records", "TL1",
      "Children on child protection plans were not reallocated. A gap in service.",
      expect=("period",)),
    E("02/06/2015 11:00", "", "", "Strategy meeting attended.", "SystmOne", "HV2", "",
      event="strategy-2"),
    E("03/06/2015 10:00", "Kayla (2 yrs 2 months) seen. Speech delayed: about 10 words.",
      "Ryan Carter present; introduced as \"a friend\".", "", "SystmOne", "HV2",
      "New health visitor; first contact for 3 months."),
    E("24/06/2015 10:00", "", "", "Review child protection conference: HV2 agreed the "
      "plans could end.", "Conference minutes", "HV2", "", event="rcpc-2"),
    E("29/09/2015 09:30", "", "", "Notified by CSC that the case is closing.",
      "SystmOne", "HV2", "Universal service only from now on."),
    E("30/11/2015 08:45", "", "", "Informed by hospital safeguarding team of Kayla's "
      "admission on 28/11/2015.", "SystmOne", "SN1", "", event="admission-notice"),
    E("01/12/2015 10:00", "", "", "Strategy meeting attended.", "SystmOne", "SN1", "",
      event="strategy-4"),
]

_HV_ROUTINE = (
    Routine(   # universal service, before social care is involved
        windows=(_period("2014-02-12", "2014-11-07"),),
        count=16,
        bank=(
            ("Kayla seen at home; development appropriate.", "Donna seen.", "",
             "SystmOne", "HV1", ""),
            ("Kayla weighed at child health clinic.\nWeight within normal range.",
             "Attended with Donna.", "", "Clinic register", "CN1", ""),
            ("", "Donna phoned for advice on sleep routine.", "", "SystmOne", "HV1",
             "Advice given; leaflet posted."),
            ("Kayla seen; nappy rash.", "Advice to Donna.", "", "SystmOne", "CN1", ""),
            ("", "Home visit: no answer. Calling card left.", "", "SystmOne", "HV1",
             "Follow-up visit booked."),
        )),
    Routine(   # while the children are on plans, then Child in Need
        windows=(_period("2014-11-12", "2015-02-20"), _period("2015-06-04", "2015-09-25")),
        count=15,
        bank=(
            ("Kayla seen at home; development appropriate.", "Donna seen.", "",
             "SystmOne", "HV1", ""),
            ("", "", "Telephone call to social worker: update shared.", "SystmOne", "HV1",
             ""),
            ("Kayla weighed at child health clinic.\nWeight within normal range.",
             "Attended with Donna.", "", "Clinic register", "CN1", ""),
            ("", "", "Safeguarding supervision: case discussed.", "Supervision record",
             "HV1 / SN1", "Actions agreed and recorded."),
            ("", "Home visit: no answer. Calling card left.", "", "SystmOne", "HV1",
             "Follow-up visit booked."),
        )),
    Routine(   # universal service again after the case closed
        windows=(_period("2015-10-01", "2015-11-25"),),
        count=3,
        bank=(
            ("Kayla weighed at child health clinic.\nWeight within normal range.",
             "Attended with Donna.", "", "Clinic register", "CN1", ""),
            ("", "Donna phoned to cancel the 2-year review.", "", "SystmOne", "HV2",
             "Rebooked."),
        )),
)


HV_ENTRIES = _weave(_HV_KEY, _HV_ROUTINE, SEED + 3, _slash)

# What the amended return changed: entries it added (by their date cell) and one rewording.
HV_ADDED = ("02/06/2015 11:00", "03/06/2015 10:00")
HV_REWORDED = ("24/06/2015 10:00", "Review child protection conference.")


def _hv_first_return() -> tuple[Entry, ...]:
    """The first return: the amended one without its two added entries, and with the
    earlier wording of the entry it changed."""
    first = []
    for entry in HV_ENTRIES:
        if entry.when in HV_ADDED:
            continue
        if entry.when == HV_REWORDED[0]:
            entry = replace(entry, communication=HV_REWORDED[1])
        first.append(entry)
    return tuple(first)


HV_FIRST_ENTRIES = _hv_first_return()
HV_STAFF = (
    ("HV1", "Health Visitor"),
    ("HV2", "Health Visitor (from June 2015)"),
    ("CN1", "Community Nursery Nurse"),
    ("SN1", "Named Nurse, Safeguarding Children"),
    ("TL1", "Health Visiting Team Leader"),
)


# --- General Practice -----------------------------------------------------------------
# Word; the header block leaves out "Date completed"; two-digit years; entries from before
# the period (Kayla's registration); one entry with no staff initials; headings in the
# practice's own words. The practice records nothing from March to September 2015.

_GP_KEY = [
    E("28/03/13", "Kayla registered as a new patient (born 14/03/13).", "", "",
      "EMIS", "RC1", "", expect=("two_digit_year", "outside_period")),
    E("24/04/13", "6-8 week baby check: normal.", "Donna attended.", "", "EMIS", "GP1",
      "", expect=("two_digit_year", "outside_period")),
    E("17/03/14", "Immunisations (12 months) given.", "", "", "EMIS", "PN1", "",
      expect=("two_digit_year",)),
    E("25/03/14", "", "Donna seen: low mood, referred by HV. PHQ-9 = 15. Sertraline "
      "started; talking therapies leaflet.", "HV letter received 19/03/14.", "EMIS",
      "GP1", "Children not asked about during the consultation.",
      expect=("two_digit_year",)),
    E("09/06/14", "Kayla: chest infection. Amoxicillin.", "Attended with Donna.", "",
      "EMIS", "GP2", "", expect=("two_digit_year",)),
    E("23/07/14", "", "", "ED discharge letter: Kayla, scald to right hand 19/07/14. "
      "Filed, no action.", "Scanned letter", "", "No clinician coded the letter: no "
      "initials recorded.", event="scald-letter", expect=("two_digit_year",)),
    E("11/11/14", "", "", "Telephone call from social worker: checks for strategy "
      "discussion. No concerns known.", "EMIS", "GP1",
      "The scald and mother's low mood were not mentioned.", event="gp-checks",
      expect=("two_digit_year",)),
    E("28/11/14", "", "", "Report for initial child protection conference sent.",
      "EMIS", "GP1", "GP unable to attend.", event="", expect=("two_digit_year",)),
    E("06/10/15", "Kayla not brought to appointment (cough).", "", "", "EMIS", "RC1",
      "Was Not Brought not coded as a safeguarding concern.", expect=("two_digit_year",)),
    E("20/10/15", "Kayla not brought to appointment.", "", "", "EMIS", "RC1", "",
      expect=("two_digit_year",)),
    E("30/11/15", "", "", "Hospital informed the practice of Kayla's admission.",
      "EMIS", "GP1", "", event="admission-notice", expect=("two_digit_year",)),
]

_GP_ROUTINE = (
    Routine(
        windows=(_period("2014-01-22", "2015-02-27"), _period("2015-09-21", "2015-11-25")),
        count=29,
        bank=(
            ("Kayla seen: viral illness. Advice given.", "Attended with Donna.", "", "EMIS",
             "GP2", ""),
            ("", "Donna: medication review. Mood improving.", "", "EMIS", "GP1", ""),
            ("Jayden seen: ear infection.", "Attended with Donna.", "", "EMIS", "GP2", ""),
            ("Immunisations given.", "", "", "EMIS", "PN1", ""),
            ("", "Repeat prescription for Donna collected.", "", "EMIS", "RC1", ""),
            ("", "", "Letter from health visitor filed.", "Scanned letter", "RC1", ""),
        ),
    ),
)


def _two_digit(day: dt.date, rng: random.Random) -> tuple[str, str]:
    return day.strftime("%d/%m/%y"), ""


GP_ENTRIES = _weave(_GP_KEY, _GP_ROUTINE, SEED + 4, _two_digit)
GP_STAFF = (
    ("GP1", "GP Partner, Brookfield Surgery (safeguarding lead)"),
    ("GP2", "Salaried GP"),
    ("PN1", "Practice Nurse"),
    ("RC1", "Receptionist"),
)


# --- Acute Hospital Trust -------------------------------------------------------------
# Excel: title rows above the heading, real date cells and a separate time column, a
# blank row; two entries of one day that say nearly the same (two systems' notes).

_HOSPITAL_KEY = [
    E("14/03/2013", "Kayla born at 38 weeks, normal delivery, 3.1kg.", "Donna aged 18.",
      "", "Maternity record", "MW1", "Before the review period: birth details for "
      "context.", time="06:12", expect=("outside_period",)),
    E("19/07/2014", "Kayla (16 months) attended ED with mother: scald to right hand from "
      "a cup of tea.", "", "", "ED triage (Symphony)", "RN1", "", time="14:35",
      event="scald"),
    E("19/07/2014", "Kayla (16 mths) attended ED with mother: scald to right hand from a "
      "cup of tea.", "", "", "ED notes (paper)", "RN1", "", time="14:35", event="scald",
      expect=("near_duplicate",)),
    E("19/07/2014", "Seen by ED doctor. Superficial scald, 1% body surface. Dressing "
      "applied.", "Mother's account consistent with the injury.", "", "ED notes",
      "EDR1", "Safeguarding checklist completed: good practice.", time="16:10",
      event="scald"),
    E("21/07/2014", "", "", "Paediatric liaison: notification of attendance sent to "
      "health visitor and GP.", "Liaison log", "PLN1", "", time="09:30"),
    E("02/02/2015", "Jayden (4 yrs) brought to ED by mother after a fall in the school "
      "playground. Small cut to the chin, steri-stripped.", "Mother present.", "",
      "ED triage (Symphony)", "RN2", "Injury consistent with the school's account.",
      time="11:05", event="jayden-fall"),
    E("28/11/2015", "Kayla (2 yrs 8 months) brought by ambulance: drowsy, bruising to "
      "the left side of her face and her back.", "Mother said Kayla fell down the "
      "stairs. Mother's partner present.", "", "ED triage (Symphony)", "RN1", "",
      time="19:40", event="admission"),
    E("28/11/2015", "CT head: thin subdural haematoma. Admitted to the children's ward.",
      "", "Police and Emergency Duty Team informed by the nurse in charge.", "ED notes",
      "EDR2 / RN1", "Explanation not consistent with the injuries. Referral made "
      "within an hour: good practice.", time="20:15", event="admission"),
    # Police record this discussion at 09:00: the two times contradict each other.
    E("29/11/2015", "", "", "Strategy discussion with police and EDT.", "Ward notes",
      "PAED1", "", time="11:30", event="strategy-3"),
    E("29/11/2015", "Skeletal survey: two healing fractures of the left ribs.", "", "",
      "Radiology report", "PAED1", "Fractures some weeks old.", time="14:20"),
    E("30/11/2015", "", "", "Safeguarding team informed GP and health visiting of the "
      "admission.", "Safeguarding log", "PLN1", "", time="08:30",
      event="admission-notice"),
    E("01/12/2015", "", "", "Strategy meeting attended by consultant paediatrician.",
      "Safeguarding log", "PAED1", "", time="10:00", event="strategy-4"),
    E("10/12/2015", "Kayla discharged to foster carers.", "", "Discharge summary to GP "
      "and health visitor.", "Discharge summary", "PAED1", "", time="15:30",
      event="discharge"),
]

_HOSPITAL_ROUTINE = (
    Routine(   # on the children's ward after the admission
        windows=(_period("2015-11-30", "2015-12-09"),),
        count=7,
        weekdays_only=False,
        bank=(
            ("Ward round: Kayla comfortable, eating small amounts.", "", "", "Ward notes",
             "PAED1", ""),
            ("", "Visit by maternal grandmother, supervised.", "", "Ward notes", "RN3",
             "Supervised contact as agreed with CSC."),
            ("Kayla settled overnight. Observations stable.", "", "", "Nursing notes",
             "RN3", ""),
            ("", "", "Telephone update to social worker.", "Safeguarding log", "PLN1", ""),
        )),
    Routine(
        windows=(_period("2014-09-01", "2014-12-19"),),
        count=6,
        weekdays_only=False,
        bank=(
            ("Jayden attended ED with a high temperature; discharged with advice.",
             "Attended with mother.", "", "ED triage (Symphony)", "RN2", ""),
            ("Kayla seen in paediatric outpatients for recurrent chest infections; "
             "discharged to GP care.", "Attended with mother.", "Letter to GP.",
             "Outpatient system", "PAED1", ""),
            ("Kayla attended ED with a cough; discharged with advice.", "", "",
             "ED triage (Symphony)", "RN1", "Safeguarding checklist completed."),
        )),
    Routine(
        windows=(_period("2015-07-01", "2015-08-28"),),
        count=2,
        bank=(
            ("Audiology outpatient appointment (speech delay): not brought.", "",
             "Letter to GP.", "Outpatient system", "AUD1", "Second appointment offered."),
        )),
)

HOSPITAL_ENTRIES = _weave(_HOSPITAL_KEY, _HOSPITAL_ROUTINE, SEED + 5, _excel)
HOSPITAL_STAFF = (
    ("RN1", "Staff Nurse, Emergency Department"),
    ("RN2", "Staff Nurse, Emergency Department"),
    ("RN3", "Staff Nurse, Children's Ward"),
    ("EDR1", "ED Doctor (Specialty Trainee)"),
    ("EDR2", "ED Consultant"),
    ("PAED1", "Consultant Paediatrician"),
    ("PLN1", "Paediatric Liaison Nurse"),
    ("MW1", "Midwife"),
    ("AUD1", "Audiologist"),
)


# --- Housing Services -----------------------------------------------------------------
# Word; headings in the landlord's own words; a month-first date; an entry before the
# period (the homeless application).

_HOUSING_KEY = [
    E("12/11/2013", "", "Homeless application by Donna Smith with two children; placed "
      "in temporary accommodation at Flat 4, Willow Court.", "", "Housing register",
      "HO1", "Before the review period.", expect=("outside_period",)),
    E("06/01/2014", "", "Tenancy signed for 12 Acacia Avenue, Fernhill (2-bed house). "
      "Sole tenant Donna Smith.", "", "Tenancy file", "HO1", ""),
    E("04/02/2014", "Children seen briefly.", "Settling-in visit. Property in good "
      "order.", "", "Tenancy file", "HO1", "Settling-in visit within 6 weeks: good "
      "practice."),
    E("14/10/2014", "", "Rent arrears of \u00a3412; letter sent offering a payment plan.",
      "", "Rent account", "RO1", ""),
    E("21/10/2014", "", "Donna reported damp and mould in the children's bedroom.", "",
      "Repairs log", "HO1", "Repair raised as routine (28 days)."),
    E("20/11/2014", "", "", "MARAC action received: target hardening at 12 Acacia "
      "Avenue.", "MARAC action log", "ASB1", "", event="marac-1"),
    E("26/11/2014", "", "Locks changed and door chain fitted (sanctuary measures).", "",
      "Repairs log", "ASB1", "Completed within a week of MARAC."),
    E("03/12/2014", "", "", "Initial child protection conference: housing report "
      "submitted.", "Email", "HO1", "", event="icpc"),
    E("17/12/2014", "", "", "Core group meeting attended.", "Tenancy file", "HO1", "",
      event="core-1"),
    E("04/13/2015", "", "Rent account review: arrears cleared.", "", "Rent account",
      "RO1", "", expect=("unreadable",)),
    E("14/07/2015", "", "Neighbour complaint: shouting at night; a man appears to be "
      "living at the property.", "", "ASB case file", "ASB1",
      "Not shared with CSC. A missed opportunity."),
    E("22/07/2015", "", "Letter to Donna about the complaint and tenancy conditions.",
      "", "ASB case file", "ASB1", ""),
    E("30/11/2015", "", "", "Call from CSC: Kayla in hospital. Tenancy file flagged.",
      "Tenancy file", "HO1", ""),
]

_HOUSING_ROUTINE = (
    Routine(
        windows=(_period("2014-02-10", "2014-09-30"),),
        count=9,
        bank=(
            ("", "Rent payment missed; text reminder sent.", "", "Rent account", "RO1", ""),
            ("", "Repair completed: kitchen tap.", "", "Repairs log", "HO1", ""),
            ("", "Annual gas safety check completed.", "", "Repairs log", "HO1", ""),
            ("", "Donna phoned about housing benefit change.", "", "Tenancy file", "HO1",
             "Referred to benefits advice."),
        )),
    Routine(
        windows=(_period("2015-01-05", "2015-07-10"),),
        count=8,
        bank=(
            ("", "Rent payment missed; text reminder sent.", "", "Rent account", "RO1", ""),
            ("", "", "Information request from social worker answered.", "Email", "HO1",
             ""),
            ("", "Repair completed: damp treatment in the children's bedroom.", "",
             "Repairs log", "HO1", ""),
        )),
)

HOUSING_ENTRIES = _weave(_HOUSING_KEY, _HOUSING_ROUTINE, SEED + 6,
                         lambda day, rng: _slash(day, rng, times=False))
HOUSING_STAFF = (
    ("HO1", "Housing Officer"),
    ("RO1", "Income Officer (rents)"),
    ("ASB1", "Anti-social Behaviour Officer"),
)


# --- Oakfield Primary School ----------------------------------------------------------
# Word; dates written out in words with a weekday; 'last week'; a field (a cross-reference)
# and a hyperlink in cells; line breaks. Jayden is the pupil; Kayla is named as a sibling.

_SCHOOL_KEY = [
    E("14/04/2014 08:45", "", "", "Police notification of a domestic incident at "
      "Jayden's home at the weekend (school notification scheme).", "Email from MASH",
      "DSL", "Jayden's nursery key worker told so she could support him."),
    E("03/09/2014 08:50", "Jayden started Reception (Class R1).", "Mum brought him; "
      "Kayla in the buggy.", "", "Admissions", "CT1", ""),
    E("11/11/2014 14:00", "", "", "Strategy discussion by telephone with police and "
      "social care.", "Safeguarding file", "DSL", "", event="strategy-1"),
    E("03/12/2014 10:00", "", "", "Initial child protection conference attended.\n"
      "School report submitted, see ((Appendix 2)).", "Safeguarding file", "DSL", "",
      event="icpc"),
    E("17/12/2014 13:30", "", "", "Core group meeting attended.", "Safeguarding file",
      "DSL", "", event="core-1"),
    E("21/01/2015 13:30", "", "", "Core group meeting attended.", "Safeguarding file",
      "DSL", "", event="core-2"),
    E("02/02/2015 10:20", "Jayden fell from the climbing frame in the playground and cut "
      "his chin.", "Mum phoned and collected him to take him to hospital.", "",
      "Accident book", "TA1", "First aid given; accident form completed.",
      event="jayden-fall"),
    E("25/02/2015 13:30", "", "", "Core group meeting attended.", "Safeguarding file",
      "DSL", "", event="core-3"),
    E("04/03/2015 10:00", "", "", "Review child protection conference attended.",
      "Safeguarding file", "DSL", "", event="rcpc-1"),
    E("Tuesday 5th May 2015 at 1430", "", "Mum came in upset about Jayden's reading "
      "book; calmed and reassured.", "", "Office log", "HT1", ""),
    E("last week", "Jayden told TA1 that \"Ryan hurt mummy's arm\".", "", "",
      "Note written by TA1 on 13/05/2015", "TA1", "Passed to the DSL a week late. "
      "Staff reminded of the same-day rule.", expect=("unreadable",)),
    E("13/05/2015 15:10", "Jayden said at carpet time \"Ryan lives at our house now\".",
      "", "", "Safeguarding log (CPOMS)", "CT1 / DSL", ""),
    E("13/05/2015 15:25", "Jayden said at carpet time that \"Ryan lives at our house "
      "now\".", "", "", "Safeguarding log (CPOMS)", "DSL", "",
      expect=("near_duplicate",)),
    E("14/05/2015 09:00", "", "", "Referral to CSC by the DSL, by telephone and in "
      "writing ({{MASH referral form|http://mash.example.invalid/referral}}).",
      "Safeguarding file", "DSL", "Same-day written referral: good practice.",
      event="school-referral"),
    E("02/06/2015 11:00", "", "", "Strategy meeting attended.", "Safeguarding file",
      "DSL", "", event="strategy-2"),
    E("24/06/2015 10:00", "", "", "Review child protection conference. DSL said she "
      "was worried about ending the plans.", "Safeguarding file", "DSL",
      "Disagreement not escalated under the resolution of professional differences "
      "procedure.", event="rcpc-2"),
    E("19/10/2015 09:30", "Jayden's attendance this term is 82%.", "Letter to mum.", "",
      "Attendance system", "AO1", "Attendance below 90% triggers a meeting."),
    E("30/11/2015 08:40", "Jayden arrived with his grandmother.", "", "Social worker "
      "phoned: Kayla in hospital; Jayden staying with his grandmother.",
      "Safeguarding log (CPOMS)", "DSL", ""),
    # The school dated the meeting of 01/12/2015 a day late: an inconsistency between
    # agencies for the panel (merge/inconsistencies.py), not linked as one event.
    E("02/12/2015 10:00", "", "", "Strategy meeting attended.", "Safeguarding file",
      "DSL", ""),
]

_SCHOOL_LOG = (
    ("Jayden arrived late (09:20). Had not had breakfast; given toast.", "", "",
     "Late book", "AO1", ""),
    ("Jayden tired and tearful in class.", "", "", "Safeguarding log (CPOMS)", "CT1",
     "Logged for the DSL."),
    ("", "Mum spoken to at the gate about Jayden's uniform.", "", "Class log", "CT1", ""),
    ("Jayden absent: mum phoned, unwell.", "", "", "Attendance system", "AO1", ""),
    ("Jayden collected late at 15:50.", "Mum apologised.", "", "Office log", "HT1", ""),
)
_SCHOOL_ROUTINE = (
    Routine(windows=(_period("2014-09-04", "2014-11-07"),), count=6, bank=_SCHOOL_LOG),
    Routine(   # while social care is involved
        windows=(_period("2014-11-12", "2014-12-19"), _period("2015-01-05", "2015-03-27"),
                 _period("2015-04-13", "2015-07-21"), _period("2015-09-02", "2015-09-30")),
        count=18,
        bank=(*_SCHOOL_LOG,
              ("Jayden seen by the DSL for a check-in; said home is \"OK\".", "", "",
               "Safeguarding log (CPOMS)", "DSL", "Jayden's voice recorded."),
              ("", "", "Email to social worker with attendance figures.", "Email", "AO1",
               ""))),
    Routine(windows=(_period("2015-10-01", "2015-11-27"),), count=4, bank=_SCHOOL_LOG),
)

SCHOOL_ENTRIES = _weave(_SCHOOL_KEY, _SCHOOL_ROUTINE, SEED + 7, _slash)
SCHOOL_STAFF = (
    ("DSL", "Designated Safeguarding Lead (Deputy Head)"),
    ("HT1", "Head Teacher"),
    ("CT1", "Class Teacher, Reception"),
    ("TA1", "Teaching Assistant"),
    ("AO1", "Attendance Officer"),
)


# --- the returns, as files ------------------------------------------------------------

RETURNS: tuple[ChronologyReturn, ...] = (
    ChronologyReturn(
        key="police", file="TVP - Chronology - DEMO-2016-01.docx",
        agency_written="Thames Valley Police - Child Abuse Investigation Unit",
        date_completed="12/02/2016", completed_by="DI Sarah Quinlan",
        headings=("Date/Time", "Contact with child", "Contact with parents/carers",
                  "Inter-agency communication", "Source of information", "Officer(s)",
                  "Action taken/Comment"),
        entries=POLICE_ENTRIES, staff_key=POLICE_STAFF, split_by_year=True,
        year_rows=True, file_time=dt.datetime(2016, 2, 12, 16, 5),
        quirks=("two tables with the heading repeated", "year rows spanning all columns",
                "12-hour and 'hrs' times", "hyperlinks", "rows outside the period",
                "separate staff ID table")),
    ChronologyReturn(
        key="csc", file="Social care/CSC chronology (password protected).docx",
        agency_written="Milton Keynes Children's Social Care",
        date_completed="15 February 2016", completed_by="Anita Rowe, Practice Manager",
        headings=("Date", "Contact with Child/Young Person", "Contact with "
                  "Parent/Carer/Family", "Multi-agency communication",
                  "Source (case record)", "Worker", "Analysis / Comment"),
        entries=CSC_ENTRIES, staff_key=CSC_STAFF, protected=True, header_as_table=True,
        file_time=dt.datetime(2016, 2, 15, 17, 40),
        quirks=("password-protected (the case reference)", "header block as a table",
                "tracked insertions and deletions", "content control",
                "date merged down over two entries", "an entry pasted twice",
                "'Spring 2014'", "'w/c 04/05/2015'")),
    ChronologyReturn(
        key="hv-first", file="Health/HV Chronology DEMO-2016-01.docx",
        agency_written="0-19 Service (Health Visiting)", date_completed="08/02/2016",
        completed_by="Claire Dunmore, Named Nurse",
        headings=("Date and time of contact", "Contact with child",
                  "Contact with parent(s)/carer(s)", "Communication with other agencies",
                  "Record/source", "Practitioner", "Comments / analysis"),
        entries=HV_FIRST_ENTRIES, staff_key=HV_STAFF,
        file_time=dt.datetime(2016, 2, 8, 11, 20),
        quirks=("superseded by the amended return",)),
    ChronologyReturn(
        key="hv", file="Health/HV Chronology DEMO-2016-01 v2 AMENDED.docx",
        agency_written="0-19 Service (Health Visiting)", date_completed="02/03/2016",
        completed_by="Claire Dunmore, Named Nurse",
        headings=("Date and time of contact", "Contact with child",
                  "Contact with parent(s)/carer(s)", "Communication with other agencies",
                  "Record/source", "Practitioner", "Comments / analysis"),
        entries=HV_ENTRIES, staff_key=HV_STAFF, file_time=dt.datetime(2016, 3, 2, 14, 55),
        quirks=("resubmission: two entries added, one changed", "line breaks in cells",
                "'March 2015'", "'not known'", "'31/02/2015'",
                "an empty date under a dated row")),
    ChronologyReturn(
        key="gp", file="Health/GP/Brookfield Surgery chronology.docx",
        agency_written="Brookfield Surgery", date_completed="",
        completed_by="Dr Linda Harris",
        headings=("Date / time", "Contact with patient (child)",
                  "Contact with parent / family", "Liaison with other agencies",
                  "Where recorded", "Clinician (initials)", "Comment"),
        entries=GP_ENTRIES, staff_key=GP_STAFF, file_time=dt.datetime(2016, 2, 18, 8, 30),
        quirks=("no 'Date completed' in the header block", "two-digit years",
                "rows before the period", "an entry with no staff initials")),
    ChronologyReturn(
        key="hospital", file="Acute Trust ED chronology 11.02.16.xlsx",
        agency_written="Acute Hospital Trust - Emergency Department",
        date_completed="11/02/2016", completed_by="Mary Okonjo, Named Nurse",
        headings=("Date", "Time", "Contact with child", "Contact with family",
                  "Communication with other agencies", "Source (system)", "Staff",
                  "Comment"),
        entries=HOSPITAL_ENTRIES, staff_key=HOSPITAL_STAFF, fmt="xlsx",
        file_time=dt.datetime(2016, 2, 11, 15, 10),
        quirks=("Excel: real date cells, a separate time column", "title rows above "
                "the heading", "a blank row", "near-duplicate entries")),
    ChronologyReturn(
        key="housing", file="Copy of Housing chronology (2).docx",
        agency_written="Housing Services (Landlord Services)", date_completed="16.02.2016",
        completed_by="Tom Bexley, Tenancy Services Manager",
        headings=("Date", "Child", "Parent / carer", "Agency communication", "Record",
                  "Officer", "Notes"),
        entries=HOUSING_ENTRIES, staff_key=HOUSING_STAFF,
        file_time=dt.datetime(2016, 2, 16, 12, 0),
        quirks=("headings in the landlord's words", "month-first '04/13/2015'",
                "a row before the period")),
    ChronologyReturn(
        key="school", file="Education/Oakfield Primary - SCR chronology final.docx",
        agency_written="Oakfield Primary School", date_completed="10/02/2016",
        completed_by="Mrs K Patel, Deputy Head (DSL)",
        headings=TEMPLATE_HEADINGS,
        entries=SCHOOL_ENTRIES, staff_key=SCHOOL_STAFF,
        file_time=dt.datetime(2016, 2, 10, 16, 45),
        quirks=("the board's template headings word for word", "a date with its weekday, "
                "'at 1430'", "'last week'", "a field and a hyperlink in cells",
                "the heading row repeated inside the table")),
)

# The header block labels each file uses (agency, date completed, person completing).
HEADER_LABELS: dict[str, tuple[str, str, str]] = {
    "police": ("Agency", "Date completed", "Name of person completing chronology"),
    "csc": ("Agency", "Date completed", "Name of person completing"),
    "hv-first": ("Organisation", "Date of completion", "Completed by"),
    "hv": ("Organisation", "Date of completion", "Completed by"),
    "gp": ("Agency", "Date completed", "Name of person completing chronology"),
    "hospital": ("Agency", "Date completed", "Name of person completing"),
    "housing": ("Agency", "Date submitted", "Name of person completing chronology"),
    "school": ("Name of agency", "Date completed", "Author"),
}

# A file that cannot be read: the GP practice sent a scanned letter as a PDF.
UNREADABLE_FILE = "Health/GP/GP letter.pdf"


def returns_by_key() -> dict[str, ChronologyReturn]:
    return {ret.key: ret for ret in RETURNS}


def all_entries() -> Iterator[tuple[ChronologyReturn, Entry]]:
    for ret in RETURNS:
        for entry in ret.entries:
            yield ret, entry


def shared_events() -> dict[str, set[str]]:
    """Event label -> keys of the returns (latest ones) that record it: the labelled set."""
    events: dict[str, set[str]] = {}
    for ret, entry in all_entries():
        if entry.event and ret.key != "hv-first":
            events.setdefault(entry.event, set()).add(ret.key)
    return {label: keys for label, keys in events.items() if len(keys) > 1}


# --- agency reports (Appendix 5) with action plans (Appendix 6) -----------------------
# Written as real reports are: they name the family in full, by first name, as 'Ms Smith'
# and 'Mr Carter', by initials and with possessives; they give dates of birth, the address,
# a phone number and an NHS number; they name relatives and practitioners who are not in
# the case key. The anonymiser must catch all of it before anything is published.

@dataclass(frozen=True)
class ReportStory:
    """One agency report: its section headings in the agency's own words and its text."""

    key: str
    file: str
    agency: str
    author: str                                   # as on the title page
    heading_style: str                            # "style", "bold", "numbered", "capitals"
    sections: tuple[tuple[str, str, tuple[str, ...]], ...]   # (key, heading, paragraphs)
    actions: tuple[tuple[str, ...], ...]          # Appendix 6 rows, `ACTION_COLUMNS` order
    page_header: str = ""
    comment: tuple[str, str, str] = ()            # (words it marks, comment, reviewer)
    family_table: tuple[tuple[str, str], ...] = ()   # the family key as a table
    file_time: dt.datetime = dt.datetime(2016, 3, 14, 12, 0)


ACTION_COLUMNS = ("", "Recommendation (*SMART)", "Action", "Lead", "Timescale", "Outcome",
                  "Progress", "Evidence")

_FAMILY_TABLE = (
    ("Child: Kayla Smith (Child X)", "Date of birth: 14/03/2013"),
    ("Ethnic origin: White British", "Religion: not documented"),
    ("Mother: Donna Smith", "Date of birth: 02/07/1994"),
    ("Mother's partner: Ryan Carter", "Date of birth: 19/11/1990"),
    ("Sibling: Jayden Smith", "Date of birth: 05/09/2010"),
)

REPORTS: tuple[ReportStory, ...] = (
    ReportStory(
        key="police", file="Agency reports/TVP Agency Report SCR Child KS final.docx",
        agency="Thames Valley Police", author="DI Sarah Quinlan, Public Protection "
        "Review Team", heading_style="bold",
        page_header="Thames Valley Police - RESTRICTED - Agency Report (Kayla Smith)",
        sections=(
            ("introduction", "Introduction", (
                "This agency report arises from a serious case review commissioned by the "
                "Safeguarding Children Board into the circumstances of the serious injuries "
                "suffered by Kayla Smith (born 14/03/2013) on 28 November 2015, and the "
                "response of the agencies involved, including Thames Valley Police.",)),
            ("author", "Author's Background", (
                "The author is a Detective Inspector in the Public Protection Review Team "
                "with twelve years' experience of child abuse investigation. She had no "
                "involvement with the family or in managing the officers concerned.",)),
            ("agency_background", "Agency Background Information", (
                "The force polices the county through local policing areas; domestic abuse "
                "and child abuse investigations are led by the Public Protection Unit and "
                "the Child Abuse Investigation Unit.",)),
            ("background", "Background", (
                "Kayla lived with her mother Donna Smith and her brother Jayden at 12 Acacia "
                "Avenue, Fernhill, Milton Keynes MK6 3AB. Her mother's partner Ryan Carter "
                "(DOB 19/11/1990) was known to police before the review period.",)),
            ("family", "Family Composition and Brief History of Family", (
                "The family key used in this report is set out in the table below.",)),
            ("methodology", "Methodology", (
                "The author read the incident logs, custody records and public protection "
                "notices, and spoke to PC Tom Jarvis and DS Michael Ellison.",)),
            ("involvement", "Thames Valley Police Involvement with this Child and Family", (
                "On 12 April 2014 officers attended 12 Acacia Avenue after a neighbour "
                "reported shouting. Ms Smith said she had argued with Mr Carter about money. "
                "A public protection notice was sent to the MASH two days later.",
                "On 8 November 2014 Donna called 999; Ryan was arrested for assaulting her. "
                "Jayden told PC Jarvis that \"Ryan shouted and pushed mummy\". The case was "
                "heard at MARAC and both children became subject to child protection plans.",
                "In February 2015 Donna withdrew her support for a prosecution and the case "
                "was closed. On 14 July 2015 officers attended a report of a couple arguing "
                "outside the house; nobody linked it to KS or her brother.",
                "On 28 November 2015 Kayla's admission with a head injury was reported by "
                "the hospital; Mr Carter and Ms Smith were arrested the next day.")),
            ("analysis", "Analysis of Involvement", (
                "The response to the two domestic incidents was prompt and the notices were "
                "shared within the force's timescales. Jayden's own words were recorded, "
                "which is good practice.",
                "The decision not to pursue a prosecution without Donna's support was not "
                "reviewed by a supervisor. The July 2015 incident was not linked to the "
                "family because the caller gave a neighbouring address; officers did not "
                "check who lived at number 12.")),
            ("learning", "What Have We Learnt?", (
                "Incidents in the street outside a known address need the same checks as "
                "incidents inside it.",
                "Good practice: the voice of the child was captured at the scene on "
                "8 November 2014.")),
            ("recommendations", "Recommendations for Action", (
                "1. Officers attending any incident near an address flagged for domestic "
                "abuse should check who lives there and whether children are subject to a "
                "plan.",
                "2. Every decision to take no further action on a high-risk domestic abuse "
                "case should be reviewed by a detective sergeant.")),
        ),
        actions=(
            ("1", "Officers attending incidents near a flagged address check the household "
             "and any child protection plan", "Add a flagged-address prompt to the "
             "command-and-control system", "Head of Contact Management", "30-09-2016",
             "No incident near a flagged address closes without a household check",
             "In progress", "Dip sample of 50 incidents"),
            ("2", "Every NFA decision on a high-risk domestic abuse case is reviewed by a "
             "detective sergeant", "Amend the domestic abuse investigation policy",
             "Detective Superintendent, Public Protection", "30-06-2016",
             "Supervisory review recorded on every high-risk case", "Complete",
             "Policy v4.2; audit report May 2016"),
        ),
        family_table=_FAMILY_TABLE),
    ReportStory(
        key="csc", file="Agency reports/CSC IMR - DEMO-2016-01 (draft 3).docx",
        agency="Children's Social Care", author="Gillian Marsh, Independent Reviewer",
        heading_style="style",
        page_header="Children's Social Care - Individual Management Review - CONFIDENTIAL",
        comment=("stepped down to Child in Need", "Please check this date against the "
                 "conference minutes - Donna Smith says she was not told.", "Anita Rowe"),
        sections=(
            ("introduction", "Purpose of this Report", (
                "This Individual Management Review examines the involvement of Children's "
                "Social Care with Kayla Smith, her brother Jayden Smith and their mother "
                "Donna between January 2014 and December 2015.",)),
            ("author", "Independence of the Reviewer", (
                "The reviewer is an independent social work consultant who has never worked "
                "for the local authority.",)),
            ("agency_background", "Context of the Organisation", (
                "Children's Social Care runs a Multi-Agency Safeguarding Hub, assessment and "
                "child protection teams, an Emergency Duty Team and Fernhill Family "
                "Centre.",)),
            ("background", "Summary of the Case", (
                "K.S. was two years and eight months old when she was admitted to hospital "
                "with a subdural haematoma and healing rib fractures. Her mother's partner "
                "Ryan Carter has since been charged.",)),
            ("family", "Genogram and Household", (
                "Kayla (DOB 14.03.2013) lived with her mother Donna Smith (DOB 02.07.1994) "
                "and her half-brother Jayden (DOB 05.09.2010). Ryan Carter is Kayla's "
                "father. Donna's mother, Pauline Hart, lives nearby and cared for Jayden "
                "after Kayla's admission.",)),
            ("methodology", "Sources of Information", (
                "The reviewer read the case records, conference minutes and supervision "
                "notes, and met the social worker Peter Okafor, the team manager and the "
                "conference chair.",)),
            ("involvement", "Narrative Chronology of Contact", (
                "After the first domestic incident in April 2014 the MASH gave Ms Smith "
                "Early Help advice; she declined an assessment. After the second incident "
                "in November 2014 a joint Section 47 enquiry was held and both children "
                "became subject to child protection plans for emotional abuse.",
                "Mr Okafor visited regularly. On 15 May 2015 he saw a bruise on Kayla's "
                "forehead; Ms Smith said she had fallen against a table. No medical opinion "
                "was sought. On 24 June 2015 the plans were ended and the children were "
                "stepped down to Child in Need; the case closed on 30 September 2015.")),
            ("analysis", "Critical Analysis", (
                "The decision to end the plans rested on Donna's account that Mr Carter "
                "was not a risk. The school's concern that he was living at the house, and "
                "the boots seen in the hallway, were not weighed against that account.",
                "Jayden's wishes and feelings were recorded well; Kayla was too young to "
                "say what life was like and her experience was not observed closely.")),
            ("learning", "Lessons Learned", (
                "When a new adult may have joined the household, practitioners must find "
                "out who he is before any plan is ended.",
                "Good practice: Jayden was seen alone on every statutory visit.")),
            ("recommendations", "Single Agency Recommendations", (
                "1. Any injury to a child on a plan is assessed by a paediatrician.",
                "2. A child protection plan is not ended while a partner's presence in the "
                "household is disputed.")),
        ),
        actions=(
            ("1", "Any injury to a child on a child protection plan is assessed by a "
             "paediatrician", "Revise the bruising protocol and brief all teams",
             "Head of Safeguarding", "31-07-2016", "Every injury has a medical opinion",
             "Not started", "Case audit"),
            ("2", "No plan ends while a partner's presence in the household is disputed",
             "Add a household composition check to review conference reports",
             "Principal Social Worker", "31-10-2016", "Conference reports show the check",
             "In progress", "Conference chair audit"),
            ("3", "Closure of a Child in Need plan follows a multi-agency review meeting",
             "Amend the closure procedure", "Service Manager", "30-09-2016",
             "No closure without a review meeting", "Not started", ""),
        )),
    ReportStory(
        key="hv", file="Agency reports/0-19 Service agency report v2.docx",
        agency="Health Visiting Service", author="Claire Dunmore, Named Nurse for "
        "Safeguarding Children", heading_style="numbered",
        page_header="0-19 Service (Health Visiting) - Agency Report - Child KS",
        sections=(
            ("introduction", "Introduction", (
                "This report sets out the involvement of the health visiting service with "
                "Kayla Smith and her family for the serious case review.",)),
            ("author", "Author's Background", (
                "The author is the Named Nurse for Safeguarding Children and a registered "
                "health visitor; she did not supervise the health visitors concerned.",)),
            ("agency_background", "Agency Background Information", (
                "The 0-19 Service provides the Healthy Child Programme to every family with "
                "children under five.",)),
            ("background", "Background", (
                "Kayla's family transferred in from another area in January 2014. Her NHS "
                "number is 945 807 3022. Her mother can be reached on 07700 900461.",)),
            ("family", "Family Composition and Brief History of Family", (
                "Child: Kayla Smith, date of birth 14th March 2013.",
                "Mother: Donna Smith, date of birth 2nd July 1994.",
                "Sibling: Jayden Smith. Mother's partner: Ryan Carter.")),
            ("methodology", "Methodology", (
                "The author read the SystmOne records and met Jane Brown, the health "
                "visitor, and the covering health visitor.",)),
            ("involvement", "Health Visiting Involvement with this Child and Family", (
                "Jane Brown saw Kayla at home in February and March 2014; the one-year "
                "review found her development within normal limits. Donna's low mood was "
                "recognised and she was referred to her GP.",
                "After Kayla's scald in July 2014 the health visitor visited within a week "
                "and gave safety advice. From February to June 2015 the health visitor was "
                "on sick leave and the caseload was not reallocated: Kayla, then on a child "
                "protection plan, was not seen for more than three months.",
                "In June 2015 the new health visitor met Mr Carter at the home; he was "
                "introduced as a friend. Kayla's speech was delayed.")),
            ("analysis", "Analysis of Involvement", (
                "Routine enquiry about domestic abuse was made, which is good practice. The "
                "failure to reallocate children on plans during sick leave left KS without "
                "a health professional for a quarter of a year.",)),
            ("learning", "What Have We Learnt?", (
                "Caseloads of absent health visitors must be reviewed within a week, "
                "starting with children on child protection plans.",)),
            ("recommendations", "Recommendations for Action", (
                "1. Children on child protection plans are reallocated within five working "
                "days of a health visitor's absence.",)),
        ),
        actions=(
            ("1", "Children on child protection plans are reallocated within five working "
             "days of a health visitor's absence", "Write a caseload cover standard",
             "Head of 0-19 Service", "31-05-2016", "No child on a plan without a named "
             "health visitor", "Complete", "Standard approved April 2016"),
            ("2", "A new adult seen in the home is recorded and shared with the social "
             "worker", "Add a household member field to the contact template",
             "Named Nurse", "31-08-2016", "Households recorded at every contact",
             "In progress", "Template change request HV-112"),
        ),
        family_table=()),
    ReportStory(
        key="hospital", file="Agency reports/Acute Hospital Trust - Agency Report.docx",
        agency="Acute Hospital Trust", author="Mary Okonjo, Named Nurse Safeguarding "
        "Children", heading_style="capitals",
        page_header="Acute Hospital Trust - Agency Report - Private and Confidential",
        sections=(
            ("introduction", "Introduction", (
                "The Trust was asked to review its contact with Kayla Smith and her brother "
                "Jayden for the serious case review.",)),
            ("author", "Author's Background", (
                "The author is the Trust's Named Nurse for Safeguarding Children.",)),
            ("agency_background", "Agency Background Information", (
                "The Trust runs the emergency department, the children's ward and "
                "outpatient services for the town.",)),
            ("background", "Background", (
                "Kayla was born at the Trust on 14 March 2013.",)),
            ("family", "Family Composition and Brief History of Family", (
                "See the family key in Appendix 1.",)),
            ("methodology", "Methodology", (
                "The author read the emergency department, ward and radiology records.",)),
            ("involvement", "Acute Hospital Trust Involvement with this Child and Family", (
                "On 19 July 2014 Kayla, then sixteen months old, attended the emergency "
                "department with her mother with a scald to her right hand. Ms Smith's "
                "account was consistent and the safeguarding checklist was completed.",
                "On 28 November 2015 Kayla was brought by ambulance with a head injury; "
                "Donna said she had fallen down the stairs and Mr Carter was present. A CT "
                "scan showed a subdural haematoma and the police and the Emergency Duty "
                "Team were told within the hour. A skeletal survey found healing rib "
                "fractures.")),
            ("analysis", "Analysis of Involvement", (
                "The scald in 2014 was correctly judged accidental, but the Trust did not "
                "ask whether the family had a social worker. Kayla's missed audiology "
                "appointment in 2015 was reported only to the GP.",)),
            ("learning", "What Have We Learnt?", (
                "Good practice: the referral on 28 November 2015 was made within an hour.",
                "Was-not-brought letters for children on plans should also go to the "
                "social worker.")),
            ("recommendations", "Recommendations for Action", (
                "1. The emergency department checks the child protection information system "
                "for every child who attends.",)),
        ),
        actions=(
            ("1", "The emergency department checks the child protection information system "
             "for every child who attends", "Make the check a mandatory field at triage",
             "Clinical Director, Emergency Medicine", "31-12-2016",
             "Every attendance shows the check", "Not started", "Monthly audit"),
        )),
)

TERMS_OF_REFERENCE_FILE = "Terms of Reference - DEMO-2016-01.docx"
TERMS_OF_REFERENCE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Serious Case Review DEMO-2016-01: Terms of Reference", ()),
    ("Why this review", (
        "On 28 November 2015 Kayla Smith, aged two, was admitted to hospital with a head "
        "injury and healing fractures. The Safeguarding Children Board's serious case "
        "review subgroup decided on 14 December 2015 that the criteria for a serious case "
        "review were met.",)),
    ("Scope", (
        "The review covers the involvement of agencies with Kayla, her brother Jayden, "
        "their mother Donna Smith and her partner Ryan Carter from 1 January 2014 to "
        "31 December 2015. Significant events before that period may be summarised.",)),
    ("Agencies asked for a chronology and an agency report", (
        "Thames Valley Police; Children's Social Care; Health Visiting Service; General "
        "Practice (chronology only); Acute Hospital Trust; Housing Services (chronology "
        "only); Oakfield Primary School (chronology only).",)),
    ("Key lines of enquiry", (
        "1. How well did agencies share information about new adults in the household?",
        "2. Was Kayla seen, and was her daily experience understood?",
        "3. How were decisions to end the child protection plans reached?",
        "4. Were professional disagreements escalated?",
        "5. What was the impact of staff absence on the services the children received?")),
    ("How the family is named", (
        "In all reports for publication the child is 'Child X', her mother 'Mother', "
        "Mr Carter 'Adult Male 1' and Jayden 'Sibling 1'.",)),
    ("Panel", (
        "Independent chair; Detective Superintendent, Public Protection; Head of "
        "Safeguarding, Children's Social Care; Designated Nurse; Named GP; Head of Housing "
        "Services; Education Safeguarding Lead.",)),
    ("Timescales", (
        "Chronologies by 15 February 2016; agency reports by 15 March 2016.",)),
)
