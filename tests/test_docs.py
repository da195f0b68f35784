"""The README and the command line agree: every option and command is documented."""

import re
from pathlib import Path

from pipeline.cli import build_parser

README = (Path(__file__).parent.parent / "README.md").read_text()


def _options(parser):
    for action in parser._actions:
        yield from action.option_strings
        for sub in getattr(action, "choices", None) or {}:
            if hasattr(action.choices[sub], "_actions"):
                yield sub
                yield from _options(action.choices[sub])


def test_every_option_is_in_the_readme():
    missing = {o for o in _options(build_parser())
               if o not in ("-h", "--help") and o not in README}
    assert not missing, f"README.md does not mention {sorted(missing)}"


def test_every_make_target_in_help_is_in_the_readme():
    makefile = (Path(__file__).parent.parent / "Makefile").read_text()
    targets = re.findall(r"^([a-z]+):.*## ", makefile, flags=re.M)
    assert {"merge", "test"} <= set(targets)
    assert all(f"make {t}" in README for t in targets if t not in ("install", "clean")), targets


def test_every_finding_code_is_explained_in_the_readme():
    from pipeline.findings import CATALOGUE, markdown_table

    assert markdown_table() in README, "paste markdown_table() into README.md again"
    assert all(f"`{code}`" in README for code in CATALOGUE)


def test_verbose_before_or_after_the_command():
    parser = build_parser()
    assert parser.parse_args(["-v", "merge", "demo"]).verbose == 1
    assert parser.parse_args(["merge", "demo", "-vv"]).verbose == 2
    assert parser.parse_args(["merge", "demo"]).verbose == 0
