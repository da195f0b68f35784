from pipeline.cli import main

# Guarded: the second process a run starts for its suites imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
