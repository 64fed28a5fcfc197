"""How many requests per second does ``krea mock serve`` answer over loopback for a create/poll workload?

Run: ``.venv/bin/python tests/benchmarks/bench_mock_serve.py [--requests 2000] [--clients 4]``. It starts the
mock (``--clock manual``) on a free 127.0.0.1 port in a subprocess, drives a bounded mix (one job creation, then
polls of it, with the clock nudged now and then), prints requests/second and stops the server. For the
wall-clock load run see ``bench_mock_load.py``.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from collections import Counter

import httpx

from krea.testing._api.spec import Catalogue, find_spec, load_document, resolve

POLLS_PER_JOB = 3
ADMIN = "bench-admin"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _image_path() -> str:
    catalogue = Catalogue(load_document(find_spec()))
    for endpoint, model in sorted(catalogue.models.items()):
        match = catalogue.match("POST", f"/generate/{endpoint}")
        operation = match.operation if match is not None else None
        if model.family != "image" or operation is None:
            continue
        if resolve(catalogue.document, operation.body_schema).get("required") == ["prompt"]:
            return f"/generate/{endpoint}"
    raise SystemExit("no image model needs only a prompt")


def _wait_until_up(base_url: str, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"krea mock serve exited with {server.returncode}")
        try:
            httpx.get(f"{base_url}/_mock", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("krea mock serve did not start within 20 s")


def _client(base_url: str, path: str, budget: int, index: int, statuses: Counter[int], lock: threading.Lock) -> None:
    seen: Counter[int] = Counter()
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer bench-{index}"}, timeout=10) as http:
        sent = 0
        while sent < budget:
            created = http.post(path, json={"prompt": "a benchmark fox"})
            seen[created.status_code] += 1
            sent += 1
            job_id = created.json().get("job_id") if created.status_code == 200 else None
            for _ in range(min(POLLS_PER_JOB, budget - sent)):
                if job_id is None:
                    break
                seen[http.get(f"/jobs/{job_id}").status_code] += 1
                sent += 1
            if index == 0 and sent % 100 < POLLS_PER_JOB + 1:
                admin = {"Authorization": f"Bearer {ADMIN}"}
                http.post("/_mock/clock/advance", json={"seconds": 30}, headers=admin)  # a control, not counted
    with lock:
        statuses.update(seen)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="API requests in total (default 2000)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads (default 4)")
    args = parser.parse_args()
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    serve = "from krea.cli import main; raise SystemExit(main())"
    command = [sys.executable, "-c", serve, "mock", "serve", "--host", "127.0.0.1", "--port", str(port)]
    flags = ["--balance", "1000000", "--concurrency", "10000", "--clock", "manual", "--admin-token", ADMIN]
    server = subprocess.Popen([*command, *flags])
    try:
        _wait_until_up(base_url, server)
        path = _image_path()
        statuses: Counter[int] = Counter()
        lock = threading.Lock()
        share = args.requests // args.clients
        threads = [
            threading.Thread(target=_client, args=(base_url, path, share, i, statuses, lock))
            for i in range(args.clients)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    total = sum(statuses.values())
    print(f"{total} requests ({dict(sorted(statuses.items()))}) by {args.clients} clients in {elapsed:.2f} s")
    print(f"{total / elapsed:.0f} requests/second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
