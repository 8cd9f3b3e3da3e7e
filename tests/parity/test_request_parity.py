"""Every case of ``tools/parity/cases.py`` sends, through this SDK, the request the official
``mistralai==2.5.1`` sent for the same arguments (recorded in ``data/official_2_5_1.json`` by
``tools/parity/record_official.py``), except the few cases where 2.5.1 is wrong
(``OURS_ON_PURPOSE``, listed in docs/compat.md)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from cases import CASES, SERVER, Case, answer, call, normalize  # pyright: ignore[reportMissingImports,reportUnknownVariableType]

from mistralai.core import Mistral

DATA = json.loads((Path(__file__).parent / "data" / "official_2_5_1.json").read_text())["cases"]


def _query_without(name: str) -> Callable[[dict[str, Any]], None]:
    def fix(request: dict[str, Any]) -> None:
        request["query"] = [pair for pair in request["query"] if pair[0] != name]

    return fix


def _query_value(name: str, value: str) -> Callable[[dict[str, Any]], None]:
    def fix(request: dict[str, Any]) -> None:
        request["query"] = [[k, value if k == name else v] for k, v in request["query"]]

    return fix


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def fix(request: dict[str, Any]) -> None:
        request[key] = value

    return fix


def _repositories(request: dict[str, Any]) -> None:
    repository = {"type": "github", "name": "r", "owner": "o", "token": "t", "weight": 1.0}
    request["body"]["repositories"] = [repository]


# Where 2.5.1 is wrong (docs/compat.md, "Requests: the same as 2.5.1"), what this SDK sends
# instead: applied to the recorded request, the rest of which must still be equal.
OURS_ON_PURPOSE: dict[str, Callable[[dict[str, Any]], None]] = {
    # 2.5.1 sends its internal "unset" sentinel as the metadata filter
    "agents_list": _query_without("metadata"),
    "conversations_list": _query_without("metadata"),
    # 2.5.1 sends nested values of an exploded object as Python reprs
    "events_stream_nested": _query_value("a", '{"b":1}'),
    # 2.5.1 drops repositories
    "fine_tuning_create_repositories": _repositories,
    # 2.5.1 sends '/', '?', '#' and '%' raw: the URL names another resource
    "files_retrieve_odd": _set("path", "/v1/files/a%20b%2Fc%3Fd%23e%25f"),
    # without a file 2.5.1 falls back to form-urlencoded; the spec declares multipart only
    "transcribe_url": lambda r: r.update(
        content_type="multipart/form-data",
        body=[
            ["model", None, "voxtral-mini-latest"],
            ["file_url", None, "https://example.com/a.mp3"],
            ["stream", None, "false"],
            ["diarize", None, "false"],
        ],
    ),
}


def ours(case: Case) -> list[dict[str, Any]]:
    captured: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(json.loads(json.dumps(normalize(request))))  # as recorded: lists
        return answer(request)

    transport = httpx.MockTransport(handler)
    client = Mistral(
        api_key="sk-test",
        server_url=SERVER,
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    try:
        call(client, case)
    except Exception:
        if not captured:
            raise
    return captured


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_same_request_as_official(case: Case) -> None:
    expected = DATA[case.id]["requests"]
    assert expected, f"the official SDK sent nothing for {case.id}: fix the case"
    got = ours(case)
    fix = OURS_ON_PURPOSE.get(case.id)
    if fix is not None:
        assert got != expected, f"{case.id}: now equal to 2.5.1: drop it from OURS_ON_PURPOSE"
        for request in expected:
            fix(request)
    assert got == expected
