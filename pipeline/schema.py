"""One schema for every dataset this tool writes: fields (name, type, description), primary
and foreign keys. It drives the CSV writers (column order), `datapackage.json` (a Frictionless
Data Package in every edition and diff folder) and `pipeline.load` (typed pandas frames).

Types are Frictionless types: string, integer (empty = missing), boolean (written 1/0).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    type: str
    description: str


@dataclass(frozen=True, slots=True)
class Dataset:
    file: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()   # (fields, file, fields)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _f(spec: str) -> tuple[Field, ...]:
    """Fields from lines `name type description`."""
    out = []
    for line in spec.strip().splitlines():
        name, type_, description = line.strip().split(" ", 2)
        out.append(Field(name, type_, description))
    return tuple(out)


_PAGE = "integer 1-based page index in the source PDF"
_TEXT = "string text as printed, folded (full-width ASCII to ASCII, layout spaces removed; ①, ◎, 【】, ～ kept)"

EDITION_DATASETS = (
    Dataset("headings.csv", "The heading tree of a main body or a document, in document order.", _f(f"""
        seq integer position in document order (1…)
        level integer depth in this document's own heading tree (1 = its top level)
        kind string numbering system: part (第N部, Ⅰ.), chapter (1., 第N章), section ((1), 第N節, 1.1, (一)), subsection (1), 1.1.1), letter (A.), item (①, (A)), katakana (ア.), band (【…】), appendix (付録1:, 別紙１), title (unnumbered)
        label string the number as printed, width folded (第一部, 1., (1), ①, A.); empty for a band or an unnumbered title
        title string {_TEXT[7:]}
        page {_PAGE}
        source string file the heading was read from"""), ("seq",)),
    Dataset("goals.csv", "Goal items of the main body: 戦略目標, 大目標, 具体目標, 目標 blocks, one row per item.", _f(f"""
        seq integer the goal block (1…)
        kind string 戦略目標, 大目標, 具体目標 or 目標
        label string the block's number as printed (0, 1 …); empty if none
        heading_seq integer the heading the block sits under (headings.seq); empty before the first
        item_no integer position of the item in its block (1…)
        text string the item's text, footnote markers left out
        page {_PAGE}
        footnotes string numbers of the footnote markers in the item, |-joined"""), ("seq", "item_no"),
        ((("heading_seq",), "headings.csv", ("seq",)),)),
    Dataset("footnotes.csv", "Footnotes (small type below the body that a raised marker refers to).", _f(f"""
        number integer the footnote's number as printed
        page {_PAGE}
        text {_TEXT}"""), ("page", "number")),
    Dataset("paragraphs.csv", "Body text that is no heading, goal block or table, in reading order.", _f(f"""
        seq integer position in reading order (1…)
        heading_seq integer the heading above it (headings.seq); empty before the first
        page {_PAGE}
        text string the paragraph; footnote markers kept as [^N]"""), ("seq",),
        ((("heading_seq",), "headings.csv", ("seq",)),)),
    Dataset("targets.csv", "Every 具体目標 of the appendix, with the headings it sits under.", _f(f"""
        target_id string T + 10 hex digits of SHA-256 of the text's key (the same in every edition while the text is; a new label keeps it)
        seq integer position in document order (1…)
        part string part heading label (第二部, Ⅱ …)
        part_title string the part heading's title (差し迫った危機への対処 …); empty where the part prints none
        chapter string chapter heading (1. 教育改革 …)
        section string section heading ((1) …)
        subsection string item heading (①…, (A)…)
        band string band heading 【…】
        major_goal string the 大目標 text above it
        label string 具体目標, 具体目標1 …, or 目標
        reposted boolean 1 where the table only refers back ((前掲のとおり))
        reposted_from string target_id of the target it repeats
        text {_TEXT}
        page {_PAGE}"""), ("target_id",)),
    Dataset("initiatives.csv", "Every initiative (取組) with its ministries and lead.", _f(f"""
        initiative_id string I + 10 hex digits of SHA-256 of the text's key; a repeat gets ~2, ~3
        seq integer position in document order (1…)
        target_id string the target it belongs to (targets.target_id)
        text {_TEXT}
        ministries string canonical ministry ids in printed order, |-joined (unknown ones as printed)
        lead string the lead ministries' ids (◎ or underlined), |-joined
        printed_ministries string the abbreviations as printed, |-joined
        page_start {_PAGE}, where the row starts
        page_end {_PAGE}, where the row ends (a row split by a page break spans two)
        source string file the row was read from
        extra string other table columns, name=value; …"""), ("initiative_id",),
        ((("target_id",), "targets.csv", ("target_id",)),)),
    Dataset("initiative_ministries.csv", "One row per ministry named in an initiative.", _f("""
        initiative_id string the initiative (initiatives.initiative_id)
        position integer the ministry's place in the printed list (1…)
        printed string the abbreviation as printed (◎ removed)
        ministry_id string canonical id; empty when the registry does not know it
        is_lead boolean 1 for the lead (◎ or underlined)"""), ("initiative_id", "position"),
        ((("initiative_id",), "initiatives.csv", ("initiative_id",)), (("ministry_id",), "ministries.csv", ("id",)))),
    Dataset("ministries.csv", "The registry rows (normalizers/ministries.csv) this edition uses.", _f("""
        id string canonical id (the 2022 abbreviation of the body)
        abbreviations string printed abbreviations, |-joined
        aliases string other spellings, |-joined
        name string official name
        parent string the body it belongs to
        valid_from string ISO date the body was established
        valid_to string ISO date it was abolished
        successor string id of the body that took over
        note string remarks"""), ("id",)),
    Dataset("contents.csv", "The printed table of contents, entry by entry.", _f(f"""
        seq integer position in the contents (1…)
        label string the entry's number as printed (第１部, 1., (1)…); empty if none
        title string the entry's title (leader dots and page number removed)
        printed_page integer the page number printed after it
        pdf_page integer the 1-based PDF page of the heading it names (matched by title, else by printed page numbers)
        page {_PAGE}, where the contents line is"""), ("seq",)),
    Dataset("abbreviations.csv", "The abbreviation table printed at the end of an appendix (略称 | 府省庁名).", _f("""
        printed string the abbreviation as printed
        parent string the body it belongs to as printed (内閣府 …): a merged cell reaches every row it spans, a blank cell takes the one above where the registry agrees; empty when none
        name string the name printed beside it
        ministry_id string the registry's id for it; empty when the registry does not know it""")),
    Dataset("tables.csv", "Every ruled table, one row per cell as drawn (a table continued on the next page is one).", _f(f"""
        table_id integer the table's number in document order (1…)
        page_start {_PAGE}, where the table starts
        page_end {_PAGE}, where it ends
        row integer the cell's first row (1…, counted across the table's pages)
        col integer the cell's first column (1…)
        rowspan integer rows the cell spans
        colspan integer columns the cell spans
        text {_TEXT}"""), ("table_id", "row", "col")),
    Dataset("furniture.csv", "What is printed on the pages but is not the text, taken out of it.", _f(f"""
        page {_PAGE}
        kind string page_number, line_numbers (one row per page: first-last), doc_label (資料２ stamps), running_header, running_footer, thumb_index (a chapter tab: a word set vertically at the page's side, 第/３/章), watermark (text set at a slant), annotation (a FreeText note's or a stamp's words), table_header (a table's header rows printed again on a continuation page), overprint (one row per page: the copies of glyphs a printer driver struck again to make them bold, taken out of the text)
        text string as printed""")),
    Dataset("problems.csv", "Everything that could not be read or looks wrong; nothing is dropped silently.", _f(f"""
        file string the input file
        page {_PAGE}; empty when not tied to a page
        severity string error (data likely wrong or missing), warning, note
        what string a short code (unknown_ministry, table_without_header …)
        raw string the raw value concerned""")),
)

