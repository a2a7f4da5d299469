"""The application layer: one call per use case, shared by the GUI and the command line."""
