"""Stage placeholder: being built."""


def normalise(run):
    return None
