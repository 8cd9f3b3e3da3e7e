"""What ``configure_workflow_encoding`` installs on one client.

2.x does this with an SDK hook on the HTTP requests of that client. Here every resource calls
its client's ``request`` / ``request_async`` / ``stream`` / ``stream_async`` (the
``BaseClient`` contract of ``mistralai.core.runtime``) with the operation and the body by wire
name, so the hook wraps those four methods **on that client instance only**: other clients,
and every operation outside the workflow ones listed below, go through untouched.

- input side: the ``input`` of execute / execute-registration (sent as ``encoded_input``, with
  ``input`` null and an ``execution_id`` generated when none is given, so the blob keys name the
  execution), signal, query, update and schedule (sent in ``input``);
- output side: ``result`` of execute, get execution, query and update; encoded event payloads
  of the event list and of the two event streams.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import weakref
from collections.abc import Callable, Coroutine, Iterator, Mapping
from typing import Any, TypeVar, cast

import pydantic

from .encoding.config import WorkflowEncodingConfig
from .encoding.helpers import generate_two_part_id
from .encoding.models import WorkflowContext
from .encoding.payload_encoder import PayloadEncoder

__all__ = ["EncodingState", "install", "state_of"]

_T = TypeVar("_T")

EXECUTE = "execute_workflow_v1_workflows__workflow_identifier__execute_post"
EXECUTE_REGISTRATION = "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post"
SCHEDULE = "schedule_workflow_v1_workflows_schedules_post"
SIGNAL = "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post"
QUERY = "query_workflow_execution_v1_workflows_executions__execution_id__queries_post"
UPDATE = "update_workflow_execution_v1_workflows_executions__execution_id__updates_post"
GET_EXECUTION = "get_workflow_execution_v1_workflows_executions__execution_id__get"
EVENTS_LIST = "get_workflow_events_v1_workflows_events_list_get"
EVENT_STREAMS = frozenset(
    {
        "get_stream_events_v1_workflows_events_stream_get",
        "stream_v1_workflows_executions__execution_id__stream_get",
    }
)
EXECUTE_OPS = frozenset({EXECUTE, EXECUTE_REGISTRATION})
ENCODE_INPUT = frozenset({EXECUTE, EXECUTE_REGISTRATION, SIGNAL, QUERY, UPDATE, SCHEDULE})
DECODE_RESULT = frozenset({EXECUTE, EXECUTE_REGISTRATION, GET_EXECUTION, QUERY, UPDATE})
TOUCHED = ENCODE_INPUT | DECODE_RESULT | {EVENTS_LIST}

SCHEDULE_PLACEHOLDER = "__scheduled_workflow__"
"""The execution id 2.x uses in the blob keys of a schedule's input (no execution exists yet)."""

_STATE_ATTR = "_mistralai_workflow_encoding"


class EncodingState:
    """The encoder and namespace configured for one client."""

    __slots__ = ("encoder", "namespace")

    def __init__(self, encoder: PayloadEncoder, namespace: str) -> None:
        self.encoder = encoder
        self.namespace = namespace


def state_of(client: Any) -> EncodingState | None:
    """The configuration installed on ``client`` (``None``: none)."""
    return cast("EncodingState | None", getattr(client, _STATE_ATTR, None))


