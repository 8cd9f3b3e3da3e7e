"""mistralai-api-fine-tuning against the fake Mistral server: fine-tuning and batch jobs that move
through their statuses, the ``wait`` helpers and ``batch.run``; sync and async."""

from __future__ import annotations

from typing import Any

import pytest

from mistralai.api.fine_tuning.errors import BatchJobError, BatchSubmissionError, WaitTimeoutError
from mistralai.client import Mistral, models
from mistralai.client.models import ChatCompletionResponse
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.core.errors import BadRequestError, MistralError, RequestValidationError
from mistralai.core.models import narrow
from mistralai.testing import FakeMistralServer

FAST = RetryConfig("backoff", BackoffStrategy(1, 5, 1.5, 2_000), True, max_retries=1)
TRAIN = (
    b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}\n'
)
HYPER = {"learning_rate": 0.0001, "training_steps": 10}


@pytest.fixture
def client(fake_server: FakeMistralServer) -> Mistral:
    return Mistral(api_key="test-key", server_url=fake_server.url, retry_config=FAST)


def _training_file(client: Mistral) -> str:
    return client.files.upload(file={"file_name": "train.jsonl", "content": TRAIN}).id


# --------------------------------------------------------------------------- fine-tuning


def test_fine_tuning_job_create_wait_success(client: Mistral) -> None:
    file_id = _training_file(client)
    job = client.fine_tuning.jobs.create(
        model="mistral-small-latest",
        hyperparameters=HYPER,
        training_files=[{"file_id": file_id}],
        suffix="mine",
    )
    job = narrow(job, models.CompletionJobOut)  # the union of job types, narrowed
    assert job.status == "QUEUED"
    seen: list[str] = []
    final = client.fine_tuning.jobs.wait(
        job.id,
        polling_interval=0,
        timeout=30,
        on_poll=lambda j: seen.append(narrow(j, models.CompletionDetailedJobOut).status),
    )
    assert seen == ["QUEUED", "RUNNING", "SUCCESS"]
    final = narrow(final, models.CompletionDetailedJobOut)
    assert final.status == "SUCCESS"
    assert final.fine_tuned_model is not None
    assert final.fine_tuned_model.startswith("ft:mistral-small-latest:mine:")
    listed = client.fine_tuning.jobs.list()
    assert [j.id for j in listed.data] == [job.id]


async def test_fine_tuning_job_create_wait_success_async(client: Mistral) -> None:
    file_id = (await client.files.upload_async(file={"file_name": "t.jsonl", "content": TRAIN})).id
    job: Any = await client.fine_tuning.jobs.create_async(
        model="mistral-small-latest", hyperparameters=HYPER, training_files=[{"file_id": file_id}]
    )
    seen: list[str] = []

    async def progress(j: Any) -> None:
        seen.append(j.status)

    final: Any = await client.fine_tuning.jobs.wait_async(
        job.id, poll_interval=0, timeout=30, progress=progress
    )
    assert seen == ["QUEUED", "RUNNING", "SUCCESS"]
    assert final.status == "SUCCESS"
    assert final.fine_tuned_model
    await client.aclose()


