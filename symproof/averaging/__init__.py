"""Averaging schemes, errors, complexities, bounds, and Cayley-graph expansion."""
