"""Exact and certified arithmetic: fields ``Q(zeta_n)`` and ``Q(cos 2pi/n)``, field unification,
finite fields, modular linear algebra, power sums, and the :class:`Provenance` vocabulary.

The lowest mathematical layer: it imports nothing from the rest of symproof but
:mod:`symproof.errors`, :mod:`symproof.config` and :mod:`symproof._validation`.
"""
