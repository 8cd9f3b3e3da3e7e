"""Parse time of one long SSE line (not a test: run it, ``uv run python tests/faults/bench_sse_long_lines.py``).

The line arrives in 8 KiB chunks, as from a socket. Linear parsing makes the 24 MB line take
about 4x the 6 MB one; the old parser (re-joining the pending line on every chunk) took 16x.
"""

from __future__ import annotations

import time

from mistralai.core._streaming import SSEParser

CHUNK = 8192  # a typical socket read


def parse_seconds(size: int, repeat: int = 3) -> float:
    piece = b"a" * CHUNK
    best = float("inf")
    for _ in range(repeat):
        parser = SSEParser()
        started = time.perf_counter()
        parser.feed(b"data: ")
        for _ in range(size // CHUNK):
            parser.feed(piece)
        events = parser.feed(b"\n\n")
        best = min(best, time.perf_counter() - started)
        assert len(events) == 1 and len(events[0][1]) == size // CHUNK * CHUNK
    return best


def main() -> None:
    small = parse_seconds(6 * 1024 * 1024)
    large = parse_seconds(24 * 1024 * 1024)
    print(
        f"6 MB line: {small * 1000:.1f} ms; 24 MB line: {large * 1000:.1f} ms; ratio {large / small:.1f}"
    )


if __name__ == "__main__":
    main()
