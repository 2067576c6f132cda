"""The Debian packages the Linux build relies on instead of bundling their libraries.

One list serves three places: the .deb's Depends/Recommends (packaging/linux/build.sh), the
libraries build.spec leaves out of the bundle (a library the system provides and the package
depends on is loaded from the system, like libGL), and the README's system-library list.

Each entry is "package | alternative" (Ubuntu 24.04 renamed some libraries with a t64 suffix) and
the sonames it provides. A library one of these needs that nothing bundled needs (libXau, libkrb5,
libpng16 ...) is left out too: the system package brings its own.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

#: Required: Qt's core and xcb platform libraries (the same list as .ci/run and the README), and
#: the C++ runtime, whose bundled copy would shadow the system's for the system's GL drivers.
DEPENDS: dict[str, tuple[str, ...]] = {
    "libegl1": ("libEGL.so.1",),
    "libgl1": ("libGL.so.1", "libGLX.so.0", "libGLdispatch.so.0", "libOpenGL.so.0"),
    "libglib2.0-0t64 | libglib2.0-0": (
        "libglib-2.0.so.0",
        "libgobject-2.0.so.0",
        "libgio-2.0.so.0",
        "libgmodule-2.0.so.0",
        "libgthread-2.0.so.0",
    ),
    "libdbus-1-3": ("libdbus-1.so.3",),
    "libfontconfig1": ("libfontconfig.so.1",),
    "libfreetype6": ("libfreetype.so.6",),
    "libxkbcommon0": ("libxkbcommon.so.0",),
    "libx11-6": ("libX11.so.6",),
    "libxcb1": ("libxcb.so.1",),
    "libgssapi-krb5-2": ("libgssapi_krb5.so.2",),
    "libzstd1": ("libzstd.so.1",),
    "libx11-xcb1": ("libX11-xcb.so.1",),
    "libxkbcommon-x11-0": ("libxkbcommon-x11.so.0",),
    "libxcb-cursor0": ("libxcb-cursor.so.0",),
    "libxcb-glx0": ("libxcb-glx.so.0",),
    "libxcb-icccm4": ("libxcb-icccm.so.4",),
    "libxcb-image0": ("libxcb-image.so.0",),
    "libxcb-keysyms1": ("libxcb-keysyms.so.1",),
    "libxcb-randr0": ("libxcb-randr.so.0",),
    "libxcb-render0": ("libxcb-render.so.0",),
    "libxcb-render-util0": ("libxcb-render-util.so.0",),
    "libxcb-shape0": ("libxcb-shape.so.0",),
    "libxcb-shm0": ("libxcb-shm.so.0",),
    "libxcb-sync1": ("libxcb-sync.so.1",),
    "libxcb-util1": ("libxcb-util.so.1",),
    "libxcb-xfixes0": ("libxcb-xfixes.so.0",),
    "libxcb-xkb1": ("libxcb-xkb.so.1",),
    "libstdc++6": ("libstdc++.so.6",),
    "libgcc-s1": ("libgcc_s.so.1",),
}

#: Optional: printing to real printers (without libcups Qt offers "Print to PDF" only) and the
#: native Wayland platform (without it Qt runs through XWayland).
RECOMMENDS: dict[str, tuple[str, ...]] = {
    "libcups2t64 | libcups2": ("libcups.so.2",),
    "libwayland-client0": ("libwayland-client.so.0",),
    "libwayland-cursor0": ("libwayland-cursor.so.0",),
    "libwayland-egl1": ("libwayland-egl.so.1",),
}


def control_field(packages: dict[str, tuple[str, ...]]) -> str:
    """The comma-separated value of a Depends/Recommends field."""
    return ", ".join(packages)


def provided_by_system(dest_name: str) -> bool:
    """True for a library PyInstaller copied from the system (top level of the bundle) that a
    package above provides. Vendored copies inside packages (pillow.libs/libxcb-9065bb12.so...)
    keep their own names and stay."""
    if "/" in dest_name:
        return False
    return any(
        fnmatchcase(dest_name, soname)
        for packages in (DEPENDS, RECOMMENDS)
        for sonames in packages.values()
        for soname in sonames
    )


if __name__ == "__main__":
    import sys

    field = sys.argv[1] if len(sys.argv) > 1 else ""
    if field == "depends":
        print(control_field(DEPENDS))
    elif field == "recommends":
        print(control_field(RECOMMENDS))
    elif field == "apt":
        print(" ".join(name.split(" | ")[-1] for name in DEPENDS))
    else:
        raise SystemExit("usage: system_packages.py depends|recommends|apt")
