"""One colour per agency, shared by the Word key, the workbook and the timeline.

Paul Tol's "light" scheme: distinct for people with the common colour-vision
deficiencies, light enough for black text at a contrast of at least 7:1 (WCAG AAA;
tests/assemble/test_chronology_docx.py checks each colour and its row tint), and it prints as
distinct greys.
"""

from __future__ import annotations

from pipeline.model import CaseRun

PALETTE = ("77AADD", "EE8866", "EEDD88", "FFAABB", "99DDFF", "44BB99", "BBCC33",
           "AAAA00", "DDDDDD")
HEADER_FILL = "D9D9D9"


def agency_colours(run: CaseRun) -> dict[str, str]:
    """Each agency's colour ("RRGGBB"): case.toml agencies first, then any other agency
    in the merged rows, in order of appearance."""
    names = dict.fromkeys([agency.name for agency in run.case.agencies]
                          + [row.agency for row in run.merged])      # each once, in order
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}


def tint(colour: str, share: float = 0.5) -> str:
    """`colour` mixed with white (`share` of the colour kept): a row's background."""
    channels = [int(colour[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - (255 - c) * share):02X}" for c in channels)


def contrast_with_black(colour: str) -> float:
    """WCAG 2 contrast ratio of black text on `colour` (1 to 21)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(int(colour[i:i + 2], 16)) for i in (0, 2, 4))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return (luminance + 0.05) / 0.05
