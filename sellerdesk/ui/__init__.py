"""PySide6 user interface: app bootstrap, main window, pages, models, widgets, dialogs."""
