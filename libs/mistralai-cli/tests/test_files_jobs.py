"""``mistral files``, ``batch run`` and ``fine-tuning jobs`` against the fake server's stateful
files and jobs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from mistralai.cli import ExitCode
from mistralai.core import Mistral
from mistralai.testing import FakeMistralServer

Run = Callable[..., Result]


def test_files_upload_list_download_delete(
    run: Run, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    source = tmp_path / "train.jsonl"
    source.write_bytes(b'{"messages": []}\n' * 500)
    uploaded = run("files", "upload", str(source), "--purpose", "fine-tune")
    assert uploaded.exit_code == 0, uploaded.stderr
    file_id = uploaded.stdout.strip()
    assert "upload train.jsonl" in uploaded.stderr  # the progress bar, on stderr
    assert fake_server.requests.last.path == "/v1/files"

    listed = run("files", "list", "--json")
    assert [f["id"] for f in json.loads(listed.stdout)] == [file_id]
    assert "train.jsonl" in run("files", "list").stdout

    target = tmp_path / "copy.jsonl"
    downloaded = run("files", "download", file_id, "-o", str(target))
    assert downloaded.exit_code == 0, downloaded.stderr
    assert target.read_bytes() == source.read_bytes()
    assert f"download {file_id}" in downloaded.stderr

    assert run("files", "delete", file_id).stdout == f"deleted {file_id}\n"
    gone = run("files", "get", file_id)
    assert gone.exit_code == ExitCode.NOT_FOUND


def test_upload_of_a_missing_file_is_a_local_error(run: Run, tmp_path: Path) -> None:
    result = run("files", "upload", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == ExitCode.LOCAL
    assert "nope.jsonl" in result.stderr


def test_batch_run_writes_results_in_order(
    run: Run, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"messages": [{"role": "user", "content": "first"}]})
        + "\n\n"
        + json.dumps(
            {"custom_id": "mine", "body": {"messages": [{"role": "user", "content": "second"}]}}
        )
        + "\n"
    )
    result = run(
        "batch",
        "run",
        str(source),
        "--model",
        "mistral-small-latest",
        "--endpoint",
        "/v1/chat/completions",
        "--poll-interval",
        "0",
    )
    assert result.exit_code == 0, result.stderr
    target = tmp_path / "in.results.jsonl"
    assert result.stdout.strip() == str(target)
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert [line["custom_id"] for line in lines] == ["0", "mine"]
    assert [line["response"]["choices"][0]["message"]["content"] for line in lines] == [
        "You said: first",
        "You said: second",
    ]
    assert "2 succeeded, 0 failed" in result.stderr
    job = fake_server.requests.filter(method="POST", path="/v1/batch/jobs")[0].json()
    assert job["model"] == "mistral-small-latest"

    listed = json.loads(run("batch", "jobs", "list", "--json").stdout)
    assert [(j["status"], j["total_requests"]) for j in listed] == [("SUCCESS", 2)]
    assert listed[0]["id"] in run("batch", "jobs", "list").stdout
    assert json.loads(run("batch", "jobs", "get", listed[0]["id"]).stdout)["status"] == "SUCCESS"
    assert run("batch", "jobs", "get", "nope").exit_code == ExitCode.NOT_FOUND


def test_batch_run_rejects_bad_input(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text("{not json\n")
    result = run("batch", "run", str(source), "--model", "m")
    assert result.exit_code == ExitCode.BAD_REQUEST
    assert "bad.jsonl:1" in result.stderr


def test_fine_tuning_jobs(run: Run, fake_server: FakeMistralServer, tmp_path: Path) -> None:
    source = tmp_path / "train.jsonl"
    source.write_text('{"messages": []}\n')
    file_id = run("files", "upload", str(source), "--purpose", "fine-tune").stdout.strip()

    created = run(
        "fine-tuning",
        "jobs",
        "create",
        "-m",
        "open-mistral-7b",
        "-f",
        file_id,
        "--training-steps",
        "5",
        "--learning-rate",
        "0.0002",
        "--wait",
        "--poll-interval",
        "0",
    )
    assert created.exit_code == 0, created.stderr
    job_id = created.stdout.strip()
    assert "SUCCESS" in created.stderr
    body = fake_server.requests.filter(method="POST", path="/v1/fine_tuning/jobs")[0].json()
    hyper = body["hyperparameters"]
    assert (hyper["training_steps"], hyper["learning_rate"]) == (5, 0.0002)
    assert "epochs" not in hyper  # not given: not sent
    assert [f["file_id"] for f in body["training_files"]] == [file_id]

    assert job_id in run("fine-tuning", "jobs", "list").stdout
    assert json.loads(run("fine-tuning", "jobs", "get", job_id).stdout)["status"] == "SUCCESS"
    waited = run("fine-tuning", "jobs", "wait", job_id, "--poll-interval", "0")
    assert waited.exit_code == 0 and waited.stdout.startswith(f"{job_id} SUCCESS")

    other = run(
        "fine-tuning", "jobs", "create", "-m", "open-mistral-7b", "-f", file_id
    ).stdout.strip()
    cancelled = run("fine-tuning", "jobs", "cancel", other)
    assert cancelled.exit_code == 0, cancelled.stderr
    failed = run("fine-tuning", "jobs", "wait", other, "--poll-interval", "0")
    assert failed.exit_code == ExitCode.FAILED
    assert (
        failed.stderr.strip()
        .splitlines()[-1]
        .startswith(f"Error: fine-tuning job {other} ended CANCELL")
    )

    assert run("fine-tuning", "jobs", "get", "nope").exit_code == ExitCode.NOT_FOUND


def test_batch_jobs_cancel(run: Run, fake_server: FakeMistralServer) -> None:
    with Mistral(api_key="test-key", server_url=fake_server.url) as sdk:
        uploaded = sdk.files.upload(file=b'{"custom_id": "0", "body": {}}\n', purpose="batch")
        job = sdk.batch.jobs.create(
            input_files=[uploaded.id],
            endpoint="/v1/chat/completions",
            model="mistral-small-latest",
            http_headers={"x-fake-job-statuses": "QUEUED,RUNNING,RUNNING,SUCCESS"},
        )
    cancelled = run("batch", "jobs", "cancel", job.id)
    assert (cancelled.exit_code, cancelled.stdout) == (0, f"{job.id} CANCELLATION_REQUESTED\n")
