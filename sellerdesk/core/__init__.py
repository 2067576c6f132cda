"""Pure rules: records, the standards, business days, saved-reply rendering. No Qt, no SQL."""
