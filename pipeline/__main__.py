import gc

from pipeline.cli import main

# Guarded: the command runs only as `python -m pipeline`, never on an import.
if __name__ == "__main__":
    code = main()
    # The process ends now: the interpreter's last collection would scan every object
    # the command left (about a second after a 20,000-row case), to free what the
    # system frees anyway.
    gc.freeze()
    raise SystemExit(code)
