"""Static description of one API operation, emitted by the code generator.

A generated resource method collects its arguments and hands them, with its module-level
``Operation``, to the client. Everything that can be prepared once (type adapters, the SSE
decoder) is built on first use and cached on the operation, never per call.
"""

from __future__ import annotations

from collections.abc import Callable
from types import FunctionType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from mistralai.core._wire import BodyCodec

R = TypeVar("R")
E = TypeVar("E")

BodyKind = Literal["none", "json", "multipart", "form", "binary"]

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
BEARER: tuple[tuple[str, str], ...] = (("authorization", "Bearer "),)


def _resolved(value: Any) -> Any:
    """A type given as-is, or as a function answering it: generated operations name their
    models through ``lambda: models.X`` so that defining an operation imports no model (a
    package's models are loaded by the operations that use them, on first use)."""
    return value() if isinstance(value, FunctionType) else value


def core_validator(tp: Any) -> Any:
    """pydantic-core's validator of a type expression, built now. A model class has its own
    (built on first use: ``defer_build``), which is what a ``TypeAdapter`` of it would hand
    back; taking it directly spares the first call importing ``pydantic.type_adapter`` and
    building the adapter. Any other type (a list, a union alias) goes through a
    ``TypeAdapter``."""
    from pydantic import BaseModel

    if isinstance(tp, type) and issubclass(tp, BaseModel):
        tp.model_rebuild()  # a no-op once built
        return tp.__pydantic_validator__
    from pydantic import TypeAdapter

    adapter: TypeAdapter[Any] = TypeAdapter(cast("Any", tp))
    adapter.rebuild()
    return adapter.validator


