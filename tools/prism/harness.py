"""Prism mock server harness for the request-conformance tests (``tests/conformance``).

Prism (``@stoplight/prism-cli``, pinned in ``package.json``/``package-lock.json`` next to this
file) serves the overlaid API spec; it validates every request against the spec and answers
with a response generated from the schema (``--ignoreExamples``: no example from the spec is
used). A request that violates the spec is answered with an error status and the violations
(see :func:`violations`).

Only the standard library (and the overlay module, which needs PyYAML) is used, so this module
can be imported by any test environment of the workspace::

    from tools.prism.harness import PrismServer, violations

    with PrismServer() as prism:
        r = httpx.post(prism.url + "/v1/chat/completions", json=..., headers=AUTH)
        assert violations(r) == []

What Prism does, established by experiment with 5.16.0 (see ``tests/conformance``):

* Request validation is always on in mock mode. An invalid request gets the operation's own
  ``422``/``400`` response when the spec defines one (its body is generated from that
  response's schema and looks like a real API validation error) or else a problem+json
  ``https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY`` body listing the violations
  under ``validation``. In both cases the ``sl-violations`` header lists the violations
  (JSON; prefixed ``Too many violations!`` and cut at ~8 KB when long).
* ``--errors`` does not make request validation stricter: it turns violations of Prism's
  *own generated response* into ``500 ...#VIOLATIONS`` answers. The generator does not always
  produce schema-valid data (e.g. property names with ``/`` under ``propertyNames``), so the
  flag would fail valid requests; it is off by default (``PrismServer(errors=True)``).
* Security: an operation that requires the bearer scheme is answered
  ``401 ...#UNAUTHORIZED`` without an ``Authorization: Bearer <anything>`` header.
* Routing: an unknown path gives ``404 ...#NO_PATH_MATCHED_ERROR``, a known path with another
  method ``405 ...#NO_METHOD_MATCHED_ERROR``, a request body where none is defined
  ``415``/``422`` (code 415 in the violations).
* Request violations of severity ``Warning`` do not fail the request (Prism answers 2xx and
  lists them in ``sl-violations``); response violations likewise appear only in the header.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import importlib.util
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Self

__all__ = [
    "BEARER",
    "HTTP_METHODS",
    "MAPPING_PATH",
    "PRISM_DIR",
    "PrismServer",
    "declare_mapped_event_streams",
    "ensure_installed",
    "merge_fragment_twins",
    "mock_spec",
    "overlay_module",
    "prism_error",
    "prism_version",
    "serve_event_streams_as_text",
    "unify_path_templates",
    "violations",
    "violations_from",
    "write_spec",
]

PRISM_DIR = Path(__file__).resolve().parent
ROOT = PRISM_DIR.parents[1]
OVERLAY_PATH = ROOT / "tools" / "codegen" / "overlay.py"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
_INSTALLED_PACKAGE_JSON = PRISM_DIR / "node_modules" / "@stoplight" / "prism-cli" / "package.json"

Json = Any

#: What Prism's security check wants for the spec's bearer schemes (any token is accepted).
BEARER = {"Authorization": "Bearer test"}

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PRISM_ERROR_PREFIX = "https://stoplight.io/prism/errors#"

#: Prism problem types that mean "the request does not conform to the spec" (as opposed to
#: "Prism could not produce an answer", e.g. ``NO_COMPLEX_OBJECT_TEXT``, ``VIOLATIONS``).
REQUEST_ERROR_TYPES = frozenset(
    {
        "UNPROCESSABLE_ENTITY",
        "UNAUTHORIZED",
        "INVALID_CONTENT_TYPE",
        "NOT_ACCEPTABLE",
        "NO_PATH_MATCHED_ERROR",
        "NO_METHOD_MATCHED_ERROR",
        "NO_SERVER_MATCHED_ERROR",
    }
)


# -- installation --------------------------------------------------------------------------


def prism_version() -> str:
    """The pinned ``@stoplight/prism-cli`` version (from ``package.json``)."""
    package = json.loads((PRISM_DIR / "package.json").read_text())
    return package["devDependencies"]["@stoplight/prism-cli"]


def _installed_version() -> str | None:
    try:
        return json.loads(_INSTALLED_PACKAGE_JSON.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None


def ensure_installed() -> Path:
    """Install the pinned Prism into ``tools/prism/node_modules`` unless it is there already.

    Runs ``npm ci`` (``npm install`` when there is no lock file) with install scripts off
    (Prism needs none; the only one is a telemetry hook). Quiet; idempotent; safe to call from
    parallel test workers (a lock file serialises installs). Returns the ``prism`` executable.
    """
    if PRISM_BIN.exists() and _installed_version() == prism_version():
        return PRISM_BIN
    digest = hashlib.sha256(str(PRISM_DIR).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"prism-install-{digest}.lock"
    with _file_lock(lock_path):
        if PRISM_BIN.exists() and _installed_version() == prism_version():
            return PRISM_BIN
        has_lock = (PRISM_DIR / "package-lock.json").exists()
        cmd = [
            "npm",
            "ci" if has_lock else "install",
            "--prefix",
            str(PRISM_DIR),
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ]
        env = {**os.environ, "SCARF_ANALYTICS": "false", "DO_NOT_TRACK": "1"}
        proc = subprocess.run(
            cmd, cwd=PRISM_DIR, env=env, capture_output=True, text=True, check=False
        )
        if proc.returncode != 0 or not PRISM_BIN.exists():
            raise RuntimeError(
                f"installing Prism failed ({' '.join(cmd)}, exit {proc.returncode}):\n"
                f"{proc.stdout}\n{proc.stderr}"
            )
    return PRISM_BIN


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    with path.open("w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


# -- the spec served -----------------------------------------------------------------------


def overlay_module() -> ModuleType:
    """``tools/codegen/overlay.py``, imported by path (``tools`` is not a package)."""
    name = "_mistralai_codegen_overlay"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, OVERLAY_PATH)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {OVERLAY_PATH}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module


def mock_spec() -> dict[str, Json]:
    """The spec Prism serves: the overlaid spec, ``for_mock_server``, and the fixes below.

    Order matters: :func:`merge_fragment_twins` runs before ``for_mock_server`` (which would
    otherwise drop the streaming twins), the others after it.
    """
    overlay = overlay_module()
    spec: dict[str, Json] = overlay.overlaid_spec()
    merge_fragment_twins(spec, overlay.wire_path)
    spec = overlay.for_mock_server(spec)
    unify_path_templates(spec)
    declare_mapped_event_streams(spec, _load_mapping())
    serve_event_streams_as_text(spec)
    return spec


def write_spec(path: str | os.PathLike[str]) -> Path:
    """Write :func:`mock_spec` as JSON to ``path`` (parents created); returns the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(mock_spec()))
    return out


