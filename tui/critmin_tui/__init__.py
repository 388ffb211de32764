"""critmin-tui: a terminal reader for New Zealand critical-minerals policy documents."""

__version__ = "0.1.0"
