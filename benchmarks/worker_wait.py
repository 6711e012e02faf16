"""Where `hecha check`'s workers spend their lives: each worker's time blocked receiving its next
task, blocked sending its reply (the parent reads a reply only when it needs that task's results, and
a reply of 64 documents' JSON is larger than a pipe holds), and its CPU, written to one file per
worker (WAIT_LOG, default /tmp/hecha_worker_wait.PID) after every task, since the workers are
stopped by a signal when the report is written:

    python benchmarks/worker_wait.py check --dataset TABLE_long.parquet --format json > /dev/null
    cat /tmp/hecha_worker_wait.*
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import hecha.parallel as parallel

LOG = os.environ.get("WAIT_LOG", "/tmp/hecha_worker_wait")
_serve = parallel._serve


class _Timed:
    def __init__(self, conn: Any):
        self.conn, self.t0 = conn, time.perf_counter()
        self.recv_wait = self.send_wait = 0.0
        self.first: float | None = None
        self.tasks = 0

    def recv(self) -> Any:
        t = time.perf_counter()
        msg = self.conn.recv()
        d = time.perf_counter() - t
        if self.first is None:
            self.first = d
        else:
            self.recv_wait += d
        return msg

    def send(self, reply: Any) -> None:
        t = time.perf_counter()
        self.conn.send(reply)
        self.send_wait += time.perf_counter() - t
        self.tasks += 1
        with open(f"{LOG}.{os.getpid()}", "w", encoding="utf-8") as fh:
            fh.write(
                f"tasks {self.tasks} life {time.perf_counter() - self.t0:.2f} s cpu {time.process_time():.2f} s"
                f" sending {self.send_wait:.2f} s waiting for a task {self.recv_wait:.2f} s\n"
            )


def _serve_timed(conn: Any, *args: Any) -> None:
    _serve(_Timed(conn), *args)


parallel._serve = _serve_timed  # type: ignore[assignment]

if __name__ == "__main__":
    from hecha.cli import main

    sys.exit(main())
