"""A court judgment (判決) typeset here, with its truth beside it:

- build_judgment: one Mincho size throughout; 主　文 / 理　由 centred; the outline 第１ > ⑴ set one
  character in, where every paragraph's first line starts (a space at the margin, 字下げ), so the
  text a ⑴ titles starts at the label's indent; ⑴ printed as a picture (外字: a 2 × 2 black image
  painted through a soft mask of hundreds of pixels that holds the glyphs) left of its title, and
  a ⑷ printed so inside a wrapped title (…理由第２の３⑷について); ⑵ in the text layer with a title
  longer than a short one; in 主文 a ⑴ item set in from both sides whose sentence wraps to the
  block's own right edge, hung under its text, is no heading.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

MINCHO = "japan-s"
SIZE = 12.0
LEFT = 85.0
ROW = 25.5
COLUMN = 38   # characters to a full row

JUDGMENT = [(1, "", "主文"), (1, "", "理由"), (2, "第１", "事案の概要"),
            (3, "⑴", "石綿及び石綿含有建材の概要"), (3, "⑵", "屋外建設作業による石綿粉じんへのばく露"),
            (2, "第２", "平成３１年（受）第２９２号上告代理人舘内比佐志ほかの上告受理申立て理由第２の３⑷について"),
            (2, "第３", "結論")]
TEXT = "石綿は，天然に産出される繊維状けい酸塩鉱物の総称であり，耐熱性等にその特長を有し，建材等に広く使用されてき" \
       "た。我が国で使用されてきた石綿含有建材には，壁や天井等の内装材として用いられるスレートボード等があった。"


def _mask_picture(doc: pymupdf.Document, label: str) -> int:
    """A one-colour picture of a label: a 2 × 2 black image whose soft mask (8.5 pixels a point,
    a printer's 600 dpi, over a box two ems wide) holds the label's glyph (the Mincho ⑴) in its
    left half. Its xref."""
    glyphs = pymupdf.open()
    page = glyphs.new_page(width=2 * SIZE, height=SIZE)
    page.insert_text((0.5, SIZE * 0.85), label, fontname=MINCHO, fontsize=SIZE)
    pix = page.get_pixmap(dpi=612, colorspace=pymupdf.csGRAY)
    mask = doc.get_new_xref()
    doc.update_object(mask, f"<< /Type /XObject /Subtype /Image /Width {pix.width} /Height {pix.height} "
                            "/ColorSpace /DeviceGray /BitsPerComponent 8 >>")
    doc.update_stream(mask, bytes(255 - b for b in pix.samples))   # opaque where the glyphs are
    image = doc.get_new_xref()
    doc.update_object(image, "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace "
                             f"[ /Indexed /DeviceRGB 1 <000000FFFFFF> ] /BitsPerComponent 1 /SMask {mask} 0 R >>")
    doc.update_stream(image, b"\x00\x00")
    return image


def _place(doc: pymupdf.Document, page: pymupdf.Page, pictures: list[tuple[int, float, float]]) -> None:
    """Draw each picture (xref, left, baseline) two ems wide and one em high on its row."""
    names = " ".join(f"/G{k} {xref} 0 R" for k, (xref, _, _) in enumerate(pictures))
    resources = int(doc.xref_get_key(page.xref, "Resources")[1].split()[0])
    doc.xref_set_key(resources, "XObject", f"<< {names} >>")
    draw = "".join(f" q {2 * SIZE} 0 0 {SIZE} {x} {page.rect.height - y - SIZE * 0.15} cm /G{k} Do Q"
                   for k, (_, x, y) in enumerate(pictures))
    xref = page.get_contents()[-1]
    doc.update_stream(xref, doc.xref_stream(xref) + draw.encode())


def _paragraph(page: pymupdf.Page, y: float, text: str) -> float:
    """A paragraph: its first line one character in (a space at the margin), the rest full rows."""
    rows = ["　" + text[:COLUMN - 1]] + [text[k:k + COLUMN] for k in range(COLUMN - 1, len(text), COLUMN)]
    for row in rows:
        page.insert_text((LEFT, y), row, fontname=MINCHO, fontsize=SIZE)
        y += ROW
    return y


def build_judgment(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    put = lambda x, y, s: page.insert_text((x, y), s, fontname=MINCHO, fontsize=SIZE)   # noqa: E731
    put(LEFT, 80, "平成３１年（受）第２９２号　損害賠償請求事件")
    put(LEFT, 80 + ROW, "令和３年５月１７日　第一小法廷判決")
    put(LEFT + 12 * SIZE, 140, "主　　　文")
    put(LEFT + 2 * SIZE, 140 + ROW, "１　原判決中，上告人国に対する請求に関する部分を次のとおり変更する。")
    y = 140 + 2 * ROW   # a 主文 item set in from both sides: the sentence wraps at the block's own edge
    hung = LEFT + 10 * SIZE
    put(hung - 2 * SIZE, y, "⑴　上記上告人らの控訴に基づき，第１審判決中，上")
    put(hung, y + ROW, "記上告人ら敗訴部分を取り消し，同部分につき，")
    put(hung, y + 2 * ROW, "被上告人らの請求を棄却する。")
    put(hung - 2 * SIZE, y + 3 * ROW, "⑵　被上告人らの控訴を棄却する。")
    y += 5 * ROW
    put(LEFT + 12 * SIZE, y, "理　　　由")
    put(LEFT, y + ROW, "　第１　事案の概要")
    y = _paragraph(page, y + 2 * ROW, TEXT)
    pictures = [(_mask_picture(doc, "⑴"), LEFT + SIZE, y)]
    put(LEFT + 2 * SIZE, y, "　石綿及び石綿含有建材の概要")   # the title after the picture's ink, a space before it
    y = _paragraph(page, y + ROW, TEXT)
    put(LEFT, y, "　⑵　屋外建設作業による石綿粉じんへのばく露")
    y = _paragraph(page, y + ROW, TEXT)
    put(LEFT, y, "　第２　平成３１年（受）第２９２号上告代理人舘内比佐志ほかの上告受理申立て")
    put(LEFT, y + ROW, "理由第２の３")
    pictures.append((_mask_picture(doc, "⑷"), LEFT + 6 * SIZE, y + ROW))
    put(LEFT + 7 * SIZE, y + ROW, "について")
    y = _paragraph(page, y + 2 * ROW, TEXT)
    put(LEFT, y, "　第３　結論")
    _paragraph(page, y + ROW, TEXT)
    _place(doc, page, pictures)
    doc.save(path)
    return path
