"""Shipping Consult: package data in the wheel, the standalone build, and the Linux prerequisites check.

The installed-app checks run what a ministry's IT would after installing, from
a folder outside the checkout with an empty home folder: ``--version``,
``init --demo``, a French document whose fonts are embedded, and the window
starting and quitting after its first paint (``CONSULT_QUIT_AFTER_PAINT``).
"""

from __future__ import annotations

import email.parser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from consult_app import __version__, platform_check
from consult_app.paths import resource

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SPEC = ROOT / ".ci" / "packaging" / "consult.spec"
DIST = ROOT / "dist" / "consult"
OFFLINE = re.compile(r"NewConnectionError|Temporary failure in name resolution|Network is unreachable|No matching distribution found")


# ------------------------------------------------------------------ package data


def test_every_package_of_the_source_is_in_the_wheel_list():
    """pyproject lists the packages (resources/ is mapped in): a new sub-package must be added there."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "consult_app").rglob("__init__.py")}
    assert set(config["packages"]) == found | {"consult_app.resources"}
    assert config["package-dir"] == {"consult_app.resources": "resources"}


def test_resources_come_from_the_package_not_the_source_tree():
    from importlib import resources

    package = Path(os.fspath(resources.files("consult_app.resources")))
    for parts in (("demo", "demo.json"), ("fonts", "DejaVuSans.ttf"), ("fonts", "LICENSE-DejaVu.txt"), ("translations", "consult_fr.qm")):
        assert resource(*parts) == package.joinpath(*parts) and resource(*parts).is_file(), parts


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Each font a PDF uses, and whether its program is embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def exercise(command: list[str], folder: Path) -> None:
    """Run an installed Consult from ``folder`` with an empty home: version, demo, a French PDF, the window."""
    home = folder / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "CONSULT_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess:
        out = subprocess.run([*command, *args], cwd=folder, env={**env, **extra}, capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, f"{args}: {out.stderr[-2000:]}"
        return out

    assert run("--version").stdout.strip() == f"consult-app {__version__}"
    assert run("init", "demo.consult", "--demo").stdout.strip() == "Created demo.consult with 5 demo dialogues."
    run("report", "minutes", "demo.consult", "--dialogue", "ML-FR", "--session", "3", "--lang", "fr", "--out", "fr.pdf")
    text = "".join(page.extract_text() for page in PdfReader(folder / "fr.pdf").pages)
    assert "Procès-verbal conjoint de la 3e session" in text and "Page 1 sur" in text
    fonts = pdf_fonts(folder / "fr.pdf")
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    assert all(fonts.values()), f"not embedded: {fonts}"
    window = run("demo.consult", CONSULT_QUIT_AFTER_PAINT="1")
    assert window.stdout.startswith("first-paint "), window.stdout


def requirements(listed: list[str]) -> list[tuple[str, str, str]]:
    """Requirements outside the extras, by normalised name, with their version bounds and markers (a platform's too:
    the dependencies are installed before the wheel, so one the wheel forgot to declare would not be missed there)."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    return sorted((canonicalize_name(r.name), str(r.specifier), str(r.marker or "")) for r in map(Requirement, listed) if "extra" not in str(r.marker or ""))


