"""``python -m critmin_tui``."""

import sys

from .cli import main

if __name__ == "__main__":  # a worker process that imports this module must not start the reader
    sys.exit(main())
