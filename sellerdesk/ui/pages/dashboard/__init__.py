"""The dashboard page (package: page, model, gauge states, panels, chart drawers)."""

from sellerdesk.ui.pages.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
