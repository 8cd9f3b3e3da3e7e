"""The wait helpers' statuses and parameters, and what ``batch.run`` does when it cannot clean
up: against the fake server, plus the batch drivers' error rule with a stub client."""

from __future__ import annotations

import importlib.util
import logging
from typing import Any, Literal, cast, get_args

import pytest

from mistralai.api.fine_tuning._generated import models
from mistralai.api.fine_tuning._wait import BATCH_TERMINAL_STATUSES, FINE_TUNING_TERMINAL_STATUSES
from mistralai.api.fine_tuning.batch import _run as _batch_run
from mistralai.api.fine_tuning.errors import BatchSubmissionError, WaitTimeoutError
from mistralai.client import Mistral
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.core.errors import APIConnectionError, RequestValidationError
from mistralai.testing import FakeMistralServer

FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 2_000), True, max_retries=1)
HYPER = {"learning_rate": 0.0001, "training_steps": 10}
REQUESTS: list[dict[str, Any]] = [{"messages": [{"role": "user", "content": "hi"}]}]


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url, retry_config=FAST)


# --------------------------------------------------------------------------- statuses


def _literal_values(alias: object) -> set[str]:
    """The string values of an open enum alias (``Literal[...] | str``)."""
    return {v for member in get_args(alias) for v in get_args(member) if isinstance(v, str)}


@pytest.mark.parametrize(
    ("terminal", "aliases"),
    [
        (
            FINE_TUNING_TERMINAL_STATUSES,
            [models.CompletionDetailedJobOutStatus, models.ClassifierDetailedJobOutStatus],
        ),
        (BATCH_TERMINAL_STATUSES, [models.BatchJobStatus]),
    ],
)
def test_terminal_statuses_are_statuses_of_the_spec(
    terminal: frozenset[str], aliases: list[object]
) -> None:
    # A status renamed or dropped by the spec would make the wait helpers poll for ever: this
    # fails CI instead (the package itself never fails to import over it).
    for alias in aliases:
        known = _literal_values(alias)
        assert known, f"{alias} is no longer a Literal of statuses"
        assert terminal <= known, f"not in the generated models: {sorted(terminal - known)}"


def test_the_helpers_import_whatever_statuses_the_spec_has(monkeypatch: pytest.MonkeyPatch) -> None:
    # A spec change is for the test above to catch; importing the package must never fail.
    for alias in (
        "CompletionDetailedJobOutStatus",
        "ClassifierDetailedJobOutStatus",
        "BatchJobStatus",
    ):
        monkeypatch.setattr(models, alias, Literal["QUEUED"] | str)
    spec = importlib.util.find_spec("mistralai.api.fine_tuning._wait")
    assert spec is not None and spec.loader is not None
    fresh = importlib.util.module_from_spec(spec)  # a new module object: sys.modules untouched
    spec.loader.exec_module(fresh)
    assert fresh.BATCH_TERMINAL_STATUSES == BATCH_TERMINAL_STATUSES


# --------------------------------------------------------------------------- parameters


