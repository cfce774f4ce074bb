"""The separation report as JSON text.

>>> import json
>>> json.loads(to_json({"order": 6}))
{'order': 6}
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

__all__ = ["to_json"]


def to_json(data: Any) -> str:
    """``data`` (report dicts, lists, numbers) as indented JSON; numpy scalars become numbers.

    Parameters
    ----------
    data
        JSON-ready data; numpy integers and floats are converted, anything else by ``str``.

    Returns
    -------
    str

    Examples
    --------
    >>> print(to_json({"n": np.int64(3)}))
    {
      "n": 3
    }
    """
    return json.dumps(data, indent=2, default=_json_default)


def _json_default(x: Any) -> Any:
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (np.floating,)):
        return float(x)
    return str(x)
