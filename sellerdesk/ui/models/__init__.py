"""Qt table models over the store's paged queries."""
