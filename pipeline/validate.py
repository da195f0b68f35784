"""Stage placeholder: being built."""


def validate(run):
    return None
