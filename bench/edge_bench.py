"""Public edge benchmark: open pixel and click redirect vs a bare Starlette GIF route.

Each server runs as `uvicorn --workers 1` (uvloop + httptools) and is loaded with
`wrk -t1 -c50 -d{seconds}s --latency`, every request carrying a different valid token (Lua).
Goals: pixel ≥ 75% of bare Starlette (G8), click ≥ 55% (G9).
Run: .venv/bin/python bench/edge_bench.py   (needs `apt-get install wrk`)
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from outreach.tracking.tokens import signers_for

HERE = Path(__file__).parent
SECRET = "bench-secret-key"
TOKENS = 5000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def seed(url: str) -> None:
    """A database whose messages 1..TOKENS exist, sent, each with one stored link."""
    sys.path.insert(0, str(HERE.parent))
    from bench.send_bench import seed as seed_campaign

    seed_campaign(url, 2525, TOKENS)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE messages SET status='sent', links='[\"https://example.org/x\"]'"))
    engine.dispose()


def lua(paths: list[str], directory: str, name: str) -> str:
    script = Path(directory) / f"{name}.lua"
    body = ",\n".join(f'"{p}"' for p in paths)
    script.write_text(
        "local paths = {" + body + "}\nlocal i = 0\n"
        "request = function()\n  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\nend\n'
    )
    return str(script)


def run_wrk(env: dict[str, str], script: str, seconds: int, label: str) -> tuple[float, str]:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.edge_app:app",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
            "--loop",
            "uvloop",
            "--http",
            "httptools",
        ],
        cwd=HERE.parent,
        env=env,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        url = f"http://127.0.0.1:{port}"
        subprocess.run(
            ["wrk", "-t1", "-c50", "-d2s", "-s", script, url], capture_output=True, check=True
        )  # warm-up
        out = subprocess.run(
            ["wrk", "-t1", "-c50", f"-d{seconds}s", "--latency", "-s", script, url],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        server.terminate()
        server.wait()
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p99 = re.search(r"99%\s+(\S+)", out).group(1)  # type: ignore[union-attr]
    if "Non-2xx or 3xx" in out:
        raise SystemExit(f"errors in the {label} run:\n{out}")
    return rate, p99


def main() -> None:
    if not shutil.which("wrk"):
        print("skipped: wrk not found (apt-get install wrk)")
        return
    seconds = int(os.environ.get("EDGE_SECONDS", "5"))
    signers = signers_for(SECRET)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/edge.db"
        seed(url)
        pixels = lua(
            [f"/t/o/{signers.open.sign(i)}.gif" for i in range(1, TOKENS + 1)], tmp, "pixels"
        )
        clicks = lua(
            [f"/t/c/{signers.click.sign(i, 0)}" for i in range(1, TOKENS + 1)], tmp, "clicks"
        )
        base_env = {k: v for k, v in os.environ.items() if not k.startswith("BENCH_")}
        ours_env = {**base_env, "BENCH_DB": url, "BENCH_SECRET": SECRET}
        rows = []
        for _round in range(2):
            bare = run_wrk(base_env, pixels, seconds, "bare")
            pixel = run_wrk(ours_env, pixels, seconds, "pixel")
            click = run_wrk(ours_env, clicks, seconds, "click")
            rows.append((bare, pixel, click))
        engine = create_engine(url)
        with engine.connect() as conn:
            events = conn.execute(text("SELECT kind, count(*) FROM events GROUP BY kind")).all()
        engine.dispose()
    print(f"wrk -t1 -c{50} -d{seconds}s, unique valid token per request; 2 rounds\n")
    print("| round | bare Starlette GIF | our pixel | ratio | our click (302) | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for i, (bare, pixel, click) in enumerate(rows, 1):
        print(
            f"| {i} | {bare[0]:,.0f} req/s (p99 {bare[1]}) | {pixel[0]:,.0f} (p99 {pixel[1]}) | "
            f"{100 * pixel[0] / bare[0]:.0f}% | {click[0]:,.0f} (p99 {click[1]}) | "
            f"{100 * click[0] / bare[0]:.0f}% |"
        )
    print(f"\nEvents written by the buffered flusher: {dict(events)}")
    print("Goals: pixel ≥ 75% of bare Starlette (G8); click ≥ 55% (G9).")


if __name__ == "__main__":
    main()
