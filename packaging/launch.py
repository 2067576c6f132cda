"""Entry script for the PyInstaller build (build.spec).

PyInstaller runs its entry script as a top-level `__main__`, outside any package; this keeps
`sellerdesk/__main__.py` an ordinary package module (free to use relative imports).
"""

import multiprocessing

multiprocessing.freeze_support()  # a worker process of a big export starts as this program: let it work

from sellerdesk.__main__ import main  # noqa: E402

raise SystemExit(main())
