"""`python -m sellerdesk` and the `sellerdesk` command."""

from __future__ import annotations

import errno
import os
import sys

#: Files the app and the command line create (shop files and their -wal/-shm, backups, exports, reports) hold
#: buyers' names and addresses: owner only, whatever the library code creating them asks for.
PRIVATE_UMASK = 0o077


def main() -> int:
    os.umask(PRIVATE_UMASK)
    from sellerdesk.cli import main as cli_main

    try:
        code = cli_main(sys.argv[1:])
        sys.stdout.flush()  # here, not at exit, where a failed flush only prints Python's own complaint
    except BrokenPipeError:
        # `sellerdesk status --json | head -1`: the reader has what it wanted; say nothing more.
        _send_stdout_nowhere()
        return 1
    except OSError as exc:
        if exc.errno not in OUTPUT_ERRNOS:
            raise
        _send_stdout_nowhere()
        where = exc.filename or "the output"
        print(f"sellerdesk: cannot write {where}: {exc.strerror}. Free some space and try again.", file=sys.stderr)
        return 1
    return code


#: Errors of a full or failing disk (ENOSPC, EDQUOT, EFBIG, EIO), e.g. `sellerdesk status > /dev/full`.
OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _send_stdout_nowhere() -> None:
    """Point stdout at the null device, so the flush at exit cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a GUI launch): nothing to flush
        pass


if __name__ == "__main__":
    raise SystemExit(main())
