"""Before Qt starts on Linux: are the system libraries it needs installed? If not, name the command that installs them.

PySide6's wheels carry Qt itself but not the X11/OpenGL libraries of the
system. Without them Qt aborts with a message that names one library at a
time ("xcb-cursor0 or libxcb-cursor0 is needed…"). This check loads Qt's
widgets library and, when the window system will be X11, its xcb platform
plugin — the loading Qt is about to do anyway, so it costs nothing when all
is well. When a load fails it asks ``ldd`` for every missing library and
prints one install command for all of them (apt-get on Debian and Ubuntu,
dnf on Fedora).

Run by the desktop app before Qt starts, and on its own with
``python -m consult_app.platform_check`` (exit 0 ready, 1 libraries missing).
No Qt is imported here.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple


class Package(NamedTuple):
    """The package that provides a library, by the family of distributions that installs it."""

    debian: str  # Debian, Ubuntu and their kin (apt-get)
    fedora: str  # Fedora, RHEL and their kin (dnf)


# soname -> its package, for every system library that Qt's widgets, PDF and xcb plugin
# libraries and its lrelease tool load (ldd on PySide6's files).
PACKAGES: dict[str, Package] = {
    "libEGL.so.1": Package("libegl1", "libglvnd-egl"),
    "libGL.so.1": Package("libgl1", "libglvnd-glx"),
    "libGLX.so.0": Package("libglx0", "libglvnd-glx"),
    "libfontconfig.so.1": Package("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": Package("libfreetype6", "freetype"),
    "libglib-2.0.so.0": Package("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": Package("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": Package("libdbus-1-3", "dbus-libs"),
    "libxkbcommon.so.0": Package("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": Package("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": Package("libx11-6", "libX11"),
    "libX11-xcb.so.1": Package("libx11-xcb1", "libX11-xcb"),
    "libxcb.so.1": Package("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": Package("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": Package("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": Package("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": Package("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": Package("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": Package("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": Package("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": Package("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": Package("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": Package("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": Package("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": Package("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": Package("libxcb-xkb1", "libxcb"),
    # lrelease, which compiles the translations when the package is built
    "libgssapi_krb5.so.2": Package("libgssapi-krb5-2", "krb5-libs"),
    "libkrb5.so.3": Package("libkrb5-3", "krb5-libs"),
    "libk5crypto.so.3": Package("libk5crypto3", "krb5-libs"),
    "libkrb5support.so.0": Package("libkrb5support0", "krb5-libs"),
    "libcom_err.so.2": Package("libcom-err2", "libcom_err"),
    "libkeyutils.so.1": Package("libkeyutils1", "keyutils-libs"),
    "libbrotlidec.so.1": Package("libbrotli1", "libbrotli"),
    "libbrotlicommon.so.1": Package("libbrotli1", "libbrotli"),
    "libpcre2-8.so.0": Package("libpcre2-8-0", "pcre2"),
    "libzstd.so.1": Package("libzstd1", "libzstd"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
_DLERROR = re.compile(r"^(\S+?\.so[.\d]*): cannot open shared object file")


def qt_folder() -> Path | None:
    """PySide6's Qt folder (``.../PySide6/Qt``), found without importing Qt; None when PySide6 is absent."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt"


def wants_xcb(env: Mapping[str, str]) -> bool:
    """Whether Qt will try the xcb (X11) platform plugin, following QT_QPA_PLATFORM as Qt does."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return any(name.split(":")[0].strip() == "xcb" for name in chosen.split(";"))
    # Unset: on a Wayland session Qt 6 takes its wayland plugin first.
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def libraries_to_load(qt: Path, env: Mapping[str, str]) -> list[Path]:
    """Qt's widgets library, and the xcb platform plugin when Qt will use it."""
    wanted = [qt / "lib" / "libQt6Widgets.so.6"]
    if wants_xcb(env):
        wanted.append(qt / "plugins" / "platforms" / "libqxcb.so")
    return [path for path in wanted if path.exists()]


