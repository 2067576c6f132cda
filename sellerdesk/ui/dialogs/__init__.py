"""Record dialogs (built on ui/widgets/form.py)."""
