"""Good examples (goede voorbeelden): local successes volunteers record and the office shares."""
