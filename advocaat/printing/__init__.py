"""Printed output as PDF (ReportLab): A4, an embedded font, page numbers and a footer."""
