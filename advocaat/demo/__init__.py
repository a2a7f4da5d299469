"""Fictional data for the demo profile."""
