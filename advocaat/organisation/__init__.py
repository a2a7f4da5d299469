"""The organisation's own setup and the municipalities it works in."""
