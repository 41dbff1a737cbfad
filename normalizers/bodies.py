"""What names a body that issues a paper: the words an organisation's or an office's name ends in.

Convention (a Japanese government paper names its issuer by the body or the office that issues it:
総務省, 内閣府地方創生推進室, 西野市議会, 新型コロナウイルス感染症対策専門家会議, ○○省例示局参事官室, 政府CIO補佐官,
東野市長): the name ends in an organisation's word (省, 庁, 局, 課, 室, 会議, 委員会, 市, 大学院, 裁判所,
株式会社 …) or an office holder's (…長, 大臣, 知事, …官, 委員), possibly followed by a bracketed note
(内閣府（防災担当）, …事務局（例示印刷株式会社）, …協会(EXA)). An English name holds one of the words
an organisation is called by (Ministry, Office, Agency, Council, Commission, Meeting, Government, Cabinet …).
A row that names none — an amount (¥100,000 per person), a time (9時25分～9時35分), a place (於…ホール), an
addressee (地域の皆様), a contact band (【連絡先】), a lead-in (Prepared and Published by), a fragment of a
sentence, a version (Release 0.29a0), a link's label (Full Text (Japanese)), the head of instructions
(解答上の注意) — is never the issuer. The vocabulary is data, here only (extractors/cover.py asks it).
"""
from __future__ import annotations

import regex

from normalizers.text import SPACES as _WHITE   # white space, compiled once (regex.sub with a pattern's text looks it up at each call)

# the words an organisation's or an office's name ends in (the longer first where one ends another)
_BODY_WORDS = (
    # ministries, agencies and their divisions
    "省", "庁", "府", "局", "課", "室", "部", "所", "署", "支署", "係", "班", "院", "官房", "内閣", "閣議", "政府",
    # councils, meetings, committees, secretariats and teams (…会: 委員会, 審議会, 部会, 研究会, 協議会, 議会, 検討会 …)
    "会", "会議", "本部", "事務局", "チーム", "グループ", "ボード", "センター", "機関",
    # local government
    "都", "道", "県", "市", "区", "町", "村", "市役所", "役場",
    # corporations, public bodies, universities, courts, banks
    "機構", "法人", "公社", "会社", "株式会社", "組合", "財団", "事業団", "大学", "学院", "大学院", "研究科", "学校",
    "裁判所", "法廷", "銀行", "公庫", "図書館", "研究所",
    # office holders (a head's, a minister's, a governor's, an official's, a member's title)
    "長", "大臣", "知事", "官", "委員", "議員", "理事", "担当者",
)
# the forms a corporation's name opens with (社会福祉法人例示の郷, 一般社団法人…, 国立大学法人…): a name so opened names a
# corporation whatever its own words end in (extractors.issuer's 法人名 field, _FORM_FIELD)
CORPORATE_FORMS = ("社会福祉法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "学校法人", "医療法人",
                   "特定非営利活動法人", "独立行政法人", "地方独立行政法人", "国立大学法人", "公立大学法人", "社会医療法人")


def names_corporation(text: str) -> bool:
    """The text is a corporation's name: a form of CORPORATE_FORMS, then a name of its own."""
    s = _WHITE.sub("", text)
    return any(s.startswith(f) and len(s) > len(f) for f in CORPORATE_FORMS)


# how the name of a public body that issues papers ends (府, 省, 庁, 局, 市 … 委員会, 協会, 機構): the narrower set by
# which a name standing alone (西野市 under a budget book's title) or after 発行 (発行　内閣府) is told as the issuer's —
# no office holder, no 会 or 部 that end ordinary words too (説明会, 第1部)
ISSUING_END = r"(?:府|省|庁|局|市|区|町|村|県|都|道|委員会|協会|機構)"
# what minutes are called, closing their title (…部会第１６回会議議事録, 第10回 教育施策連絡会 会議要録) or alone on a row
# under it: the record's kind — the title names the meeting's body before it (extractors.issuer._minutes_body), the kind
# names no issuer (extractors.cover._with_minutes_kind); 会議要録 and 議事要録 are a municipal body's words for the same record
MINUTES_KIND = r"(?:議事録|議事要旨|議事概要|議事要録|会議要録|会議録)"
# the record's kind alone on a row, white space out (議 事 録 on the title's last row, or under the meeting's name):
# compiled once for the cover (cover._with_minutes_kind) and the flow (headings._title_rows_over_kind)
MINUTES_KIND_ALONE = regex.compile(rf"^{MINUTES_KIND}$")
_NOTE_CLOSING = r"(?:[（(][^（）()]{1,20}[）)])?"
_BODY = regex.compile(r"(?:" + "|".join(sorted(_BODY_WORDS, key=len, reverse=True)) + r")" + _NOTE_CLOSING + r"$")

