"""Stage 5: the outputs. `OUTPUTS` is the registry: each output's name and its renderer.

A renderer is `render(run, built) -> Rendered`: the output's files as plain bytes (name ->
bytes), the findings it made, and for an anonymised document the replacements made and the
check its file must pass once written. `built` gives the bytes of any other output, built
once: the overview embeds the very timeline and Word chronology that are written.

`assemble` is the one writer: it renders each output in registry order and writes every
file through the run's Staging (protected, owner-only, hashed; published when the run
ends well). A file that fails its check once written (a leak found in the file as read
back) is withdrawn: the run ends with the other outputs and the check's error finding.
The outputs that list findings come after every output that may make one; the manifest
comes last, so it holds the hash of every other file.

The anonymised documents and their report are named in PUBLISHED with their modules,
imported when a case first has agency reports: they bring the anonymiser and its lists.

To add an output: write its module with `build(run) -> bytes` and add one line here,
`Output(NAME, single(NAME, module.build))`; an output of several files, or one that uses
another output or makes findings, gives a `render(run, built) -> Rendered` instead.

The outputs in BESIDE are rendered by a forked child (_beside.py) while this process
renders the others; their renderings are used only if no other output made a finding
meanwhile (they list the findings), else they are rendered again here.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable

from pipeline import received
from pipeline.assemble import (
    _beside,
    action_plan,
    chronology_csv,
    chronology_docx,
    chronology_xlsx,
    feedback,
    genogram,
    key_episodes,
    manifest,
    timeline,
    validation_report,
)
from pipeline.assemble._render import Built, Output, Rendered, Renderer, single
from pipeline.drawing import genogram as family_drawing
from pipeline.drawing import timeline as timeline_drawing
from pipeline.merge import history
from pipeline.model import CaseRun
from pipeline.outputs import Staging

__all__ = ["OUTPUTS", "Built", "Drawing", "Output", "Rendered", "assemble", "single", "to_draw"]

log = logging.getLogger(__name__)
# A picture to draw: the function that draws it (its PNG bytes) and what from.
Drawing = tuple[Callable[..., bytes], tuple]
# The debug line each output leaves (bench/bench_merge.py reads it).
RENDER_TIME = "assemble: %s rendered in %.2f s"


def _received(run: CaseRun, built: Built) -> Rendered:
    """The days the case's files were first received, when a file is new this run."""
    register = run.received_register
    return Rendered({received.RECEIVED: register} if register is not None else {})


def _previous_merge(run: CaseRun, built: Built) -> Rendered:
    """This merge's row fingerprints, for the next run to mark what is new."""
    return Rendered({history.PREVIOUS_MERGE: history.record(run.case.reference,
                                                             run.fingerprints)})


# The anonymised documents and their report, by module: each imports the anonymiser and
# its word lists (a fifth of the stages' import), so they are imported when a case first
# has agency reports to publish, never for a case without them.
OVERVIEW, SUMMARY, ANONYMISATION_REPORT = (
    "overview_draft.docx", "executive_summary.docx", "anonymisation_report.xlsx")
PUBLISHED = {OVERVIEW: "pipeline.assemble.overview",
             SUMMARY: "pipeline.assemble.executive_summary",
             ANONYMISATION_REPORT: "pipeline.assemble.anonymisation_report"}


def _when_reports_are_in(name: str) -> Renderer:
    """The renderer of the anonymised output `name`: nothing without agency reports."""
    def render(run: CaseRun, built: Built) -> Rendered:
        if not run.reports:
            log.info("no agency reports: %s not written", name)
            return Rendered()
        return importlib.import_module(PUBLISHED[name]).render(run, built)

    return render


OUTPUTS = (
    Output(timeline.NAME, timeline.render),
    Output(genogram.NAME, genogram.render),
    Output(key_episodes.NAME, single(key_episodes.NAME, key_episodes.build)),
    Output(chronology_docx.NAME, chronology_docx.render),
    Output(action_plan.NAME, action_plan.render),
    Output(OVERVIEW, _when_reports_are_in(OVERVIEW)),
    Output(SUMMARY, _when_reports_are_in(SUMMARY)),
    Output(ANONYMISATION_REPORT, _when_reports_are_in(ANONYMISATION_REPORT)),
    # These list findings, so they follow every output that may make one; the letters
    # and the records of this run before the two rendered beside, so this process makes
    # them meanwhile.
    Output(chronology_csv.NAME, chronology_csv.render),
    Output(feedback.NAME, feedback.render),
    Output(received.RECEIVED, _received),
    Output(history.PREVIOUS_MERGE, _previous_merge),
    Output(chronology_xlsx.NAME, single(chronology_xlsx.NAME, chronology_xlsx.build)),
    Output(validation_report.NAME, validation_report.render),
    Output(manifest.NAME, manifest.render),
)
# Rendered by a second process while the others are rendered here: together they take
# about as long as the rest (bench/bench_merge.py prints each output's time).
BESIDE = (chronology_xlsx.NAME, validation_report.NAME)


def assemble(run: CaseRun, staging: Staging, outputs: tuple[Output, ...] | None = None,
             drawings: dict[str, bytes] | None = None) -> None:
    """Render and write `outputs` (by default every output) in order; their hashes go to
    run.outputs and their findings to run.findings. `drawings` holds pictures drawn
    already, elsewhere (by the run's second process), by name (see `to_draw`)."""
    outputs = OUTPUTS if outputs is None else outputs
    # The outputs given replace their namesakes.
    built = Built(run, (*OUTPUTS, *outputs), drawings)
    beside = [name for name in BESIDE if any(o.name == name for o in outputs)]
    collect = _beside.start(built, beside) if beside else None
    findings_before = len(run.findings)
    for output in outputs:
        if output.name in beside and collect is not None:
            rendered = collect(output.name)
            if rendered is not None and len(run.findings) == findings_before:
                built.put(output.name, rendered)           # rendered with every finding
        began = time.perf_counter()
        rendered = built.rendered(output.name)
        log.debug(RENDER_TIME, output.name, time.perf_counter() - began)
        _write(run, staging, rendered)


def to_draw(run: CaseRun, *, merged: bool) -> dict[str, Drawing]:
    """The pictures the outputs will embed, each as the function that draws it and what
    it is drawn from (plain data, for another process), by the name `Built.drawing`
    knows it by: before merge (`merged` False) those drawn from case.toml, after it the
    timeline."""
    if merged:
        return {timeline.NAME: (timeline_drawing.draw, (timeline.picture(run),))}
    drawings: dict[str, Drawing] = {}
    if genogram.has_family(run):
        drawings[genogram.NAME] = (family_drawing.draw,
                                   genogram.drawn_from(run, pseudonyms=False))
    if run.reports and genogram.has_relations(run):
        drawings[genogram.PSEUDONYMS] = (family_drawing.draw,
                                         genogram.drawn_from(run, pseudonyms=True))
    return drawings


def _write(run: CaseRun, staging: Staging, rendered: Rendered) -> None:
    """Each file staged and hashed; one whose check fails once written is withdrawn."""
    run.findings.extend(rendered.findings)
    for name, content in rendered.files.items():
        kept = staging.keep(name) if name in run.outputs_kept else None
        if kept is not None:
            run.outputs[name] = kept
            continue
        run.outputs[name] = staging.write(name, content)
        check = rendered.checks.get(name)
        failed = check(staging.read_back(name)) if check else []
        if failed:
            staging.withdraw(name)
            del run.outputs[name]
            run.findings.extend(failed)
            log.error("%s withdrawn: it failed its check once written", name)
