"""Record what the official ``mistralai==2.5.1`` sends for every case of ``cases.py``.

Run it with a Python that has the official SDK installed (not the workspace):

    python3 -m venv /tmp/off && /tmp/off/bin/pip install "mistralai[agents]==2.5.1"
    /tmp/off/bin/python tools/parity/record_official.py

It writes ``tests/parity/data/official_2_5_1.json``: case id -> the normalized requests (see
``cases.normalize``), or the error the official SDK raised before sending anything. Nothing
leaves the machine: requests go to an ``httpx.MockTransport``.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import CASES, SERVER, answer, call, normalize  # noqa: E402

OUT = HERE.parents[1] / "tests" / "parity" / "data" / "official_2_5_1.json"


def record() -> dict[str, Any]:
    from mistralai.client import Mistral  # the official package

    results: dict[str, Any] = {}
    for case in CASES:
        captured: list[dict[str, Any]] = []

        def handler(
            request: httpx.Request, captured: list[dict[str, Any]] = captured
        ) -> httpx.Response:
            captured.append(normalize(request))
            return answer(request)

        transport = httpx.MockTransport(handler)
        client = Mistral(
            api_key="sk-test",
            server_url=SERVER,
            client=httpx.Client(transport=transport),
            async_client=httpx.AsyncClient(transport=transport),
        )
        error = None
        try:
            call(client, case)
        except Exception as exc:  # the mock's answer does not parse: expected
            error = f"{type(exc).__name__}"
        results[case.id] = {"requests": captured, "error": None if captured else error}
    return results


def main() -> None:
    data = {"sdk": f"mistralai=={version('mistralai')}", "cases": record()}
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT} ({len(data['cases'])} cases)")


if __name__ == "__main__":
    main()
