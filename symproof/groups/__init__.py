"""Finite groups: elements, classes, subgroups, the catalog, linear actions, Cayley graphs."""
