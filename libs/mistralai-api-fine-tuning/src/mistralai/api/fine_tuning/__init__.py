"""mistralai.api.fine_tuning: Fine-tuning and batch jobs.

Installing this package attaches its resources to :class:`mistralai.client.Mistral`:
``client.fine_tuning.jobs`` and ``client.batch.jobs`` (each with a ``wait`` helper that polls
until a terminal status), and ``client.batch.run`` (run many requests on the batch service and
get the answers back in input order).
"""

__version__ = "0.2.0"
