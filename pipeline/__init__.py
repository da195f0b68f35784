"""Case review pipeline: agency returns in, merged chronology and reports out."""

__version__ = "0.1.0"
