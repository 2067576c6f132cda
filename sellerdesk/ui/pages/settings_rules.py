"""Settings > Rules: every choice SellerDesk makes where Etsy published nothing (core/settings.py), each with
its default and a one-line reason, and a preview of the figures a change would move before it is saved."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from sellerdesk.core.settings import CHOICES, RuleSettings
from sellerdesk.core.standards import format_percent
from sellerdesk.store.rule_preview import figures_that_change
from sellerdesk.ui.session import ShopSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("RuleChoices", text)


def choice_texts() -> dict[str, tuple[str, str]]:
    """Each choice's label and reason in the window's language."""
    return {
        "auto_replies_count": (
            _tr(QT_TRANSLATE_NOOP("RuleChoices", "Auto-replies count as answers for the 48-hour standard")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "RuleChoices", "Etsy counts them for Star Seller and says nothing else about the 48-hour standard."
                )
            ),
        ),
        "pending_threads_left_out": (
            _tr(QT_TRANSLATE_NOOP("RuleChoices", "Leave out unanswered messages still inside their 48 hours")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "RuleChoices",
                    "They can still be answered in time; counting them early would lower the rate for a day or two.",
                )
            ),
        ),
        "excluded_reviews_in_total": (
            _tr(QT_TRANSLATE_NOOP("RuleChoices", "Excluded reviews stay in the reviews figure's total")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "RuleChoices",
                    "Seller protection takes a review out of the low ones; Etsy does not say it removes the review.",
                )
            ),
        ),
        "star_average_includes_excluded": (
            _tr(QT_TRANSLATE_NOOP("RuleChoices", "Excluded reviews count in the Star Seller average rating")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "RuleChoices", "Off by default: a review Etsy excused should not pull the average down."
                )
            ),
        ),
        "refunded_case_by_closed_date": (
            _tr(
                QT_TRANSLATE_NOOP(
                    "RuleChoices", "Place a seller-refunded case by its closed date (not its opened date)"
                )
            ),
            _tr(QT_TRANSLATE_NOOP("RuleChoices", "The refund comes out of the seller's money when the case closes.")),
        ),
        "past_day_sees_later_replies": (
            _tr(QT_TRANSLATE_NOOP("RuleChoices", "A past day's figures count replies recorded after that day")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "RuleChoices",
                    "Etsy's own figures are recomputed as records arrive; off shows what was known on the day.",
                )
            ),
        ),
        "spam_by_first_message": (
            _tr(QT_TRANSLATE_NOOP("RuleChoices", "A thread is spam when its first message is marked spam")),
            _tr(
                QT_TRANSLATE_NOOP(
                    "RuleChoices",
                    "Etsy judges a thread by its first message; off: any message marked spam takes the thread out.",
                )
            ),
        ),
    }


def figure_names() -> dict[str, str]:
    return {
        "odr": _tr(QT_TRANSLATE_NOOP("RuleChoices", "Order dissatisfaction rate")),
        "standards.message_response": _tr(QT_TRANSLATE_NOOP("RuleChoices", "Message response (48 hours)")),
        "standards.reviews": _tr(QT_TRANSLATE_NOOP("RuleChoices", "Reviews of 3 stars or fewer")),
        "standards.case_rate": _tr(QT_TRANSLATE_NOOP("RuleChoices", "Case rate")),
        "star_seller.last_evaluation.message_response": _tr(
            QT_TRANSLATE_NOOP("RuleChoices", "Star Seller, last evaluation: messages within 24 hours")
        ),
        "star_seller.last_evaluation.rating": _tr(
            QT_TRANSLATE_NOOP("RuleChoices", "Star Seller, last evaluation: average rating")
        ),
        "star_seller.last_evaluation.case_rate": _tr(
            QT_TRANSLATE_NOOP("RuleChoices", "Star Seller, last evaluation: case rate")
        ),
        "star_seller.running_period.message_response": _tr(
            QT_TRANSLATE_NOOP("RuleChoices", "Star Seller, this period: messages within 24 hours")
        ),
        "star_seller.running_period.rating": _tr(
            QT_TRANSLATE_NOOP("RuleChoices", "Star Seller, this period: average rating")
        ),
        "star_seller.running_period.case_rate": _tr(
            QT_TRANSLATE_NOOP("RuleChoices", "Star Seller, this period: case rate")
        ),
    }


def figure_text(kind: str, value: tuple) -> str:
    if kind == "rating":
        average, count = value
        if average is None:
            return _tr(QT_TRANSLATE_NOOP("RuleChoices", "no reviews"))
        return _tr(QT_TRANSLATE_NOOP("RuleChoices", "{average} from {n} reviews")).format(
            average=f"{int(average * 100) / 100:.2f}", n=count
        )
    count, total = value
    digits = 2 if kind == "odr" else 1
    return _tr(QT_TRANSLATE_NOOP("RuleChoices", "{count} of {total} ({rate})")).format(
        count=count, total=total, rate=format_percent(count, total, digits)
    )


class RuleChoices(QGroupBox):
    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Rules Etsy never published"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Where Etsy published no rule, SellerDesk makes a choice. Each is a setting: change one, see which "
                "figures it moves, then save."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        defaults = RuleSettings()
        for choice in CHOICES:
            label, reason = choice_texts()[choice.key]
            box = QCheckBox(label)
            box.setObjectName(choice.key)
            default = self.tr("on") if getattr(defaults, choice.key) else self.tr("off")
            note = QLabel(self.tr("{reason} Default: {default}.").format(reason=reason, default=default))
            note.setWordWrap(True)
            note.setIndent(24)
            font = note.font()
            font.setItalic(True)  # the reason reads as a note under its choice, in the normal text colour
            note.setFont(font)
            box.setToolTip(note.text())
            layout.addWidget(box)
            layout.addWidget(note)
            self.boxes[choice.key] = box
        self.preview_button = QPushButton(self.tr("What would change?"))
        self.preview_button.setObjectName("preview_rules")
        layout.addWidget(self.preview_button)

    def load(self, settings: RuleSettings) -> None:
        for key, box in self.boxes.items():
            box.setChecked(bool(getattr(settings, key)))

    def chosen(self, base: RuleSettings) -> RuleSettings:
        return base.with_(**{key: box.isChecked() for key, box in self.boxes.items()})

    def describe_changes(self, candidate: RuleSettings) -> str:
        store = self.session.store
        if candidate == store.rule_settings():
            return self.tr("These are the settings in force: no figure changes.")
        changes = figures_that_change(store, self.session.as_of(), candidate)
        if not changes:
            return self.tr("No figure changes with today's records (the settings still apply from now on).")
        names = figure_names()
        lines = [
            self.tr("{figure}: {before} → {after}").format(
                figure=names[path], before=figure_text(kind, old), after=figure_text(kind, new)
            )
            for path, kind, old, new in changes
        ]
        return self.tr("Saving these settings would change:") + "\n" + "\n".join(lines)

    def show_preview(self, candidate: RuleSettings) -> None:
        QMessageBox.information(self, self.tr("What would change"), self.describe_changes(candidate))
