"""Stage placeholder: being built."""


def merge(run):
    return None
