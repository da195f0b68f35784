"""Output placeholder: being built."""


def write(run):
    return None
