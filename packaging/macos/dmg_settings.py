"""dmgbuild settings: the macOS disk image (drag SellerDesk.app onto Applications).

    pip install dmgbuild
    dmgbuild -s packaging/macos/dmg_settings.py -D app=dist/SellerDesk.app \
        "SellerDesk" dist/SellerDesk-VERSION-macos.dmg

dmgbuild runs this file with `defines` (the -D values) in its namespace. Built and smoke-tested
by .github/workflows/release.yml on a macOS runner.
"""

import os.path

application = defines.get("app", "dist/SellerDesk.app")  # noqa: F821 - injected by dmgbuild
appname = os.path.basename(application)

# Compressed (bzip2), read-only image; size computed from the contents.
format = defines.get("format", "UDBZ")  # noqa: F821
filesystem = "HFS+"
size = None

files = [application]
symlinks = {"Applications": "/Applications"}
# The volume shows the app's own icon.
icon = os.path.join(application, "Contents", "Resources", "sellerdesk.icns")

# A plain window: the app on the left, an arrow to Applications on the right.
background = "builtin-arrow"
window_rect = ((200, 120), (640, 300))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 14
icon_locations = {appname: (160, 130), "Applications": (480, 130)}
