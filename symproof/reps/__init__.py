"""Representations: exact character tables, class functions, explicit irreducibles, Fourier transform."""
