"""The suites' second process is forked before the stages' modules are imported, and holds
Great Expectations, pandas and the suites' module, not the outputs' libraries; the run's
own process imports neither Great Expectations nor pandas, nor matplotlib (the second
process draws the pictures). Each test runs a
fresh interpreter: this test session has imported everything already."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WATCHED = ("pipeline.run", "pipeline.assemble", "pipeline.ingest", "pandas", "matplotlib",
           "great_expectations")


def fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_the_command_line_forks_it_before_importing_the_stages(tmp_path):
    seen = fresh(f"""
import sys
from pipeline import second_process
seen = []
started = second_process.SecondProcess.__init__
def recorded(self):
    seen.append([name for name in {WATCHED!r} if name in sys.modules])
    started(self)
second_process.SecondProcess.__init__ = recorded
from pipeline.cli import main
main(["merge", "demo", "--outputs", {str(tmp_path)!r}, "--no-protect"])
print([seen, [name for name in ("pandas", "great_expectations", "matplotlib")
              if name in sys.modules]])
""")
    forked_with, after_the_run = ast.literal_eval(seen)
    assert forked_with == [[]]
    # The suites ran there, and the pictures were drawn there: this process never needed
    # the suites' pandas frames, nor matplotlib.
    assert after_the_run == []
    for name in ("merged_chronology.docx", "timeline.png", "genogram.png"):
        assert (tmp_path / "demo" / name).is_file()


def test_it_imports_great_expectations_and_not_the_outputs_libraries():
    held = fresh("""
import sys
from pipeline import second_process
with second_process.started() as second:   # its first job imports what the suites need
    print(second.submit(eval, "sorted(__import__('sys').modules)").result())
assert "pandas" not in sys.modules           # this process imported none of it
""")
    modules = set(ast.literal_eval(held))
    assert {"great_expectations", "pandas", "pipeline.validate.dataframes"} <= modules
    assert not modules & {"pipeline.run", "pipeline.assemble", "matplotlib", "docxtpl"}
