"""Keukentafelgesprekken: visits, checklists, Wmo deadlines and printed sheets."""