def run_sync(coro: Coroutine[Any, Any, _T]) -> _T:
    """Run a coroutine from blocking code; inside a running loop, on a helper thread (the
    encoder is async because blob storage SDKs are)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


# -- input side -----------------------------------------------------------------------------
def _input_plan(op_id: str, args: dict[str, Any]) -> tuple[dict[str, Any], Any, str] | None:
    """(body, input, execution id) when this call's input must be encoded."""
    if op_id not in ENCODE_INPUT:
        return None
    body = args.get("body")
    if not isinstance(body, Mapping):
        return None
    body = dict(cast(Mapping[str, Any], body))
    value = body.get("input")
    if value is None or _is_unset(value):
        return None
    path = cast(Mapping[str, Any], args.get("path") or {})
    execution_id = body.get("execution_id")
    if not isinstance(execution_id, str) or not execution_id:
        execution_id = path.get("execution_id")
    if not isinstance(execution_id, str) or not execution_id:
        if op_id in EXECUTE_OPS:
            # As 2.x: the workflow name seeds the id, so blob keys and the execution match.
            seed = path.get("workflow_identifier") or path.get("workflow_registration_id")
            execution_id = generate_two_part_id(str(seed) if seed else None)
            body["execution_id"] = execution_id
        elif op_id == SCHEDULE:
            execution_id = SCHEDULE_PLACEHOLDER
        else:
            raise ValueError(f"WorkflowEncoding: could not find the execution id for {op_id}")
    return body, value, execution_id


def _is_unset(value: Any) -> bool:
    from mistralai.core.runtime import Unset

    return isinstance(value, Unset)


def _apply_input(op_id: str, body: dict[str, Any], encoded: Any) -> dict[str, Any]:
    wire = encoded.model_dump(mode="json")
    if op_id in EXECUTE_OPS:
        body["encoded_input"] = wire
        body["input"] = None
    else:
        body["input"] = wire
    return body


async def _encode_args(state: EncodingState, op_id: str, args: dict[str, Any]) -> dict[str, Any]:
    plan = _input_plan(op_id, args)
    if plan is None:
        return args
    body, value, execution_id = plan
    context = WorkflowContext(namespace=state.namespace, execution_id=execution_id)
    encoded = await state.encoder.encode_network_input(_plain(value), context)
    return {**args, "body": _apply_input(op_id, body, encoded)}


def _plain(value: Any) -> Any:
    # A pydantic model as input is sent as its JSON form, as the workflow methods do.
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_unset=True)
    return value


# -- output side ----------------------------------------------------------------------------
async def _decode_result(state: EncodingState, op_id: str, result: Any) -> Any:
    if op_id in DECODE_RESULT:
        value = getattr(result, "result", None)
        if value is not None and state.encoder.check_is_payload_encoded(value):
            result.result = await state.encoder.decode_network_result(value)
        return result
    if op_id == EVENTS_LIST:
        return await _decode_model(state, result, _decode_events_body)
    return result


async def _decode_model(
    state: EncodingState,
    model: Any,
    decode: Callable[[EncodingState, dict[str, Any]], Coroutine[Any, Any, bool]],
) -> Any:
    """Decode through the model's JSON form, then validate it again as the same type."""
    if not isinstance(model, pydantic.BaseModel):
        return model
    data = model.model_dump(mode="json", by_alias=True)
    if not await decode(state, data):
        return model
    return type(model).model_validate(data)


async def _decode_attributes(state: EncodingState, attributes: dict[str, Any]) -> bool:
    changed = False
    for name, value in list(attributes.items()):
        if (
            isinstance(value, dict)
            and cast(dict[str, Any], value).get("type") in ("json", "json_patch")
            and "value" in value
            and cast(dict[str, Any], value).get("encoding_options")
        ):
            attributes[name] = await state.encoder.decode_event_payload(cast(dict[str, Any], value))
            changed = True
    return changed


async def _decode_events_body(state: EncodingState, body: dict[str, Any]) -> bool:
    changed = False
    for event in cast(list[Any], body.get("events") or []):
        attributes = _get(event, "attributes")
        if isinstance(attributes, dict):
            changed |= await _decode_attributes(state, cast(dict[str, Any], attributes))
    return changed


async def _decode_stream_event(state: EncodingState, event: dict[str, Any]) -> bool:
    # An SSE event of the workflow streams: {"data": {"data": {"attributes": {...}}}} in the
    # typed form (the SSE envelope's data is the broker message, whose data is the event).
    changed = False
    for holder in (event.get("data"), _get(event.get("data"), "data")):
        attributes = _get(holder, "attributes")
        if isinstance(attributes, dict):
            changed |= await _decode_attributes(state, cast(dict[str, Any], attributes))
    return changed


