"""Static checks (run by pyright in `nox -s tests`): the client's resources are typed, not Any.

Not a pytest module: `assert_type` fails the type check when an attribute or a result loses its
type, which is the point.
"""

from __future__ import annotations

from typing import assert_type

from mistralai.api.agents._conversations import Conversations
from mistralai.api.chat._chat import Chat
from mistralai.api.chat.models import ChatCompletionResponse, CompletionEvent
from mistralai.api.files._files import Files
from mistralai.client import Mistral
from mistralai.core.runtime import EventStream


def check(client: Mistral) -> None:
    assert_type(client.chat, Chat)
    assert_type(client.files, Files)
    assert_type(client.beta.conversations, Conversations)
    res = client.chat.complete(model="m", messages=[{"role": "user", "content": "hi"}])
    assert_type(res, ChatCompletionResponse)
    stream = client.chat.stream(model="m", messages=[{"role": "user", "content": "hi"}])
    assert_type(stream, EventStream[CompletionEvent])
