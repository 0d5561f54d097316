"""`python -m pipelines ...`: the same command line as `duikou` (exit codes in pipelines/cli.py)."""

import sys

from pipelines.cli import main

if __name__ == "__main__":
    sys.exit(main())
