"""The saved replies every new shop starts with (RULES.md 5: Etsy's guides recommend them)."""

from __future__ import annotations

STARTER_REPLIES: tuple[tuple[str, str, str], ...] = (
    (
        "Shipping times",
        "Hi {buyer_first_name}, thanks for your message! Orders ship within our processing time; "
        "yours (order {order_id}) will ship by {ship_by} and should arrive around {edd}. {cursor}\n\n"
        "Best wishes,\n{shop_name}",
        "shipping",
    ),
    (
        "Order received",
        "Hi {buyer_first_name}, thank you for your order {order_id}! We've received it and will ship it "
        "by {ship_by}. {cursor}\n\n{shop_name}",
        "order",
    ),
    (
        "Shipped with tracking",
        "Good news, {buyer_first_name}: order {order_id} is on its way with {carrier}. "
        "Tracking number: {tracking_number}. Estimated delivery: {edd}.\n\n{shop_name}",
        "shipping,tracking",
    ),
    (
        "Delay apology",
        "Hi {buyer_first_name}, I'm sorry: order {order_id} is taking longer than planned. {cursor} "
        "I'll send the tracking number as soon as it ships. Thank you for your patience!\n\n{shop_name}",
        "delay",
    ),
    (
        "Review request",
        "Hi {buyer_first_name}, I hope you're enjoying your order {order_id}! If you have a moment, a "
        "review helps a small shop like {shop_name} a lot. And if anything isn't right, just reply here "
        "and I'll fix it.",
        "review",
    ),
    (
        "Custom order confirmation",
        "Hi {buyer_first_name}, thank you for your custom order {order_id}! Here is what I'll make: "
        "{cursor}\nIt is made to order and will ship by {ship_by}.\n\n{shop_name}",
        "custom",
    ),
    (
        "Vacation auto-reply",
        "Hi {buyer_first_name}, thanks for your message! {shop_name} is on a short break; I'll answer "
        "as soon as I'm back. Orders placed now ship after my return.",
        "vacation,auto",
    ),
)
