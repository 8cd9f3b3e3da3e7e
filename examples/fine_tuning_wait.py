"""Fine-tuning: upload training data, create a job, and wait for it with progress.

``fine_tuning.jobs.wait`` polls until the job succeeds, fails or is cancelled (a timeout
raises ``WaitTimeoutError`` with the last job seen).

Training costs money: against the real API the job is created with ``auto_start=False``, so
it stops once validated (``wait`` returns at ``VALIDATED``), unless MISTRAL_FT_START=1.
"""

from __future__ import annotations

import json
import os

from _support import api, is_fake, model

from mistralai.api.fine_tuning.models import CompletionDetailedJobOut, CompletionJobOut

EXAMPLES = [
    {
        "messages": [
            {"role": "user", "content": f"What is {n} + {n}?"},
            {"role": "assistant", "content": str(2 * n)},
        ]
    }
    for n in range(50)
]


def main() -> int:
    data = "".join(json.dumps(example) + "\n" for example in EXAMPLES).encode()
    with api() as client:
        training = client.files.upload(
            file={"file_name": "train.jsonl", "content": data}, purpose="fine-tune"
        )
        print(f"training file: {training.id} ({training.size_bytes} bytes)")
        job = client.fine_tuning.jobs.create(
            model=model("open-mistral-7b"),
            training_files=[{"file_id": training.id, "weight": 1}],
            hyperparameters={"learning_rate": 1e-4, "training_steps": 10},
            suffix="arith",
            auto_start=is_fake() or os.environ.get("MISTRAL_FT_START") == "1",
        )
        # The answer is typed by job type (completion or classifier): narrow it.
        assert isinstance(job, CompletionJobOut), f"unexpected job: {job!r}"
        print(f"job {job.id}: {job.status}")
        final = client.fine_tuning.jobs.wait(
            job.id,
            polling_interval=0.05 if is_fake() else 30,
            timeout=None if not is_fake() else 60,
            on_poll=lambda j: print(f"  {getattr(j, 'status', '?')}"),
        )
        assert isinstance(final, CompletionDetailedJobOut), f"unexpected job: {final!r}"
        print(f"fine-tuning job ended {final.status}: model {final.fine_tuned_model}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
