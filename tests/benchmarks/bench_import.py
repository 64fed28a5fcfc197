"""How long `import krea` takes, beside `import httpx, attrs` (its floor), measured in fresh interpreters.

Run: .venv/bin/python tests/benchmarks/bench_import.py [rounds]
Prints the median and best wall time of each import over the rounds, run alternately so both see the same
machine load, and the ratio. The target is `import krea` under 150 ms on the project's 2-core machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

SNIPPETS = {
    "import httpx, attrs": "import httpx, attrs",
    "import krea": "import krea",
}
PROBE = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"


def measure(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", PROBE.format(code=code)], capture_output=True, text=True, check=True)
    return float(out.stdout) * 1000


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    for code in SNIPPETS.values():
        measure(code)  # warm the file cache and the .pyc files
    times: dict[str, list[float]] = {name: [] for name in SNIPPETS}
    for _ in range(rounds):
        for name, code in SNIPPETS.items():
            times[name].append(measure(code))
    for name, values in times.items():
        print(f"{name:22s} median {statistics.median(values):6.1f} ms   best {min(values):6.1f} ms   ({rounds} runs)")
    base = statistics.median(times["import httpx, attrs"])
    mine = statistics.median(times["import krea"])
    print(f"krea / (httpx + attrs) = {mine / base:.2f}; krea's own share = {mine - base:.1f} ms")


if __name__ == "__main__":
    main()
