"""An agent with a local tool: ``beta.conversations.run`` calls your Python function whenever
the model asks for it, sends the result back, and stops when the model answers.

The function's signature and docstring become the tool's JSON schema.
"""

from __future__ import annotations

from typing import Literal

from _support import api, model

from mistralai.api.agents.run import RunContext  # also mistralai.extra.run.context (2.x)


def get_weather(city: str, unit: Literal["c", "f"] = "c") -> dict[str, object]:
    """Get the current weather of a city.

    :param city: the city's name
    :param unit: the temperature unit
    """
    print(f"  (tool called: get_weather({city!r}, {unit!r}))")
    return {"city": city, "temperature": 21 if unit == "c" else 70, "unit": unit}


def main() -> int:
    with api() as client:
        # A persistent agent (server-side) that knows the tool...
        agent = client.beta.agents.create(
            model=model(),
            name="weather-bot",
            instructions="Use the tools to answer questions about the weather.",
        )
        print(f"agent: {agent.id}")
        # ...and a run whose context holds the local function behind it.
        with RunContext(agent_id=agent.id) as ctx:
            ctx.register_func(get_weather)
            result = client.beta.conversations.run(ctx, "What's the weather in Paris?")
        for entry in result.output_entries:
            print(f"  {entry.type}")
        print(f"answer: {result.output_as_text}")
        print(f"conversation: {result.conversation_id}, tokens: {result.usage.total_tokens}")
        client.beta.agents.delete(agent_id=agent.id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
