"""Data files shipped with the app, read through importlib.resources."""
