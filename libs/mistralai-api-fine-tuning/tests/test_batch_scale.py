"""``batch.run`` at any size: generators, splitting at the limits into several files and jobs,
results in input order in bounded memory, resuming from the state file after an interrupt or a
kill, progress reports; sync and async, against the fake server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mistralai.api.fine_tuning.batch import BatchLimits, BatchProgress
from mistralai.api.fine_tuning.errors import BatchResumeError
from mistralai.client import Mistral
from mistralai.core.errors import BadRequestError, RequestValidationError
from mistralai.testing import FakeMistralServer, FakeServerProcess

MODEL = "mistral-small-latest"
FILES = "/v1/files"
JOBS = "/v1/batch/jobs"


def _requests(n: int, bad: frozenset[int] = frozenset()) -> Iterator[dict[str, Any]]:
    """A generator: the SDK must not need a list."""
    for i in range(n):
        request: dict[str, Any] = {"messages": [{"role": "user", "content": f"q{i}"}]}
        if i in bad:
            request["model"] = "no-such-model"
        yield request


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url)


def _posts(server: FakeMistralServer, path: str) -> int:
    return len(server.requests.filter(method="POST", path=path))


class Interrupted(Exception):
    """Stands for a crash at a chosen step."""


# --------------------------------------------------------------------------- splitting


def test_generator_split_into_jobs_results_in_order(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    phases: list[str] = []
    with client.batch.run(
        _requests(20, bad=frozenset({13})),
        model=MODEL,
        poll_interval=0,
        timeout=60,
        limits=BatchLimits(max_requests_per_job=7),
        on_progress=lambda p: phases.append(p.phase),
    ) as results:
        assert len(results) == 20 and len(results.jobs) == 3
        items = list(results)
        assert [r.index for r in items] == list(range(20))
        for r in items:
            if r.index == 13:
                assert isinstance(r.error, BadRequestError)
            else:
                assert r.unwrap().choices[0].message.content == f"You said: q{r.index}"
        assert results[-1].index == 19 and results[8].custom_id == "8"
        assert [r.index for r in results.iter_failed()] == [13]
        assert len(set(results.input_file_ids)) == 3
    assert _posts(fake_server, FILES) == 3 and _posts(fake_server, JOBS) == 3
    created = [
        json.loads(r.body)["input_files"]
        for r in fake_server.requests.filter(method="POST", path=JOBS)
    ]
    assert [len(c) for c in created] == [1, 1, 1]
    assert phases[0] == "uploading" and phases[-1] == "done"
    assert phases.count("uploading") == 3 and phases.count("submitted") == 3
    assert "running" in phases and phases.count("downloading") == 4  # 3 outputs + 1 error file


def test_split_by_file_size(client: Mistral, fake_server: FakeMistralServer) -> None:
    line = len(b'{"custom_id":"0","body":{"messages":[{"role":"user","content":"q0"}]}}\n')
    limits = BatchLimits(max_file_bytes=line * 4 + 3)
    results = client.batch.run(_requests(10), model=MODEL, poll_interval=0, limits=limits)
    assert len(results.jobs) == 3  # 4 + 4 + 2 lines (longer lines from q10 on do not occur)
    uploads = fake_server.requests.filter(method="POST", path=FILES)
    assert all(len(u.body) < line * 4 + 3 + 1024 for u in uploads)
    assert [r.unwrap().choices[0].message.content for r in results] == [
        f"You said: q{i}" for i in range(10)
    ]
    results.close()
    with pytest.raises(RequestValidationError, match="more than"):
        client.batch.run(_requests(1), model=MODEL, limits=BatchLimits(max_file_bytes=10))
    with pytest.raises(RequestValidationError):
        BatchLimits(max_requests_per_job=0)


async def test_split_async_with_async_progress(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    reports: list[BatchProgress] = []

    async def on_progress(progress: BatchProgress) -> None:
        reports.append(progress)

    results = await client.batch.run_async(
        _requests(9),
        model=MODEL,
        poll_interval=0,
        limits=BatchLimits(max_requests_per_job=4),
        on_progress=on_progress,
        cleanup=True,
    )
    assert len(results.jobs) == 3
    assert [r.unwrap().choices[0].message.content for r in results] == [
        f"You said: q{i}" for i in range(9)
    ]
    final = reports[-1]
    assert final.phase == "done" and final.completed_requests == 9 and final.fraction == 1.0
    assert final.jobs_submitted == final.jobs_finished == final.jobs_planned == 3
    assert len(final.job_ids) == 3
    assert (await client.files.list_async()).data == []  # cleanup removed all 6 files
    results.close()
    await client.aclose()


# --------------------------------------------------------------------------- resume


def test_interrupted_after_submission_resumes_from_state_file(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    state = tmp_path / "run.json"

    def crash(progress: BatchProgress) -> None:
        if progress.phase == "running":
            raise Interrupted

    with pytest.raises(Interrupted) as info:
        client.batch.run(
            _requests(10),
            model=MODEL,
            poll_interval=0,
            limits=BatchLimits(max_requests_per_job=4),
            state_file=state,
            on_progress=crash,
        )
    assert "batch.resume(" in "".join(info.value.__notes__)
    recorded = json.loads(state.read_text())
    assert recorded["complete"] is True and len(recorded["chunks"]) == 3
    assert all(c["job_id"] and c["file_id"] for c in recorded["chunks"])
    assert len(state.read_bytes()) < 4096  # small: ids and digests, no requests
    uploads, jobs = _posts(fake_server, FILES), _posts(fake_server, JOBS)

    with client.batch.resume(state, poll_interval=0, timeout=60) as results:
        assert [r.unwrap().choices[0].message.content for r in results] == [
            f"You said: q{i}" for i in range(10)
        ]
    assert (_posts(fake_server, FILES), _posts(fake_server, JOBS)) == (uploads, jobs)


def test_interrupted_mid_submission_resumes_with_the_same_requests(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    state = tmp_path / "run.json"
    limits = BatchLimits(max_requests_per_job=3)

    def crash(progress: BatchProgress) -> None:
        if progress.phase == "submitted" and progress.jobs_submitted == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        client.batch.run(
            _requests(8), model=MODEL, limits=limits, state_file=state, on_progress=crash
        )
    assert _posts(fake_server, JOBS) == 2
    with pytest.raises(BatchResumeError, match="not completely submitted"):
        client.batch.resume(state)
    with pytest.raises(BatchResumeError, match="differ"):
        client.batch.run(_requests(8, bad=frozenset({1})), model=MODEL, state_file=state)
    with pytest.raises(BatchResumeError, match="was written for"):
        client.batch.run(_requests(8), model="codestral-latest", state_file=state)

    results = client.batch.run(_requests(8), model=MODEL, poll_interval=0, state_file=state)
    assert [r.unwrap().choices[0].message.content for r in results] == [
        f"You said: q{i}" for i in range(8)
    ]
    assert _posts(fake_server, FILES) == 3 and _posts(fake_server, JOBS) == 3  # 1 more of each
    results.close()


async def test_resume_async(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    state = tmp_path / "run.json"

    async def crash(progress: BatchProgress) -> None:
        if progress.phase == "running":
            raise Interrupted

    with pytest.raises(Interrupted):
        await client.batch.run_async(
            _requests(5), model=MODEL, poll_interval=0, state_file=state, on_progress=crash
        )
    results = await client.batch.resume_async(state, poll_interval=0)
    assert [r.index for r in results] == [0, 1, 2, 3, 4] and all(r.ok for r in results)
    assert _posts(fake_server, JOBS) == 1
    results.close()
    await client.aclose()


_KILLED_RUN = """
import sys
from mistralai.api.fine_tuning.batch import BatchLimits
from mistralai.client import Mistral

