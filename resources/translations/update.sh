#!/bin/sh
# Regenerate SellerDesk's translations (Qt Linguist).
#   1. pyside6-lupdate: scan sellerdesk/ui and the PDFs (sellerdesk/io/report_*.py, evidence.py,
#      labels.py, words.py) for self.tr(), X.tr() (sellerdesk.io.words.Context), QCoreApplication.translate() and
#      QT_TRANSLATE_NOOP(), and merge new/changed source texts into the .ts files (existing
#      translations are kept; obsolete ones dropped). English is the source language: its .ts holds
#      only the plural messages (-pluralonly), "%n order(s)" -> "%n order" / "%n orders".
#   2. Translate the new messages (Qt Linguist, or edit the <translation> elements; keep every
#      {placeholder}, HTML tag, & accelerator and %n; remove type="unfinished").
#   3. pyside6-lrelease: compile each .ts into the .qm the app loads (commit both).
# tests/unit/test_translations.py fails when a message is unfinished, a placeholder or tag is
# lost, or a .qm is out of date with its .ts.
# Usage: resources/translations/update.sh [lupdate|lrelease]   (default: both)
set -eu
cd "$(dirname "$0")/../.."
LANGS="it vi"
if [ "${1:-all}" != "lrelease" ]; then
    # sellerdesk/io/report_*.py, evidence.py, labels.py and words.py: the PDFs, worded in the window's language (io's one Qt use)
    SOURCES=$(find sellerdesk/ui sellerdesk/io -name '*.py' \
        \( -path 'sellerdesk/ui/*' -o -name 'report_*.py' -o -name 'evidence.py' -o -name 'labels.py' -o -name 'words.py' \) \
        | LC_ALL=C sort)
    for lang in $LANGS; do
        # shellcheck disable=SC2086
        pyside6-lupdate -no-obsolete -locations relative $SOURCES -target-language "$lang" \
            -ts "resources/translations/sellerdesk_$lang.ts"
    done
    # shellcheck disable=SC2086
    pyside6-lupdate -no-obsolete -pluralonly -locations relative $SOURCES -source-language en -target-language en \
        -ts "resources/translations/sellerdesk_en.ts"
fi
if [ "${1:-all}" != "lupdate" ]; then
    for lang in en $LANGS; do
        pyside6-lrelease -silent "resources/translations/sellerdesk_$lang.ts" \
            -qm "resources/translations/sellerdesk_$lang.qm"
    done
fi
