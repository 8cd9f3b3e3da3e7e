"""Structured outputs: a pydantic class as the response format, parsed for you.

``chat.parse`` sends the class's JSON schema (strict) and returns the answer with
``message.parsed`` an instance of the class; ``chat.parse_stream`` does the same over a
stream (``stream.parsed`` once it ended).
"""

from __future__ import annotations

import pydantic
from _support import api, model


class City(pydantic.BaseModel):
    name: str
    country: str
    population: int


def main() -> int:
    messages = [{"role": "user", "content": "Describe Paris as JSON."}]
    with api() as client:
        res = client.chat.parse(City, model=model(), messages=messages)
        message = res.choices[0].message
        city = message.parsed if message is not None else None
        assert isinstance(city, City)
        print(f"parsed: {city!r}")

        with client.chat.parse_stream(City, model=model(), messages=messages) as stream:
            for _event in stream:
                pass  # the chunks arrive as in chat.stream
        print(f"parsed from a stream: {stream.parsed!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
