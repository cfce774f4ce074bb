"""``python -m symproof``: the command line (see :mod:`symproof.cli`)."""

import sys

from symproof.cli.main import main

sys.exit(main())
