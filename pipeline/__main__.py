"""``python -m vnie``: the command line."""
from .interfaces.cli import main

main()
