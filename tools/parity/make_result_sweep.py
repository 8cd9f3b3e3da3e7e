"""A sweep of result dumps: every official method's minimal answer, read by 2.x and by us.

For each method of ``spec/compat/official_surface.json`` that returns one model (not a list,
not a stream), the smallest body the spec allows (required fields only, made by
``mistralai.testing.schema_instance`` from the operation's 2xx JSON schema) is read by the
official package as the method's 2.x return type, and its ``model_dump()`` /
``model_dump_json()`` are stored in ``tests/parity_results/data/result_sweep.json``;
``tests/parity_results/test_dump_sweep.py`` reads the same body as our method's return type
and compares. Minimal bodies are what exercise the "absent field" rules (2.x leaves absent
fields out of dumps, keeps the defaults its models declare).

Two steps, as the two packages cannot share an environment (both are ``mistralai``)::

    uv run --no-sync python tools/parity/make_result_sweep.py bodies   # this repository's env
    /tmp/off/bin/python tools/parity/make_result_sweep.py dumps        # mistralai==2.5.1 + pyyaml
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "parity_results" / "data" / "result_sweep.json"
SINGLE = re.compile(r"^(?:Optional\[)?models\.(\w+)\]?$")


def bodies() -> None:
    import yaml

    from mistralai.testing import schema_instance

    spec: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "mistral-openapi.yaml").read_text())
    surface = json.loads((ROOT / "spec" / "compat" / "official_surface.json").read_text())
    cases: list[dict[str, Any]] = []
    for method in surface["methods"]:
        found = SINGLE.match(method.get("returns") or "")
        if found is None or method.get("stream"):
            continue
        if not method.get("http_method"):
            continue  # a hand-written helper (chat.parse...), not one operation
        item = spec["paths"].get(method.get("path_raw") or method["path"]) or {}
        op = item.get(method["http_method"].lower())
        if not isinstance(op, dict):
            continue
        schema = None
        for code, answer in (op.get("responses") or {}).items():
            if str(code).startswith("2"):
                schema = ((answer.get("content") or {}).get("application/json") or {}).get("schema")
                break
        if schema is None:
            continue
        body = schema_instance(schema, spec)
        if not isinstance(body, dict):
            continue
        cases.append({"method": method["dotted"], "type": found.group(1), "body": body})
    OUT.write_text(json.dumps({"cases": cases}, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(cases)} bodies to {OUT.relative_to(ROOT)}")


def dumps() -> None:
    from pydantic import TypeAdapter

    import mistralai.client.models as m

    data = json.loads(OUT.read_text())
    kept: list[dict[str, Any]] = []
    for case in data["cases"]:
        adapter: TypeAdapter[Any] = TypeAdapter(getattr(m, case["type"]))
        try:
            value = adapter.validate_python(case["body"])
        except ValueError as exc:  # 2.x rejects the spec's minimal body: nothing to compare
            print(f"skipped {case['method']}: {str(exc).splitlines()[0]}")
            continue
        case["dump"] = json.loads(json.dumps(adapter.dump_python(value), default=str))
        case["dump_json"] = json.loads(adapter.dump_json(value))
        kept.append(case)
    data = {"source": "mistralai==2.5.1", "cases": kept}
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(kept)} cases to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    {"bodies": bodies, "dumps": dumps}[sys.argv[1]]()