# an English organisation's name holds one of these words (THE LAW REVISION COMMISSION, Cabinet Office,
# Expert Meeting on …, Prime Minister of Japan and His Cabinet)
# — capitalised as a proper name is, in title case or in capitals (Municipal social welfare council, a table's cell
# naming a kind of office, is none)
_LATIN_WORDS = ("Ministry", "Minister", "Office", "Agency", "Council", "Commission", "Committee", "Meeting", "Government",
                "Cabinet", "Secretariat", "Bureau", "Department", "Board", "Institute", "University", "Court", "City",
                "Prefecture", "Headquarters", "Center", "Centre", "Association", "Corporation", "Team", "Division", "Bank")
_BODY_LATIN = regex.compile(r"\b(?:" + "|".join(w + "|" + w.upper() for w in _LATIN_WORDS) + r")\b")

# no body's name: a figure of money or of time, a count (1事業所), a place given by 於, a row that opens a bracketed
# band (【連絡先】)
_NO_NAME = regex.compile(r"[¥￥$€]|\d[,，]\d{3}|\d+[時:：]\d+|^[0-9０-９]|^於|^【")

# the honorific that closes an addressee's name (…議長　殿, …課　御中, 北野一郎　様): on a form's dating line read where the
# text layer's spacing sets it apart (extractors.line_roles.dating_line), what follows it the filer (issuer)
HONORIFIC = "殿|様|御中"
# Convention (a letter's or a notice's addressee: 北野市議会議長　北野一郎　殿, 各○○主管部（局）例示課 御中, 各 位 — to all
# it concerns): the row names whom the paper is sent to, never its issuer, though it names an office — it closes with
# an honorific (HONORIFIC, the one list) or with 各位, which stands for a name and follows none
ADDRESSEE = regex.compile(rf"(?:{HONORIFIC}|各位)$")
# Convention (a letter's addressee written with the particle of whom it goes to: 北野地区各自治会の皆様へ): the row names
# whom the letter is sent to all the same — kept apart from ADDRESSEE, as a leaflet's title may be written so too
# (…をご利用の皆様へ): only a letter's head is read by it (extractors.cover._bare_subject)
ADDRESSED_TO = regex.compile(rf"(?:{HONORIFIC}|各位)へ$")

# Convention (a paper's contact band at its foot: 【連絡先】 / 大臣官房会計課 / 担当：… / 電話：…): the band names whom to
# ask, no issuer — neither its head nor the rows under it
_CONTACT = regex.compile(r"^[【\[［<＜(（]?(?:連絡先|問い?合わ?せ先?|お問い?合わ?せ先?|担当|照会先)")

# Convention (a flyer's contact band at its foot: 【お問い合わせ先】 / 北野市健康推進課(保健センター） / its hours / TEL, or
# ご予約･お問合せは / …課(市役所2階24番窓口） / TEL…まで): the inquiry key alone on its row (what to ask for, 予約 or
# 申込み, before it), the desk on the row under it (contact_desk)
# the words that key a contact (お問い合わせ先, 問合せ窓口, 連絡先, 照会先): the one vocabulary of a contact's key, read by
# INQUIRY_KEY here and by numbering.CONTACT_BAND (a band of these words alone keys a contact block, no heading)
CONTACT_WORDS = r"(?:お?問い?合わ?せ(?:先|窓口)?|連絡先|照会先)"
INQUIRY_KEY = regex.compile(rf"^[【［\[<＜〈(（]?(?:ご?(?:予約|申込み?|申し込み)[・･、]?)?{CONTACT_WORDS}は?"
                            r"[】］\]>＞〉)）]?[:：]?$")
# the desk's place in brackets after its name ((保健センター）, （市役所2階24番窓口）): where it sits, not who it is
_DESK_PLACE = regex.compile(r"[（(][^（）()]{1,24}[）)]$")

