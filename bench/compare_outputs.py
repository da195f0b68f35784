"""A case's outputs at two commits (or one commit and this tree), compared.

    python -m bench.compare_outputs snapshot OUT.json [--commit REV] [--case DIR]
    python -m bench.compare_outputs diff A.json B.json [--any-order]
    python -m bench.compare_outputs REV [--case DIR]   # REV against this working tree

A snapshot runs `python -m pipeline merge demo` on the commit's own code and inputs (a
`git archive` of REV in a temporary folder; this tree when no commit is given; file
times set by the demo's script, as `make demo` does); with `--case DIR`, it merges a
copy of that case folder instead (its files' times kept), the same folder at both
commits, e.g. the bench's case (bench/bench_merge.py's build_case). It then
decrypts every output with the case password (case.toml's, else $CASE_PASSWORD, else
its reference) and keeps what a person would compare:
each Word and Excel part's XML (properties with the run's time left out; a picture
in it by its pixels), the manifest
and the previous-merge fingerprints, the HTML report's text, and the picture's pixels.
Only msoffcrypto, zipfile, lxml and Pillow read the outputs: nothing of the pipeline
checks itself. The diff names every output and part that differs, with an excerpt;
`--any-order` compares them with their lines sorted (an order of findings changed on
purpose, nothing else).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from pathlib import Path

import msoffcrypto
from lxml import etree
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
CASE_HELP = ("a case folder (case.toml and its returns) to merge instead of the demo, "
             "the same at both commits")
# What changes from one run to the next whatever the code: the time of the run, the
# random salt of the protected files (so their hashes), the process's own timings.
_VOLATILE_PARTS = {"docProps/core.xml"}
_VOLATILE_KEYS = {"sha256", "seconds", "started", "finished", "written_at", "created"}


def snapshot(commit: str | None, case: Path | None = None) -> dict[str, object]:
    """Output name -> its comparable content, for the demo case (or the case folder
    `case`) merged at `commit`."""
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree"
        if commit:
            tree.mkdir()
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit],
                                     check=True, capture_output=True).stdout
            tarfile.open(fileobj=io.BytesIO(archive)).extractall(tree, filter="data")
        else:
            tree = ROOT
        inputs, outputs = Path(folder) / "inputs", Path(folder) / "outputs"
        environment = {**os.environ, "PYTHONPATH": str(tree)}
        name = case.name if case else "demo"
        # copytree keeps each file's time, which says when the agency sent it.
        shutil.copytree(case or tree / "inputs" / "demo", inputs / name)
        if not case:    # the demo's script gives each file that time (git does not)
            subprocess.run([sys.executable, "-m", "tests.builders.demo_case",
                            str(inputs / name)],
                           cwd=tree, env=environment, check=True, capture_output=True)
        done = subprocess.run([sys.executable, "-m", "pipeline", "merge", name, "--inputs",
                               str(inputs), "--outputs", str(outputs)],
                              cwd=tree, env=environment, capture_output=True, text=True)
        if done.returncode not in (0, 1):
            raise SystemExit(f"the merge at {commit or 'this tree'} failed:\n{done.stderr}")
        password = case_password(inputs / name / "case.toml")
        found = {"summary": _summary_lines(done.stdout)}
        for path in sorted((outputs / name).rglob("*")):
            if path.is_file() and path.name != ".lock":
                found[path.relative_to(outputs / name).as_posix()] = _content(path, password)
        return found


def case_password(case_toml: Path) -> str:
    """The password the outputs are protected with, read here from case.toml itself
    (SPEC.md's rule: its password, else $CASE_PASSWORD, else its reference)."""
    settings = tomllib.loads(case_toml.read_text(encoding="utf-8"))
    return (settings.get("password") or os.environ.get("CASE_PASSWORD")
            or settings["reference"])


def _summary_lines(text: str) -> list[str]:
    """The terminal summary, without the temporary folder's name."""
    return [re.sub(r"^Outputs: .*", "Outputs: <folder>", line.rstrip())
            for line in text.splitlines() if line.strip()]


def _content(path: Path, password: str) -> object:
    data = path.read_bytes()
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        office.load_key(password=password)
        plain = io.BytesIO()
        office.decrypt(plain)
        data = plain.getvalue()
    if data.startswith(b"PK"):
        archive = zipfile.ZipFile(io.BytesIO(data))
        return {name: _picture(archive.read(name)) if name.endswith(".png")
                else _part(archive.read(name)) for name in sorted(archive.namelist())
                if name not in _VOLATILE_PARTS}
    if path.suffix == ".json":
        content = _without_volatile(json.loads(data))
        if path.name == "manifest.json":     # the outputs' hashes change with each salt
            content["outputs"] = sorted(content.get("outputs", {}))
        return content
    if path.suffix == ".png":
        return _picture(data)
    if path.suffix == ".html":
        return _html_text(data)
    return hashlib.sha256(data).hexdigest()


def _picture(data: bytes) -> dict[str, object]:
    """A picture as a person sees it: its size and pixels (not how it is compressed)."""
    image = Image.open(io.BytesIO(data))
    return {"size": list(image.size),
            "pixels": hashlib.sha256(image.convert("RGBA").tobytes()).hexdigest()}


def _part(content: bytes) -> str:
    """An XML part as canonical text, one element a line (diffs stay readable); other
    parts by hash."""
    try:
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False,
                                                         no_network=True))
    except etree.XMLSyntaxError:
        return "sha256:" + hashlib.sha256(content).hexdigest()
    text = etree.tostring(root, method="c14n").decode("utf-8")
    return re.sub(r">\s*<", ">\n<", text)


