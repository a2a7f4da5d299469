"""Signals: what members run into, without their personal data, for the national office."""
