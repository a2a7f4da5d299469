"""The app icon, for the window and the desktop entry."""
