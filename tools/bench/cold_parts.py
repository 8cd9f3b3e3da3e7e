"""What each side's cold start adds to what both load, part by part, in fresh interpreters.

    uv run python tools/bench/cold_parts.py [--runs 9] [--workspace]

``run.py``'s cold-start row compares two whole processes. This says where the difference is:
every measured process first loads what both sides need anyway (httpx with its transport,
pydantic with its schema machinery warmed by one model), then times the steps of one side's
first call one by one, so each figure is what that side adds. Ours: the import, ``Mistral()``,
``client.chat``, the answer's models, their validator, the request's codec, the first
``complete()``; raw: its models' module, ``httpx.Client()`` (which reads the CA bundle), its
first request. Medians of ``--runs`` processes per side, interleaved; the built wheels'
venv as in ``run.py`` (``--workspace``: the workspace venv), against the fake server.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import subprocess
import sys
from collections.abc import Sequence

from installed import InstalledVenv
from official import clean_env
from run import HERE, fake_server

_SHARED = """\
import json, sys, time
sys.path.insert(0, {here!r})
import httpx, pydantic
class _Warm(pydantic.BaseModel):
    x: int = 0
httpx.Client().close()
url = {url!r}
parts = {{}}
def part(name, t0):
    parts[name] = (time.perf_counter() - t0) * 1e3
    return time.perf_counter()
t = time.perf_counter()
"""
_OURS = """\
from mistralai.client import Mistral
t = part("import mistralai.client", t)
client = Mistral(api_key="bench", server_url=url)
t = part("Mistral(...)", t)
chat = client.chat
t = part("client.chat", t)
from mistralai.api.chat._generated import resources
op = resources._CHAT_COMPLETE
op.response
t = part("the answer's models", t)
op.validate_response_json
t = part("their validator", t)
op.body_codec
t = part("the request's codec", t)
answer = chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
t = part("first complete()", t)
assert answer.choices[0].message.content == "You said: hi"
"""
_RAW = """\
from rawmodels import ChatCompletionResponse
t = part("its models' module", t)
http = httpx.Client()
t = part("httpx.Client() (reads the CA bundle)", t)
r = http.post(url + "/v1/chat/completions", headers={"authorization": "Bearer bench"},
              json={"model": "m", "stream": False, "messages": [{"role": "user", "content": "hi"}]})
answer = ChatCompletionResponse.model_validate_json(r.content)
t = part("first request + validation", t)
assert answer.choices[0].message.content == "You said: hi"
"""
_END = "print('PARTS', json.dumps(parts))\n"


def measure(python: str, url: str, runs: int) -> dict[str, dict[str, float]]:
    """Median ms of each part, per side."""
    env = clean_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # .pyc files on, as users' imports have them
    shared = _SHARED.format(here=str(HERE), url=url)
    samples: dict[str, list[dict[str, float]]] = {"ours": [], "raw": []}
    for i in range(runs + 1):  # run 0 warms the .pyc files
        for side, code in (("ours", _OURS), ("raw", _RAW))[:: 1 if i % 2 else -1]:
            done = subprocess.run(
                [python, "-c", shared + code + _END],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            line = next((x for x in done.stdout.splitlines() if x.startswith("PARTS ")), None)
            if done.returncode or line is None:
                raise SystemExit(f"{side} failed: {done.stderr.strip()[-800:]}")
            if i:
                samples[side].append(json.loads(line[len("PARTS ") :]))
    return {
        side: {name: statistics.median(s[name] for s in got) for name in got[0]}
        for side, got in samples.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/bench/cold_parts.py", description=__doc__)
    parser.add_argument("--runs", type=int, default=9, help="processes per side")
    parser.add_argument("--workspace", action="store_true", help="use the workspace venv")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        python = sys.executable
        if not args.workspace:
            venv = stack.enter_context(InstalledVenv())
            if venv.python is None:
                raise SystemExit(f"the wheel install failed: {venv.reason}")
            python = venv.python
        url = stack.enter_context(fake_server(sys.executable))
        result = measure(python, url, args.runs)
    for side, parts in result.items():
        print(f"{side}: {sum(parts.values()):.1f} ms beyond what both load")
        for name, ms in parts.items():
            print(f"  {ms:7.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
