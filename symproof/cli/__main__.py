"""``python -m symproof.cli``."""

import sys

from symproof.cli.main import main

sys.exit(main())