def merge_fragment_twins(spec: dict[str, Json], wire_path: Callable[[str], str]) -> None:
    """Merge operations that share a wire path and method into one operation.

    Why: ``/v1/conversations`` and ``/v1/conversations#stream`` (likewise ``.../{id}``,
    ``.../restart``, ``/v1/audio/transcriptions``) are distinct operations on the same wire
    route, told apart by the body (``stream: false`` vs ``stream: true``). A mock server can
    route only one; ``for_mock_server`` keeps the first and drops the streaming twin, so every
    streaming request (``stream: true``) would then be *rejected* by Prism
    (``stream must be equal to one of the allowed values: false``) and the stream methods could
    not be checked at all. Here the twin is folded into the first operation instead:

    * request bodies: per media type, a schema differing between the two becomes
      ``anyOf: [first, twin]``; ``required`` only if both require a body;
    * responses: per status code, the media types are united (the JSON answer of one and the
      ``text/event-stream`` answer of the other), differing schemas as ``anyOf``;
    * parameters: united by ``(in, name)``.

    Prism then accepts a request valid for either twin and answers according to ``Accept``.
    The merged operation is tagged ``x-prism-merged: [operationId, ...]``.
    """
    paths: dict[str, Json] = spec["paths"]
    first_by_route: dict[tuple[str, str], dict[str, Json]] = {}
    for key in list(paths):
        item = paths[key]
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            route = (wire_path(key), method)
            first = first_by_route.get(route)
            if first is None:
                first_by_route[route] = op
                continue
            _fold_operation(first, op)
            del item[method]
        if not any(m in item for m in HTTP_METHODS):
            del paths[key]