def test_wait_takes_the_shared_names_and_max_attempts(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.state["fine_tuning.statuses"] = ["QUEUED", "RUNNING"]  # never finishes
    job: Any = client.fine_tuning.jobs.create(
        model="mistral-small-latest", hyperparameters=HYPER, training_files=[]
    )
    seen: list[str] = []
    with pytest.raises(WaitTimeoutError) as info:
        client.fine_tuning.jobs.wait(
            job.id, polling_interval=0, max_attempts=3, on_poll=lambda j: seen.append(j.status)
        )
    assert info.value.attempts == 3 and "after 3 polls" in str(info.value)
    assert len(seen) == 3
    path = f"/v1/fine_tuning/jobs/{job.id}"
    assert len(fake_server.requests.filter(method="GET", path=path)) == 3


def test_the_older_names_still_work_but_not_both_names(client: Mistral) -> None:
    job = client.batch.jobs.create(
        endpoint="/v1/chat/completions",
        requests=[{"custom_id": "a", "body": {"messages": []}}],
        model="mistral-small-latest",
    )
    seen: list[str] = []
    final = client.batch.jobs.wait(
        job.id, poll_interval=0, timeout=30, progress=lambda j: seen.append(j.status)
    )
    assert final.status == "SUCCESS" and seen[-1] == "SUCCESS"
    with pytest.raises(RequestValidationError, match="not both"):
        client.batch.jobs.wait(job.id, polling_interval=0, poll_interval=0)
    with pytest.raises(RequestValidationError, match="not both"):
        client.batch.run(REQUESTS, model="m", on_poll=print, progress=print)
    with pytest.raises(RequestValidationError, match="poll_interval must be >= 0"):
        client.batch.jobs.wait(job.id, poll_interval=-1)


async def test_batch_run_async_gives_up_after_max_attempts(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.state["batch.statuses"] = ["QUEUED", "RUNNING"]
    polled: list[str] = []

    async def on_poll(job: models.BatchJob) -> None:
        polled.append(job.id)

    with pytest.raises(WaitTimeoutError) as info:
        await client.batch.run_async(
            REQUESTS,
            model="mistral-small-latest",
            polling_interval=0,
            max_attempts=2,
            on_poll=on_poll,
        )
    assert info.value.attempts == 2 and polled == [info.value.job_id] * 2
    assert "batch.jobs.cancel" in " ".join(getattr(info.value, "__notes__", []))
    await client.aclose()


# --------------------------------------------------------------------------- cleanup


def test_files_cleanup_could_not_delete_are_recorded_and_logged(
    client: Mistral, fake_server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    fake_server.inject(status=500, times=None, path="/v1/files/.*", method="DELETE")
    with caplog.at_level(logging.WARNING, logger="mistralai.batch"):
        results = client.batch.run(
            REQUESTS, model="mistral-small-latest", polling_interval=0, timeout=30, cleanup=True
        )
    fake_server.clear_faults()
    stored = {f.id for f in client.files.list().data}
    assert results.leftover_file_ids and set(results.leftover_file_ids) == stored
    assert results.input_file_id in results.leftover_file_ids
    for file_id in results.leftover_file_ids:
        assert any(file_id in r.getMessage() for r in caplog.records)


def test_cleanup_that_succeeds_leaves_nothing(client: Mistral) -> None:
    results = client.batch.run(
        REQUESTS, model="mistral-small-latest", polling_interval=0, timeout=30, cleanup=True
    )
    assert results.leftover_file_ids == []
    assert client.files.list().data == []


class _StubClient:
    """Answers every request by raising ``error`` (the batch driver's only use of it here)."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def request(self, op: object, **kwargs: object) -> object:
        raise self.error


class _StubBatch:
    def __init__(self, error: BaseException) -> None:
        self._client = _StubClient(error)


def _driver(error: BaseException) -> Any:
    return _batch_run._SyncDriver(cast(Any, _StubBatch(error)))  # pyright: ignore[reportPrivateUsage]


def test_a_failed_delete_is_reported_only_for_api_and_transport_errors() -> None:
    step = _batch_run._Delete("file-1")  # pyright: ignore[reportPrivateUsage]
    transport = APIConnectionError("connection reset")
    assert _driver(transport)._do(step) is transport
    with pytest.raises(ZeroDivisionError):  # a bug is not a cleanup failure: it raises
        _driver(ZeroDivisionError())._do(step)


def test_submission_error_says_why_the_input_was_left(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(status=500, times=None, path="/v1/batch/jobs", method="POST")
    fake_server.inject(status=404, times=None, path="/v1/files/.*", method="DELETE")
    with pytest.raises(BatchSubmissionError) as info:
        client.batch.run(REQUESTS, model="mistral-small-latest", polling_interval=0)
    assert info.value.input_file_deleted is False
    assert "NotFoundError" in str(info.value)
