"""Carrying signals to the national office: keys, the organisation profile, export files."""