class Operation(Generic[R]):
    """One HTTP operation answering a single (JSON, binary or empty) response.

    ``response`` is a type expression (or a function answering it, resolved on first use) (a model class, ``list[Model]``, a union alias, ``bytes``,
    ``str`` or ``None``); ``body`` likewise for the request body. When ``body_fields`` is true
    the body is given as a mapping of field name to value (an object schema whose fields are
    method arguments); otherwise the whole body is one value.
    ``omit_none`` names body fields and query parameters the spec does not allow to be null:
    ``None`` for them means "leave out", as in the 2.x SDK.
    ``query_explode`` names object-valued query parameters of the spec's default style (form,
    explode): each key of the value is sent as its own parameter (``active=true``).
    ``query_json`` names query parameters whose spec content is ``application/json``: the
    value is sent JSON-encoded, and an explicit ``None`` as ``null``.
    ``key_headers``: where the client's API key goes (header, prefix), from the operation's
    security schemes in the spec: ``Authorization: Bearer <key>`` for most; the ``beta.users``
    operations (``DashboardUserContextAuth``) also take it in ``x-api-key``.
    ``retry_safe``: whether sending the request twice does no harm (the generator sets it from
    ``tools/codegen/mapping.yaml``); when not given, GET/HEAD/OPTIONS/PUT/DELETE are safe and
    POST/PATCH are not. Operations that are not retry-safe are retried only after failures
    where the request cannot have been processed (see :mod:`mistralai.core.retries`).
    """

    __slots__ = (
        "_body",
        "_body_adapter",
        "_body_codec",
        "_response",
        "_response_adapter",
        "_validate_response",
        "accept",
        "body_fields",
        "body_kind",
        "key_headers",
        "method",
        "namespace",
        "omit_none",
        "operation_id",
        "path",
        "query_explode",
        "query_json",
        "retry_safe",
        "wire",
    )

    def __init__(
        self,
        *,
        operation_id: str,
        method: str,
        path: str,
        response: Any,
        namespace: str = "",
        domain: str = "",
        body: Any = None,
        body_kind: BodyKind = "none",
        body_fields: bool = True,
        omit_none: frozenset[str] = frozenset(),
        accept: str = "application/json",
        retry_safe: bool | None = None,
        query_explode: frozenset[str] = frozenset(),
        query_json: frozenset[str] = frozenset(),
        key_headers: tuple[tuple[str, str], ...] = BEARER,
        wire: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self._response = response
        self.namespace = namespace or domain
        """Where the operation's method attaches on the client (``chat``, ``beta.agents``):
        a namespace, not a distribution (``domain=`` is its former, still accepted, name)."""
        self._body = body
        self.body_kind: BodyKind = body_kind
        self.body_fields = body_fields
        self.omit_none = omit_none
        self.accept = accept
        self.query_explode = query_explode
        self.query_json = query_json
        self.key_headers = key_headers
        self.wire = wire
        """The generated module holding the schema of the JSON body's wire form (see
        :mod:`mistralai.core._wire`); ``None``: the body is checked with ``body``'s models."""
        self._body_codec: BodyCodec | None = None
        self.retry_safe = method.upper() in _IDEMPOTENT if retry_safe is None else retry_safe
        self._response_adapter: TypeAdapter[Any] | None = None
        self._body_adapter: TypeAdapter[Any] | None = None
        self._validate_response: Callable[[bytes], Any] | None = None

    @property
    def response(self) -> Any:
        """The response's type expression (a model class, ``list[Model]``, a union alias,
        ``bytes``, ``str`` or ``None``), resolved on first use."""
        value = self._response
        if isinstance(value, FunctionType):
            value = self._response = _resolved(value)
        return value

    @property
    def body(self) -> Any:
        """The request body's type expression (``None``: no body), resolved on first use."""
        value = self._body
        if isinstance(value, FunctionType):
            value = self._body = _resolved(value)
        return value

    @property
    def response_adapter(self) -> TypeAdapter[Any]:
        adapter = self._response_adapter
        if adapter is None:
            from pydantic import TypeAdapter

            adapter = self._response_adapter = TypeAdapter(self.response)
        return adapter

    @property
    def validate_response_json(self) -> Callable[[bytes], Any]:
        """pydantic-core's ``validate_json`` of :attr:`response`, built on first use: called
        directly, without a Python wrapper, once per response."""
        validate = self._validate_response
        if validate is None:
            validate = self._validate_response = core_validator(self.response).validate_json
        return validate

    @property
    def body_adapter(self) -> TypeAdapter[Any]:
        adapter = self._body_adapter
        if adapter is None:
            from pydantic import TypeAdapter

            adapter = self._body_adapter = TypeAdapter(self.body)
        return adapter

    @property
    def body_codec(self) -> BodyCodec | None:
        """The prebuilt validator and encoder of the JSON body (``None`` without ``wire``),
        built on first use."""
        codec = self._body_codec
        if codec is None and self.wire is not None:
            from mistralai.core._wire import body_codec

            try:
                codec = self._body_codec = body_codec(self.wire, self.operation_id)
            except Exception:
                # a pydantic-core that reads the prebuilt schema differently, or a package
                # generated for another core: the body's models check it instead
                self.wire = None
        return codec

    @property
    def domain(self) -> str:
        """Former name of :attr:`namespace` (kept for providers and plugins reading it)."""
        return self.namespace

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"


class StreamOperation(Operation[E]):
    """An operation answering a stream (``text/event-stream``, or JSON Lines); each event is
    parsed into ``event``.

    ``event`` is the model of one SSE event (fields ``event``, ``data``, ``id``, ``retry`` as
    the spec declares them). ``sentinel`` is the data payload that ends the stream
    (``[DONE]`` for chat-style streams).
    """

    __slots__ = ("_decoder", "_event", "event_fields", "framing", "sentinel")

    def __init__(
        self,
        *,
        event: Any,
        event_fields: frozenset[str] = frozenset({"data"}),
        sentinel: str | None = None,
        framing: Literal["sse", "jsonl"] = "sse",
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("response", event)
        kwargs.setdefault(
            "accept", "text/event-stream" if framing == "sse" else "application/jsonl"
        )
        super().__init__(**kwargs)
        self._event = event
        self.event_fields = event_fields
        self.sentinel = sentinel
        self.framing: Literal["sse", "jsonl"] = framing
        """``sse``: server-sent events, ``event`` wraps each one's fields; ``jsonl``: JSON Lines,
        ``event`` is the model of one line."""
        self._decoder: object = None

    @property
    def event(self) -> Any:
        """The model of one event (resolved on first use, like :attr:`response`)."""
        value = self._event
        if isinstance(value, FunctionType):
            value = self._event = _resolved(value)
        return value
