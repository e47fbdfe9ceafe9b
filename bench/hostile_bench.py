"""Time and memory of refusing hostile interchange files, and of the largest legitimate one.

    .venv/bin/python bench/hostile_bench.py [--large bench/large.consult]

Each case runs ``consult-app import`` in a child process and reads the
child's peak resident memory from the kernel (``os.wait4``). The hostile
files are the demo with one huge ``evidence`` text: 50 MB, 440 MB (just under
the 450 MB cap: found by the streaming scan) and 500 MB (over the cap:
refused before it is read). With ``--large`` (``make large`` makes it), the
large workspace is exported and the export imported into an empty workspace,
the size a legitimate file reaches. Figures go to the README (Performance).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consult_app.ops.workspaces import demo_text  # noqa: E402


def run(*args) -> tuple[float, int, int, str]:
    """(seconds, peak MB, exit status, last line of stderr) of one command-line run."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "consult_app.cli", *map(str, args)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = child.stderr.read().decode().strip().splitlines()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.stderr.close()
    return time.perf_counter() - start, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status), (err or [""])[-1]


def huge_text_file(path: Path, size: int, where: tuple = ("dialogues", 0, "commitments", 0, "events", 0), field: str = "evidence", tail: bytes = b"") -> Path:
    """The demo with one text of ``size`` bytes at ``where``/``field``, written without ever holding it in memory."""
    doc = json.loads(demo_text())
    parent = doc
    for part in where:
        parent = parent[part]
    parent[field] = "@@here@@"
    head, rest = json.dumps(doc, ensure_ascii=False, indent=2).encode().split(b"@@here@@")
    block = b"x" * (1 << 20)
    with path.open("wb") as fh:
        fh.write(head)
        for start in range(0, size, len(block)):
            fh.write(block[: size - start])
        fh.write(rest + tail)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--large", type=Path, help="a large workspace to export and import again")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="consult-hostile-"))
    try:
        target = tmp / "target.consult"
        print(run("init", target)[2] == 0 and f"workspace {target}")
        print("| file | size | result | time (s) | peak memory (MB) |")
        print("|---|---:|---|---:|---:|")
        for mb in (50, 440, 500):
            path = huge_text_file(tmp / f"text-{mb}.json", mb * 10**6)
            seconds, peak, code, message = run("import", target, path)
            print(f"| one {mb} MB `evidence` text | {path.stat().st_size / 1e6:,.0f} MB | exit {code}: {message[:70]}… | {seconds:.2f} | {peak} |")
            path.unlink()
        if args.large:
            copy = tmp / "large.consult"
            shutil.copyfile(args.large, copy)
            out = tmp / "large.json"
            seconds, peak, code, message = run("export", copy, out)
            print(f"| export of {args.large.name} | {out.stat().st_size / 1e6:,.0f} MB | exit {code} | {seconds:.1f} | {peak} |")
            empty = tmp / "empty.consult"
            run("init", empty)
            seconds, peak, code, message = run("import", empty, out)
            print(f"| import of that export | {out.stat().st_size / 1e6:,.0f} MB | exit {code} | {seconds:.1f} | {peak} |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
