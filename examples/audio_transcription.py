"""Audio: transcribe a file (whole, then streamed), and synthesise speech.

python examples/audio_transcription.py recording.mp3
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

from _support import api, model

from mistralai.core.models import File


def main() -> int:
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
        audio = File(file_name=path.name, content=path.read_bytes())
    else:
        audio = File(file_name="hello.mp3", content=b"ID3\x00\x01not-really-an-mp3")
    with api() as client:
        res = client.audio.transcriptions.complete(
            model=model("voxtral-mini-latest"), file=audio, language="en"
        )
        print(f"transcription ({res.language}): {res.text}")

        print("streamed: ", end="")
        with client.audio.transcriptions.stream(
            model=model("voxtral-mini-latest"), file=audio
        ) as stream:
            for event in stream:
                if event.event == "transcription.text.delta":
                    print(event.data.text, end="", flush=True)  # type: ignore[union-attr]
        print()

        speech = client.audio.speech.complete(input="Hello from Mistral", response_format="wav")
        print(f"speech: {len(base64.b64decode(speech.audio_data))} bytes of wav")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
