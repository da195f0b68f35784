"""Reader placeholder: being built."""

from pipeline.ingest.errors import IngestError


def read(package, source, case):
    raise IngestError("cannot be read yet: this reader is being built.")
