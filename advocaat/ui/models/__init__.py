"""Qt item models over plain rows from the services, testable without any view."""
