"""Everything Qt: the application, main window, views and dialogs."""
