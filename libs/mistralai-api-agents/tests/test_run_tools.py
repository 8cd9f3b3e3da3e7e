"""Tool descriptions derived from Python functions (hermetic: no server)."""

from __future__ import annotations

import asyncio
import enum
from typing import Annotated, Any

import pydantic
import pytest

from mistralai.api.agents.run import RunContext, RunError, UnknownToolError, function_tool
from mistralai.api.agents.run.tools import parse_docstring, result_text


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Point(pydantic.BaseModel):
    x: int
    y: int


def google_style(
    name: str, points: list[Point], color: Color = Color.RED, tag: str | None = None
) -> str:
    """Draw points.

    Draws every point in one go,
    on the current canvas.

    Args:
        name (str): the drawing's name,
            shown in the title bar.
        points: where to draw
        color: the pen color
        tag: an optional tag

    Returns:
        The drawing's id.
    """
    return f"{name}:{len(points)}:{color.value}:{tag}"


def rest_style(a: int, b: float = 1.5, *args: int, title: str = "t", **kwargs: Any) -> float:
    """Add numbers.

    :param a: the first number
    :param float b: the second
        number, continued
    :param title: a parameter named title
    :returns: the sum
    """
    return a + b


def untyped(value, flag=False):  # type: ignore[no-untyped-def]
    return [value, flag]  # pyright: ignore[reportUnknownVariableType]


def positional(
    a: int, /, b: Annotated[int, pydantic.Field(ge=0, description="non-negative")]
) -> int:
    return a * 10 + b


def test_google_docstring_and_types() -> None:
    tool = function_tool(google_style)
    assert tool.name == "google_style"
    assert tool.description == "Draw points.\n\nDraws every point in one go, on the current canvas."
    props = tool.parameters["properties"]
    assert props["name"] == {
        "type": "string",
        "description": "the drawing's name, shown in the title bar.",
    }
    assert props["points"]["type"] == "array"
    assert props["points"]["items"] == {"$ref": "#/$defs/Point"}
    assert tool.parameters["$defs"]["Point"]["required"] == ["x", "y"]
    assert "title" not in tool.parameters["$defs"]["Point"]
    assert props["color"]["description"] == "the pen color"
    assert tool.parameters["$defs"]["Color"]["enum"] == ["red", "blue"]
    assert props["tag"]["anyOf"] == [{"type": "string"}, {"type": "null"}]
    assert tool.parameters["required"] == ["name", "points"]
    assert (
        tool.call({"name": "n", "points": [{"x": 1, "y": 2}], "color": "blue"}) == "n:1:blue:None"
    )


def test_rest_docstring_skips_var_args_and_keeps_a_title_parameter() -> None:
    tool = function_tool(rest_style)
    assert tool.description == "Add numbers."
    props = tool.parameters["properties"]
    assert set(props) == {"a", "b", "title"}
    assert props["a"] == {"type": "integer", "description": "the first number"}
    assert props["b"]["description"] == "the second number, continued"
    assert props["title"]["description"] == "a parameter named title"
    assert tool.call('{"a": 2, "b": 0.5}') == 2.5


def test_untyped_and_positional_only() -> None:
    tool = function_tool(untyped)
    assert tool.parameters["required"] == ["value"]
    assert tool.parameters["properties"]["value"] == {}
    assert tool.call({"value": {"any": "json"}}) == [{"any": "json"}, False]
    pos = function_tool(positional)
    assert pos.parameters["properties"]["b"]["minimum"] == 0
    assert pos.parameters["properties"]["b"]["description"] == "non-negative"
    assert pos.call({"a": 4, "b": 2}) == 42
    with pytest.raises(pydantic.ValidationError):
        pos.call({"a": 4, "b": -1})
    with pytest.raises(ValueError, match="not a JSON object"):
        pos.call("[1, 2]")


def test_names_and_overrides() -> None:
    tool = function_tool(google_style, name="draw", description="custom")
    assert (tool.name, tool.description) == ("draw", "custom")
    with pytest.raises(RunError, match="not a valid tool name"):
        function_tool(lambda: None)


def test_async_tool_and_method() -> None:
    class Store:
        def __init__(self) -> None:
            self.items: dict[str, int] = {"a": 1}

        def get(self, key: str) -> int:
            """Read a key."""
            return self.items[key]

    async def fetch(key: str) -> str:
        return key * 2

    store = Store()
    method = function_tool(store.get)
    assert method.parameters["required"] == ["key"] and method.call({"key": "a"}) == 1
    tool = function_tool(fetch)
    assert tool.is_async
    assert asyncio.run(tool.call_async({"key": "ab"})) == "abab"
    assert tool.call({"key": "c"}) == "cc"  # outside an event loop, in a new one


def test_result_text() -> None:
    assert result_text("plain") == "plain"
    assert result_text({"a": [1, 2]}) == '{"a":[1,2]}'
    assert result_text(Point(x=1, y=2)) == '{"x":1,"y":2}'
    assert result_text(None) == "null"

    class Opaque:
        def __str__(self) -> str:
            return "opaque!"

    assert result_text(Opaque()) == '"opaque!"'  # not JSON-able: its str()
    assert result_text([Opaque()]) == '["opaque!"]'


def test_parse_docstring_without_params() -> None:
    assert parse_docstring(None) == ("", {})
    assert parse_docstring("One line.") == ("One line.", {})


def test_run_context_registry() -> None:
    ctx = RunContext(model="m")
    assert ctx.register_func(google_style) is google_style
    assert list(ctx.tools) == ["google_style"]
    assert ctx.get_tools()[0].function.name == "google_style"
    with pytest.raises(UnknownToolError, match="'nope'") as info:
        ctx.get_tool("nope")
    assert info.value.available == ["google_style"]
    with pytest.raises(TypeError):
        ctx.tools["x"] = ctx.get_tool("google_style")  # type: ignore[index]


def test_2x_import_paths() -> None:
    import mistralai.api.agents.run.context
    import mistralai.api.agents.run.result
    import mistralai.extra
    from mistralai.extra.run.context import RunContext as ExtraRunContext
    from mistralai.extra.run.result import RunResult as ExtraRunResult

    assert ExtraRunContext is mistralai.api.agents.run.context.RunContext
    assert ExtraRunResult is mistralai.api.agents.run.result.RunResult
    assert callable(mistralai.extra.response_format_from_pydantic_model)  # core's module intact
