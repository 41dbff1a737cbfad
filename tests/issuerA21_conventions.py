"""Documents built for issuerA21 (session 21: the issuer printed on the first page of letters, notices and council
papers), each named for what it shows.

- build_office_note: an office communication (事務連絡): its date, its addressees listed one a row and braced to one
  御中 set beside the list's middle (北野県 / 財政担当課 / 市町村担当課　御中 / 地域振興担当課), its subject, and its sender
  flush right under the subject (北野省地域振興室): the sender is the issuer, no addressee is.
- build_sealed_with_note: a joint notice: its numbers, date and addressee, then two senders each over （公印省略）, the
  second with a bracketed note on the row under its name: the two senders, the note closing the second.
- build_members_signing: a notice two members of one board sign, each on a row of their own (北野市監査委員　山田　太郎 /
  北野市監査委員　川村　花子): the office they hold, once.
- build_motion: a member's motion to the council (…に対する修正案): the filing sentence, the date, the chair as
  addressee (…議長　…殿), then 提出者　北野　一郎 over the seconders (賛成者 …): the 提出者 row is the issuer.
- build_terms: terms of use (…利用規約) whose preamble names the city by the short name it defines
  (北野市（以下「本市」という。）): the city is the issuer.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

from cover_conventions import GOTHIC, MINCHO, _centred, _left, _right, _text

NOTE_SUBJECT = "北野交付金の運用について"
NOTE_SENDER = "北野省地域振興室"


def build_office_note(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _right(page, 110, "事　務　連　絡", 11)
    _right(page, 127, "令和２年５月１日", 11)
    _left(page, 85, [(145, "北野県")], 11)
    _left(page, 96, [(162, "財政担当課"), (179, "市町村担当課　　御中"), (196, "地域振興担当課")], 11)
    _centred(page, 231, NOTE_SUBJECT, 11)
    _right(page, 266, NOTE_SENDER, 11)
    page.insert_text((96, 300), "北野交付金の運用について下記のとおり定めましたので、お知らせします。", fontname=MINCHO, fontsize=11)
    _text(page, 330, 10, 11)
    doc.save(path)
    return path


SEALED = ["北野省医薬局審査課長", "北野省大臣官房参事官", "（医療機器審査担当）"]


def build_sealed_with_note(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _right(page, 110, "薬審発１１１７第３号", 12)
    _right(page, 128, "平成２６年１１月１７日", 12)
    _left(page, 72, [(200, "各都道府県衛生主管部（局）長　殿")], 12)
    for y, row in [(254, SEALED[0]), (272, "（公印省略）"), (326, SEALED[1]), (344, SEALED[2]), (362, "（公印省略）")]:
        page.insert_text((300, y), row, fontname=MINCHO, fontsize=12)
    _centred(page, 416, "北野登録原簿の利用に関する指針について", 12)
    page.insert_text((84, 452), "北野法の施行に伴い、下記のとおり取扱いを示すこととしましたので、周知をお願いします。",
                     fontname=MINCHO, fontsize=10.5)
    _text(page, 480, 10)
    doc.save(path)
    return path


MEMBERS_OFFICE = "北野市監査委員"


def build_members_signing(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _right(page, 100, "北監発第５５号", 11)
    _right(page, 115, "令和２年３月２７日", 11)
    _left(page, 78, [(140, "北野市議会議長　北野　次郎　殿")], 11)
    _left(page, 320, [(176, MEMBERS_OFFICE + "　山田　太郎"), (194, MEMBERS_OFFICE + "　川村　花子")], 11)
    _centred(page, 230, "北野市監査基準の策定について（通知）", 11)
    page.insert_text((76, 266), "北野法の規定により北野市監査基準を策定したので、別紙のとおり通知します。", fontname=MINCHO, fontsize=10.5)
    _text(page, 300, 8)
    doc.save(path)
    return path


MOTION_FILER = "提出者　北野　一郎"


def build_motion(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 176, "令和７年度北野市一般会計補正予算（第７号）に対する修正案", 12)
    page.insert_text((80, 262), "上記の議案に対する修正案を別紙のとおり北野市議会会議規則第１７条の規定により提出します。",
                     fontname=MINCHO, fontsize=10.5)
    _left(page, 88, [(363, "令和７年１２月１５日")], 12)
    _left(page, 80, [(408, "北野市議会議長　北野　次郎　殿")], 12)
    _left(page, 322, [(476, MOTION_FILER), (499, "賛成者　川村　二郎")], 12)
    page = doc.new_page()
    page.insert_text((85, 90), "修正案", fontname=GOTHIC, fontsize=14)
    _text(page, 120, 10)
    doc.save(path)
    return path


TERMS_PARTY = "北野市"


def build_terms(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    _centred(page, 115, "北野オープンデータ利用規約", 14, GOTHIC)
    for k, row in enumerate(["北野オープンデータ利用規約（以下「本規約」という。）は、本サイトの利用に関して定めたものです。",
                             "本サイトでは、" + TERMS_PARTY + "（以下「本市」という。）が所管する情報を提供しています。"]):
        page.insert_text((85, 164 + 23 * k), row, fontname=MINCHO, fontsize=10.5)
    page.insert_text((85, 322), "１．ご利用にあたって", fontname=GOTHIC, fontsize=14)
    _text(page, 350, 10)
    doc.save(path)
    return path
