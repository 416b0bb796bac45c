"""OD Notes core: the record model, the encrypted vault, summaries, exports, the CLI.

Nothing in this package imports Qt; ``ui`` is built on top of it.
"""

__version__ = "0.1.0"
