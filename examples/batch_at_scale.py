"""Many requests through the batch service: ``batch.run`` writes the JSONL, uploads it,
creates the job, waits for it and gives the answers back in input order.

Cheaper than one call each, for work that can wait (the API's batch jobs take minutes to
hours; the fake server finishes in a few polls).
"""

from __future__ import annotations

from _support import api, is_fake, model

QUESTIONS = [f"Give me a one-word synonym of 'happy' (#{i})" for i in range(200)]


def main() -> int:
    requests = [{"messages": [{"role": "user", "content": q}], "max_tokens": 10} for q in QUESTIONS]
    with (
        api() as client,
        client.batch.run(
            requests,
            model=model(),
            polling_interval=0.05 if is_fake() else 30,
            on_poll=lambda job: print(
                f"  job {job.id}: {job.status} ({job.succeeded_requests}/{job.total_requests} done)"
            ),
            cleanup=True,  # delete the input and output files afterwards
        ) as results,
    ):
        print(f"batch job {results.job.id} ended {results.job.status}")
        ok = [r for r in results if r.ok]
        print(f"batch: {len(ok)}/{len(results)} succeeded")
        first = results[0].unwrap()
        print("first answer:", first.choices[0].message.content)
        for failed in results.failed:
            print(f"request {failed.index} failed: {failed.error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
