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


# The test layout README's layout section describes: tests/<package>/test_<module>.py after
# the module tested (test_<module>_<aspect>.py for a second file), whole runs in tests/e2e/.
TESTS = Path(__file__).parent
PIPELINE = TESTS.parent / "pipeline"
NOT_A_MODULE = {"test_docs.py": "README.md and the Makefile",
                "test_realdocs.py": "tests/realdocs.py",
                "test_heading_figures.py": "tests/heading_figures.py",
                "test_publish_scorer.py": "tests/builders/adversarial.py's scorer"}


def test_every_test_file_is_named_after_what_it_tests():
    misplaced = []
    for path in sorted(TESTS.rglob("test_*.py")):
        folder = path.parent.relative_to(TESTS)
        if folder.parts[:1] in (("e2e",), ("builders",)) or path.name in NOT_A_MODULE:
            continue
        package = PIPELINE / folder
        modules = {p.stem.lstrip("_") for p in package.glob("*.py") if p.stem != "__init__"}
        modules |= {package.name} if folder.parts else set()
        name = path.stem.removeprefix("test_")
        if not package.is_dir() or not any(name == m or name.startswith(m + "_")
                                           for m in modules):
            misplaced.append(path.relative_to(TESTS).as_posix())
    assert not misplaced, f"not after a module of pipeline/: {misplaced}"


def test_no_test_imports_another_test_module():
    pattern = re.compile(r"^\s*(?:from|import)\s+tests(?:\.\w+)*\.(?:test_\w+|conftest)\b", re.M)
    offenders = [path.relative_to(TESTS).as_posix() for path in sorted(TESTS.rglob("*.py"))
                 if pattern.search(path.read_text(encoding="utf-8"))]
    assert not offenders, f"move what they share into tests/builders/: {offenders}"


def test_every_folder_of_tests_is_a_package():
    folders = {path.parent for path in TESTS.rglob("test_*.py")}
    assert all((folder / "__init__.py").is_file() for folder in folders)
