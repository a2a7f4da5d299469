"""`python -m advocaat` behaves exactly like the `advocaat` command."""

import sys

from advocaat.cli import main

sys.exit(main())
