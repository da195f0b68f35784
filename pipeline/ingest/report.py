"""Agency report reader placeholder: being built."""


def read(package, source, case):
    """The AgencyReport this Word file holds, or None if it is not an agency report."""
    return None
