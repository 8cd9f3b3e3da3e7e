"""``mistral chat``, ``mistral models``, ``mistral ocr`` and ``mistral embeddings``.

Loaded only by the ``mistral`` command (entry point group ``mistralai.cli``): typer, rich and
mistralai.cli are imported here and nowhere else in this package, so the library never needs
them.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import sys
from pathlib import Path
from typing import Annotated, Any, cast

import typer

from mistralai.cli import CliError, ExitCode, client, jsonable, print_json, print_table, read_input
from mistralai.core.runtime import UNSET

__all__ = ["chat_app", "embeddings_app", "models_app", "ocr_app"]

DEFAULT_CHAT_MODEL = "mistral-small-latest"
DEFAULT_OCR_MODEL = "mistral-ocr-latest"
DEFAULT_EMBED_MODEL = "mistral-embed"

chat_app = typer.Typer(help="Chat with a model (the answer is streamed).")
models_app = typer.Typer(help="The models available to your API key.", no_args_is_help=True)
ocr_app = typer.Typer(help="Extract text (markdown) from a document or an image.")
embeddings_app = typer.Typer(help="Embed texts.")


def _text(content: object) -> str:
    # Content is a string, or a list of chunks of which only the text ones print.
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = cast(list[object], content)
        return "".join(str(getattr(part, "text", "") or "") for part in parts)
    return ""


@chat_app.command("chat")
def chat(
    prompt: Annotated[
        str | None, typer.Argument(help="The message; read from stdin when omitted (or '-').")
    ] = None,
    model: Annotated[str, typer.Option("--model", "-m", help="The model.")] = DEFAULT_CHAT_MODEL,
    system: Annotated[str | None, typer.Option("--system", "-s", help="A system prompt.")] = None,
    temperature: Annotated[
        float | None, typer.Option("--temperature", "-t", min=0.0, help="Sampling temperature.")
    ] = None,
    max_tokens: Annotated[
        int | None, typer.Option("--max-tokens", min=1, help="Stop after this many tokens.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the whole response as JSON (not streamed).")
    ] = False,
) -> None:
    """Send PROMPT to a model and stream the answer to stdout."""
    text = read_input(prompt, "prompt")
    messages: list[dict[str, Any]] = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": text})
    options: dict[str, Any] = {
        "model": model,
        "messages": messages,
        "temperature": UNSET if temperature is None else temperature,
        "max_tokens": UNSET if max_tokens is None else max_tokens,
    }
    api = client().chat
    if as_json:
        print_json(api.complete(**options))
        return
    ended = False
    with api.stream(**options) as stream:
        for event in stream:
            for choice in event.data.choices:
                piece = _text(choice.delta.content)
                if piece:
                    sys.stdout.write(piece)
                    sys.stdout.flush()  # shown as it arrives, also through a pipe
                ended = ended or piece.endswith("\n")
    if not ended:
        sys.stdout.write("\n")
    sys.stdout.flush()


@models_app.command("list")
def list_models(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List the models."""
    result = client().models.list()
    data: list[Any] = list(result.data or [])
    if as_json:
        print_json(data)
        return
    rows: list[list[object]] = []
    for item in data:
        card: dict[str, Any] = jsonable(item)
        rows.append(
            [
                card.get("id"),
                card.get("type"),
                card.get("owned_by"),
                card.get("max_context_length"),
                ", ".join(str(a) for a in cast(list[object], card.get("aliases") or [])),
            ]
        )
    print_table(["id", "type", "owned by", "context", "aliases"], rows)


@models_app.command("get")
def get_model(
    model_id: Annotated[str, typer.Argument(help="The model id.")],
) -> None:
    """Show one model (JSON)."""
    print_json(client().models.retrieve(model_id=model_id))


def _document(source: str) -> dict[str, Any]:
    """An OCR document from a URL, or a local file sent inline as a data URL (no upload, so
    this works without the files package)."""
    if source.startswith(("http://", "https://", "data:")):
        kind = mimetypes.guess_type(source.split("?", 1)[0])[0] or ""
        if kind.startswith("image/") or source.startswith("data:image/"):
            return {"type": "image_url", "image_url": source}
        return {"type": "document_url", "document_url": source}
    path = Path(source)
    content = path.read_bytes()  # a missing file: OSError, exit code 13
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    url = f"data:{kind};base64,{base64.b64encode(content).decode('ascii')}"
    if kind.startswith("image/"):
        return {"type": "image_url", "image_url": url}
    return {"type": "document_url", "document_url": url, "document_name": path.name}


@ocr_app.command("ocr")
def ocr(
    source: Annotated[str, typer.Argument(help="A local file (PDF, image...) or a URL.")],
    model: Annotated[str, typer.Option("--model", "-m", help="The OCR model.")] = DEFAULT_OCR_MODEL,
    pages: Annotated[
        str | None, typer.Option("--pages", help="Pages to process, e.g. '0,2,5' (0-based).")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the whole response as JSON.")
    ] = False,
) -> None:
    """Extract the text of FILE or URL as markdown, page by page."""
    selected: list[int] | None = None
    if pages:
        try:
            selected = [int(p) for p in pages.split(",") if p.strip()]
        except ValueError:
            raise CliError(
                f"--pages must be page numbers separated by commas, got {pages!r}", ExitCode.USAGE
            ) from None
    result = client().ocr.process(
        model=model,
        document=_document(source),  # pyright: ignore[reportArgumentType]
        pages=UNSET if selected is None else selected,
    )
    if as_json:
        print_json(result)
        return
    for index, page in enumerate(result.pages):
        if index:
            sys.stdout.write("\n\n")
        sys.stdout.write(page.markdown)
    sys.stdout.write("\n")


@embeddings_app.command("embeddings")
def embeddings(
    texts: Annotated[
        list[str] | None,
        typer.Argument(help="Texts to embed; one per line from stdin when omitted."),
    ] = None,
    model: Annotated[
        str, typer.Option("--model", "-m", help="The embedding model.")
    ] = DEFAULT_EMBED_MODEL,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the whole response as JSON.")
    ] = False,
) -> None:
    """Embed TEXTS; prints one JSON line per text: {"index", "embedding"}."""
    inputs = list(texts or [])
    if not inputs:
        inputs = [line for line in read_input(None, "text").splitlines() if line.strip()]
    result = client().embeddings.create(model=model, inputs=inputs)
    if as_json:
        print_json(result)
        return
    for item in result.data:
        record: dict[str, Any] = jsonable(item)
        line = {"index": record.get("index"), "embedding": record.get("embedding")}
        sys.stdout.write(json.dumps(line) + "\n")
