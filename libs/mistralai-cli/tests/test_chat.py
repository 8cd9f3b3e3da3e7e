"""``mistral chat``, ``models``, ``ocr``, ``embeddings`` against the fake server."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import Result

from mistralai.testing import FakeMistralServer, RequestContext, Response, json_response

Run = Callable[..., Result]


def test_chat_streams_the_answer(run: Run, fake_server: FakeMistralServer) -> None:
    result = run(
        "chat",
        "hello there",
        "--model",
        "mistral-large-latest",
        "--system",
        "be brief",
        "-t",
        "0.3",
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "You said: hello there\n"
    body = fake_server.requests.last.json()
    assert body["stream"] is True
    assert body["model"] == "mistral-large-latest"
    assert body["temperature"] == 0.3
    assert body["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hello there"},
    ]


def test_chat_reads_stdin(run: Run, fake_server: FakeMistralServer) -> None:
    result = run("chat", input="from a pipe\n")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "You said: from a pipe\n"
    assert fake_server.requests.last.json()["messages"][-1]["content"] == "from a pipe\n"


def test_chat_json_is_one_response(run: Run, fake_server: FakeMistralServer) -> None:
    result = run("chat", "hi", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["choices"][0]["message"]["content"] == "You said: hi"
    assert fake_server.requests.last.json().get("stream") in (None, False)


def test_models_list_table_and_json(run: Run) -> None:
    table = run("models", "list")
    assert table.exit_code == 0, table.stderr
    assert "mistral-small-latest" in table.stdout
    listed = run("models", "list", "--json")
    assert "mistral-embed" in {m["id"] for m in json.loads(listed.stdout)}


def _record(server: FakeMistralServer, path: str, answer: dict[str, Any]) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []

    def handler(ctx: RequestContext) -> Response:
        seen.append(ctx.json())
        return json_response(answer)

    server.add_route("POST", path, handler)
    return seen


_OCR = {
    "pages": [
        {"index": 0, "markdown": "# Page one", "images": [], "dimensions": None},
        {"index": 1, "markdown": "Page two", "images": [], "dimensions": None},
    ],
    "model": "mistral-ocr-latest",
    "usage_info": {"pages_processed": 2},
}


def test_ocr_local_file_goes_inline(
    run: Run, fake_server: FakeMistralServer, tmp_path: Path
) -> None:
    seen = _record(fake_server, "/v1/ocr", _OCR)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake")
    result = run("ocr", str(pdf), "--pages", "0,1")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "# Page one\n\nPage two\n"
    document = seen[0]["document"]
    assert document["type"] == "document_url"
    assert (
        document["document_url"]
        == "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4 fake").decode()
    )
    assert seen[0]["pages"] == [0, 1]


def test_ocr_url_and_image(run: Run, fake_server: FakeMistralServer) -> None:
    seen = _record(fake_server, "/v1/ocr", _OCR)
    assert run("ocr", "https://example.invalid/a.pdf").exit_code == 0
    assert run("ocr", "https://example.invalid/a.png", "--json").exit_code == 0
    assert seen[0]["document"] == {
        "type": "document_url",
        "document_url": "https://example.invalid/a.pdf",
    }
    assert seen[1]["document"] == {
        "type": "image_url",
        "image_url": "https://example.invalid/a.png",
    }


def test_ocr_missing_file_is_a_local_error(run: Run) -> None:
    result = run("ocr", "/nonexistent/file.pdf")
    assert result.exit_code == 13
    assert result.stderr.startswith("Error: ") and "/nonexistent/file.pdf" in result.stderr


def test_embeddings(run: Run, fake_server: FakeMistralServer) -> None:
    answer = {
        "id": "e1",
        "object": "list",
        "model": "mistral-embed",
        "usage": {"prompt_tokens": 2, "total_tokens": 2, "completion_tokens": 0},
        "data": [
            {"object": "embedding", "embedding": [0.1, 0.2], "index": 0},
            {"object": "embedding", "embedding": [0.3, 0.4], "index": 1},
        ],
    }
    seen = _record(fake_server, "/v1/embeddings", answer)
    result = run("embeddings", input="first\nsecond\n")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [{"index": 0, "embedding": [0.1, 0.2]}, {"index": 1, "embedding": [0.3, 0.4]}]
    assert (seen[0]["model"], seen[0]["input"]) == ("mistral-embed", ["first", "second"])
