"""Request conformance of every operation of the spec, through the real SDK client.

Each of the spec's operations (the spec's own, and those the overlay adds: 2.x-only ones and
the current API's of ``spec/additions``; ``tools/codegen/mapping.yaml`` names their methods:
``name``, ``stream``, ``also``) is called once, sync and async, with *minimal valid arguments
built from the spec* (``tools/prism/arguments.py``: required parameters and body fields only,
one value per JSON-schema type / format / enum / const, the first ``oneOf``/``anyOf`` branch,
discriminators honoured, bounds respected), against Prism serving the overlaid spec. The
values are passed under the method's own Python parameter names, read from the generated
resource modules and checked against ``inspect.signature`` of the client's method.

A test fails when Prism rejects the request (the SDK raises ``APIStatusError``; the
violations Prism reported are listed), when the request went to another route than the
operation's, when a stream method did not negotiate ``text/event-stream``, or when the
arguments could not be built (add a row to :data:`OVERRIDES`). An answer the SDK cannot
read (Prism's generated data against the SDK's models) is a warning, not a failure: this
suite checks requests.

:data:`NOT_BY_PRISM` lists the operations that cannot be exercised this way, each with the
reason and the fake-server test that covers it instead.
"""

from __future__ import annotations

import inspect
from functools import cache
from typing import Any

import pytest

from tools.prism.arguments import ArgumentBuilder, CannotBuild, Wiring, generated_wiring
from tools.prism.conformance import (
    Method,
    Recorder,
    check_exchange,
    consume,
    consume_async,
    load_mapping,
    mapped_methods,
    rejected,
    resolve,
    spec_operations,
    unreadable,
    unservable,
)
from tools.prism.harness import PrismServer, overlay_module

#: operationId -> why Prism cannot exercise it, and the fake-server test covering it instead.
NOT_BY_PRISM: dict[str, str] = {}

#: operationId -> Python keyword arguments replacing the automatic ones, for the few
#: operations whose automatic values Prism (or the SDK's own validation) does not accept.
OVERRIDES: dict[str, dict[str, Any]] = {}


# -- arguments -----------------------------------------------------------------------------


def _make_file(field: str) -> Any:
    from mistralai.core.runtime import File

    return File(file_name="sample.txt", content=b"hello", content_type="text/plain")


@cache
def builder() -> ArgumentBuilder:
    return ArgumentBuilder(overlay_module().overlaid_spec(), make_file=_make_file)


@cache
def wiring() -> dict[tuple[str, str], Wiring]:
    return generated_wiring()


def _wiring_of(method: Method) -> Wiring:
    name = method.dotted.rsplit(".", 1)[1]
    found = wiring().get((method.op_id, name))
    if found is None:
        found = next((w for (op, _), w in wiring().items() if op == method.op_id), None)
    assert found is not None, f"no generated method calls {method.op_id}"
    return found


def arguments(method: Method, fn: Any) -> dict[str, Any]:
    """The keyword arguments of ``fn`` (the client's method of ``method``)."""
    if method.op_id in OVERRIDES:
        return dict(OVERRIDES[method.op_id])
    try:
        values = builder().operation(method.op_id)
    except CannotBuild as exc:
        pytest.fail(f"{method}: no automatic arguments ({exc}); add it to OVERRIDES")
    wired = _wiring_of(method)
    kwargs: dict[str, Any] = {}
    unwired: list[str] = []
    for where, given, names in (
        ("path", values.path_params, wired.path),
        ("query", values.query, wired.query),
        ("header", values.headers, wired.headers),
    ):
        for wire, value in given.items():
            if wire in names:
                kwargs[names[wire]] = value
            else:
                unwired.append(f"{where} {wire}")
    if values.has_body:
        if wired.body_whole is not None:
            if values.body_required or values.body is not None:
                kwargs[wired.body_whole] = values.body
        elif isinstance(values.body, dict):
            for wire, value in values.body.items():
                if wire in wired.body:
                    kwargs[wired.body[wire]] = value
                else:
                    unwired.append(f"body {wire}")
    assert not unwired, f"{method}: no parameter of the method carries {unwired}"
    params = inspect.signature(fn).parameters
    unknown = sorted(set(kwargs) - set(params))
    assert not unknown, f"{method} takes no parameter {unknown} (signature: {list(params)})"
    missing = [
        name
        for name, p in params.items()
        if p.default is inspect.Parameter.empty
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        and name not in kwargs
    ]
    assert not missing, f"{method}: required parameters without a value: {missing}"
    return kwargs


def _through_helpers() -> dict[str, tuple[Any, Any]]:
    """Operations no method exposes (``method: false`` in mapping.yaml): called through the
    hand-written helper that uses them, sync and async (each takes the client as ``client``)."""
    from mistralai.extra.workflows import helpers

    return {
        "get_worker_info_v1_workflows_workers_whoami_get": (
            helpers.get_scheduler_namespace_sync,
            helpers.get_scheduler_namespace,
        ),
    }