def _fold_operation(into: dict[str, Json], twin: dict[str, Json]) -> None:
    merged = into.setdefault("x-prism-merged", [into.get("operationId")])
    merged.append(twin.get("operationId"))

    params = into.setdefault("parameters", [])
    seen = {(p.get("in"), p.get("name")) for p in params if isinstance(p, dict)}
    for param in twin.get("parameters", []):
        if (param.get("in"), param.get("name")) not in seen:
            params.append(copy.deepcopy(param))
    if not params:
        del into["parameters"]

    twin_body = twin.get("requestBody")
    if twin_body is not None:
        body = into.get("requestBody")
        if body is None:
            into["requestBody"] = {**copy.deepcopy(twin_body), "required": False}
        else:
            body["required"] = bool(body.get("required")) and bool(twin_body.get("required"))
            _merge_content(body.setdefault("content", {}), twin_body.get("content", {}))
    elif "requestBody" in into:
        into["requestBody"]["required"] = False

    responses = into.setdefault("responses", {})
    for code, response in twin.get("responses", {}).items():
        mine = responses.get(code)
        if mine is None:
            responses[code] = copy.deepcopy(response)
        elif "content" in response:
            _merge_content(mine.setdefault("content", {}), response["content"])


def _merge_content(into: dict[str, Json], other: dict[str, Json]) -> None:
    for media_type, media in other.items():
        mine = into.get(media_type)
        if mine is None:
            into[media_type] = copy.deepcopy(media)
            continue
        a, b = mine.get("schema"), media.get("schema")
        if b is not None and a != b:
            branches = a["anyOf"] if isinstance(a, dict) and set(a) == {"anyOf"} else [a]
            if b not in branches:
                mine["schema"] = {"anyOf": [*branches, copy.deepcopy(b)]}


_TEMPLATE = re.compile(r"\{([^}/]+)\}")


def unify_path_templates(spec: dict[str, Json]) -> None:
    """Merge path items whose templates differ only in parameter names.

    Why: after the ``#fragment`` keys are stripped, ``/v1/connectors/{connector_id_or_name}``
    (GET) and ``/v1/connectors/{connector_id}`` (DELETE, PATCH) are two path items for one
    route, which OpenAPI forbids ("templated paths with the same hierarchy but different
    templated names MUST NOT exist"); route resolution between them is then up to the mock
    server. ``for_mock_server``'s docstring promises that path parameters of merged items are
    renamed to the first item's names, but it only merges identical wire paths; this does the
    renaming: the later item's operations get their ``in: path`` parameters renamed
    positionally to the first item's names and move into the first item.
    """
    paths: dict[str, Json] = spec["paths"]
    first_by_shape: dict[str, str] = {}
    for key in list(paths):
        shape = _TEMPLATE.sub("{}", key)
        first = first_by_shape.setdefault(shape, key)
        if first == key:
            continue
        renames = dict(zip(_TEMPLATE.findall(key), _TEMPLATE.findall(first), strict=True))
        target = paths[first]
        item = paths.pop(key)
        for name, value in item.items():
            if name == "parameters":
                target.setdefault("parameters", [])
                target["parameters"] += _renamed(spec, value, renames)
                continue
            if name in target:
                raise ValueError(f"{key} and {first} both define {name}")
            if name in HTTP_METHODS and "parameters" in value:
                value["parameters"] = _renamed(spec, value["parameters"], renames)
            target[name] = value


def _renamed(spec: dict[str, Json], params: list[Json], renames: Mapping[str, str]) -> list[Json]:
    out: list[Json] = []
    for param in params:
        resolved = _resolve(spec, param)
        if resolved.get("in") == "path" and resolved.get("name") in renames:
            param = {**copy.deepcopy(resolved), "name": renames[resolved["name"]]}
        out.append(param)
    return out