def parse_ldd(text: str) -> list[str]:
    """The libraries ``ldd`` reports as ``not found``, in order, without repeats."""
    found: list[str] = []
    for line in text.splitlines():
        match = _NOT_FOUND.match(line)
        if match and match.group(1) not in found:
            found.append(match.group(1))
    return found


def missing_libraries(paths: list[Path]) -> list[str]:
    """The system libraries that ``paths`` need and the dynamic loader cannot find (empty when all load)."""
    missing: list[str] = []
    for path in paths:
        try:
            ctypes.CDLL(str(path), mode=os.RTLD_LAZY)  # what Qt does next; cheap when it works
            continue
        except OSError as exc:
            first = _DLERROR.match(str(exc))
        import subprocess  # only when something is missing

        try:
            listing = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
        except OSError:  # no ldd: the loader's own message names the first one
            listing = ""
        for name in parse_ldd(listing) or ([first.group(1)] if first else []):
            if name not in missing:
                missing.append(name)
    return missing


def os_family(os_release: str) -> str:
    """'debian', 'fedora' or '' from the text of /etc/os-release (ID and ID_LIKE)."""
    ids: list[str] = []
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids += value.strip().strip('"').split()
    if any(i in ("debian", "ubuntu") for i in ids):
        return "debian"
    if any(i in ("fedora", "rhel", "centos") for i in ids):
        return "fedora"
    return ""


def install_command(missing: list[str], family: str, *, root: bool) -> str | None:
    """The one command that installs the packages providing ``missing``, or None when we cannot name them."""
    if family not in ("debian", "fedora"):
        return None
    packages = sorted({getattr(PACKAGES[name], family) for name in missing if name in PACKAGES})
    if not packages:
        return None
    tool = "apt-get" if family == "debian" else "dnf"
    return ("" if root else "sudo ") + f"{tool} install -y " + " ".join(packages)


def explain(missing: list[str], family: str, *, root: bool) -> str:
    """What to tell the person: which libraries are missing and the command that installs them."""
    lines = [
        f"Qt cannot start: the system librar{'y' if len(missing) == 1 else 'ies'} {', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not installed."
    ]
    command = install_command(missing, family, root=root)
    unknown = [name for name in missing if name not in PACKAGES]
    if command:
        lines.append(f"Install {'it' if len(missing) == 1 else 'them'} with:\n    {command}")
    if unknown or not command:
        lines.append("Install the packages that provide " + ", ".join(unknown or missing) + " (see Prerequisites in Consult's README).")
    return "\n".join(lines)


def problem(env: Mapping[str, str] | None = None, *, also: tuple[Path, ...] = ()) -> str | None:
    """On Linux, the message to print when Qt's system libraries are missing; None when Qt can start (or elsewhere).

    Args:
        env: the environment Qt will start in (default: this process's).
        also: more files to check the same way (the build checks Qt's lrelease tool too).
    """
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    qt = qt_folder()
    if qt is None:
        return None  # no PySide6 at all: the import error says so
    missing = missing_libraries([*also, *libraries_to_load(qt, env)])
    if not missing:
        return None
    try:
        release = Path("/etc/os-release").read_text("utf-8")
    except OSError:
        release = ""
    return explain(missing, os_family(release), root=os.geteuid() == 0)


def no_display(env: Mapping[str, str] | None = None) -> str | None:
    """On Linux, the message to print when Qt would look for an X11 display and none is set; None otherwise.

    Without it Qt aborts, naming a library (xcb-cursor0) that may well be installed.
    """
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    if not wants_xcb(env) or env.get("DISPLAY", "").strip():
        return None
    return (
        "There is no display to open Consult's window on (DISPLAY is not set): start it from a desktop session, "
        "or over ssh with X forwarding (ssh -X). Without a screen, the command line does everything but the window (consult-app --help)."
    )


def main() -> int:
    """Print what is missing and how to install it; exit 1 if anything is, else 0 (silently)."""
    message = problem()
    if message:
        print(message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
