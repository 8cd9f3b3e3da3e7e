"""``python -m mistralai.cli``: the same as the ``mistral`` script."""

from mistralai.cli._app import main

main()