THROUGH_HELPERS = _through_helpers()


def all_methods() -> list[Method]:
    return [m for m in mapped_methods() if m.op_id not in NOT_BY_PRISM]


# -- tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", all_methods(), ids=str)
def test_sync(method: Method, sdk: Any, recorder: Recorder, prism: PrismServer) -> None:
    from mistralai.core.errors import APIStatusError, ResponseValidationError

    helper = THROUGH_HELPERS.get(method.op_id)
    fn = helper[0] if helper else resolve(sdk, method.dotted)
    kwargs = {"client": sdk} if helper else arguments(method, fn)
    try:
        consume(fn(**kwargs))
    except APIStatusError as exc:
        if not unservable(exc):
            pytest.fail(rejected(method, exc, prism), pytrace=False)
        unreadable(method, exc)
    except ResponseValidationError as exc:
        unreadable(method, exc)
    check_exchange(method, recorder)


@pytest.mark.parametrize("method", all_methods(), ids=str)
async def test_async(
    method: Method, async_sdk: Any, recorder: Recorder, prism: PrismServer
) -> None:
    from mistralai.core.errors import APIStatusError, ResponseValidationError

    helper = THROUGH_HELPERS.get(method.op_id)
    fn = helper[1] if helper else resolve(async_sdk, method.dotted + "_async")
    kwargs = {"client": async_sdk} if helper else arguments(method, fn)
    try:
        await consume_async(fn(**kwargs))
    except APIStatusError as exc:
        if not unservable(exc):
            pytest.fail(rejected(method, exc, prism), pytrace=False)
        unreadable(method, exc)
    except ResponseValidationError as exc:
        unreadable(method, exc)
    check_exchange(method, recorder)


# -- the tables ----------------------------------------------------------------------------


def test_every_spec_operation_is_called() -> None:
    """All operations of the spec are exercised here or listed in NOT_BY_PRISM (none is
    forgotten): the mapping names every one, and every one has a method in the run."""
    spec_ops = set(spec_operations())
    assert set(load_mapping()) == spec_ops
    called = {m.op_id for m in all_methods()}
    assert called | set(NOT_BY_PRISM) == spec_ops
    unexposed = {op for op, entry in load_mapping().items() if entry.get("method") is False}
    assert unexposed == set(THROUGH_HELPERS), "call each unexposed operation through its helper"
    assert not called & set(NOT_BY_PRISM)


def test_tables_name_real_operations() -> None:
    unknown = sorted((set(NOT_BY_PRISM) | set(OVERRIDES)) - set(spec_operations()))
    assert not unknown, f"not operations of the spec: {unknown}"


def test_arguments_are_built_from_the_spec() -> None:
    """The builder follows the schema: a sample of operations whose minimal arguments are
    known (required path, query and body values; a discriminated union; a multipart file)."""
    ops = {
        "chat_completion_v1_chat_completions_post": None,
        "files_api_routes_upload_file": None,
        "connector_activate_for_consumer_v1": None,
    }
    for op_id in ops:
        ops[op_id] = builder().operation(op_id)
    chat = ops["chat_completion_v1_chat_completions_post"]
    assert chat is not None and set(chat.body) == {"model", "messages"}
    upload = ops["files_api_routes_upload_file"]
    assert upload is not None and upload.media_type == "multipart/form-data"
    assert type(upload.body["file"]).__name__ == "File"
    activate = ops["connector_activate_for_consumer_v1"]
    assert activate is not None
    assert activate.path_params == {
        "connector_id": "00000000-0000-4000-8000-000000000000",
        "consumer_scope": "user",
    }
    # the overlay gives activation its optional options body (defect 9): nothing required
    assert activate.has_body and not activate.body_required and activate.body == {}


# -- hand-written methods mapped onto spec operations ------------------------------------------

SCOPE_METHODS = [
    (f"beta.connectors.{verb}_for_{scope}", f"connector_{verb}_for_consumer_v1")
    for verb in ("activate", "deactivate")
    for scope in ("organization", "workspace", "user")
]


@pytest.mark.parametrize(("dotted", "op_id"), SCOPE_METHODS, ids=[d for d, _ in SCOPE_METHODS])
def test_connector_scope_methods(
    dotted: str, op_id: str, sdk: Any, recorder: Recorder, prism: PrismServer
) -> None:
    """The 2.x per-scope methods send the spec's ``{consumer_scope}`` operation."""
    from mistralai.core.errors import APIStatusError

    method = Method(op_id, dotted, stream=False)
    connector_id = "00000000-0000-4000-8000-000000000000"
    try:
        resolve(sdk, dotted)(connector_id=connector_id)
    except APIStatusError as exc:
        if not unservable(exc):
            pytest.fail(rejected(method, exc, prism), pytrace=False)
        unreadable(method, exc)
    check_exchange(method, recorder)
    scope = dotted.rsplit("_", 1)[1]
    assert recorder.exchanges[0].path.endswith(f"/{scope}/{dotted.split('.')[2].split('_')[0]}")