def _resolve(spec: dict[str, Json], node: Json) -> Json:
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            break
        seen.add(ref)
        target: Json = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


MAPPING_PATH = ROOT / "tools" / "codegen" / "mapping.yaml"


def _load_mapping() -> dict[str, Json]:
    """``tools/codegen/mapping.yaml`` (``{}`` while it does not exist)."""
    if not MAPPING_PATH.exists():
        return {}
    import yaml

    with MAPPING_PATH.open("rb") as f:
        data = yaml.safe_load(f) or {}
    return data if isinstance(data, dict) else {}


def declare_mapped_event_streams(spec: dict[str, Json], mapping: Mapping[str, Json]) -> None:
    """Declare a ``text/event-stream`` answer where the mapping adds a stream method.

    Why: ``mapping.yaml`` gives some operations a streaming method although the spec declares
    no event-stream response for them (``stream_event``: ``agents_completion_v1_agents_
    completions_post`` -> ``agents.stream``, event ``CompletionEvent``). The SDK then asks for
    ``Accept: text/event-stream`` and Prism answers ``406 NOT_ACCEPTABLE``, so the request of
    that method could never be checked. The first 2xx response gets the media type with the
    mapped event schema (served as text by :func:`serve_event_streams_as_text`). This is a
    spec defect; the overlay is the better home for the fix, and then this is a no-op.
    """
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            entry = mapping.get(op.get("operationId", ""))
            if not isinstance(entry, dict) or not entry.get("stream"):
                continue
            codes = sorted(c for c in op.get("responses", {}) if str(c).startswith("2"))
            if not codes:
                continue
            response = op["responses"][codes[0]] = _own(spec, op["responses"][codes[0]])
            if any(
                "text/event-stream" in _resolve(spec, op["responses"][c]).get("content", {})
                for c in codes
            ):
                continue
            event = entry.get("stream_event")
            schema = {"$ref": f"#/components/schemas/{event}"} if event else {}
            response.setdefault("content", {})["text/event-stream"] = {"schema": schema}


def _own(spec: dict[str, Json], node: Json) -> Json:
    """``node`` itself, or a private copy of what it refers to (so edits stay local)."""
    if isinstance(node, dict) and "$ref" in node:
        return copy.deepcopy(_resolve(spec, node))
    return node


#: Event-stream bodies Prism serves instead of generating one from the event schema.
SSE_DONE_BODY = "data: [DONE]\n\n"
SSE_EMPTY_BODY = ": prism mock: no events\n\n"


def serve_event_streams_as_text(spec: dict[str, Json]) -> None:
    """Give every ``text/event-stream`` response a fixed, valid SSE text body.

    Why: Prism generates a *JSON value* from a response schema and cannot serialise an object
    as ``text/event-stream`` (it answers ``500 ...#NO_COMPLEX_OBJECT_TEXT``; it has no notion
    of SSE framing). The schema is replaced by a one-value string enum, which Prism serves
    verbatim even with ``--ignoreExamples``:

    * ``data: [DONE]`` for streams whose request documents that terminator (the ``stream``
      property's description mentions ``[DONE]``: chat, FIM and agents completions), so an SDK
      waiting for the end marker sees a complete, empty stream;
    * a single SSE comment (no event at all) for the others.

    The request is still validated against the operation's request schema, which is what the
    conformance tests check; event parsing is covered by the SDK's own tests.
    """
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            body = SSE_DONE_BODY if _documents_done_sentinel(spec, op) else SSE_EMPTY_BODY
            responses = op.get("responses", {})
            for code, response in responses.items():
                if "text/event-stream" not in _resolve(spec, response).get("content", {}):
                    continue
                response = responses[code] = _own(spec, response)
                media = response["content"]["text/event-stream"]
                if media is not None:
                    media.pop("example", None)
                    media.pop("examples", None)
                    media["schema"] = {"type": "string", "enum": [body]}


