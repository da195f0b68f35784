"""The one error a reader raises for a file it cannot use."""


class IngestError(Exception):
    """A file cannot be read. The message completes 'FILE ...' and says what to do."""
