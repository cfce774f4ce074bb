"""Cayley graphs as operators: spectra through irreducibles, expansion, Alon-Roichman experiments."""
