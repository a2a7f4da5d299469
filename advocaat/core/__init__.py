"""Domain and services: plain Python and SQLAlchemy, never Qt."""
