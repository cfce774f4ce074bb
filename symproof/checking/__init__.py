"""Checking: public hypothesis strategies (and, later, the conjecture checker)."""