DIFF_DATASETS = (
    Dataset("changes.csv", "One row per initiative of either edition, in new-edition order.", _f("""
        change string unchanged, modified, moved, added or removed
        old_id string initiative_id in the old edition
        new_id string initiative_id in the new edition
        old_seq integer seq in the old edition
        new_seq integer seq in the new edition
        old_target_id string the old row's target
        new_target_id string the new row's target
        similarity number word similarity of the two texts, 0 to 1 (1.000 when their keys are equal; glyph variants and spaces are no difference)
        text_changed boolean 1 when the texts' keys differ
        ministries_changed boolean 1 when ministries were added or removed
        lead_changed boolean 1 when the lead changed
        ministries_added string canonical ids, |-joined
        ministries_removed string canonical ids, |-joined
        lead_old string the old lead ids
        lead_new string the new lead ids
        successions string a removed body and its successor that was added (IT室→デジ庁)
        old_text string the old text
        new_text string the new text""")),
    Dataset("target_changes.csv", "One row per 具体目標 of either edition.", _f("""
        change string unchanged, reworded, moved (left the order of the others), added, removed, split (added, most of its rows from one old target that continues) or merged (removed, most of its rows now under one new target that continues another)
        old_target_id string target_id in the old edition
        new_target_id string target_id in the new edition
        old_seq integer seq in the old edition
        new_seq integer seq in the new edition
        similarity number word similarity of the two texts, 0 to 1 (1.000 when their keys are equal)
        label_changed boolean 1 when the label differs (具体目標1 → 具体目標2); empty unless paired
        text_changed boolean 1 when the texts' keys differ; empty unless paired
        split_from string for a split target: the old target_id it was split from
        merged_into string for a merged target: the new target_id it went into
        old_label string label in the old edition
        new_label string label in the new edition
        old_text string the old text
        new_text string the new text""")),
    Dataset("ministry_summary.csv", "Per ministry: initiatives and leads in each edition, gained and lost.", _f("""
        view string printed (ids as printed) or merged (successions merged: IT室 counted as デジ庁)
        ministry_id string canonical id
        name string official name
        initiatives_old integer initiatives naming it in the old edition
        initiatives_new integer initiatives naming it in the new edition
        gained integer rows that name it now and did not (added rows included)
        lost integer rows that named it and do not now (removed rows included)
        leads_old integer rows it leads in the old edition
        leads_new integer rows it leads in the new edition
        leads_gained integer rows it leads now and did not
        leads_lost integer rows it led and does not now"""), ("view", "ministry_id")),
    Dataset("lineage.csv", "Each initiative followed across editions: one row per lineage and edition.", _f("""
        lineage_id string L0001 … in order of first appearance
        edition string the edition
        seq integer seq in that edition
        initiative_id string initiative_id in that edition
        target_id string target_id in that edition
        change_from_previous string the text's change since the previous edition, as in changes.csv (unchanged, modified, moved; added where it starts in a later edition): a ministry or lead change alone stays unchanged (compare ministries and lead); empty where the lineage starts in the first
        split_from string lineage_id of the row this one was split from (its lineage starts here), |-joined
        merged_from string lineage_ids of the rows merged into this one (their lineages end before it), |-joined
        ministries string canonical ids, |-joined
        lead string lead ids, |-joined
        text string the text in that edition"""), ("lineage_id", "edition")),
    Dataset("lineage_links.csv", "Every link between initiatives of consecutive editions, splits and merges included.", _f("""
        edition_from string the older edition
        seq_from integer seq of the row in the older edition
        edition_to string the next edition
        seq_to integer seq of the row in the next edition
        relation string continues (the same initiative), split (the older row was split and this is a further piece) or merged (the older row was merged into this one)
        similarity number word similarity of the two texts, 0 to 1"""), ("edition_from", "seq_from", "edition_to", "seq_to")),
    Dataset("target_lineage.csv", "Each 具体目標 followed across editions: one row per target lineage and edition.", _f("""
        target_lineage_id string TL0001 … in order of first appearance; the same while the target is paired edition to edition
        edition string the edition
        seq integer seq in that edition (targets.seq)
        target_id string target_id in that edition
        label string label in that edition
        change_from_previous string the target's change since the previous edition (unchanged, reworded, moved, added, split); empty in the first
        split_from string target_lineage_id of the target this one was split from, |-joined
        merged_from string target_lineage_ids of the targets merged into this one, |-joined
        text string the text in that edition"""), ("target_lineage_id", "edition")),
)

