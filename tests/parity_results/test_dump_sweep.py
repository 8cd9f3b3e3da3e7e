"""Every official method's minimal answer dumps as in 2.x (``data/result_sweep.json``).

The smallest body the spec allows for each method returning one model (required fields only:
what exercises the absent-field rules) was read by the official 2.5.1 package
(``tools/parity/make_result_sweep.py``). Here it is read as the return type of our method of
the same name; the dumps must hold the same data. No HTTP: ``test_dumps.py`` serves recorded
bodies through the fake server; this covers the breadth.
"""

from __future__ import annotations

import json
import typing
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter

from mistralai.client import Mistral

SWEEP = json.loads((Path(__file__).parent / "data" / "result_sweep.json").read_text())
CASES: list[dict[str, Any]] = SWEEP["cases"]


@cache
def _client() -> Mistral:
    return Mistral(api_key="k")  # never sends: only the methods' return types are read


def _return_type(dotted: str) -> Any:
    target: Any = _client()
    for part in dotted.split("."):
        target = getattr(target, part)
    return typing.get_type_hints(target)["return"]


def test_sweep_is_broad() -> None:
    assert len(CASES) > 150


@pytest.mark.parametrize("case", CASES, ids=[c["method"] for c in CASES])
def test_minimal_answer_dumps_like_2x(case: dict[str, Any]) -> None:
    adapter: TypeAdapter[Any] = TypeAdapter(_return_type(case["method"]))
    value = adapter.validate_python(case["body"])
    assert json.loads(json.dumps(adapter.dump_python(value), default=str)) == case["dump"]
    assert json.loads(adapter.dump_json(value)) == case["dump_json"]
