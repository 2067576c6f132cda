"""Gauge captions never touch the arc, the value arc or the limit tick: every dashboard gauge state, at the
sizes the dashboard gives its gauges times a scale of 1, 1.5 and 2 (high-DPI / QT_SCALE_FACTOR), in English,
Italian and Vietnamese. The band and the tick are sampled from the arc's own geometry (240° from 210° down
to -30°), the painted picture is checked to hold the arc there, and no text's bounding box may contain a
sampled point."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage

from sellerdesk.ui.pages.dashboard.states import (
    allowed_cases,
    allowed_low_reviews,
    count_gauge_state,
    metric_gauge_state,
    odr_gauge_state,
    rating_gauge_state,
)
from sellerdesk.ui.widgets.gauge import Gauge, GaugeState

#: (width, height) the dashboard gives its gauges: the ODR gauge at its minimum and on a wide window, the
#: standards and Star Seller rows at 1280 px with the Today panel open and at 1920 px
ODR_SIZES = ((260, 250), (442, 250), (260, 315))
ROW_SIZES = ((162, 180), (323, 180))
SCALES = (1.0, 1.5, 2.0)


def _states(page) -> list[tuple[GaugeState, tuple[tuple[int, int], ...]]]:
    """The dashboard's own states (a demo shop), and the longest texts its gauges can show."""
    window = {"start": "2026-07-25", "end": "2026-09-23"}
    odr = {"orders": 12345, "problem_orders": 123, "window": window, "zone": "red"}
    few = {"orders": 101, "problem_orders": 1, "window": window, "zone": "amber"}
    metric = {"count": 9876, "total": 12345, "meets": True, "target": ">= 95% on time with tracking"}
    none = {"count": 0, "total": 0, "meets": None, "target": ">= 80% within 48 h"}
    cases = {"count": 123, "total": 12345, "meets": False}
    reviews = {"count": 1, "total": 1, "meets": True}
    tr = page.tr
    extra = [
        (odr_gauge_state(odr), ODR_SIZES),
        (odr_gauge_state(few), ODR_SIZES),
        (odr_gauge_state({"orders": 0, "problem_orders": 0, "window": window, "zone": "green"}), ODR_SIZES),
        (metric_gauge_state(tr("On time with tracking"), metric, 0.95), ROW_SIZES),
        (metric_gauge_state(tr("Message response"), none, 0.8), ROW_SIZES),
        (count_gauge_state(tr("Seller-refunded cases"), cases, allowed_cases(12345), "cases"), ROW_SIZES),
        (count_gauge_state(tr("Reviews ≤ 3 stars"), reviews, allowed_low_reviews(1), "reviews"), ROW_SIZES),
        (rating_gauge_state(tr("Average rating"), {"average": 4.7999, "count": 12345, "meets": False}), ROW_SIZES),
        (rating_gauge_state(tr("Average rating"), {"average": None, "count": 0, "meets": None}), ROW_SIZES),
    ]
    shown = [(page.odr_gauge.state(), ODR_SIZES)]
    shown += [(g.state(), ROW_SIZES) for g in (*page.standard_gauges.values(), *page.star_gauges.values())]
    return shown + extra


def _forbidden_points(gauge: Gauge) -> np.ndarray:
    """(x, y) points on the band, the value arc (inside the band) and the limit tick, as the gauge draws them."""
    layout, s = gauge.layout(), gauge.state()
    centre, r, t = layout.arc.center(), layout.arc.width() / 2, layout.thickness

    def polar(angles: np.ndarray, radii: np.ndarray, across: float = 0.0) -> np.ndarray:
        a, rr = np.meshgrid(np.radians(angles), radii)
        # Qt's angles run counter-clockwise from 3 o'clock; y grows downwards
        x = centre.x() + rr * np.cos(a) - across * np.sin(a)
        y = centre.y() - rr * np.sin(a) - across * np.cos(a)
        return np.column_stack([x.ravel(), y.ravel()])

    angles = np.linspace(Gauge.START_DEG, Gauge.START_DEG + Gauge.SPAN_DEG, 241 * 4)
    parts = [polar(angles, np.linspace(r - t / 2, r + t / 2, max(3, int(t * 2))))]
    if s.limit is not None:
        angle = Gauge.START_DEG + Gauge.SPAN_DEG * min(max(s.limit / s.maximum, 0.0), 1.0)
        pen = max(2.0, t * 0.25)
        radii = np.linspace(r - t - pen / 2, r + t + pen / 2, int(t * 8))
        parts += [polar(np.array([angle]), radii, across) for across in np.linspace(-pen / 2, pen / 2, 5)]
    return np.vstack(parts)


