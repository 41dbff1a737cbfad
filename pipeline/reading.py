"""What a worker does with one input file: read it once, in full, and send back its cover (which
edition it belongs to) and its share of the datasets, numbered on its own (pipeline/edition.py
read_part). Only a path goes in; only plain records and bytes come out.

A file whose full read fails still has its first page looked at, so that the edition it belongs
to is known (and a complete earlier edition is kept rather than replaced by a smaller one).
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import regex

from extractors import budgets
from extractors.settings import DEFAULT, Settings

if TYPE_CHECKING:
    from extractors.cover import Cover
    from extractors.records import SourceDoc

INCOMPLETE = {"damaged_pdf", "drawings_over_budget", "no_text_layer",   # problems that mean the file was not read whole
              "text_not_in_datasets"}
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]")


def shown(text: str) -> str:
    """A file name as it may be printed: control and format characters escaped."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", text)


@dataclass(frozen=True, slots=True)
class Member:
    """One input file of an edition, as its read found it."""
    path: str
    name: str
    size: int
    sha256: str
    page_count: int
    cover: Cover
    edition: str
    damaged: bool = False   # its text layer is damaged or it could not be read whole


@dataclass(frozen=True, slots=True)
class FileRead:
    """A file read: its member record and its part of the datasets (a pickled Edition), or,
    when its full read failed, no part and the line that says why."""
    member: Member
    part: bytes | None
    error: str = ""


def warm() -> None:
    """Import the reading and structure stages once, in the parent, right before its first worker is forked
    (plan.read_inputs): every worker inherits them instead of importing them again (0.1–0.2 s a worker), and a
    run that reads no file (a rerun, every edition unchanged) imports none of them (its process time over the
    corpus 1.50 -> 0.37 s). The collector is paused over the imports: a module's objects are kept, so its
    passes while they are made find next to nothing to free (callgrind of the imports: 631.7 M -> 617.8 M
    instructions); it runs again afterwards, and the first pass after frees what the imports left in cycles."""
    from extractors.memory import gc_paused

    with gc_paused():
        import extractors.cover  # noqa: F401
        import extractors.layout  # noqa: F401
        import pipeline.datasets  # noqa: F401
        import pipeline.edition  # noqa: F401


def read_head(path: str, settings: Settings = DEFAULT) -> Member | str:
    """The file's first page only: its checks that fail fast, its sha256 and its cover (read
    with the run's settings); or the error line."""
    from extractors.cover import read_cover
    from extractors.errors import InputError

    try:
        head = open_document(path, settings, first_pages=1)
    except InputError as exc:
        return shown(str(exc))
    cover = read_cover(head, settings)
    return Member(path, head.name, head.size, head.sha256, head.page_count, cover, cover.edition)


def _head_after(path: str, error: str, settings: Settings) -> FileRead | str:
    """After a failed full read: the member from the first page, carrying the error; or the
    error alone when not even the first page reads."""
    head = read_head(path, settings)
    return FileRead(replace(head, damaged=True), None, error) if isinstance(head, Member) else error


def read_file(path: str, sha256: str, settings: Settings = DEFAULT) -> FileRead | str:
    """Worker task: the file read in full with the run's settings, its cover and its part; or
    the error line. The collector is paused over the whole read (extractors/memory.py), and the
    document's records die before it runs again: paused twice (the layout, then the structure)
    it would walk every record of the document at each pause's end, while they were still held."""
    from extractors.memory import gc_paused

    with gc_paused():
        return _read_whole(path, sha256, settings)


def _read_whole(path: str, sha256: str, settings: Settings) -> FileRead | str:
    from extractors.cover import read_cover
    from extractors.errors import InputError
    from pipeline.edition import read_part

    try:
        doc = open_document(path, settings)
    except InputError as exc:   # the first page read again only where it read the first time
        return _head_after(path, shown(str(exc)), settings) if exc.head_read else shown(str(exc))
    except MemoryError:
        return _head_after(path, f"{shown(path)}: over the memory budget of {budgets.WORKER_MEMORY_BYTES // 2**20} "
                                 "MB while reading it; the file is not read", settings)
    cover = read_cover(doc, settings)
    member = Member(path, doc.name, doc.size, doc.sha256, doc.page_count, cover, cover.edition)
    if sha256 and doc.sha256 != sha256:
        return FileRead(member, None, f"{shown(path)}: the file changed while it was being read; run again")
    try:
        part = read_part(doc, cover, settings)
        member = replace(member, damaged=any(p.what in INCOMPLETE for p in part.problems))
        return FileRead(member, pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception as exc:   # a bug met on this file: it is left out, its partners go on
        return FileRead(member, None, f"{shown(path)}: internal error ({type(exc).__name__}: {shown(str(exc))[:200]}); "
                                      "the file is left out; please report it with the file")


def open_document(path: str, settings: Settings = DEFAULT, first_pages: int | None = None) -> SourceDoc:
    """The stages every read of a file opens with, chained here once: the layout (layout.read_pdf: the PDF →
    SourceDoc, its first pages only when `first_pages` is given), then the labels pass (labels.label_lines: the
    document with each line's label of the document — stamps, a paper's number, status and category tags —,
    which the cover and the flow read, neither deciding it). Raises InputError as read_pdf does."""
    from extractors.labels import label_lines
    from extractors.layout import read_pdf

    return label_lines(read_pdf(path, first_pages=first_pages, settings=settings), settings.margins)
