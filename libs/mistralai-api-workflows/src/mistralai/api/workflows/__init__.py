"""mistralai.api.workflows: Workflows: executions, runs, schedules, deployments, events.

Installing this package attaches its resources to :class:`mistralai.client.Mistral`.
Hand-written helpers: ``client.workflows.execute_workflow_and_wait`` and
``wait_for_workflow_completion`` (errors in :mod:`mistralai.api.workflows.errors`); the log and event
streams resume after a broken connection (:mod:`mistralai.api.workflows.streams`).
"""

__version__ = "0.2.0"