client = Mistral(api_key="k", server_url=sys.argv[1])
client.batch.run(
    ({"messages": [{"role": "user", "content": f"q{i}"}]} for i in range(6)),
    model="mistral-small-latest",
    poll_interval=0.05,
    limits=BatchLimits(max_requests_per_job=2),
    state_file=sys.argv[2],
)
print("finished: the kill came too late")
"""


def test_killed_process_resumes_from_state_file(
    client: Mistral, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    # The jobs stay RUNNING for many polls, so the child is still waiting when it is killed.
    fake_server.state["batch.statuses"] = ["QUEUED", *["RUNNING"] * 150, "SUCCESS"]
    state = tmp_path / "run.json"
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_KILLED_RUN), fake_server.url, str(state)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        while True:  # wait until the state file records every job, then kill -9
            assert child.poll() is None, child.stdout.read() if child.stdout else ""
            if state.exists() and json.loads(state.read_text()).get("complete"):
                break
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL
    fake_server.state["batch.statuses"] = None
    results = client.batch.resume(state, poll_interval=0, timeout=120)
    assert [r.unwrap().choices[0].message.content for r in results] == [
        f"You said: q{i}" for i in range(6)
    ]
    assert _posts(fake_server, JOBS) == 3  # nothing submitted again
    results.close()


# --------------------------------------------------------------------------- memory


@pytest.fixture(scope="module")
def server_process() -> Iterator[FakeServerProcess]:
    # Its own process: the fake server's allocations must not count in tracemalloc.
    with FakeServerProcess() as proc:
        yield proc


def _peak(url: str, n: int) -> int:
    client = Mistral(api_key="k", server_url=url)
    tracemalloc.start()
    try:
        with client.batch.run(
            _requests(n),
            model=MODEL,
            poll_interval=0,
            limits=BatchLimits(max_requests_per_job=1_500),
            cleanup=True,
        ) as results:
            count = 0
            for result in results:
                assert result.ok
                count += 1
            assert count == n
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        client.close()


def test_memory_is_flat_in_the_number_of_requests(server_process: FakeServerProcess) -> None:
    _peak(server_process.url, 10)  # warm-up: imports and model schemas are built once
    small = _peak(server_process.url, 600)
    large = _peak(server_process.url, 6_000)
    # Holding the 6,000 parsed answers takes about 20 MB (measured), the JSONL lines ~0.5 MB;
    # streaming peaks below 1 MB: the peak must not grow with the input.
    assert large < 4 * 1024 * 1024, large
    assert large < small * 1.5 + 512 * 1024, (small, large)
