"""Datasets as pandas frames, typed from the schema: ids and labels stay text (a label "0"
stays "0"), whole numbers are nullable integers (a seq with gaps or blanks stays an integer),
1/0 flags are nullable booleans. CSVs written with --bom read the same."""
from __future__ import annotations

from pathlib import Path

from pipeline.schema import BY_FILE

_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean"}


def load_folder(folder: str | Path) -> dict:
    import pandas as pd

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder}: a file, not a folder; give the folder that holds it ({folder.parent})")
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder; give a folder written by extract or diff "
                                "(`ai-strategy ls` lists what an output folder holds)")
    out = {}
    for path in sorted(Path(folder).glob("*.csv")):
        schema = BY_FILE.get(path.name)
        if schema is None:
            continue
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for f in schema.fields:
            if f.name not in frame.columns:
                continue
            column = frame[f.name]
            if f.type == "integer":
                frame[f.name] = pd.to_numeric(column.replace("", None)).astype("Int64")
            elif f.type == "number":
                frame[f.name] = pd.to_numeric(column.replace("", None)).astype("Float64")
            elif f.type == "boolean":
                frame[f.name] = column.map({"1": True, "0": False, "": None}).astype("boolean")
            else:
                frame[f.name] = column.astype("string")
        out[path.stem] = frame
    if not out:
        raise ValueError(f"{folder}: no datasets here (no CSV of this tool's schema); give an edition, document, "
                         "diff or lineage folder such as outputs/2022 (`ai-strategy ls` lists them)")
    return out
