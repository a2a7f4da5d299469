"""A questionnaire of the national office: its file formats, the answers kept, the counts."""
