"""Saved-reply templates: a fixed list of placeholders, filled without ever evaluating user text.

A template is plain text with `{name}` placeholders from `PLACEHOLDERS`, a `{cursor}` marker
(where the caret goes after pasting) and `{{` / `}}` for literal braces. The parser is a small
hand-written scanner: no `str.format`, so `{order.__class__}` or `{0[1]}` are reported as errors
with their position and never looked up.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

PLACEHOLDERS: tuple[str, ...] = (
    "buyer",
    "buyer_first_name",
    "order_id",
    "ship_by",
    "edd",
    "tracking_number",
    "carrier",
    "shop_name",
)
CURSOR = "cursor"
DESCRIPTIONS: dict[str, str] = {
    "buyer": "the buyer's name (or user name)",
    "buyer_first_name": "the buyer's first name",
    "order_id": "the order number",
    "ship_by": "the ship-by date (extended if it was)",
    "edd": "the estimated delivery date",
    "tracking_number": "the tracking number",
    "carrier": "the carrier",
    "shop_name": "your shop's name",
    CURSOR: "where the cursor goes after pasting (removed from the text)",
}


@dataclass(frozen=True)
class TemplateError:
    offset: int  # 0-based index into the template
    line: int  # 1-based
    column: int  # 1-based
    length: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class Token:
    kind: str  # "text" or "field"
    value: str  # the literal text, or the placeholder name
    offset: int


@dataclass
class Rendered:
    text: str
    cursor: int | None = None  # index in `text` where {cursor} was
    errors: list[TemplateError] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # placeholders with no value

    @property
    def ok(self) -> bool:
        return not self.errors


class _Lines:
    """Line and column of an offset, by bisecting the line starts (found once per template): a template
    with thousands of errors is scanned once, not once per error."""

    def __init__(self, template: str) -> None:
        self.template = template
        self.starts: list[int] | None = None

    def position(self, offset: int) -> tuple[int, int]:
        if self.starts is None:
            self.starts = [0] + [i + 1 for i, ch in enumerate(self.template) if ch == "\n"]
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _error(lines: _Lines, offset: int, length: int, message: str) -> TemplateError:
    line, column = lines.position(offset)
    return TemplateError(offset, line, column, length, message)


_KNOWN = ", ".join("{" + p + "}" for p in (*PLACEHOLDERS, CURSOR))
#: `{{`, `}}`, a `{name}` (no brace inside), or a lone brace: everything else is literal text
_SPECIAL = re.compile(r"\{\{|\}\}|\{[^{}]*\}|[{}]")
_FIELDS = frozenset((*PLACEHOLDERS, CURSOR))
UNCLOSED = "unclosed { (write {{ for a literal brace)"
SINGLE_CLOSE = "single } (write }} for a literal brace)"


@lru_cache(maxsize=512)  # a template repeats its mistakes; the message is the same each time
def _explain(name: str) -> str:
    if not name.strip():
        return "empty placeholder {}; write {{ and }} for literal braces"
    if any(ch in name for ch in ".[]!:()"):
        return (
            f"{{{name}}} is not allowed: placeholders are plain names, without attributes, indexes "
            "or formats; write {{ and }} for literal braces"
        )
    return f"unknown placeholder {{{name}}}; known: {_KNOWN}"


def parse(template: str) -> tuple[list[Token], list[TemplateError]]:
    """Split a template into literal text and placeholder tokens, collecting every error.

    One regular-expression pass finds every brace construct (`{{`, `}}`, `{name}`, a lone brace); the
    text between them is literal. Linear however many mistakes a pasted text holds."""
    tokens: list[Token] = []
    errors: list[TemplateError] = []
    literal: list[str] = []
    literal_start = pos = 0
    lines = _Lines(template)
    for match in _SPECIAL.finditer(template):
        start, end = match.span()
        if start > pos:
            literal.append(template[pos:start])
        pos = end
        piece = match.group()
        if piece == "{{":
            literal.append("{")
        elif piece == "}}":
            literal.append("}")
        elif piece == "{":
            errors.append(_error(lines, start, 1, UNCLOSED))
            literal.append(piece)
        elif piece == "}":
            errors.append(_error(lines, start, 1, SINGLE_CLOSE))
            literal.append(piece)
        elif piece[1:-1] in _FIELDS:
            if literal:
                tokens.append(Token("text", "".join(literal), literal_start))
                literal.clear()
            tokens.append(Token("field", piece[1:-1], start))
            literal_start = end
        else:
            errors.append(_error(lines, start, end - start, _explain(piece[1:-1])))
            literal.append(piece)
    if pos < len(template):
        literal.append(template[pos:])
    if literal:
        tokens.append(Token("text", "".join(literal), literal_start))
    return tokens, errors


def check(template: str) -> list[TemplateError]:
    return parse(template)[1]


def render(template: str, values: Mapping[str, str | None] | None = None) -> Rendered:
    """Fill the placeholders from `values` (plain strings; looked up by name, nothing else).

    A placeholder without a value stays as `{name}` in the text and is listed in `missing`;
    erroneous ones stay as written and are listed in `errors`. Only the first {cursor} counts.
    """
    values = values or {}
    tokens, errors = parse(template)
    out: list[str] = []
    length = 0
    cursor: int | None = None
    missing: list[str] = []
    for token in tokens:
        if token.kind == "text":
            piece = token.value
        elif token.value == CURSOR:
            if cursor is None:
                cursor = length
            piece = ""
        else:
            value = values.get(token.value)
            if value is None or value == "":
                if token.value not in missing:
                    missing.append(token.value)
                piece = "{" + token.value + "}"
            else:
                piece = str(value)
        out.append(piece)
        length += len(piece)
    return Rendered("".join(out), cursor, errors, missing)


def used_placeholders(template: str) -> list[str]:
    return [t.value for t in parse(template)[0] if t.kind == "field"]
