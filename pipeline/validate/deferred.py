"""Modules loaded when first used, not when imported.

Great Expectations imports scipy.stats and altair as it is imported, for three
expectations the shipped suites do not use (two Kolmogorov-Smirnov p-values, the KL
divergence and its chart). They are a third of its import: about 0.6 s of the second
process's two seconds, and 600 modules. Each is put in sys.modules as a placeholder
holding the module's spec, so `from scipy import stats` finds it, and the first use of
any of its names (`stats.entropy`) imports the module itself; a board's suite that uses
those expectations still runs, only that run pays for the import.

importlib.util.LazyLoader cannot do this on Python 3.11: the import system reads a
module's __spec__ each time it is imported, and a lazy module loads on any attribute.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

# Imported by Great Expectations at import time, used only inside the expectations above.
UNUSED_BY_THE_SUITES = ("scipy.stats", "altair")


class _Placeholder(types.ModuleType):
    """Stands for a module until one of its names is asked for."""

    def __getattr__(self, name: str) -> object:
        # Only names the placeholder lacks come here: the module's own are not there yet.
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        module = importlib.import_module(self.__name__)
        self.__dict__.update(module.__dict__)    # later uses need no second lookup
        return getattr(module, name)


def defer(names: tuple[str, ...] = UNUSED_BY_THE_SUITES) -> None:
    """Each module of `names` not imported yet, and installed, loaded on first use."""
    for name in names:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)   # imports the parents only
        except ImportError:
            spec = None
        if spec is None:
            continue                                # not installed: nothing to defer
        placeholder = _Placeholder(name)
        placeholder.__spec__ = spec
        sys.modules[name] = placeholder
