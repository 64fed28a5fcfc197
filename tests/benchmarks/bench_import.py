"""How long importing krea's client takes, beside `import httpx, attrs` (its floor), in fresh interpreters.

Run: .venv/bin/python tests/benchmarks/bench_import.py [rounds]
Prints the median and best wall time of each import over the rounds, run alternately so both see the same
machine load, and the ratio. The target is `from krea import Krea` under 150 ms on the project's 2-core machine.
`import krea` alone loads only the version (each name is imported on first use), so the client is what is timed;
`import krea.testing` (no click) shows the mock's package loading none of the facade.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys

# httpx imports its own command line (click, rich, pygments) whenever click is installed, as it is in the dev
# venv (uvicorn needs it) but not in a plain `pip install krea`; hiding click measures that plain install too.
NO_CLICK = "import sys; sys.modules['click'] = None; "
SNIPPETS = {
    "import httpx, attrs": "import httpx, attrs",
    "from krea import Krea": "from krea import Krea",
    "httpx, attrs (no click)": NO_CLICK + "import httpx, attrs",
    "krea (no click)": NO_CLICK + "from krea import Krea",
    "krea.testing (no click)": NO_CLICK + "import krea.testing",
}
PROBE = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
# (the no-click variants set sys.modules inside the timed region: a dictionary write, well under 1 us)


# Like an installed package (pip compiles .pyc files), so the warm-up may write bytecode even where the
# environment forbids it (PYTHONDONTWRITEBYTECODE would make every run recompile krea from source).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(code: str) -> float:
    probe = [sys.executable, "-c", PROBE.format(code=code)]
    out = subprocess.run(probe, capture_output=True, text=True, check=True, env=ENV)
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
        print(f"{name:24s} median {statistics.median(values):6.1f} ms   best {min(values):6.1f} ms   ({rounds} runs)")
    pairs = (("import httpx, attrs", "from krea import Krea"), ("httpx, attrs (no click)", "krea (no click)"))
    for base_name, mine_name in pairs:
        base, mine = statistics.median(times[base_name]), statistics.median(times[mine_name])
        print(f"{mine_name} / {base_name} = {mine / base:.2f}; krea's own share = {mine - base:.1f} ms")


if __name__ == "__main__":
    main()
