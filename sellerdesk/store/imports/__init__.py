"""Merging a staged import (store/staging.py) into the shop, in SQL, with the staging file attached
as `stage`: what would change (the preview), the merge itself (one transaction), and its undo.

Merge rules (RULES.md 6, issue 8): importing the same files twice changes nothing; a blank cell
never erases a value and a shipped date never goes back; what the seller keeps in SellerDesk —
cases, messages, exclusions, custom flags, extended ship-by dates, profile assignments, notes — is
never touched by an Etsy download. SellerDesk's own templates are the seller's records: their
columns replace the stored ones, as they always have.

The package: `rules` (what changes an order, an item, a review; the staging file attached), `compare`
(the preview's counts), `dates` (ship-by dates and cross-file checks before the preview), `merge`
(the merge and its undo).
"""

from sellerdesk.store.imports.compare import Comparison, compare
from sellerdesk.store.imports.dates import plan_dates, template_problems
from sellerdesk.store.imports.merge import merge, undo
from sellerdesk.store.imports.rules import CHANGED_TABLES, Counts, attached

__all__ = [
    "CHANGED_TABLES",
    "Comparison",
    "Counts",
    "attached",
    "compare",
    "merge",
    "plan_dates",
    "template_problems",
    "undo",
]