# Convention (a body's members signing together: 新型コロナウイルス感染症対策専門家会議構成員一同): the body is the issuer
_ALL_MEMBERS = regex.compile(r"^(.+?)(?:構成員|委員|メンバー|有志)?一同$")
# Convention (a neighbourhood association's circular signed under its name: 北野町自治会 / 会長　役員一同): its officers or
# staff as a whole, its head's title with them or not, name no body of their own — the body named over them issues it
_OFFICERS_AS_A_WHOLE = regex.compile(r"^\p{Han}{0,4}(?:役員|職員)一同$")
# Convention (an association's letter signed under its name by its head: 北野地区例示委員会 / 会長　北野　一郎): a head's
# title alone on its row (会長, 理事長, 委員長, 代表 …), its holder's name after it or not, names no body of its own — it
# signs for the body named over it, which issues the paper (as its officers as a whole do)
_HEAD_TITLE_ALONE = regex.compile(r"^(?:副?会長|理事長|委員長|代表(?:者|理事)?|館長|校長|園長|組合長|支部長|自治会長)$")

# Convention (a head of a body signing with their own name: 北野市長　北野　次郎, ○○県教育委員会教育長 西野 花子,
# 厚生労働大臣 北野一郎): the issuer is the office (one holder at a time), not the person holding it. A member's
# title (議員, 委員: one of many) keeps the name, which tells which member signs.
_DIVISION = regex.compile(r"(?:室|課|部|局|会|所|署|係|班|長|知事|大臣|センター)$")   # 市長公室, 北野市長寿社会課: no name after the head
_NAME = r"[\p{Han}\p{Hiragana}\p{Katakana}ー々]{2,6}"   # a person's name, as signed (北野次郎, 西野久之)
_HEAD = r"長|大臣|知事"   # how a head's office ends (市長, 厚生労働大臣, 知事)
_HEAD_SIGNING = regex.compile(r"^(.+?(?:" + _HEAD + r"))(" + _NAME + r")$")
_MEMBER_SIGNING = regex.compile(r"^(.+?(?:議員|委員))((?:" + _NAME + r"){1,2})$")   # one member or two (南野央 北野一郎)


# Convention (a paper's subject: a bill's, a notice's, a circular's — 北野市例示委員の推薦について, …の変更の件, …について（依頼）,
# …に関するお知らせ, …のお願い, …のご案内): a row closing as a subject does names what the paper is about, never who issues
# it, though a body's word stands before the close (…委員の推薦について read as a member signing with a name). The one
# pattern of a subject's close: the extractors read it through numbering (the cover's notice, a letter's 記)
SUBJECT_LINE = regex.compile(r"(?:について|の件|[のる](?:お知らせ|お願い|ご案内))(?:[（(][^）)]{1,8}[）)])?$")


def names_body(text: str) -> bool:
    """`text` (a row as printed) names an organisation or an office, or an office's holder signing with a name
    (the module's convention); a subject (SUBJECT_LINE), a body's officers as a whole (_OFFICERS_AS_A_WHOLE) and a head's
    title alone (head_title_alone) name none, nor does one letter: a body's ending alone (会, 課, 市 — a letter of a label
    set down a table's column, one row a letter) is no name."""
    unspaced = _WHITE.sub("", text)
    s = as_issuer(unspaced)
    if len(s) < 2 or _OFFICERS_AS_A_WHOLE.match(unspaced) or head_title_alone(unspaced) or _NO_NAME.search(s) \
            or _fragment(s) or ADDRESSEE.search(unspaced) \
            or SUBJECT_LINE.search(s):
        return False
    return bool(_BODY.search(s) or _member_signing(s) or (regex.search(r"[A-Za-z]", s) and _BODY_LATIN.search(text)))


def head_title_alone(text: str) -> bool:
    """`text` (a row, white space out) is a head's title alone, its holder's name after it or not (会長　北野　一郎):
    it signs for the body named over it (_HEAD_TITLE_ALONE)."""
    return bool(_HEAD_TITLE_ALONE.match(as_issuer(text)))


def _fragment(s: str) -> bool:
    """A piece of a sentence wrapped onto the row: it opens with a quotation (「デジタル・ガバメント実行計画」(平成30年…)
    or leaves a bracket open (…(平成 / …閣僚会議 with its close on the next row), or it holds a clause's object
    (を: 上記の議案に対する修正案を別紙のとおり…及び北野市 / 議会会議規則…, a sentence wrapped where a body's name
    happens to end the row — no body's name holds を)."""
    return s.startswith("「") or s.count("(") + s.count("（") != s.count(")") + s.count("）") \
        or s.count("「") != s.count("」") or "を" in s


