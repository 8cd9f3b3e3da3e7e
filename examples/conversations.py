"""Conversations: start one, continue it, stream an answer, and read its history."""

from __future__ import annotations

from _support import api, model


def main() -> int:
    with api() as client:
        conversations = client.beta.conversations
        res = conversations.start(model=model(), inputs="Name a French cheese.")
        print(f"conversation {res.conversation_id}")
        print("assistant:", res.outputs[-1].content)  # type: ignore[union-attr]

        more = conversations.append(
            conversation_id=res.conversation_id, inputs="And a wine to go with it?"
        )
        print("assistant:", more.outputs[-1].content)  # type: ignore[union-attr]

        # The same, streamed: typed events as they come.
        print("streamed: ", end="")
        with conversations.append_stream(
            conversation_id=res.conversation_id, inputs="Thanks! One more?"
        ) as stream:
            for event in stream:
                if event.event == "message.output.delta":
                    print(event.data.content, end="", flush=True)  # type: ignore[union-attr]
        print()

        history = conversations.get_history(conversation_id=res.conversation_id)
        print(f"history: {len(history.entries)} entries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
