"""Tests of the averaging layer."""
