"""Run Consult from a source checkout: ``python main.py [PATH]`` or ``python main.py COMMAND ...``."""

import sys

from consult_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
