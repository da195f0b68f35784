"""Fixtures shared by the tests."""

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.builders.cases import DEMO

# Speed is measured in bench/, never asserted by a test: no example has a deadline, and
# inputs drawn slowly on a busy machine are no failure.
settings.register_profile("pipeline", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("pipeline")


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    """An empty case folder with the demo's case.toml (its agencies, people and staff)."""
    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(DEMO / "case.toml", folder / "case.toml")
    return folder
