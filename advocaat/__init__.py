"""Advocaat: a desktop app for Dutch volunteer patient advocates."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("advocaat")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
