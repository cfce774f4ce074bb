"""The conjecture checker: sweep every small group, smallest first, then search with hypothesis.

:func:`check` evaluates a :class:`~symproof.checking.conjecture.Conjecture` on every case of
every group of order ``<= max_order`` in the SmallGroups data, in order of ``|G|`` then GAP id
(cases within a group in the fixed order of :mod:`symproof.checking.cases`), so the first
counterexample found is the smallest. For conjectures over schemes it then lets hypothesis
search random schemes (shrinking towards small groups and small supports). Long sweeps show
progress on a terminal and can be resumed from a ``checkpoint`` file.

>>> report = check("k-bound-min", max_order=6)
>>> c = report.counterexample  # C5 rotating the plane: K* = 2, but sum_lambda (M_lambda - 1) = 1
>>> c["group"], c["case"], c["values"]["K*"], c["values"]["bound"]
('SmallGroup(5,1)', 'C5 on R^2 (natural action of the catalog group)', 2, 1)
>>> check("k-star-order", max_order=4).counterexample is None
True
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Iterable, Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

from symproof._display import display_math, html_element, html_table, latex_array, latex_number, latex_text
from symproof._frozen import frozen_record
from symproof._validation import check_int
from symproof.averaging.scheme import AveragingScheme
from symproof.checking.cases import Case, cases
from symproof.checking.conjecture import Conjecture
from symproof.checking.named import CONJECTURES
from symproof.errors import InvalidArgumentError, InvalidValueError
from symproof.groups.small_groups import SmallGroupRecord, small_group_records

__all__ = ["CheckReport", "check", "conjecture_named"]


@frozen_record
class CheckReport:
    """What a sweep of :func:`check` found.

    Attributes
    ----------
    conjecture, statement : str
        The conjecture's name and statement.
    max_order : int
        Groups of order up to this were swept.
    checked, undecided : int
        Cases the predicate decided, and cases it could not decide (estimates, straddling enclosures).
    groups : int
        Groups swept (up to and including the counterexample's).
    counterexample : dict or None
        The smallest counterexample: ``group`` (``SmallGroup(n,i)``), ``order``, ``id``, ``case``,
        ``action`` (for conjectures over actions), ``values`` and ``reproducer`` (code).
    seconds : float
        Wall time of the sweep (resumed sweeps included).
    seed : int
        The seed of the hypothesis phase.

    Examples
    --------
    >>> report = check("k-star-order", max_order=3)
    >>> report.counterexample is None, report.groups
    (True, 3)
    """

    conjecture: str
    statement: str
    max_order: int
    checked: int
    undecided: int
    groups: int
    counterexample: dict | None
    seconds: float
    seed: int

    def to_json(self) -> dict[str, Any]:
        """The JSON contract: ``conjecture``, ``checked``, ``counterexample`` (null or a record), ``seconds``, ..."""
        return {"conjecture": self.conjecture, "statement": self.statement, "max_order": self.max_order,
                "checked": self.checked, "undecided": self.undecided, "groups": self.groups,
                "counterexample": _plain(self.counterexample), "seconds": round(self.seconds, 3), "seed": self.seed}

    def __str__(self) -> str:
        head = (f"{self.conjecture}: {self.statement}\n  {self.checked} cases decided, {self.undecided} undecided, "
                f"on {self.groups} groups of order <= {self.max_order} ({self.seconds:.1f} s)")
        if self.counterexample is None:
            return head + "\n  no counterexample"
        c = self.counterexample
        values = ", ".join(f"{k} = {v}" for k, v in c["values"].items())
        return (f"{head}\n  smallest counterexample: {c['group']} (order {c['order']}), {c['case']}\n"
                f"  values: {values}\n  reproduce: {c['reproducer']}")

    def _repr_latex_(self) -> str:
        r"""The conjecture, the cases checked and the counterexample as a MathJax ``array`` (Jupyter's rich display).

        >>> print(check("k-star-order", max_order=2)._repr_latex_())
        $$\begin{array}{ll}
        \text{k-star-order} & K^* \le |G| - 1 \\
        \hline
        \text{checked} & \text{... cases decided, 0 undecided, on 2 groups of order }\le 2 \\
        \text{counterexample} & \text{none}
        \end{array}$$
        """
        named = CONJECTURES.get(self.conjecture)
        statement = named.latex if named is not None and named.statement == self.statement else latex_text(
            self.statement)
        checked = latex_text(f"{self.checked} cases decided, {self.undecided} undecided, on {self.groups} groups "
                             f"of order ") + f"\\le {self.max_order}"
        body = [["\\text{checked}", checked]]
        c = self.counterexample
        if c is None:
            body.append(["\\text{counterexample}", "\\text{none}"])
        else:
            body.append(["\\text{counterexample}", latex_text(f"{c['group']} (order {c['order']}), {c['case']}")])
            body += [[f"\\quad {latex_text(k)}", latex_number(v) if type(v) is int else latex_text(v)]
                     for k, v in c["values"].items()]
        return display_math(latex_array("ll", [[latex_text(self.conjecture), statement]], body))

    def _repr_html_(self) -> str:
        """The conjecture, the cases checked and the counterexample (an HTML table) (Jupyter's rich display)."""
        parts = [html_element("p", html_element("strong", self.conjecture), f": {self.statement}"),
                 html_element("p", f"{self.checked} cases decided, {self.undecided} undecided, on {self.groups} "
                                   f"groups of order ≤ {self.max_order} ({self.seconds:.1f} s)")]
        c = self.counterexample
        if c is None:
            parts.append(html_element("p", "No counterexample."))
        else:
            rows = [["group", c["group"]], ["order", c["order"]], ["case", c["case"]],
                    *([k, v] for k, v in c["values"].items()), ["reproduce", html_element("code", c["reproducer"])]]
            parts.append(html_table([], rows, caption="Smallest counterexample"))
        return html_element("div", *parts)


def _plain(x: Any) -> Any:
    """Mappings (read-only views included) as dicts, recursively: JSON-ready."""
    return {k: _plain(v) for k, v in x.items()} if isinstance(x, Mapping) else x


def conjecture_named(name: str | Conjecture) -> Conjecture:
    """A shipped conjecture by name (or the given :class:`Conjecture` itself)."""
    if isinstance(name, Conjecture):
        return name
    if not isinstance(name, str):
        raise InvalidArgumentError(f"expected a conjecture or its name, got {name!r}")
    if name not in CONJECTURES:
        raise InvalidValueError(f"unknown conjecture {name!r}; the shipped ones are: {', '.join(sorted(CONJECTURES))}")
    return CONJECTURES[name]


def _counterexample(conj: Conjecture, case: Case, values: Any) -> dict[str, Any]:
    n, i = case.gap_id
    return {"group": f"SmallGroup({n},{i})", "order": n, "id": i, "case": case.label,
            "action": case.label if conj.over == "actions" else None,
            "values": json.loads(json.dumps(_plain(values), default=str)),
            "reproducer": f"import symproof as sp; from fractions import Fraction; {case.reproducer}"}


def _progress(records: list[SmallGroupRecord], label: str) -> Iterable[SmallGroupRecord]:
    try:
        from tqdm import tqdm  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - tqdm is a dependency; without it there is no progress bar
        return records
    return tqdm(records, desc=label, unit="group", file=sys.stderr, disable=None, leave=False)


def check(conjecture: str | Conjecture, *, max_order: int = 24, seed: int = 0, examples: int = 50,
          checkpoint: str | Path | None = None) -> CheckReport:
    """Check ``conjecture`` on every small group of order ``<= max_order``, smallest first.

    Parameters
    ----------
    conjecture : str or Conjecture
        A shipped conjecture by name (``symproof check --list``) or your own (:func:`conjecture`).
    max_order : int
        Sweep ``SmallGroup(n, i)`` for ``n <= max_order`` (at most 100).
    seed : int
        Seed of the hypothesis search that follows the sweep for conjectures over schemes.
    examples : int
        How many random schemes hypothesis tries (0: none).
    checkpoint : path, optional
        A JSON file: progress is saved after each group, and a rerun with the same file resumes.

    Returns
    -------
    CheckReport
        Cases checked and undecided, and the smallest counterexample with its values and a
        reproducer, or ``None``.

    Raises
    ------
    InvalidValueError
        For an unknown name, ``max_order > 100``, or a checkpoint of another sweep.

    Examples
    --------
    >>> import symproof as sp
    >>> print(sp.check("k-bound-min", max_order=6))  # doctest: +ELLIPSIS
    k-bound-min: K* <= min(|G|, sum_lambda (M_lambda - 1))
      ... cases decided, 0 undecided, on 6 groups of order <= 6 (... s)
      smallest counterexample: SmallGroup(5,1) (order 5), C5 on R^2 (natural action of the catalog group)
      values: K* = 2, |G| = 5, dim V = 2, sum_lambda M_lambda = 6, M_lambda = {...}, bound = 1
      reproduce: import symproof as sp; ...
    """
    conj = conjecture_named(conjecture)
    max_order = check_int(max_order, "max_order", min_value=1, max_value=100)
    seed = check_int(seed, "seed", min_value=0)
    examples = check_int(examples, "examples", min_value=0)
    state = _load(checkpoint, conj.name, max_order)
    start = time.perf_counter() - state["seconds"]
    records = [r for r in small_group_records(max_order=max_order) if [r.order, r.id] not in state["done"]]
    for r in _progress(records, conj.name):
        if state["counterexample"] is not None:
            break
        for case in cases(conj.over, r.order, r.id):
            verdict = conj.evaluate(case)
            state["checked" if verdict.holds is not None else "undecided"] += 1
            if verdict.holds is False:
                state["counterexample"] = _counterexample(conj, case, verdict.values)
                break
        state["done"].append([r.order, r.id])
        state["seconds"] = time.perf_counter() - start
        _save(checkpoint, conj.name, max_order, state)
    if state["counterexample"] is None and conj.over == "schemes" and examples:
        state["counterexample"] = _hypothesis_search(conj, max_order, seed, examples, state)
    return CheckReport(conj.name, conj.statement, max_order, state["checked"], state["undecided"],
                       len(state["done"]), state["counterexample"], time.perf_counter() - start, seed)


def _hypothesis_search(conj: Conjecture, max_order: int, seed: int, examples: int, state: dict) -> dict | None:
    """Random schemes with small positive integer weights on random supports, shrunk by hypothesis."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st
    from hypothesis.errors import NoSuchExample

    groups = [(r.order, r.id) for r in small_group_records(max_order=max_order) if r.order > 1]
    base = st.sampled_from(groups).flatmap(
        lambda gid: st.tuples(st.just(gid), st.sampled_from([c for c in cases("classes", *gid)]),
                              st.lists(st.tuples(st.integers(0, gid[0] - 1), st.integers(1, 4)), min_size=1,
                                       max_size=6)))

    def failing(draw: tuple) -> bool:
        state["checked"] += 1
        verdict = conj.evaluate(_scheme_case(*draw))
        return verdict.holds is False

    try:
        found = find(base, failing, settings=settings(max_examples=examples, database=None, deadline=None,
                                                      suppress_health_check=list(HealthCheck)),
                     random=random.Random(seed))
    except NoSuchExample:
        return None
    case = _scheme_case(*found)
    return _counterexample(conj, case, conj.evaluate(case).values)


def _scheme_case(gap_id: tuple[int, int], class_case: Case, weights: list[tuple[int, int]]) -> Case:
    total: dict[int, int] = {}
    for g, w in weights:
        total[g] = total.get(g, 0) + w
    s = sum(total.values())
    omega = AveragingScheme.from_weights(class_case.group, {g: Fraction(w, s) for g, w in total.items()})
    code = "{" + ", ".join(f"{g}: Fraction({w}, {s})" for g, w in sorted(total.items())) + "}"
    return Case(gap_id, class_case.group, f"{class_case.label}, scheme {code}",
                f"{class_case.reproducer}; omega = sp.AveragingScheme.from_weights(G, {code})",
                function_class=class_case.function_class, scheme=omega)


def _load(checkpoint: str | Path | None, name: str, max_order: int) -> dict[str, Any]:
    fresh = {"done": [], "checked": 0, "undecided": 0, "counterexample": None, "seconds": 0.0}
    if checkpoint is None or not Path(checkpoint).exists():
        return fresh
    saved = json.loads(Path(checkpoint).read_text())
    if saved.get("conjecture") != name or saved.get("max_order") != max_order:
        raise InvalidValueError(f"checkpoint {checkpoint} is for {saved.get('conjecture')!r} up to order "
                                f"{saved.get('max_order')}, not {name!r} up to {max_order}; use another file")
    return {k: saved[k] for k in fresh}


def _save(checkpoint: str | Path | None, name: str, max_order: int, state: dict[str, Any]) -> None:
    if checkpoint is not None:
        Path(checkpoint).write_text(json.dumps({"conjecture": name, "max_order": max_order, **state}))