def _member_signing(s: str) -> bool:
    """A member of a body signing with their name (北野市議会議員 北野一郎)."""
    m = _MEMBER_SIGNING.match(s)
    return m is not None and not _DIVISION.search(m.group(2))


# Convention (a body's members signing under its name at a text's close: 最高裁判所第二小法廷 / 裁判長裁判官　東野　三郎 /
# 裁判官　南野　二郎 …): a row holding an office's title and a name, the title ending as an office holder's does
_OFFICER_SIGNING = regex.compile(r"^(.+?(?:" + _HEAD + r"|官|員))(" + _NAME + r")$")   # a head's, or 裁判官, 委員


def signs_with_name(text: str) -> bool:
    """`text` (a row as printed) is an office holder signing with a name (裁判長裁判官　東野　三郎, 北野市長　北野　次郎)."""
    m = _OFFICER_SIGNING.match(_WHITE.sub("", text))
    return m is not None and not _DIVISION.search(m.group(2))


def bracketed_body(text: str) -> bool:
    """`text` (a row, white space out) is a bracketed note alone that names a body: （例示印刷株式会社）."""
    m = regex.match(r"^[（(]([^（）()]+)[）)]$", text)
    return m is not None and names_body(m.group(1))


# Convention (a paper series named by the body that issues it, set over the title: 政府CIO補佐官等ディスカッションペーパー — the
# discussion papers of the government's CIO advisers and others): the body the series names (without 等, "and others")
_SERIES = regex.compile(r"^(.+?)等?(?:ディスカッション・?ペーパー|ワーキング・?ペーパー)$")


def series_body(text: str) -> str:
    """The body a series line (a row, white space out) names, when it names one (_SERIES); ""."""
    m = _SERIES.match(text)
    return m.group(1) if m and names_body(m.group(1)) else ""


# Convention (a council's papers for a session, headed by the session line: 令和７年 第５回 北野市議会（定例会） over 一般質問
# 日程表): the council the session line names issues them
_ERA_YEAR = r"(?:令和|平成|昭和)[0-9０-９元]{1,2}年"   # a year of an era, as a session line or a budget's title opens (令和７年)
_SESSION_OF = r"第[0-9０-９]{1,3}回(\S{1,12}?議会)[(（]?(?:定例会|臨時会)"   # 第５回北野市議会（定例会: group 1 the council
_SESSION = regex.compile(rf"^{_ERA_YEAR}{_SESSION_OF}[)）]?$")


def session_body(text: str) -> str:
    """The council a session line (a row, white space out) names (_SESSION); ""."""
    m = _SESSION.match(text)
    return m.group(1) if m else ""


# Convention (a budget paper titled by the fiscal year and the ministry or the local government whose budget it is:
# 令和２年度文部科学省第２次補正予算（案）, 令和２年度総務省所管補正予算（案）の概要, the ordinal in kanji too:
# 令和２年度 厚生労働省第二次補正予算（案）の概要): that body issues it
_BUDGET_OF = regex.compile(rf"^{_ERA_YEAR}度(\S{{1,16}}?(?:省|庁|府|都|道|県|市|区|町|村))(?:所管)?"
                           r"(?:一般会計|特別会計)?(?:第[0-9０-９一二三四五六七八九十]+次)?(?:補正)?予算")


def budget_body(title: str) -> str:
    """The body whose budget the title (white space out) names (_BUDGET_OF); ""."""
    m = _BUDGET_OF.match(title)
    return m.group(1) if m else ""


# Convention (a fiscal year's survey or report titled by the local government that made it: 令和５年度 東野市観光動向調査結果
# について): that government issues it — a prefecture's, a city's, a ward's, a town's or a village's name of two to
# five letters right after the year (a word that merely holds 市 or 県, 都市 or 県内, opens no such name: at least two
# letters before the ending). A budget's, an ordinance's or a bill's title (令和８年度西野市土地取得事業特別会計予算) names the
# government whose bill it is, but the office filing it (北野市長, signing the bill) issues it: no report's title
_REPORTED_BY = regex.compile(r"^(?!.*(?:予算|条例|議案))(?:令和|平成)[0-9０-９元]{1,2}年度(\p{Han}{2,5}?(?:都|道|府|県|市|区|町|村))\p{Han}")


