"""Code that builds returns with the quirks real ones have, for the tests and the demo case."""
