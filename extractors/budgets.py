"""What one input file may cost. Every figure is stated in the README and enforced:

- layout (extractors/layout.py): file size, pages, text spans per page, drawing items per page;
- the run (pipeline/isolation.py): each file is read in a worker process whose address space and
  wall time are bounded, so a file whose streams inflate without bound, or that takes too long,
  costs only itself (one line naming the file and the budget) and never the other inputs.
"""
from __future__ import annotations

MAX_FILE_BYTES = 512 * 1024 * 1024     # size of the PDF file
MAX_PAGES = 2000                       # pages per PDF
MAX_SPANS_PER_PAGE = 100_000           # text spans on one page (a dense real page has a few thousand)
MAX_DRAWINGS_PER_PAGE = 100_000        # drawn items on one page; over it, the page's rules are not read
WORKER_MEMORY_BYTES = 1024 * 1024 * 1024   # address space a reading worker may add to what it inherits (decompressed streams included)
SECONDS_PER_FILE = 60.0                # wall time of reading one file in full
SECONDS_PER_COVER = 20.0               # wall time of reading one file's first page
