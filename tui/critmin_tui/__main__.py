"""``python -m critmin_tui``."""

import sys

from .cli import main

sys.exit(main())
