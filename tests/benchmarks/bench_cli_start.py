"""How long does ``krea --mock image ...`` take beyond starting the interpreter it runs in?

Run: ``.venv/bin/python tests/benchmarks/bench_cli_start.py [--rounds 15]``. Each round runs, in fresh
processes and taking turns (which goes first flips every round), ``python -c pass`` (the interpreter's own
start, ``site`` included) and the installed ``krea`` command: ``krea --mock image bfl/flux-1-dev --prompt "a
fox" --out DIR``, one whole generation against the in-process mock (its virtual clock: the 7 s job takes no
real time), its PNG saved. It prints the median and range of each and of the per-round difference, beside issue
14's goal: at most 200 ms over interpreter start.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KREA = Path(sys.executable).with_name("krea")
GOAL_MS = 200.0
# Like an installed package (pip compiles .pyc files): let the warm-up write bytecode.
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "KREA_API_KEY")}


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as out:
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "krea --mock image": [str(KREA), "--mock", "image", "bfl/flux-1-dev", "--prompt", "a fox", "--out", out],
        }
        for command in commands.values():
            _timed(command)  # warm the file cache and the .pyc files
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(args.rounds):
            order = list(commands) if round_ % 2 == 0 else list(reversed(commands))
            for name in order:
                times[name].append(_timed(commands[name]))
    load = "/".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"machine: {platform.machine()}, {os.cpu_count()} cpus, load {load}; python {platform.python_version()}")
    for name, values in times.items():
        print(f"{name:20s} median {statistics.median(values):6.0f} ms   range {min(values):5.0f}-{max(values):5.0f} ms")
    over = [k - p for k, p in zip(times["krea --mock image"], times["python -c pass"], strict=True)]
    median = statistics.median(over)
    ratio = statistics.median(times["krea --mock image"]) / statistics.median(times["python -c pass"])
    print(
        f"krea over interpreter start: median {median:.0f} ms (range {min(over):.0f}-{max(over):.0f} ms), "
        f"{ratio:.1f}x; goal <= {GOAL_MS:.0f} ms: {'met' if median <= GOAL_MS else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
