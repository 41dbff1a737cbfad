"""A scanned page as the OCR conventions' tests build it: a page covered by a flat grey picture (the scan), over which
each test writes its OCR layer (invisible text, render mode 3) or its typed text."""
from __future__ import annotations

import pymupdf


def scanned_page(doc: pymupdf.Document, width: float = 595, height: float = 842, grey: int = 235) -> pymupdf.Page:
    """A new page of `doc` covered by a grey picture of 60 x 84 pixels stretched over it: a scan with no ink."""
    pix = pymupdf.Pixmap(pymupdf.csGRAY, pymupdf.IRect(0, 0, 60, 84), False)
    pix.set_rect(pix.irect, (grey,))
    page = doc.new_page(width=width, height=height)
    page.insert_image(page.rect, pixmap=pix)
    return page