def reported_body(title: str) -> str:
    """The local government a fiscal year's report is titled by (_REPORTED_BY); ""."""
    m = _REPORTED_BY.match(title)
    return m.group(1) if m else ""


# Convention (an organisation's unit stacked under its name: 国税庁 / 法人番号管理室): a department's, a division's or an
# office's name (…部, …課, …室, …係, …班) that does not open with a public body's own name is a part of the organisation
# over it, no second issuer — one name, the organisation's and its unit's, as a unit is named in full on one row
# (○○省例示局例示課, ○○省例示局参事官室). Convention (a committee paper's sender: 西野市例示センター over
# 相談課・調整課・指導課, a ward's centre and its three sections listed with ・): a centre holds sections as an office
# does, and several units listed with ・ on the row are its units all — one name, the list kept as printed
_UNIT = regex.compile(r"(?:部|課|室|係|班)$")
_ORGANISATION = regex.compile(r"(?:機構|法人|センター|" + ISSUING_END + r")$")


def unit_of(organisation: str, unit: str) -> bool:
    """`unit` (a row, white space out) names a unit of `organisation` (the row over it) (_UNIT), or lists units of it
    joined by ・, each one so: no body's own name (…省, …庁, …市 …) opens it."""
    return bool(_ORGANISATION.search(organisation)) and all(
        _UNIT.search(part) and not regex.search(ISSUING_END, part[:-1]) for part in unit.split("・"))


# Convention (a figure's credit naming the body that made it from its sources: …のディスクロ誌より金融庁作成, 資料：…を基に
# 文部科学省作成): the body after より, もとに, 基に or a credit's colon, closed by 作成; or (a daily figures sheet heading
# its rows with the count announced: 都内感染者数（北野都発表）) the body in brackets closed by 発表 — group 1 either way
MADE_BY = regex.compile(r"(?:(?:より|もとに|基に|[：:])(?P<maker>\p{Han}{2,12}?" + ISSUING_END + r")作成"
                        r"|[（(](?P<maker>\p{Han}{2,12}?" + ISSUING_END + r")発表[）)])")


def contact_desk(key: str, row: str) -> str:
    """The desk a contact band names (INQUIRY_KEY): `row` (white space out), the row under the key `key`, when it names
    a body, its place in brackets left out (_DESK_PLACE); "" otherwise."""
    if not INQUIRY_KEY.match(key) or not names_body(row):
        return ""
    return as_issuer(_DESK_PLACE.sub("", row))


def opens_contact(text: str) -> bool:
    """`text` (a row, white space out) opens a contact band (_CONTACT)."""
    return bool(_CONTACT.match(text))


# Convention (an office named with its telephone number on its row: …例示課　012-345-6789): the number is no part
# of the name
_PHONE = regex.compile(r"(?:TEL|Tel|電話)?[:：]?[(（]?0\d{1,4}[)）]?[-‐－ー]\d{1,4}[-‐－ー]\d{3,4}$")


# Convention (a national tender's contracting officer, 会計法: 分任支出負担行為担当官　北野地方整備局　北野国道事務所長　北野　一郎):
# the capacity the head of an office acts in, printed before the office, is a role (支出負担行為担当官, 契約担当官, each
# 分任 where delegated), no part of the office's name — the office, its head, issues the paper
_CONTRACTING = regex.compile(r"^(?:分任)?(?:支出負担行為|契約)担当官(?=.+(?:" + _HEAD + r"))")


def as_issuer(text: str) -> str:
    """The issuer a body's row names: the body for its members signing together, the office for its head
    signing with a name (the name left out), the office without its telephone number or the contracting capacity
    its head acts in (_CONTRACTING), a graduate school without the department it names after it (_DEPARTMENT), a
    Supreme Court bench named alone with its court (_SUPREME_BENCH); the row as it is otherwise.
    Read until nothing more comes off (each reading only shortens the row), so that the issuer read again is itself."""
    while (shorter := _as_issuer_once(text)) != text:
        text = shorter
    return text