BY_FILE = {d.file: d for d in EDITION_DATASETS + DIFF_DATASETS}


def columns(file: str) -> list[str]:
    return BY_FILE[file].columns


def _resource(d: Dataset, bom: bool) -> dict:
    fields = []
    for f in d.fields:
        field: dict = {"name": f.name, "type": f.type, "description": f.description}
        if f.type == "boolean":
            field.update(trueValues=["1"], falseValues=["0"])
        fields.append(field)
    schema: dict = {"fields": fields, "missingValues": [""]}
    if d.primary_key:
        schema["primaryKey"] = list(d.primary_key)
    if d.foreign_keys:
        schema["foreignKeys"] = [{"fields": list(a), "reference": {"resource": f.removesuffix(".csv"), "fields": list(b)}}
                                 for a, f, b in d.foreign_keys]
    return {"name": d.file.removesuffix(".csv"), "path": d.file, "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8-sig" if bom else "utf-8",
            "description": d.description, "schema": schema}


_SAFE_PATH = regex.compile(r"^(?=^[^./~])(^((?!\.{2}).)*$)")   # the Data Package spec's relative path


def source(title: str, path: str, **more: str) -> dict:
    """A `sources` entry: the path only where the spec takes it (no leading . / ~, no ..)."""
    return {"title": title, **({"path": path} if _SAFE_PATH.match(path) else {}), **more}


def created(date: str) -> str | None:
    """A printed ISO date (YYYY-MM-DD, or YYYY-MM) as an RFC 3339 datetime for `created`.

    `created` is the date printed on the source, not the time of the run: the descriptor
    stays byte-identical on a rerun. The time a folder was written is its files' time
    (`ai-strategy ls` shows it)."""
    m = regex.fullmatch(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?", date or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '01'}T00:00:00Z" if m else None


def datapackage(name: str, files: list[str], bom: bool = False, meta: dict | None = None) -> dict:
    """The Data Package descriptor of a folder holding `files` (those with a schema); `meta`
    (title, created, sources, …) goes before the resources."""
    present = [BY_FILE[f] for f in files if f in BY_FILE]
    resources = []
    for d in present:
        r = _resource(d, bom)
        keys = r["schema"].get("foreignKeys", [])
        r["schema"]["foreignKeys"] = [k for k in keys if k["reference"]["resource"] + ".csv" in files]
        if not r["schema"]["foreignKeys"]:
            del r["schema"]["foreignKeys"]
        resources.append(r)
    return {"profile": "tabular-data-package", "name": name,
            **{k: v for k, v in (meta or {}).items() if v not in (None, "", [])}, "resources": resources}
