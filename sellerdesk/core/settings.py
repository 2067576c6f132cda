"""Rule settings: defaults for what Etsy never published (RULES.md), each changeable per shop."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class RuleSettings:
    odr_window_days: int = 60
    odr_lag_days: int = 30

    @classmethod
    def from_mapping(cls, values: dict[str, str]) -> RuleSettings:
        known = {f.name: f for f in fields(cls)}
        kwargs = {k: int(v) for k, v in values.items() if k in known}
        return cls(**kwargs)

    def describe(self) -> str:
        return f"ODR window: {self.odr_window_days} days ending {self.odr_lag_days} days ago (Settings > Rules)"