# Convention (a university's graduate school named with the department a paper is for, on one row: 北野大学大学院情報学府
# 情報学専攻 over an entrance examination's title): the school is the body; its department (専攻: a course of study
# within it, no office) is no part of the issuer's name
_DEPARTMENT = regex.compile(r"^(.+(?:大学院|研究科|学府|学院|学部))\p{Han}{1,16}専攻$")


# Convention (a judgment headed by its date and bench: 令和３年５月１７日　第一小法廷判決, the close naming no court): a bench
# named alone, the grand bench or a petty bench by its ordinal, sits in one court only — the Supreme Court (the petty
# benches are its own: 裁判所法 第九条) — so it is that court's bench, written whole as the courts' own closes print it
_SUPREME_BENCH = regex.compile(r"^(?:大法廷|第[一二三１-３1-3]小法廷)$")
SUPREME_COURT = "最高裁判所"


def _as_issuer_once(text: str) -> str:
    if _SUPREME_BENCH.match(text):
        return SUPREME_COURT + text
    text = _PHONE.sub("", text) or text
    text = _CONTRACTING.sub("", text) or text
    department = _DEPARTMENT.match(text)
    if department:
        return department.group(1)
    members = _ALL_MEMBERS.match(text)
    if members and _BODY.search(members.group(1)):
        return members.group(1)
    head = _HEAD_SIGNING.match(text)
    if head and not _DIVISION.search(head.group(2)):
        return head.group(1)
    return text


def members_office(senders: list[str]) -> str:
    """Convention (members of one office each signing on a row of their own: 北野市監査委員　南野健司 / 北野市監査委員　西野洋子
    — a board whose members act together): the office they all hold, when two or more rows name a body and each is a
    member of that one office signing with a name (_MEMBER_SIGNING; rows naming no body are pieces of a name the
    text layer split off its row); "" otherwise."""
    signing = [_MEMBER_SIGNING.match(_WHITE.sub("", s)) for s in senders if names_body(s)]
    offices = {m.group(1) for m in signing if m and not _DIVISION.search(m.group(2))}
    return offices.pop() if len(signing) >= 2 and len(offices) == 1 and all(signing) else ""


# Convention (a member's motion to the council, 修正案 or 意見書案, filed with the chair: 提出者　花谷史郎 over its seconders
# 賛成者 …): the member filing it, the row as printed with its label, issues it
_FILER = regex.compile(r"^提出者" + _NAME + r"$")


def filer(text: str) -> str:
    """The 提出者 row (white space out) that names the member filing a motion (_FILER); ""."""
    s = _WHITE.sub("", text)
    return s if _FILER.match(s) else ""


# Convention (terms of use, 利用規約, whose preamble names the party that sets them by the short name it defines:
# 南野市（以下「本市」という。）, …推進検討会（以下「本会」という。）): that party issues them
_DEFINED_PARTY = regex.compile(r"(?:^|[、。」）)])([^、。「」（）()]{2,30})[（(]以下[、，]?「本(?:市|町|村|県|都|府|道|区|会|省|庁"
                               r"|機構|協会|協議会|委員会|法人|組合)」という。?[）)]")
# Convention (a council's resolution or opinion, 意見書・決議: its resolving sentence names the council, よって北野市議会は、…
# 強く求める): that council issues it
_RESOLVING = regex.compile(r"よって([^、。「」\s]{2,20}?)は[、，]")


def party_named(text: str) -> str:
    """The body the text (white space out) names as the party that sets the terms (_DEFINED_PARTY) or resolves
    (_RESOLVING), the first it names; ""."""
    found = sorted((m.start(), m.group(1)) for rx in (_DEFINED_PARTY, _RESOLVING) for m in rx.finditer(text)
                   if names_body(m.group(1)))
    return found[0][1] if found else ""


# Convention (a prefecture's paper titled by the prefecture's name, no issuer printed: 〇〇県長期ビジョンの実現に向けた
# アンケート調査結果, 〇〇県CMS操作マニュアル): the prefecture the title opens with issues it. A prefecture's name only: a
# title's head that ends in 省, 庁, 市 or 町 may be a word's (中小企業省力化…, …庁舎, 都市), and 都道府県 names all
# prefectures, none; nor does 各都道府県 ("each prefecture": 各都道府県の検査陽性者の状況, a ministry's table of every
# prefecture's figures) — a head opening with 各 distributes over every body of a kind and names none. Convention (a
# prefecture's administrative commission titling its own paper, 〇〇県選挙管理委員会の情報公開の…に関する要綱,
# 〇〇県教育委員会の…): the commission named right after the prefecture and before の issues it, not the prefecture
_TITLED_BY = regex.compile(r"^(?!各|都道府県)([^\s0-9０-９()（）「」、。・]{2,4}?県(?:[^\s0-9０-９()（）「」、。・の]{1,8}?委員会(?=の))?)")


