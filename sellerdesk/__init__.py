"""SellerDesk: an offline customer-service desk for small Etsy shops."""

__version__ = "0.1.0"
APP_NAME = "SellerDesk"
