"""Reusable widgets: gauge, charts, forms."""
