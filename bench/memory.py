"""Memory of a process tree, sampled in a background thread (Linux /proc, no extra packages).

RSS counts pages shared between a parent and its forked workers once per process, so the
sum over the tree overstates what the machine gives; PSS splits shared pages between the
processes that share them. Both are reported: the target is on the RSS sum, the stricter one.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path


def _children(pid: int) -> list[int]:
    out = []
    task_dir = Path(f"/proc/{pid}/task")
    try:
        for task in task_dir.iterdir():
            text = (task / "children").read_text()
            out.extend(int(c) for c in text.split())
    except OSError:
        pass
    return out


def tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(_children(p))
    return found


def _kb(path: str, field: str) -> int:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_memory_mb(pid: int | None = None) -> tuple[float, float]:
    """(RSS sum, PSS sum) in MB over ``pid`` (default: this process) and all its descendants."""
    pids = tree(pid or os.getpid())
    rss = sum(_kb(f"/proc/{p}/status", "VmRSS:") for p in pids)
    pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
    return rss / 1024, pss / 1024


class Sampler:
    """``with Sampler() as s: ...`` then ``s.peak_rss``, ``s.peak_pss`` (MB) and ``s.last``.

    ``pid`` samples another process's tree (default: this one's)."""

    def __init__(self, every: float = 0.25, pid: int | None = None):
        self.every, self.pid = every, pid
        self.peak_rss = self.peak_pss = 0.0
        self.last = (0.0, 0.0)
        self._stop = threading.Event()

    def sample(self) -> tuple[float, float]:
        self.last = tree_memory_mb(self.pid)
        self.peak_rss = max(self.peak_rss, self.last[0])
        self.peak_pss = max(self.peak_pss, self.last[1])
        return self.last

    def _loop(self):
        while not self._stop.wait(self.every):
            self.sample()

    def __enter__(self):
        self.sample()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.sample()