def _inside(points: np.ndarray, box: QRectF) -> np.ndarray:
    x, y = points[:, 0], points[:, 1]
    return points[(x >= box.left()) & (x <= box.right()) & (y >= box.top()) & (y <= box.bottom())]


def _painted(gauge: Gauge) -> QImage:
    image = QImage(gauge.width(), gauge.height(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    gauge.render(image)
    return image


@pytest.fixture
def pages(qapp, qtbot, session):
    """The dashboard page in each language, its gauges showing the demo shop's figures."""
    from PySide6.QtCore import QLocale

    from sellerdesk.ui import i18n
    from sellerdesk.ui.pages.dashboard import DashboardPage

    def make(lang: str):
        i18n.install_translations(qapp, QLocale(lang))
        page = DashboardPage(session)
        qtbot.addWidget(page)
        page.show_status(page.model.status)
        return page

    yield make
    for translator in i18n._installed:
        qapp.removeTranslator(translator)
    i18n._installed.clear()
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("lang", ["en", "it", "vi"])
def test_gauge_texts_stay_clear_of_the_arc_and_the_tick(pages, qtbot, lang):
    page = pages(lang)
    checked = 0
    for state, sizes in _states(page):
        for width, height in sizes:
            for scale in SCALES:
                gauge = Gauge()
                qtbot.addWidget(gauge)
                gauge.setState(state)
                gauge.resize(round(width * scale), round(height * scale))
                layout = gauge.layout()
                boxes = layout.text_boxes(state.value_text, state.caption)
                where = (lang, state.caption, state.detail, width, height, scale)
                points = _forbidden_points(gauge)
                for box in boxes:
                    assert len(_inside(points, box)) == 0, (where, box, _inside(points, box)[:3])
                for i, box in enumerate(boxes):  # nor on one another
                    assert not any(box.intersects(other) for other in boxes[i + 1 :]), (where, boxes)
                    assert QRectF(0, 0, gauge.width(), gauge.height()).contains(box), (where, box)
                # the whole detail is shown, every word of it, at a size one can read
                assert layout.detail_font.pixelSize() >= 8, where
                assert " ".join(line for _, line in layout.detail).split() == state.detail.split(), where
                # and the arc really is painted where the check looked for it
                image = _painted(gauge)
                centre, r = layout.arc.center(), layout.arc.width() / 2
                top = image.pixelColor(round(centre.x()), round(centre.y() - r))
                assert top.lightness() < 250, (where, "no arc at the top of the circle")
                checked += 1
    assert checked >= 9 * 3 * len(SCALES)


def test_any_size_and_text_keeps_the_texts_off_the_arc(qtbot):
    """Beyond the dashboard's sizes: odd shapes from the gauge's minimum up, long and short texts, the tick anywhere
    (on an end cap too), in the three languages' scripts."""
    import random

    rng = random.Random(11)
    words = [
        "problem",
        "orders",
        "of",
        "window",
        "approaching",
        "the",
        "limit",
        "Tỷ",
        "lệ",
        "đơn",
        "hàng",
        "không",
        "hài",
        "lòng",
        "ordini",
        "problematici",
        "superiore",
        "12.345",
        "25/07/2026",
        "–",
        "22/09/2026",
        "obiettivo",
        "≥",
        "95%",
        "on",
        "time",
        "with",
        "tracking",
    ]
    for _ in range(150):
        detail = " ".join(rng.choice(words) for _ in range(rng.randint(0, 18))).replace(" ", "\n", rng.randint(0, 1))
        state = GaugeState(
            rng.random(),
            1.0,
            rng.choice([None, 0.0, 0.01, 0.5, 0.95, 1.0]),
            ((1.0, "green"),),
            rng.choice(["1,76%", "No orders", "Không có đơn", "4.79", "12.345"]),
            rng.choice(
                ["Order dissatisfaction rate", "Casi rimborsati dal venditore", "Tỷ lệ đơn hàng không hài lòng"]
            ),
            detail,
        )
        gauge = Gauge()
        qtbot.addWidget(gauge)
        gauge.setState(state)
        gauge.resize(rng.randint(120, 640), rng.randint(130, 440))
        boxes = gauge.layout().text_boxes(state.value_text, state.caption)
        points = _forbidden_points(gauge)
        for i, box in enumerate(boxes):
            assert len(_inside(points, box)) == 0, (gauge.size(), state, box)
            assert not any(box.intersects(other) for other in boxes[i + 1 :]), (gauge.size(), state)
