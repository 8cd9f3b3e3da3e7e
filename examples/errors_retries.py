"""Typed errors, retries and timeouts.

Against the fake server, faults are injected so that each case happens for real: 429s that
the retries get through (``Retry-After`` honoured), a 429 that outlasts them, and a call
slower than its timeout. A 404 and a timeout also happen against the real API.
"""

from __future__ import annotations

from _support import model, session

from mistralai.api.chat.models import UserMessage
from mistralai.client.utils import BackoffStrategy, RetryConfig
from mistralai.core.errors import APITimeoutError, MistralError, NotFoundError, RateLimitError

# Quick retries for the demo: 2 retries, 10 ms initial wait, 100 ms at most, 5 s in all.
FAST_RETRIES = RetryConfig("backoff", BackoffStrategy(10, 100, 2.0, 5_000), True, max_retries=2)
MESSAGES = [UserMessage(content="ping")]


def main() -> int:
    with session(retry_config=FAST_RETRIES) as (client, server):
        try:
            client.files.retrieve(file_id="00000000-0000-4000-8000-000000000000")
        except NotFoundError as error:
            print(f"NotFoundError: status {error.status_code}, request id {error.request_id}")

        if server is not None:
            # Two 429s, then success: the default retries (2) get through.
            server.inject(status=429, headers={"Retry-After": "0"}, times=2)
            res = client.chat.complete(model=model(), messages=MESSAGES)
            message = res.choices[0].message
            print(f"retried through two 429s: {message.content if message else None}")

            # More 429s than retries: the typed error, with what the API said.
            server.inject(status=429, headers={"Retry-After": "0"}, times=3)
            try:
                client.chat.complete(model=model(), messages=MESSAGES)
            except RateLimitError as error:
                print(
                    f"RateLimitError after retries: {error.status_code}, retry_after={error.retry_after}"
                )

            # No retries for one call.
            server.inject(status=429, headers={"Retry-After": "0"}, times=1)
            try:
                client.chat.complete(model=model(), messages=MESSAGES, retries=None)
            except RateLimitError:
                print("retries=None: failed at the first 429")

            server.inject_delay(0.5)  # the next answer comes late

        try:
            client.chat.complete(model=model(), messages=MESSAGES, timeout_ms=50, retries=None)
        except APITimeoutError as error:
            print(f"APITimeoutError: {error}")
        except MistralError as error:  # the real API may fail otherwise on 50 ms
            print(f"{type(error).__name__}: {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