def _html_text(data: bytes) -> list[str]:
    root = etree.fromstring(data, etree.HTMLParser())
    lines = ("".join(element.itertext()).strip() for element in root.iter("tr", "p", "h1",
                                                                       "h2", "h3", "li"))
    return [line for line in lines if line]


def _without_volatile(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_volatile(v) for k, v in value.items() if k not in _VOLATILE_KEYS}
    if isinstance(value, list):
        return [_without_volatile(v) for v in value]
    return value


def in_any_order(value: object) -> object:
    """`value` with every list and every XML part's lines sorted, and cell references
    left out: equal when only the order of rows (findings, letters' lines) differs."""
    if isinstance(value, dict):
        return {k: in_any_order(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((in_any_order(v) for v in value), key=json.dumps)
    if isinstance(value, str) and "\n" in value:
        return "\n".join(sorted(re.sub(r' r="[A-Z]+\d+"', "", line)
                                for line in value.splitlines()))
    return value


def differences(before: dict, after: dict) -> list[str]:
    """One paragraph per output (or part) that differs, with a short unified diff."""
    report = []
    for name in sorted(set(before) | set(after)):
        if name not in before or name not in after:
            report.append(f"{name}: only {'after' if name in after else 'before'}")
            continue
        old, new = before[name], after[name]
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict) and all(
                isinstance(v, str) for v in (*old.values(), *new.values())):
            for part in sorted(set(old) | set(new)):
                if old.get(part) != new.get(part):
                    report.append(_excerpt(f"{name} {part}", old.get(part, ""),
                                           new.get(part, "")))
        else:
            report.append(_excerpt(name, json.dumps(old, indent=1, sort_keys=True),
                                   json.dumps(new, indent=1, sort_keys=True)))
    return report


def _excerpt(title: str, old: object, new: object, lines: int = 12) -> str:
    old_lines = old.splitlines() if isinstance(old, str) else [json.dumps(old)]
    new_lines = new.splitlines() if isinstance(new, str) else [json.dumps(new)]
    diff = list(difflib.unified_diff(old_lines, new_lines, lineterm="", n=1))[2:]
    more = f"\n  ... {len(diff) - lines} more diff lines" if len(diff) > lines else ""
    return f"{title}:\n  " + "\n  ".join(line[:160] for line in diff[:lines]) + more


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare_outputs")
    commands = parser.add_subparsers(dest="command")
    take = commands.add_parser("snapshot")
    take.add_argument("file", type=Path)
    take.add_argument("--commit")
    take.add_argument("--case", type=Path, help=CASE_HELP)
    compare = commands.add_parser("diff")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--any-order", action="store_true",
                         help="ignore the order of rows, findings and lines")
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] not in ("snapshot", "diff", "-h", "--help"):
        against = argparse.ArgumentParser(prog="python -m bench.compare_outputs")
        against.add_argument("commit")
        against.add_argument("--case", type=Path, help=CASE_HELP)
        args = against.parse_args(argv)
        case = _case_folder(args.case)
        before, after = snapshot(args.commit, case), snapshot(None, case)
        return _print(differences(before, after), args.commit, case)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snap = snapshot(args.commit, _case_folder(args.case))
        args.file.write_text(json.dumps(snap, sort_keys=True))
        return 0
    if args.command == "diff":
        before = json.loads(args.before.read_text())
        after = json.loads(args.after.read_text())
        if args.any_order:
            before, after = in_any_order(before), in_any_order(after)
        return _print(differences(before, after), str(args.before))
    parser.print_help()
    return 2


def _case_folder(folder: Path | None) -> Path | None:
    if folder is not None and not (folder / "case.toml").is_file():
        raise SystemExit(f"{folder} is not a case folder: it has no case.toml. Give the "
                         "folder that holds case.toml and the returns, e.g. "
                         "/tmp/bcX/BENCH after bench_merge.build_case(Path('/tmp/bcX')).")
    return folder.resolve() if folder is not None else None


def _print(report: list[str], against: str, case: Path | None = None) -> int:
    if not report:
        print(f"{f'the case {case}' if case else 'the demo case'}'s outputs are the same "
              f"as at {against}")
        return 0
    print("\n\n".join(report))
    print(f"\n{len(report)} outputs or parts differ from {against}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
