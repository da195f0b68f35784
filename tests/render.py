"""Word outputs as their readers see them: PDF by LibreOffice, then text and pictures of the
pages by poppler. Tests only (the pipeline never needs these tools): tests/e2e/test_rendered.py
uses it and skips where the tools are absent.

By hand, to look at the pages of a case's outputs (written with --no-protect):

    python -m tests.render outputs/demo /tmp/pages      # a PDF and 60-dpi PNGs of each
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TOOLS = ("soffice", "pdfinfo", "pdftotext", "pdftoppm")


def available() -> bool:
    return all(shutil.which(tool) for tool in TOOLS)


def to_pdf(files: list[Path], out: Path) -> dict[Path, Path]:
    """Each Word file as PDF in `out`, by LibreOffice with a profile of its own (so runs
    beside another LibreOffice do not clash); PDF names are made unique."""
    out.mkdir(parents=True, exist_ok=True)
    pdfs = {}
    with tempfile.TemporaryDirectory() as work:
        sources = Path(work) / "in"
        sources.mkdir()
        copies = []
        for number, file in enumerate(files):
            copy = sources / f"{number:03d} {file.stem}.docx"
            shutil.copyfile(file, copy)
            copies.append(copy)
            pdfs[file] = out / f"{copy.stem}.pdf"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile",
                        "--headless", "--convert-to", "pdf", "--outdir", str(out),
                        *map(str, copies)], check=True, capture_output=True, timeout=600)
    return pdfs


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines()
                    if line.startswith("Pages:")))


def text(pdf: Path, *, layout: bool = False, box: tuple[float, float, float, float] | None = None
         ) -> list[str]:
    """The text of each page; `box` (x, y, width, height in points) reads only that part
    of each page."""
    command = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
    if box:
        resolution = 72                  # so the box is in points
        x, y, width, height = (str(round(v)) for v in box)
        command += ["-r", str(resolution), "-x", x, "-y", y, "-W", width, "-H", height]
    found = subprocess.run([*command, str(pdf), "-"], check=True, capture_output=True,
                           text=True)
    return found.stdout.split("\f")[:pages(pdf)]


def pictures(pdf: Path, out: Path, dpi: int = 60) -> list[Path]:
    """Each page as a PNG in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(out / pdf.stem)],
                   check=True, capture_output=True, timeout=600)
    return sorted(out.glob(f"{pdf.stem}*.png"))


def main(folder: Path, out: Path) -> None:
    files = sorted(folder.rglob("*.docx"))
    for source, pdf in to_pdf(files, out).items():
        count = pages(pdf)
        pictures(pdf, out)
        print(f"{source.relative_to(folder)}: {count} page{'s' if count != 1 else ''}, "
              f"pictures in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
