"""Files in and out: CSV import and templates, the demo shop."""