def test_fine_tuning_wait_timeout(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.state["fine_tuning.statuses"] = ["QUEUED", "RUNNING"]  # never finishes
    job: Any = client.fine_tuning.jobs.create(
        model="mistral-small-latest", hyperparameters=HYPER, training_files=[]
    )
    with pytest.raises(WaitTimeoutError) as info:
        client.fine_tuning.jobs.wait(job.id, poll_interval=0.01, timeout=0.2)
    error = info.value
    assert isinstance(error, MistralError) and isinstance(error, TimeoutError)
    assert error.job_id == job.id and job.id in str(error)
    assert error.job.status == "RUNNING"  # type: ignore[attr-defined]
    assert (
        len(fake_server.requests.filter(method="GET", path=f"/v1/fine_tuning/jobs/{job.id}")) >= 2
    )


async def test_fine_tuning_wait_timeout_async(client: Mistral) -> None:
    job: Any = await client.fine_tuning.jobs.create_async(
        model="mistral-small-latest",
        hyperparameters=HYPER,
        http_headers={"x-fake-job-statuses": "QUEUED,VALIDATING"},
    )
    with pytest.raises(WaitTimeoutError) as info:
        await client.fine_tuning.jobs.wait_async(job.id, poll_interval=0.01, timeout=0.1)
    assert info.value.job.status == "VALIDATING"  # type: ignore[attr-defined]
    await client.aclose()


def test_fine_tuning_start_and_cancel(client: Mistral) -> None:
    manual: Any = client.fine_tuning.jobs.create(
        model="mistral-small-latest", hyperparameters=HYPER, auto_start=False
    )
    waited: Any = client.fine_tuning.jobs.wait(manual.id, poll_interval=0, timeout=30)
    assert waited.status == "VALIDATED"  # waiting for start: wait() does not hang on it
    for _ in range(3):
        current: Any = client.fine_tuning.jobs.get(job_id=manual.id)
    assert current.status == "VALIDATED"
    started: Any = client.fine_tuning.jobs.start(job_id=manual.id)
    assert started.status == "QUEUED"
    final: Any = client.fine_tuning.jobs.wait(manual.id, poll_interval=0, timeout=30)
    assert final.status == "SUCCESS"

    other: Any = client.fine_tuning.jobs.create(model="mistral-small-latest", hyperparameters=HYPER)
    cancelled: Any = client.fine_tuning.jobs.cancel(job_id=other.id)
    assert cancelled.status == "CANCELLATION_REQUESTED"
    final = client.fine_tuning.jobs.wait(other.id, poll_interval=0, timeout=30)
    assert final.status == "CANCELLED" and final.fine_tuned_model is None


def test_fine_tuning_unknown_training_file(client: Mistral) -> None:
    with pytest.raises(MistralError, match="File not found"):
        client.fine_tuning.jobs.create(
            model="mistral-small-latest", hyperparameters=HYPER, training_files=[{"file_id": "x"}]
        )


# --------------------------------------------------------------------------- batch jobs


def _batch_input(client: Mistral, n: int) -> str:
    lines = b"".join(
        b'{"custom_id": "%d", "body": {"messages": [{"role": "user", "content": "q%d"}]}}\n'
        % (i, i)
        for i in range(n)
    )
    return client.files.upload(file={"file_name": "in.jsonl", "content": lines}, purpose="batch").id


def test_batch_job_wait_and_output_file(client: Mistral) -> None:
    job = client.batch.jobs.create(
        endpoint="/v1/chat/completions",
        input_files=[_batch_input(client, 3)],
        model="mistral-small-latest",
    )
    assert job.status == "QUEUED" and job.total_requests == 3
    seen: list[str] = []
    final = client.batch.jobs.wait(
        job.id, poll_interval=0, timeout=30, progress=lambda j: seen.append(j.status)
    )
    assert seen == ["QUEUED", "RUNNING", "SUCCESS"]
    assert final.succeeded_requests == 3 and final.output_file is not None
    output = client.files.download(file_id=final.output_file).decode().splitlines()
    assert len(output) == 3
    assert '"custom_id":"1"' in output[1] and "You said: q1" in output[1]
    inline = client.batch.jobs.get(job_id=job.id, inline=True)
    assert inline.outputs is not None and len(inline.outputs) == 3


async def test_batch_job_wait_timeout_async(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.state["batch.statuses"] = ["QUEUED", "RUNNING"]
    job = await client.batch.jobs.create_async(
        endpoint="/v1/chat/completions",
        requests=[{"custom_id": "a", "body": {"messages": []}}],
        model="mistral-small-latest",
    )
    with pytest.raises(WaitTimeoutError) as info:
        await client.batch.jobs.wait_async(job.id, poll_interval=0.01, timeout=0.1)
    assert info.value.job_id == job.id
    cancelled = await client.batch.jobs.cancel_async(job_id=job.id)
    assert cancelled.status == "CANCELLATION_REQUESTED"
    final = await client.batch.jobs.wait_async(job.id, poll_interval=0, timeout=30)
    assert final.status == "CANCELLED"
    await client.aclose()


# --------------------------------------------------------------------------- batch.run


REQUESTS: list[dict[str, Any]] = [
    {"messages": [{"role": "user", "content": "first"}]},
    {"messages": [{"role": "user", "content": "second"}], "max_tokens": 5},
    {"messages": [{"role": "user", "content": "third"}], "model": "no-such-model"},
    {"messages": [{"role": "user", "content": "fourth"}]},
]


def _check_results(results: Any) -> None:
    items = list(results)
    assert [r.index for r in items] == [0, 1, 2, 3]
    assert len(results) == 4
    ok = [items[i] for i in (0, 1, 3)]
    assert all(r.ok and isinstance(r.response, ChatCompletionResponse) for r in ok)
    contents = [r.unwrap().choices[0].message.content for r in ok]
    assert contents == ["You said: first", "You said: second", "You said: fourth"]
    failed = items[2]
    assert not failed.ok and failed.response is None
    assert isinstance(failed.error, BadRequestError)
    assert failed.status_code == 400
    assert "no-such-model" in str(failed.error)
    with pytest.raises(BadRequestError):
        failed.unwrap()
    assert [r.index for r in results.failed] == [2]


def test_batch_run_end_to_end(client: Mistral, fake_server: FakeMistralServer) -> None:
    seen: list[str] = []
    with client.batch.run(
        REQUESTS,
        model="mistral-small-latest",
        poll_interval=0,
        timeout=30,
        progress=lambda j: seen.append(j.status),
    ) as results:
        _check_results(results)
        assert results.job.status == "SUCCESS"
        assert results.job.error_file is not None
    assert seen == ["QUEUED", "RUNNING", "SUCCESS"]
    upload = fake_server.requests.filter(method="POST", path="/v1/files")[0]
    assert b'"custom_id":"0"' in upload.body and b'"purpose"' in upload.body
    created = fake_server.requests.filter(method="POST", path="/v1/batch/jobs")[0].json()
    assert created["model"] == "mistral-small-latest"
    assert created["input_files"] == [results.input_file_id]


async def test_batch_run_end_to_end_async(client: Mistral, fake_server: FakeMistralServer) -> None:
    polls: list[int] = []

    async def progress(job: Any) -> None:
        polls.append(job.completed_requests)

    results = await client.batch.run_async(
        REQUESTS,
        model="mistral-small-latest",
        poll_interval=0,
        timeout=30,
        progress=progress,
        cleanup=True,
    )
    _check_results(results)
    assert polls[-1] == 4
    # cleanup: input, output and error files are gone from the server
    assert (await client.files.list_async()).data == []
    results.close()
    await client.aclose()


def test_batch_results_negative_index(client: Mistral) -> None:
    with client.batch.run(
        REQUESTS, model="mistral-small-latest", poll_interval=0, timeout=30
    ) as results:
        last = results[-1]
        assert (last.index, last.custom_id) == (3, "3")
        assert last.unwrap().choices[0].message.content == "You said: fourth"
        failed = results[-2]
        assert failed.index == 2 and "batch request 2 failed" in str(failed.error)
        with pytest.raises(IndexError):
            results[-5]
        with pytest.raises(IndexError):
            results[4]


def test_batch_run_response_model_and_unknown_endpoint(client: Mistral) -> None:
    results = client.batch.run(
        [{"input": ["a"]}],
        model="mistral-embed",
        endpoint="/v1/some/unserved",
        response_model=dict,
        poll_interval=0,
        timeout=30,
    )
    only = next(iter(results))
    assert only.status_code == 404 and only.error is not None


def test_batch_run_bad_line_fails_before_sending(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    bad = [REQUESTS[0], {"messages": "not a list"}, REQUESTS[1]]
    with pytest.raises(RequestValidationError, match="batch request 1") as info:
        client.batch.run(bad, model="mistral-small-latest", poll_interval=0)
    assert info.value.errors and info.value.errors[0]["index"] == 1
    with pytest.raises(RequestValidationError, match="batch request 2"):
        client.batch.run([REQUESTS[0], REQUESTS[1], "text"], model="m")  # type: ignore[list-item]
    with pytest.raises(RequestValidationError, match="stream"):
        client.batch.run([{**REQUESTS[0], "stream": True}], model="m")
    with pytest.raises(RequestValidationError, match="model"):
        client.batch.run([REQUESTS[0]])  # no model anywhere
    with pytest.raises(RequestValidationError, match="empty"):
        client.batch.run([], model="m")
    assert len(fake_server.requests) == 0


async def test_batch_run_bad_line_fails_before_sending_async(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    with pytest.raises(RequestValidationError, match="batch request 0"):
        await client.batch.run_async([{"messages": [], "temperature": "hot"}], model="m")
    assert len(fake_server.requests) == 0
    await client.aclose()


def test_batch_submission_failure_deletes_upload(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(status=500, times=None, path="/v1/batch/jobs", method="POST")
    with pytest.raises(BatchSubmissionError) as info:
        client.batch.run(REQUESTS[:1], model="mistral-small-latest", poll_interval=0)
    error = info.value
    assert error.input_file_id in str(error)
    assert error.input_file_deleted is True and "deleted again" in str(error)
    assert isinstance(error.__cause__, MistralError)
    fake_server.clear_faults()
    assert client.files.list().data == []
    assert client.batch.jobs.list().data == []


async def test_batch_submission_failure_names_leftover_file_async(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(status=500, times=None, path="/v1/batch/jobs", method="POST")
    fake_server.inject(status=500, times=None, path="/v1/files/.*", method="DELETE")
    with pytest.raises(BatchSubmissionError) as info:
        await client.batch.run_async(REQUESTS[:1], model="mistral-small-latest", poll_interval=0)
    error = info.value
    assert error.input_file_deleted is False
    assert f"files.delete(file_id={error.input_file_id!r})" in str(error)
    fake_server.clear_faults()
    assert [f.id for f in (await client.files.list_async()).data] == [error.input_file_id]
    await client.aclose()


def test_batch_run_timeout_names_job(client: Mistral, fake_server: FakeMistralServer) -> None:
    fake_server.state["batch.statuses"] = ["QUEUED", "RUNNING"]
    with pytest.raises(WaitTimeoutError) as info:
        client.batch.run(
            REQUESTS[:2], model="mistral-small-latest", poll_interval=0.01, timeout=0.1
        )
    job_id = info.value.job_id
    notes = " ".join(getattr(info.value, "__notes__", []))
    assert job_id in notes and "batch.jobs.cancel" in notes
    assert [j.id for j in client.batch.jobs.list().data] == [job_id]


def test_batch_run_job_failed_without_results(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.state["batch.statuses"] = ["QUEUED", "FAILED"]
    with pytest.raises(BatchJobError) as info:
        client.batch.run(REQUESTS[:1], model="mistral-small-latest", poll_interval=0, timeout=30)
    assert info.value.job.status == "FAILED"  # type: ignore[attr-defined]
    assert "FAILED" in str(info.value)


def test_batch_run_failed_download_names_the_result_files(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(status=500, times=None, path=r"/v1/files/.*/content", method="GET")
    with pytest.raises(MistralError) as info:
        client.batch.run(REQUESTS, model="mistral-small-latest", poll_interval=0, timeout=30)
    fake_server.clear_faults()
    job = client.batch.jobs.list().data[0]
    assert job.status == "SUCCESS" and job.output_file is not None
    notes = " ".join(getattr(info.value, "__notes__", []))
    assert job.id in notes and job.output_file in notes and "files.download" in notes


async def test_batch_run_failed_download_names_the_result_files_async(
    client: Mistral, fake_server: FakeMistralServer
) -> None:
    fake_server.inject(status=500, times=None, path=r"/v1/files/.*/content", method="GET")
    with pytest.raises(MistralError) as info:
        await client.batch.run_async(
            REQUESTS, model="mistral-small-latest", poll_interval=0, timeout=30, cleanup=True
        )
    fake_server.clear_faults()
    job = (await client.batch.jobs.list_async()).data[0]
    notes = " ".join(getattr(info.value, "__notes__", []))
    assert job.id in notes and str(job.output_file) in notes
    # nothing was cleaned up: the results are still there to download
    stored = {f.id for f in (await client.files.list_async()).data}
    assert job.output_file in stored
    await client.aclose()
