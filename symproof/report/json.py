"""The separation report as JSON text.

>>> import json
>>> json.loads(to_json({"order": 6}))
{'order': 6}
"""

from __future__ import annotations

import json
import numbers
from importlib import resources
from typing import Any

import numpy as np

from symproof.exact.provenance import Bound

__all__ = ["report_schema", "to_json"]


def to_json(data: Any) -> str:
    """``data`` (report dicts, lists, numbers) as indented JSON; numpy scalars and exact rationals become numbers.

    Parameters
    ----------
    data
        JSON-ready data. Numpy integers and floats are converted; an exact rational
        (``Fraction``, a SymPy rational) becomes an int when integral, else the nearest
        float (the report keeps exact values as strings too, e.g. ``"eps_exact"``); a
        :class:`~symproof.exact.provenance.Bound` becomes ``{"value", "provenance",
        "method"}``; anything else its ``str``.

    Returns
    -------
    str

    Examples
    --------
    >>> print(to_json({"n": np.int64(3)}))
    {
      "n": 3
    }
    >>> from fractions import Fraction
    >>> to_json([Fraction(1, 2), Fraction(4, 2)]).split()
    ['[', '0.5,', '2', ']']
    """
    return json.dumps(data, indent=2, default=_json_default)


def _json_default(x: Any) -> Any:
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.floating,)):
        return float(x)
    if isinstance(x, Bound):
        return x.as_dict()
    if isinstance(x, numbers.Rational):  # Fraction, SymPy rationals
        numerator, denominator = int(x.numerator), int(x.denominator)
        return numerator if denominator == 1 else numerator / denominator
    return str(x)


def report_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``symproof separation --json``, shipped with the package.

    Returns
    -------
    dict
        The schema: the family table under ``"scaling"``, the one-group table under ``"rows"``.

    Examples
    --------
    >>> sorted(report_schema()["$defs"])[:3]
    ['bound', 'cell', 'class_row']
    """
    return json.loads(resources.files("symproof").joinpath("data/separation.schema.json").read_text())
