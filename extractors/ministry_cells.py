"""Read a ministries cell (関係府省庁): split it, and find the lead.

The cell lists abbreviations separated by 、 ・ , (or ，); the lead is marked with ◎ before
the abbreviation or by underlining it (editions differ). The printed form is kept (◎ and
spaces removed); resolving it to a registry id is the normalizers' job.
"""
from __future__ import annotations

from dataclasses import dataclass

SEPARATORS = frozenset("、・,，;；/／\n")
LEAD_MARKS = frozenset("◎")


@dataclass(frozen=True, slots=True)
class CellEntry:
    printed: str
    marked: bool       # ◎ before it
    underlined: bool   # most of its glyphs underlined


def parse_ministry_cell(text: str, underline: list[bool] | None = None) -> list[CellEntry]:
    """Entries of a cell in printed order. `underline` flags each character of `text`."""
    flags = underline if underline is not None and len(underline) == len(text) else [False] * len(text)
    out: list[CellEntry] = []
    buf: list[str] = []
    ul: list[bool] = []
    marked = False

    def close():
        nonlocal marked
        printed = "".join(buf).strip()
        if printed:
            # half the glyphs or more underlined (pieces may miss a glyph at a script change)
            out.append(CellEntry(printed, marked, sum(ul) * 2 >= len(ul) and any(ul)))
        buf.clear()
        ul.clear()
        marked = False

    for ch, f in zip(text, flags):
        if ch in SEPARATORS:
            close()
        elif ch in LEAD_MARKS:
            if buf and "".join(buf).strip():
                close()
            marked = True
        elif ch.isspace() or ch == "\u3000":
            continue
        else:
            buf.append(ch)
            ul.append(f)
    close()
    return out


def leads(entries: list[CellEntry]) -> list[bool]:
    """Which entries are leads: the ◎ ones if any has ◎, else the underlined ones."""
    if any(e.marked for e in entries):
        return [e.marked for e in entries]
    return [e.underlined for e in entries]
