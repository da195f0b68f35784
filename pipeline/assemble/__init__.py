"""Stage 5: the documents. One module per output; `OUTPUTS` lists them in writing order.

The manifest is written last, so it can hold the hash of every other output.
"""

from __future__ import annotations

from pipeline.assemble import manifest
from pipeline.model import CaseRun

OUTPUTS = (
    manifest.write,
)


def assemble(run: CaseRun) -> None:
    for write in OUTPUTS:
        write(run)
