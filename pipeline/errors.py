"""The one error a reader raises for a file it cannot use."""


class IngestError(Exception):
    """A file cannot be read. The message completes 'FILE ...' and says what to do."""


class NotAReturn(IngestError):
    """A file that opens but holds no return (a covering letter, a paper): a notice.

    The message completes 'FILE ...' and says what the file looks like."""
