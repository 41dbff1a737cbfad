"""The options of a run, typed and frozen: built once from the command line (pipeline/cli.py)
and passed down; nothing else reads the argparse namespace."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractors.settings import DEFAULT, Settings


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """`ai-strategy extract`."""
    inputs: tuple[str, ...]
    out: Path
    edition: str | None = None    # four ASCII digits for every input, or None: from each cover
    strict: bool = False          # refuse an edition with problems
    force: bool = False           # redo editions whose inputs did not change
    bom: bool = False             # CSVs with a UTF-8 BOM (for Excel)
    jobs: int = 1                 # files read at once, in as many workers
    verbose: bool = False
    quiet: bool = False
    xlsx: bool = False            # also datasets.xlsx, a workbook of the folder's datasets
    replace_smaller: bool = False  # let a read with fewer files or far fewer items replace an edition
    editions_only: bool = False   # exit 4 when an input is extracted as a document, not an edition
    settings: Settings = DEFAULT  # the thresholds every stage reads with, in every worker; the manifest
                                  # records their fingerprint

    def written(self) -> dict:
        """The options that change how the datasets are written, as the manifest records them."""
        return {"bom": self.bom, **({"xlsx": True} if self.xlsx else {})}


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """`ai-strategy diff`."""
    editions: tuple[str, ...]
    out: Path
    json: bool = False
    exit_code: bool = False
    bom: bool = False
    verbose: bool = False
    quiet: bool = False
    xlsx: bool = False
