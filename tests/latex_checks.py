"""Checks of LaTeX output shared by the display and command-line tests, and the S3 table as a snapshot."""

from __future__ import annotations

import re

# the exact character table of S3 as CharacterTable.to_latex() writes it (classes e, (ab), (abc); textbook rows)
S3_TO_LATEX = r"""\begin{tabular}{l|rrr}
$g$ & $()$ & $(1,2)$ & $(0,1,2)$ \\
$|C|$ & $1$ & $3$ & $2$ \\
$o(g)$ & $1$ & $2$ & $3$ \\
\hline
$\chi_{0}$ & $1$ & $1$ & $1$ \\
$\chi_{1}$ & $1$ & $-1$ & $1$ \\
$\chi_{2}$ & $2$ & $0$ & $-1$
\end{tabular}"""


def assert_balanced_latex(text: str) -> None:
    """Braces nest, every ``\\begin`` has its ``\\end`` in order, and math shifts ``$`` pair up."""
    assert isinstance(text, str) and text.strip()
    plain = text.replace(r"\{", "").replace(r"\}", "").replace(r"\$", "")
    depth = 0
    for ch in plain:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        assert depth >= 0, text
    assert depth == 0, text
    stack = []
    for kind, name in re.findall(r"\\(begin|end)\{(\w+)\}", plain):
        if kind == "begin":
            stack.append(name)
        else:
            assert stack and stack.pop() == name, text
    assert stack == [], text
    assert plain.count("$") % 2 == 0, text
