"""The ``symproof`` command line, thin over :mod:`symproof.report`."""

from symproof.cli.main import main

__all__ = ["main"]
