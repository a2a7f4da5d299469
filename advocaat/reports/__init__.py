"""Local reports for a volunteer: their own signals and their year's work, counted for print."""
