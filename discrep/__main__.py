"""Allow `python -m discrep`."""

from discrep.cli import main

main()
