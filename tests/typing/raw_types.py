"""Static checks (pyright, as tests/typing/client_types.py): ``with_raw_response`` keeps the
methods' parameters and types ``parse()`` as the method's usual result.

Not a pytest module: ``assert_type`` fails the type check when a type is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

import httpx
import pydantic

from mistralai.api.agents.models import Agent
from mistralai.api.chat.models import ChatCompletionResponse, CompletionEvent, ModelList
from mistralai.api.chat.structured import ParsedChatCompletionResponse, ParsedEventStream
from mistralai.api.connectors.models import MessageResponse
from mistralai.api.files.models import CreateFileResponse, ListFilesResponse
from mistralai.api.workflows.models import (
    StreamDeploymentLogsResponseBody,
    StreamWorkflowExecutionLogsResponseBody,
)
from mistralai.api.workflows.streams import ResumableEventStream
from mistralai.client import Mistral
from mistralai.core.raw import AsyncRawResponse, RateLimits, RawResponse
from mistralai.core.runtime import EventStream, EventStreamAsync, SyncListPage


class Answer(pydantic.BaseModel):
    text: str


def check(client: Mistral) -> None:
    raw = client.chat.with_raw_response.complete(
        model="m", messages=[{"role": "user", "content": "hi"}]
    )
    assert_type(raw, RawResponse[ChatCompletionResponse])
    assert_type(raw.parse(), ChatCompletionResponse)
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.http_response, httpx.Response)
    assert_type(raw.request_id, str | None)
    assert_type(raw.rate_limits, RateLimits)
    assert_type(raw.rate_limits.remaining_tokens_minute, int | None)

    stream = client.chat.with_raw_response.stream(model="m", messages=[])
    assert_type(stream, RawResponse[EventStream[CompletionEvent]])
    assert_type(stream.parse(), EventStream[CompletionEvent])

    models = client.models.with_raw_response.list()
    assert_type(models.parse(), ModelList)

    files = client.files.with_raw_response.list(page_size=2)
    assert_type(files.parse(), ListFilesResponse)
    up = client.files.with_raw_response.upload(file=Path("x.jsonl"), progress=None)  # wrapped
    assert_type(up, RawResponse[CreateFileResponse])
    assert_type(client.files.upload(file=b"{}", progress=print), CreateFileResponse)

    # the resumable streams (wrap: resumable): raw, parse() gives the resumable stream
    logs = client.workflows.executions.with_raw_response.stream_workflow_execution_logs(
        execution_id="e", max_reconnects=1
    )
    assert_type(logs.parse(), ResumableEventStream[StreamWorkflowExecutionLogsResponseBody])
    assert_type(
        client.workflows.deployments.stream_deployment_logs(name="d", max_reconnects=0),
        ResumableEventStream[StreamDeploymentLogsResponseBody],
    )

    # the 2.x per-scope connector methods (fix: consumer_scope)
    activated = client.beta.connectors.with_raw_response.activate_for_user(connector_id="c")
    assert_type(activated.parse(), MessageResponse)

    agents = client.beta.agents.with_raw_response.list()
    assert_type(agents.parse(), SyncListPage[list[Agent], Agent])

    parsed = client.chat.with_raw_response.parse(Answer, model="m", messages=[])
    assert_type(parsed.parse(), ParsedChatCompletionResponse[Answer])
    parsed_stream = client.chat.with_raw_response.parse_stream(Answer, model="m", messages=[])
    assert_type(parsed_stream.parse(), ParsedEventStream[Answer])

    # the normal methods are unchanged
    assert_type(client.chat.complete(model="m", messages=[]), ChatCompletionResponse)


async def check_async(client: Mistral) -> None:
    raw = await client.chat.with_raw_response.complete_async(model="m", messages=[])
    assert_type(raw, AsyncRawResponse[ChatCompletionResponse])
    assert_type(await raw.parse(), ChatCompletionResponse)
    stream = await client.chat.with_raw_response.stream_async(model="m", messages=[])
    assert_type(await stream.parse(), EventStreamAsync[CompletionEvent])
    async with stream:
        pass
