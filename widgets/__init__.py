"""Engine of the Client Exit Playbook.

Pure Python, no browser or MkDocs imports: the same code runs in CPython (tests, CLI,
build-time macros) and in Pyodide (the widgets in the reader's browser).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("client-exit-playbook")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__"]