# Convention (a paper titled by the matters of the body that issues it, no issuer printed: 防衛省関係入札情報検索に際しての
# お願い, 中小企業庁関連事業データ利活用ポリシー): the body whose name opens the title, closed by 関係 or 関連 (its own bids,
# its own projects), issues it — the word after the name bounds it, so a head that merely holds a body's ending
# (中小企業省力化…) names none
_RELATED_TO = regex.compile(r"^(\p{Han}{2,10}?" + ISSUING_END + r")(?:関係|関連)")


# Convention (a council's paper for a session titled by that session, no issuer printed: 第４４４回北野市議会定例会提出議案
# 一覧表, 令和７年第５回北野市議会臨時会…): the council the session opens the title with issues it, as the session line
# over a title does (session_body)
_SESSION_TITLED = regex.compile(rf"^(?:{_ERA_YEAR})?{_SESSION_OF}")   # the session line's words (_SESSION)


# Convention (a city's, a town's or a village's rules titled by its name, no issuer printed: 〇〇市…選定委員会設置要綱):
# the municipality the title opens with issues them, as a prefecture its paper (_TITLED_BY). Only a rules text's title
# — closing on the instrument's kind, 要綱, 要領, 規則, 規程, 条例 — where the head up to the first 市, 町 or 村 is the
# municipality's name; a head that is a word (都市…, 大都市…), names every municipality (市町村, 都道府県) or opens
# with 各 names none. Convention (blind27b: a city's own list titled by its name, no issuer printed: 〇〇市小・中学校区
# 一覧表, its school districts): a title closing on 一覧 or 一覧表 likewise — where words name what the list holds
# between the name and 一覧, the first no 市, 町 or 村 (a list of municipalities, 中核市一覧, 特例市一覧, 県内市町一覧,
# is no municipality's own list: its head names a kind of municipality, no one of them)
_RULES_OF_MUNICIPALITY = regex.compile(r"^(?!各|\p{Han}?都市)(?!\S*(?:市町村|都道府県))(\p{Han}{1,5}?[市町村])"
                                       r"(?:\S*(?:要綱|要領|規則|規程|条例)|(?![市町村])\S+一覧表?)$")


# Convention (blind26c: a faculty's rules titled by where they apply, no issuer printed: 例示大学大学院例示研究科における
# 例示補助員…実施要項): the body named before における, the title's head, makes the rules it applies in. Only a
# rules text's title (closing on 要綱, 要項, 要領, 規則, 規程) and only a head that names a body (names_body)
_RULES_IN_BODY = regex.compile(r"^([^\s0-9０-９()（）「」、。・]{2,24}?)における\S*(?:要綱|要項|要領|規則|規程)$")


def title_body(title: str) -> str:
    """The body the title (white space out) opens with (_TITLED_BY: a prefecture's; _RELATED_TO: a body's matters;
    _SESSION_TITLED: a council's session; _RULES_OF_MUNICIPALITY: a municipality's rules; _RULES_IN_BODY: rules for
    where they apply); ""."""
    m = (_TITLED_BY.match(title) or _RELATED_TO.match(title) or _SESSION_TITLED.match(title)
         or _RULES_OF_MUNICIPALITY.match(title) or _RULES_IN_BODY.match(title))
    return m.group(1) if m and names_body(m.group(1)) else ""


# Convention (a notice of works let out, …業務委託についてのお知らせ, that signs nowhere: its contact item names the office
# that orders the works, 発注者　…市役所道路整備課, over the contractors, 受注者 …): the orderer issues it
_ORDERER = regex.compile(r"^発注者[:：]?(.+)$")


def orderer(piece: str) -> str:
    """The body a piece (white space out) labelled 発注者 names (_ORDERER); ""."""
    m = _ORDERER.match(_WHITE.sub("", piece))
    return m.group(1) if m and names_body(m.group(1)) else ""
