"""The frozen app's entry point (packaging/advocaat.spec): the ``advocaat`` command, as installed.

It lies outside the package so that PyInstaller analyses the installed package, not the source
tree, where resources/ and translations/ are not yet inside advocaat/.
"""

import sys

from advocaat.cli import main

sys.exit(main())
