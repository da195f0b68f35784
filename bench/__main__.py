"""`python -m bench`: run every bench/bench_*.py and print its figures (nothing is asserted)."""

import importlib
import pkgutil
import sys

import bench


def main() -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__)
                   if m.name.startswith("bench_"))
    wanted = sys.argv[1:]
    for name in names:
        if wanted and not any(w in name for w in wanted):
            continue
        print(f"== {name}", flush=True)
        importlib.import_module(f"bench.{name}").main()
    return 0


# Guarded: a run's second process (for its suites) imports the main module again.
if __name__ == "__main__":
    raise SystemExit(main())