def _documents_done_sentinel(spec: dict[str, Json], op: dict[str, Json]) -> bool:
    body = _resolve(spec, op.get("requestBody", {}))
    for media in body.get("content", {}).values():
        stack = [media.get("schema")]
        while stack:
            schema = _resolve(spec, stack.pop())
            if not isinstance(schema, dict):
                continue
            stream = _resolve(spec, schema.get("properties", {}).get("stream", {}))
            if "[DONE]" in str(stream.get("description", "")):
                return True
            for key in ("allOf", "anyOf", "oneOf"):
                stack.extend(schema.get(key, []))
    return False


# -- reading Prism's answers ---------------------------------------------------------------


def violations(response: Any, *, warnings: bool = False) -> list[str]:
    """Request violations Prism reported in ``response`` (an ``httpx.Response``); ``[]`` if none.

    A legitimate answer (the request conformed) gives ``[]``, even when the ``sl-violations``
    header lists violations of Prism's own generated *response*. Each item reads
    ``"request.body.temperature: Request body property temperature must be number (type)"``.
    Security and routing failures are request violations too (``"UNAUTHORIZED: ..."``,
    ``"NO_PATH_MATCHED_ERROR: ..."``). ``warnings=True`` also returns request violations of
    severity ``Warning`` (Prism lets those through).
    """
    return violations_from(response.status_code, response.headers, response.text, warnings=warnings)


def violations_from(
    status_code: int,
    headers: Mapping[str, str],
    body: str | bytes | None,
    *,
    warnings: bool = False,
) -> list[str]:
    """:func:`violations` from parts, e.g. of the SDK's ``APIStatusError``
    (``status_code``, ``headers``, ``body``)."""
    severities = {"Error", "Warning"} if warnings else {"Error"}
    found: list[str] = []
    header = _header(headers, "sl-violations")
    if header:
        last_location: list[Json] = ["request"]
        for item in _parse_violation_header(header):
            if item.get("truncated"):
                # request violations come first: what was cut off can only be a request
                # violation if the last one read was one
                if status_code >= 400 and last_location[:1] == ["request"]:
                    found.append("... (Prism truncated the sl-violations header)")
                continue
            last_location = item.get("location") or []
            if last_location[:1] == ["request"] and item.get("severity") in severities:
                found.append(_describe(last_location, item))
    problem = _problem(headers, body)
    if problem is not None:
        kind = problem["type"].removeprefix(PRISM_ERROR_PREFIX)
        if kind == "UNPROCESSABLE_ENTITY":
            for item in problem.get("validation") or []:
                if item.get("severity", "Error") in severities:
                    found.append(_describe(["request", *(item.get("location") or [])], item))
        elif kind in REQUEST_ERROR_TYPES:
            found.append(f"{kind}: {problem.get('title', '')}: {problem.get('detail', '')}")
    if status_code >= 400 and not found and header and status_code in (400, 415, 422):
        found.append(f"HTTP {status_code} with sl-violations: {header[:500]}")
    return list(dict.fromkeys(found))


def prism_error(response: Any) -> str | None:
    """Prism's own problem type for an answer Prism generated itself (``"UNAUTHORIZED"``,
    ``"NO_COMPLEX_OBJECT_TEXT"``, ...), with its detail; ``None`` for a mocked answer."""
    problem = _problem(response.headers, response.text)
    if problem is None:
        return None
    kind = problem["type"].removeprefix(PRISM_ERROR_PREFIX)
    return f"{kind}: {problem.get('detail', problem.get('title', ''))}"


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        for key, v in headers.items():
            if key.lower() == name:
                return v
    return value


def _parse_violation_header(value: str) -> list[dict[str, Json]]:
    truncated = value.startswith("Too many violations!")
    text = value.removeprefix("Too many violations!").strip()
    try:
        items = json.loads(text)
    except ValueError:
        items = []
        decoder = json.JSONDecoder()
        pos = text.find("[") + 1
        while 0 < pos < len(text):
            while pos < len(text) and text[pos] in " ,\n":
                pos += 1
            try:
                item, pos = decoder.raw_decode(text, pos)
            except ValueError:
                break
            items.append(item)
        truncated = True
    out = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
    if truncated:
        out.append({"truncated": True})
    return out