def test_a_wheel_installed_in_a_fresh_venv_works_from_another_folder(tmp_path):
    """Build the wheel, install it (dependencies from pip's cache) in a new venv, use it outside the checkout."""
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # pip looks up and unpacks the dependencies pyproject declares while the wheel is built (a few seconds saved); the
    # wheel is then checked to declare exactly those, and its own install resolves them again (fetching anything missing).
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    deps = subprocess.Popen(
        [*pip, "--python", str(python), "install", "-q", "--no-compile", *declared], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    # In this venv, not one made for the build: `make install` has just built the app through [build-system]'s requirements.
    built = subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path / "wheel"), str(ROOT)], capture_output=True, text=True)
    _out, deps_err = deps.communicate(timeout=600)
    if built.returncode != 0 and OFFLINE.search(built.stderr):
        pytest.skip(f"the wheel cannot be built offline (its build needs setuptools and PySide6): {built.stderr.strip().splitlines()[-1]}")
    assert built.returncode == 0, built.stderr[-3000:]
    if deps.returncode != 0 and OFFLINE.search(deps_err):
        pytest.skip(f"the wheel's dependencies cannot be installed offline: {deps_err.strip().splitlines()[-1]}")
    assert deps.returncode == 0, deps_err[-3000:]
    wheel = next((tmp_path / "wheel").glob("consult_app-*.whl"))
    with zipfile.ZipFile(wheel) as whl:
        metadata = email.parser.Parser().parsestr(whl.read(next(n for n in whl.namelist() if n.endswith(".dist-info/METADATA"))).decode())
    assert requirements(metadata.get_all("Requires-Dist")) == requirements(declared)
    installed = subprocess.run([*pip, "--python", str(python), "install", "-q", "--no-compile", str(wheel)], capture_output=True, text=True)
    if installed.returncode != 0 and OFFLINE.search(installed.stderr):
        pytest.skip(f"the wheel's dependencies cannot be installed offline: {installed.stderr.strip().splitlines()[-1]}")
    assert installed.returncode == 0, installed.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    probe = (
        "from consult_app.paths import resource\nfor f in ('demo/demo.json', 'fonts/DejaVuSans-Bold.ttf', 'fonts/LICENSE-DejaVu.txt', "
        "'translations/consult_fr.qm', 'translations/consult_es.qm'):\n    print(resource(*f.split('/')))"
    )
    found = subprocess.run([str(python), "-c", probe], cwd=work, capture_output=True, text=True, check=True).stdout.split()
    assert len(found) == 5 and all(Path(f).is_file() and Path(f).is_relative_to(venv) for f in found), found
    exercise([str(python.with_name("consult-app"))], work)


# ------------------------------------------------------------------ standalone build


@pytest.mark.skipif(
    importlib.util.find_spec("PyInstaller") is None and not os.environ.get("CONSULT_DIST_BUILT"),
    reason="PyInstaller is not installed (make dist installs it and runs this test)",
)
def test_the_standalone_build_runs_from_another_folder(tmp_path):
    """make dist's folder: its own Python, Qt, fonts, translations and demo; nothing from the checkout."""
    if not os.environ.get("CONSULT_DIST_BUILT"):  # make dist has just built it
        build = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(DIST.parent),
                "--workpath",
                str(ROOT / "build" / "pyinstaller"),
                str(SPEC),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert build.returncode == 0, build.stderr[-3000:]
    exe = DIST / ("consult-app.exe" if os.name == "nt" else "consult-app")
    assert exe.is_file()
    work = tmp_path / "elsewhere"
    work.mkdir()
    exercise([str(exe)], work)


# ------------------------------------------------------------------ prerequisites on Linux

LDD = (DATA / "ldd-libqxcb-debian12.txt").read_text("utf-8")  # a fresh Debian 12 with PySide6 6.12