def _get(value: Any, key: str) -> Any:
    return cast(dict[str, Any], value).get(key) if isinstance(value, dict) else None


class _DecodingStream:
    """Delegates to a workflow event stream and decodes each event's payloads."""

    def __init__(self, inner: Any, state: EncodingState) -> None:
        self._inner = inner
        self._state = state

    def __iter__(self) -> Iterator[Any]:
        for event in self._inner:
            yield run_sync(_decode_model(self._state, event, _decode_stream_event))

    def __enter__(self) -> _DecodingStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _DecodingStreamAsync:
    """Async twin of :class:`_DecodingStream`."""

    def __init__(self, inner: Any, state: EncodingState) -> None:
        self._inner = inner
        self._state = state

    async def __aiter__(self) -> Any:
        async for event in self._inner:
            yield await _decode_model(self._state, event, _decode_stream_event)

    async def __aenter__(self) -> _DecodingStreamAsync:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._inner.aclose()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


# -- installation ---------------------------------------------------------------------------
def _targets(client: Any) -> list[Any]:
    """The objects whose request methods the workflow resources call: ``client`` itself and
    the ``BaseClient`` its resources hold (``Resource._client``, the documented contract;
    ``Mistral`` may give its resources another object than itself)."""
    targets = [client]
    try:
        held = client.workflows._client  # pyright: ignore[reportUnknownMemberType]
    except AttributeError:  # a bare BaseClient, or no workflows attach point
        held = None
    if held is not None and held is not client:
        targets.append(held)
    return targets


def install(client: Any, config: WorkflowEncodingConfig, namespace: str) -> EncodingState:
    """Configure (or reconfigure) encoding on ``client``; the wrappers are installed once."""
    state = EncodingState(PayloadEncoder(config), namespace)
    for target in _targets(client):
        _install_on(target, state)
    return state


def _install_on(client: Any, state: EncodingState) -> None:
    first = state_of(client) is None
    setattr(client, _STATE_ATTR, state)
    if not first:
        return
    cls: Any = client.__class__  # the class methods, not the wrappers set on the instance
    # The wrappers live on the instance: they reach it through a weak reference, so that they
    # make no reference cycle (a client dropped without close() still releases its
    # connections at once, without waiting for the garbage collector).
    ref = weakref.ref(client)

    def target() -> Any:
        found = ref()
        if found is None:  # pragma: no cover - a bound wrapper outlived its client
            raise RuntimeError("the client was garbage collected")
        return found

    def current() -> EncodingState:
        found = state_of(target())
        assert found is not None
        return found

    def request(op: Any, **args: Any) -> Any:
        op_id: str = op.operation_id
        if op_id not in TOUCHED:  # no event loop spun up for the other operations
            return cls.request(target(), op, **args)
        st = current()
        args = run_sync(_encode_args(st, op_id, args))
        return run_sync(_decode_result(st, op_id, cls.request(target(), op, **args)))

    async def request_async(op: Any, **args: Any) -> Any:
        if op.operation_id not in TOUCHED:
            return await cls.request_async(target(), op, **args)
        st = current()
        args = await _encode_args(st, op.operation_id, args)
        response = await cls.request_async(target(), op, **args)
        return await _decode_result(st, op.operation_id, response)

    def stream(op: Any, **args: Any) -> Any:
        inner: Any = cls.stream(target(), op, **args)
        return _DecodingStream(inner, current()) if op.operation_id in EVENT_STREAMS else inner

    async def stream_async(op: Any, **args: Any) -> Any:
        inner: Any = await cls.stream_async(target(), op, **args)
        if op.operation_id in EVENT_STREAMS:
            return _DecodingStreamAsync(inner, current())
        return inner

    client.request = request
    client.request_async = request_async
    client.stream = stream
    client.stream_async = stream_async
