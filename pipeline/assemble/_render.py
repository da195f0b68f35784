"""What a renderer returns, and the outputs of a run built so far (each built once)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.model import CaseRun, Finding

# A final check of one file as written (read back, decrypted): the findings that
# withdraw it, [] to keep it.
Check = Callable[[bytes], list[Finding]]


@dataclass
class Rendered:
    """One output's files (name -> plain bytes; none when there is nothing to write), the
    findings it made, the replacements it made when anonymised (for
    anonymisation_report.xlsx), and the checks its files must pass once written."""

    files: dict[str, bytes] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    replacements: list = field(default_factory=list)
    checks: dict[str, Check] = field(default_factory=dict)


Renderer = Callable[[CaseRun, "Built"], Rendered]


@dataclass(frozen=True)
class Output:
    """One entry of the registry: the output's name and its renderer."""

    name: str
    render: Renderer


def single(name: str, build: Callable[[CaseRun], bytes]) -> Renderer:
    """The renderer of an output that is one file made by `build(run)`."""
    def render(run: CaseRun, built: Built) -> Rendered:
        return Rendered({name: build(run)})

    return render


class Built:
    """The outputs of one run, each rendered once, on first use: an output that embeds
    another (the overview embeds the timeline and the Word chronology) gets the same
    bytes that are written."""

    def __init__(self, run: CaseRun, outputs: tuple[Output, ...],
                 drawings: dict[str, bytes] | None = None):
        self.run = run
        self._renderers = {output.name: output.render for output in outputs}
        self._rendered: dict[str, Rendered] = {}
        self._drawings = dict(drawings or {})

    def rendered(self, name: str) -> Rendered:
        if name not in self._rendered:
            self._rendered[name] = self._renderers[name](self.run, self)
        return self._rendered[name]

    def file(self, output: str, file: str | None = None) -> bytes | None:
        """The plain bytes of `file` (default: the file named like the output) of
        `output`, rendered now if it was not yet; None when it made no such file."""
        return self.rendered(output).files.get(file or output)

    def drawing(self, name: str, draw: Callable[[], bytes]) -> bytes:
        """The picture `name` as drawn already elsewhere (the run's second process), else
        `draw()` now."""
        if name not in self._drawings:
            self._drawings[name] = draw()
        return self._drawings[name]

    def put(self, name: str, rendered: Rendered) -> None:
        """An output rendered elsewhere (a second process) taken as this run's."""
        self._rendered[name] = rendered
