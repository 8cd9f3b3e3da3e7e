"""A chat completion, sync then async (every method has an ``_async`` twin).

python examples/chat_complete.py "What is the capital of France?"
"""

from __future__ import annotations

import asyncio
import sys

from _support import api, model

from mistralai.client import Mistral


async def ask_async(client: Mistral, prompt: str) -> str | None:
    res = await client.chat.complete_async(
        model=model(), messages=[{"role": "user", "content": prompt}]
    )
    message = res.choices[0].message
    return message.content if message is not None and isinstance(message.content, str) else None


def main() -> int:
    prompt = " ".join(sys.argv[1:]) or "What is the capital of France?"
    with api() as client:
        res = client.chat.complete(
            model=model(),
            messages=[
                {"role": "system", "content": "Answer in one short sentence."},
                {"role": "user", "content": prompt},
            ],
            temperature=0.2,
            max_tokens=200,
        )
        message = res.choices[0].message
        print("answer:", message.content if message is not None else None)
        print("finish reason:", res.choices[0].finish_reason, "| tokens:", res.usage.total_tokens)
        print("async answer:", asyncio.run(ask_async(client, prompt)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
