"""Fonts shipped with the app (DejaVu Sans, see LICENSE-DejaVu.txt), embedded in every PDF."""
