"""Checklist templates as readable JSON (see docs/checklist-templates.md)."""
