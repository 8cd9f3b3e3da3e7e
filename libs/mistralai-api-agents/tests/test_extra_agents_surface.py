"""The 2.x ``mistralai.extra`` modules this package (and core's exceptions module) provide:
runs raise core's exceptions, and a missing extra is named (that every official name imports
is tests/compat/test_extra_names.py's job)."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap

import pydantic
import pytest

# The public names of the official mistralai 2.5.1 modules (read from the installed package).


def test_exceptions_live_in_core_and_runs_raise_them() -> None:
    from mistralai.api.agents.run import RunError
    from mistralai.core.errors import MistralError
    from mistralai.extra import exceptions

    # core ships the module (workflows and realtime raise its classes too)
    assert "mistralai-core" in str(inspect.getfile(exceptions))
    assert issubclass(exceptions.MistralClientException, MistralError)
    assert issubclass(RunError, exceptions.RunException)
    assert issubclass(exceptions.DeferredToolCallsException, exceptions.RunException)
    assert issubclass(exceptions.MCPAuthException, exceptions.MCPException)
    assert exceptions.DeferralReason("server_side_confirmation_required") is (
        exceptions.DeferralReason.SERVER_SIDE_CONFIRMATION_REQUIRED
    )
    error = exceptions.RealtimeTranscriptionWSError("boom", raw={"x": 1})
    assert (error.code, error.payload, error.payload_raw) == (None, {"x": 1}, {"x": 1})


def _without(packages: list[str], code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter where ``packages`` cannot be imported."""
    blocker = textwrap.dedent(
        f"""
        import sys
        for name in {packages!r}:
            sys.modules[name] = None  # what an uninstalled package looks like to imports
        """
    )
    return subprocess.run(
        [sys.executable, "-c", blocker + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_missing_extra_names_the_install_command() -> None:
    done = _without(["mcp"], "import mistralai.extra.mcp.stdio")
    assert done.returncode == 1
    assert "ImportError" in done.stderr
    assert 'pip install "mistralai[agents]"' in done.stderr


def test_runs_work_without_the_extra() -> None:
    code = """
        from mistralai.extra.run.context import RunContext
        from mistralai.extra.run.utils import run_requirements
        from mistralai.extra.exceptions import MistralClientException
        from mistralai.api.agents.run.tools import function_tool

        def f(city: str) -> str:
            '''Weather.

            :param city: the city
            '''
            return city

        tool = function_tool(f)  # without griffe: the built-in docstring parser
        assert tool.description == "Weather.", tool.description
        assert tool.parameters["properties"]["city"]["description"] == "the city"
        RunContext(model="m").register_func(f)
        try:
            run_requirements(lambda: None)()
        except MistralClientException as exc:
            assert "mistralai[agents]" in str(exc)
        else:
            raise AssertionError("run_requirements did not check the extra")
        print("ok")
    """
    done = _without(["mcp", "griffe", "authlib"], code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_run_requirements_passes_with_the_extra() -> None:
    from mistralai.extra.run.utils import is_module_installed, run_requirements

    assert is_module_installed("mcp") and not is_module_installed("no_such_module_here")
    assert run_requirements(lambda x: x * 2)(21) == 42


def test_docstrings_are_parsed_by_griffe() -> None:
    from mistralai.api.agents.run import tools

    assert tools._has_griffe()  # pyright: ignore[reportPrivateUsage]

    def numpy_style(size: int) -> int:
        """Grow.

        Parameters
        ----------
        size : int
            how much to grow
        """
        return size

    tool = tools.function_tool(numpy_style)  # a style the built-in parser does not read
    assert tool.description == "Grow."
    assert tool.parameters["properties"]["size"]["description"] == "how much to grow"
    created = tools.create_tool_call(numpy_style)
    assert created.function.name == "numpy_style"
    assert created.function.parameters == tool.parameters


async def test_create_function_result_and_2x_tool_records() -> None:
    from mistralai.api.agents.models import FunctionCallEntry
    from mistralai.extra.exceptions import RunException
    from mistralai.extra.run.context import RunContext
    from mistralai.extra.run.tools import (
        RunCoroutine,
        RunFunction,
        create_function_result,
        create_tool_call,
        get_function_calls,
    )

    def double(n: int) -> int:
        """Double."""
        return n * 2

    async def boom(n: int) -> int:
        """Fail."""
        raise ValueError(f"bad {n}")

    call = FunctionCallEntry(tool_call_id="t1", name="double", arguments='{"n": 4}')
    sync_tool = RunFunction(name="double", callable=double, tool=create_tool_call(double))
    assert (await create_function_result(call, sync_tool)).result == "8"
    failing = RunCoroutine(name="boom", awaitable=boom, tool=create_tool_call(boom))
    bad_call = FunctionCallEntry(tool_call_id="t2", name="boom", arguments={"n": 1})
    with pytest.raises(RunException, match="Failed to execute tool boom") as info:
        await create_function_result(bad_call, failing)
    assert isinstance(info.value.__cause__, ValueError)
    sent = await create_function_result(bad_call, failing, continue_on_fn_error=True)
    assert sent.result == "Error while executing boom: ValueError: bad 1"
    assert get_function_calls([call, sent, bad_call]) == [call, bad_call]

    ctx = RunContext(model="m")
    ctx.register_func(double)
    assert [r.result for r in await ctx.execute_function_calls([call])] == ["8"]
    assert await ctx.execute_function_calls([bad_call]) == []  # boom is not registered
    with pytest.raises(RunException, match="No response format"):
        _ = ctx.response_format

    class Answer(pydantic.BaseModel):
        text: str

    fmt = RunContext(model="m", output_format=Answer).response_format
    assert fmt.type == "json_schema" and fmt.json_schema is not None
    assert fmt.json_schema.name == "Answer"
