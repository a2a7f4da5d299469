"""The contact book: organisations, people, their roles, contact moments and follow-ups.

Plain Python and SQLAlchemy, never Qt. File formats (vCard, CSV) are read and written as bytes by
pure functions, so they can be fuzzed and tested without a database.
"""
