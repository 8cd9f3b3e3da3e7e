"""Embeddings of a few sentences, and the most similar pair by cosine similarity."""

from __future__ import annotations

import itertools
import math

from _support import api, model

SENTENCES = [
    "The cat sits on the mat.",
    "A cat is sitting on a mat.",
    "Stock markets fell sharply today.",
]


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main() -> int:
    with api() as client:
        res = client.embeddings.create(model=model("mistral-embed"), inputs=SENTENCES)
        vectors = [item.embedding or [] for item in res.data]
        print(f"embeddings: {len(vectors)} vectors of {len(vectors[0])} dimensions")
        best = max(
            itertools.combinations(range(len(vectors)), 2),
            key=lambda pair: cosine(vectors[pair[0]], vectors[pair[1]]),
        )
        score = cosine(vectors[best[0]], vectors[best[1]])
        print(f"most similar: {SENTENCES[best[0]]!r} ~ {SENTENCES[best[1]]!r} ({score:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
