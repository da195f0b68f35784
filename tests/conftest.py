"""Fixtures shared by the tests."""

import shutil
from pathlib import Path

import pytest

from tests.builders.cases import DEMO


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    """An empty case folder with the demo's case.toml (its agencies, people and staff)."""
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(DEMO / "case.toml", folder / "case.toml")
    return folder
