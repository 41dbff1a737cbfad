"""Pausing CPython's cyclic garbage collector while a document's records are built.

Reading and assembling one edition builds about ten thousand objects per page (rawdict's
dicts, then spans, lines, cells), none of them in a reference cycle, so reference counting
frees them all. With the collector running, every full collection scans the whole growing
heap again: a third of the layout stage, and on a 630-page document the difference between
9.3x and 11x the time of a 63-page one. The collector is paused for one edition at a time
and runs again afterwards, so a cycle made by a library is still collected.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
