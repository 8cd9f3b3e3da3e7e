"""Every script of ``examples/`` runs, as a user would run it, against the fake server.

Each example is a subprocess (``python examples/<name>.py``) without ``MISTRAL_API_KEY`` (nor
the Azure and GCP variables), so it starts the bundled fake server (or a local fake Azure or
Vertex endpoint) and says so on its first line. The test checks the exit code, that first
line, and the lines that show the example did its job. The scripts run a few at a time, all
started once for the module: each takes a second or two, mostly interpreter start-up.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TIMEOUT_S = 120  # generous: a loaded CI machine; each example takes about 1-2 s alone

#: example -> lines (regexes, each matching a whole line of its output) that prove it worked
EXPECTED: dict[str, list[str]] = {
    "chat_stream": [r"You said: Tell me, in one paragraph, why streaming matters\."],
    "chat_complete": [
        r"answer: You said: What is the capital of France\?",
        r"finish reason: stop \| tokens: \d+",
        r"async answer: You said: What is the capital of France\?",
    ],
    "chat_parse": [
        r"parsed: City\(name='.*', country='.*', population=\d+\)",
        r"parsed from a stream: City\(.*\)",
    ],
    "embeddings": [r"embeddings: 3 vectors of \d+ dimensions", r"most similar: .*"],
    "ocr": [r"uploaded document\.pdf as \S+", r"--- page 0", r"ocr: 1 page\(s\) processed"],
    "agents_local_tool": [
        r"agent: \S+",
        r"  \(tool called: get_weather\(.*\)\)",
        r"  function\.call",
        r"  function\.result",
        r"  message\.output",
        r'answer: Tool results: \{"city":.*"temperature":21.*\}',
    ],
    "conversations": [
        r"assistant: You said: Name a French cheese\.",
        r"streamed: You said: Thanks! One more\?",
        r"history: 6 entries",
    ],
    "files_progress": [
        r"upload   \[#{20}\] (\d+)/\1 bytes",
        r"uploaded train\.jsonl: \S+ \(\d+ bytes\)",
        r"downloaded to copy\.jsonl: identical=True",
        r"deleted: True",
    ],
    "libraries": [r"library handbook: \S+", r"libraries: holidays\.txt is done: '.*25 days.*'"],
    "batch_at_scale": [
        r"  job \S+: SUCCESS \(200/200 done\)",
        r"batch: 200/200 succeeded",
        r"first answer: You said: Give me a one-word synonym of 'happy' \(#0\)",
    ],
    "fine_tuning_wait": [
        r"job \S+: QUEUED",
        r"  RUNNING",
        r"fine-tuning job ended SUCCESS: model ft:\S+",
    ],
    "workflows_execute": [
        r"  execution COMPLETED",
        r"workflow result: \{'greeting': 'Hello, Ada!'\}",
        r"execution \S+ COMPLETED: \{'greeting': 'Hello, Bo!'\}",
        r"  log 6: .*log line 6",
    ],
    "audio_transcription": [
        r"transcription \(en\): .+",
        r"streamed: .+",
        r"speech: [1-9]\d* bytes of wav",
    ],
    "connectors": [r"connector github: .+", r"connectors: activated for user"],
    "pagination": [
        r"pagination: 7 files over pages of 3: doc-6\.txt, .*doc-0\.txt",
        r"first page: 3 of 7 .*",
    ],
    "observability": [
        r"observability: 1 dataset\(s\): support-evals",
        r"deleted dataset \S+",
    ],
    "admin": [r"admin: signed in as ada@example\.com", r"workspaces: \d+"],
    "errors_retries": [
        r"NotFoundError: status 404, request id \S+",
        r"retried through two 429s: You said: ping",
        r"RateLimitError after retries: 429, retry_after=0\.0",
        r"retries=None: failed at the first 429",
        r"APITimeoutError: .*timed out.*",
    ],
    "azure_setup": [
        r"azure: You said: Say hello from Azure\.",
        r"azure stream: You said: Say hello from Azure\.",
        r"MistralAzure: You said: Say hello from Azure\.",
    ],
    "gcp_setup": [
        r"gcp: You said: Say hello from Vertex\.",
        r"gcp stream: You said: Say hello from Vertex\.",
        r"MistralGCP: You said: Say hello from Vertex\.",
    ],
}

#: variables that would send an example to a real service
REAL_SERVICE_VARIABLES = (
    "MISTRAL_API_KEY",
    "MISTRAL_MODEL",
    "AZURE_API_KEY",
    "AZURE_ENDPOINT",
    "AZURE_MODEL",
    "GOOGLE_CLOUD_PROJECT",
    "GOOGLE_CLOUD_REGION",
    "GCP_MODEL",
)


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


def scripts() -> list[str]:
    return sorted(p.stem for p in EXAMPLES.glob("*.py") if not p.name.startswith("_"))


def run_example(name: str) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in REAL_SERVICE_VARIABLES}
    env["PYTHONUNBUFFERED"] = "1"
    try:
        done = subprocess.run(
            [sys.executable, str(EXAMPLES / f"{name}.py")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        return Run(-1, str(exc.stdout or ""), f"timed out after {TIMEOUT_S} s")
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="module")
def runs() -> dict[str, Run]:
    """Every example's run, three at a time (a 2-core machine: their start-up overlaps)."""
    names = scripts()
    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(zip(names, pool.map(run_example, names), strict=True))


def test_there_are_enough_examples_and_each_is_checked() -> None:
    names = scripts()
    assert len(names) >= 15
    assert set(names) == set(EXPECTED), (
        "every example needs its expected lines here (and every entry an example): "
        f"missing {sorted(set(names) - set(EXPECTED))}, stale {sorted(set(EXPECTED) - set(names))}"
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_runs_against_the_fake_server(name: str, runs: dict[str, Run]) -> None:
    run = runs[name]
    output = f"--- stdout\n{run.stdout}\n--- stderr\n{run.stderr}"
    assert run.returncode == 0, f"examples/{name}.py exited {run.returncode}\n{output}"
    lines = run.stdout.splitlines()
    assert lines, f"examples/{name}.py printed nothing\n{output}"
    assert re.search(r"fake .*(server|endpoint|Vertex AI) at http://127\.0\.0\.1:\d+", lines[0]), (
        f"examples/{name}.py must say on its first line that it uses a local fake\n{output}"
    )
    for pattern in EXPECTED[name]:
        assert any(re.fullmatch(pattern, line) for line in lines), (
            f"examples/{name}.py: no line matches {pattern!r}\n{output}"
        )