def test_ldd_listing_gives_the_missing_libraries_once_each():
    assert platform_check.parse_ldd(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_exact_install_command_per_distribution():
    missing = platform_check.parse_ldd(LDD)
    assert platform_check.explain(missing, "debian", root=False) == (
        "Qt cannot start: the system libraries libxcb-icccm.so.4, libxcb-keysyms.so.1 are not installed.\n"
        "Install them with:\n    sudo apt-get install -y libxcb-icccm4 libxcb-keysyms1"
    )
    assert platform_check.install_command(missing, "debian", root=True) == "apt-get install -y libxcb-icccm4 libxcb-keysyms1"
    assert platform_check.install_command(["libxcb-cursor.so.0", "libxcb-shape.so.0"], "fedora", root=False) == "sudo dnf install -y libxcb xcb-util-cursor"
    assert platform_check.explain(["libxcb-cursor.so.0"], "", root=False) == (
        "Qt cannot start: the system library libxcb-cursor.so.0 is not installed.\n"
        "Install the packages that provide libxcb-cursor.so.0 (see Prerequisites in Consult's README)."
    )


@pytest.mark.parametrize(
    ("release", "family"),
    [
        ('ID=debian\nVERSION_ID="12"', "debian"),
        ("ID=ubuntu\nID_LIKE=debian", "debian"),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"', "debian"),
        ("ID=fedora\nVERSION_ID=40", "fedora"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"', "fedora"),
        ("ID=arch", ""),
    ],
)
def test_distribution_family_from_os_release(release, family):
    assert platform_check.os_family(release) == family


@pytest.mark.parametrize(
    ("env", "xcb"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:display=:1"}, True),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ],
)
def test_the_xcb_plugin_is_checked_only_when_qt_will_use_it(env, xcb):
    assert platform_check.wants_xcb(env) is xcb


@pytest.fixture
def broken_qt(tmp_path):
    """A copy of PySide6's xcb plugin that needs a library no system has, beside the real Qt libraries."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        pytest.skip("the xcb plugin check is for Linux")
    real = platform_check.qt_folder()
    plugin = real / "plugins" / "platforms" / "libqxcb.so"
    data = plugin.read_bytes()
    assert data.count(b"libxcb-keysyms.so.1\0") == 1
    qt = tmp_path / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").symlink_to(real / "lib")  # the plugin finds Qt's own libraries through $ORIGIN/../../lib
    (qt / "plugins" / "platforms" / "libqxcb.so").write_bytes(data.replace(b"libxcb-keysyms.so.1\0", b"libxcb-keysyxs.so.1\0"))
    return qt


def test_a_plugin_whose_library_is_missing_is_explained(broken_qt, monkeypatch):
    monkeypatch.setattr(platform_check, "qt_folder", lambda: broken_qt)
    message = platform_check.problem({"QT_QPA_PLATFORM": "xcb"})
    # (a machine without the usual xcb packages lists those too, with their apt-get command)
    assert message is not None and re.match(r"Qt cannot start: the system librar(y|ies) .*libxcb-keysyxs\.so\.1", message)
    assert "Install the packages that provide libxcb-keysyxs.so.1 (see Prerequisites in Consult's README)." in message
    assert platform_check.problem({"QT_QPA_PLATFORM": "offscreen"}) is None  # only the widgets library: it loads


def test_the_app_explains_before_qt_starts(broken_qt, tmp_path):
    """consult-app with the broken plugin: one message and exit 1, not Qt's abort."""
    script = (
        "import sys, pathlib\nimport consult_app.platform_check as check\n"
        f"check.qt_folder = lambda: pathlib.Path({str(broken_qt)!r})\n"
        "from consult_app.cli import main\nsys.exit(main([sys.argv[1]]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env.update(QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "w.consult")], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 1, out.stderr
    assert re.match(r"consult-app: Qt cannot start: the system librar(y|ies) .*libxcb-keysyxs\.so\.1", out.stderr), out.stderr
    assert not (tmp_path / "w.consult").exists()


def test_the_build_names_the_packages_lrelease_needs(tmp_path, monkeypatch):
    """make install compiles the translations before the app ever starts: if Qt's lrelease cannot load, the
    build says which packages to install — lrelease's and the app's together, so one command is enough."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        pytest.skip("the libraries check is for Linux")
    real = platform_check.qt_folder()
    pyside = tmp_path / "PySide6"
    pyside.mkdir()
    (pyside / "Qt").symlink_to(real)  # lrelease finds Qt through $ORIGIN/Qt/lib
    data = (real.parent / "lrelease").read_bytes()
    assert data.count(b"libgcc_s.so.1\0") == 1
    (pyside / "lrelease").write_bytes(data.replace(b"libgcc_s.so.1\0", b"libgcc_x.so.1\0"))
    (pyside / "lrelease").chmod(0o755)
    monkeypatch.setattr(platform_check, "qt_folder", lambda: pyside / "Qt")
    monkeypatch.syspath_prepend(str(ROOT / ".ci" / "packaging"))
    import consult_build

    stderr = "lrelease: error while loading shared libraries: libgcc_x.so.1: cannot open shared object file: No such file or directory"
    message = consult_build._lrelease_failed(stderr)
    assert re.match(r"Compiling Consult's translations with Qt's lrelease failed\.\nQt cannot start: the system librar(y|ies) .*libgcc_x\.so\.1", message)
    assert consult_build._lrelease_failed("lrelease: cannot read consult_fr.ts") == (
        "Compiling Consult's translations with Qt's lrelease failed: lrelease: cannot read consult_fr.ts"
    )


def test_no_display_is_said_in_one_sentence_not_by_a_qt_abort(tmp_path):
    """With every library there but no X display, Qt would abort naming xcb-cursor0; Consult says what is missing."""
    assert platform_check.no_display({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert platform_check.no_display({"DISPLAY": ":0"}) is None
    assert platform_check.no_display({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}) is None
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-m", "consult_app.cli", str(tmp_path / "w.consult")], capture_output=True, text=True, env=env, timeout=60)
    assert (out.returncode, out.stderr) == (
        1,
        (
            "consult-app: There is no display to open Consult's window on (DISPLAY is not set): start it from a desktop session, "
            "or over ssh with X forwarding (ssh -X). Without a screen, the command line does everything but the window (consult-app --help).\n"
        ),
    )
    assert not (tmp_path / "w.consult").exists()