def _problem(headers: Mapping[str, str], body: str | bytes | None) -> dict[str, Json] | None:
    content_type = _header(headers, "content-type") or ""
    if "json" not in content_type or not body:
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if (
        isinstance(data, dict)
        and isinstance(data.get("type"), str)
        and data["type"].startswith(PRISM_ERROR_PREFIX)
    ):
        return data
    return None


def _describe(location: list[Json], item: Mapping[str, Json]) -> str:
    where = ".".join(str(part) for part in location)
    return f"{where}: {item.get('message', '')} ({item.get('code', '?')})"


# -- the server ----------------------------------------------------------------------------


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


class PrismServer:
    """``prism mock`` on ``127.0.0.1`` and a free port, as a context manager.

    ``spec``: the document to serve (default: :func:`write_spec` into a temporary directory).
    ``log``: file receiving Prism's output (default: next to the spec); kept after exit.
    On exit the whole process group of Prism is terminated (SIGTERM, then SIGKILL).
    ``startup_seconds`` records how long Prism took to listen.
    """

    def __init__(
        self,
        spec: str | os.PathLike[str] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        log: str | os.PathLike[str] | None = None,
        errors: bool = False,
        extra_args: tuple[str, ...] = (),
        startup_timeout: float = 120.0,
    ) -> None:
        self.host = host
        self.port = port or 0
        self.spec_path = Path(spec) if spec is not None else None
        self.log_path = Path(log) if log is not None else None
        self.errors = errors
        self.extra_args = extra_args
        self.startup_timeout = startup_timeout
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        if self._proc is None:
            raise RuntimeError("Prism is not running")
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        if self._proc is not None:
            raise RuntimeError("Prism is already running")
        prism = ensure_installed()
        if self.spec_path is None:
            self.spec_path = write_spec(Path(tempfile.mkdtemp(prefix="prism-")) / "spec.json")
        if self.log_path is None:
            self.log_path = self.spec_path.with_name("prism.log")
        fixed_port = self.port != 0
        for attempt in range(3):
            port = self.port if fixed_port else _free_port(self.host)
            try:
                self._launch(prism, port)
                return
            except _PortTaken:
                if fixed_port or attempt == 2:
                    raise RuntimeError(f"port {port} is in use; see {self.log_path}") from None

    def _launch(self, prism: Path, port: int) -> None:
        assert self.spec_path is not None and self.log_path is not None
        cmd = [
            str(prism),
            "mock",
            "-h",
            self.host,
            "-p",
            str(port),
            "--ignoreExamples",
            *(["--errors"] if self.errors else []),
            *self.extra_args,
            str(self.spec_path),
        ]
        env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0", "SCARF_ANALYTICS": "false"}
        started = time.monotonic()
        with self.log_path.open("wb") as log:
            log.write(("$ " + " ".join(cmd) + "\n").encode())
            log.flush()
            self._proc = subprocess.Popen(
                cmd,
                cwd=PRISM_DIR,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.port = port
        marker = f"Prism is listening on http://{self.host}:{port}"
        deadline = started + self.startup_timeout
        while True:
            text = self.log_path.read_text(errors="replace")
            if marker in text and _port_open(self.host, port):
                self.startup_seconds = time.monotonic() - started
                return
            if self._proc.poll() is not None or "EADDRINUSE" in text:
                self.stop()
                if "EADDRINUSE" in text:
                    raise _PortTaken
                raise RuntimeError(f"Prism exited during startup:\n{_tail(text)}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"Prism did not listen within {self.startup_timeout:.0f}s:\n{_tail(text)}"
                )
            time.sleep(0.05)

    def stop(self) -> None:
        """Terminate Prism's process group and reap it; a no-op when not running."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        pgid = proc.pid  # start_new_session: Prism leads its own group
        for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, sig)
            try:
                proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
        # children that outlived the leader (e.g. ``--multiprocess``) are in the same group
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)

    def log_tail(self, lines: int = 40) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return _tail(self.log_path.read_text(errors="replace"), lines)


class _PortTaken(Exception):
    pass


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])
