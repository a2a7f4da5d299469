"""Gettext catalogs, read through importlib.resources."""
