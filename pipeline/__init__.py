"""Extraction pipeline for Japan's AI Strategy (AI戦略) PDFs.

`pipeline.load(folder)` gives an edition, diff or lineage folder's datasets as pandas frames,
typed from pipeline/schema.py (pandas is imported only then, never by `extract`).
"""
__version__ = "0.2.0"


def load(folder):
    """{dataset name (file stem): pandas.DataFrame} for every CSV in `folder` that has a schema."""
    from pipeline.frames import load_folder

    return load_folder(folder)
