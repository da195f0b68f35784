"""Modules Great Expectations imports for expectations the suites do not use are loaded
on first use (pipeline/validate/deferred.py), in a process of their own: the test
session has imported them already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def in_a_new_process(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_great_expectations_is_imported_without_scipy_stats_and_altair():
    seen = in_a_new_process(
        "import json, sys\n"
        "from pipeline.validate.suites import import_great_expectations\n"
        "import_great_expectations()\n"
        "print(json.dumps({'loaded': [n for n in sys.modules if n.startswith("
        "('scipy.stats.', 'altair.'))],\n"
        "  'gx': 'great_expectations.expectations.core' in sys.modules}))\n")
    assert seen == {"loaded": [], "gx": True}


def test_a_deferred_module_works_on_first_use_as_imported():
    seen = in_a_new_process(
        "import json, sys\n"
        "from pipeline.validate.suites import import_great_expectations\n"
        "import_great_expectations()\n"
        "from great_expectations.expectations.core import "
        "expect_column_kl_divergence_to_be_less_than as kl\n"
        "entropy = float(kl.stats.entropy([0.5, 0.5], [0.9, 0.1]))\n"
        "from scipy.stats import norm\n"
        "import scipy.stats\n"
        "print(json.dumps({'entropy': round(entropy, 4), 'cdf': float(norm.cdf(0)),\n"
        "  'real': type(sys.modules['scipy.stats']).__name__,\n"
        "  'chart': kl.alt.Chart.__name__,\n"
        "  'same': scipy.stats.entropy is kl.stats.entropy}))\n")
    assert seen == {"entropy": 0.5108, "cdf": 0.5, "real": "module", "chart": "Chart",
                    "same": True}


def test_a_module_not_installed_or_already_imported_is_left_alone(monkeypatch):
    from pipeline.validate import deferred

    before = dict(sys.modules)
    deferred.defer(("json", "no_such_module_anywhere", "no_such_package.sub"))
    assert sys.modules["json"] is before["json"]
    assert "no_such_module_anywhere" not in sys.modules
    assert "no_such_package.sub" not in sys.modules
