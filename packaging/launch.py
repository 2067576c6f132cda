"""Entry script for the PyInstaller build (build.spec).

PyInstaller runs its entry script as a top-level `__main__`, outside any package; this keeps
`sellerdesk/__main__.py` an ordinary package module (free to use relative imports).
"""

from sellerdesk.__main__ import main

raise SystemExit(main())
