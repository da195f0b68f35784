"""Fixtures shared by the reader tests."""

import shutil
from pathlib import Path

import pytest

DEMO_CASE = Path(__file__).resolve().parents[1] / "inputs" / "demo" / "case.toml"


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    """An empty case folder with the demo's case.toml (its agencies, people and staff)."""
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(DEMO_CASE, folder / "case.toml")
    return folder
