"""`python -m sellerdesk` and the `sellerdesk` command."""

from __future__ import annotations

import sys


def main() -> int:
    from sellerdesk.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
