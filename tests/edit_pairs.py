"""A generator of edition pairs with planted edits, made from any edition's datasets.

`make_pair(edition, seed)` returns (old, new, truth): `old` is the edition as loaded, `new` a
copy edited at random (the seed decides), `truth` one row per initiative of either side with
the change planted and the ministry and lead changes, in the column names of the corpus diffs.

Edits: rows removed; rows added that are unrelated but share boilerplate endings and
vocabulary; rows reworded (a year changed, an ending changed, a modifier inserted, a
parenthesis dropped, a clause appended); rows moved to another target, some also reworded;
ministries added or removed; leads changed; targets reworded (their rows stay theirs); texts
printed twice (a 再掲 copy under another target), one copy then edited.
"""
from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

import regex

from normalizers.text import key
from pipeline.diff.load import EditionData, Item, TargetRec, target_key

MINISTRIES = ["科技", "総", "文", "経", "国", "厚", "農", "環", "防", "デジ庁", "外", "警", "法", "知財"]
TOPICS = ["海洋プラスチックごみの削減", "遠隔医療サービスの普及", "量子暗号通信網の整備", "農業用ドローンの実装",
          "観光地の混雑予測", "防災気象情報の高度化", "港湾物流の自動化", "森林資源の把握", "水道管路の劣化診断",
          "伝統工芸の技能継承", "地域公共交通の維持", "食品ロスの可視化", "文化財のデジタルアーカイブ化",
          "海外人材の受入れ環境", "宇宙ゴミの監視", "下水道の維持管理", "鳥獣被害の抑制", "離島の通信環境"]
ENDINGS = ["に向けた研究開発を推進", "の実現に向けた取組を推進", "に関する実証を実施", "のためのAI活用を推進",
           "に係る技術開発を推進", "に関する調査研究を実施", "の高度化に向けた研究開発の推進"]
MODIFIERS = ["更なる", "戦略的な", "効果的な", "国際的な", "持続的な"]
CLAUSES = ["、及びその成果の普及展開", "を通じた国際競争力の強化", "、並びに関係機関との連携強化",
           "に係る人材の確保"]
_YEAR = regex.compile(r"(20[0-9]{2})")
_PAREN = regex.compile(r"[（(][^（）()]{1,40}[）)]")
_END_SWAPS = [("を推進", "の推進"), ("の推進", "を推進"), ("を実施", "に取り組む"), ("を行う", "を実施"),
              ("の構築", "を構築"), ("を構築", "の構築"), ("の強化", "を強化"), ("を強化", "の強化")]


def reword(text: str, rng: random.Random) -> str:
    """The text reworded by one or two of the edits above; its key always changes."""
    ops = [_year, _ending, _modifier, _paren, _clause]
    out = text
    for op in rng.sample(ops, k=rng.choice([1, 1, 2])):
        out = op(out, rng)
    return out if key(out) != key(text) else _clause(text, rng)


def _year(text: str, rng: random.Random) -> str:
    m = _YEAR.search(text)
    return text[:m.start()] + str(int(m.group(1)) + rng.choice([-1, 1, 2])) + text[m.end():] if m else _modifier(text, rng)


def _ending(text: str, rng: random.Random) -> str:
    for old, new in _END_SWAPS:
        if text.endswith(old):
            return text[: -len(old)] + new
    return text + "を推進" if not text.endswith("推進") else text[:-2] + "強化"


def _modifier(text: str, rng: random.Random) -> str:
    spots = [m.end() for m in regex.finditer(r"の|、", text)] or [0]
    at = rng.choice(spots)
    return text[:at] + rng.choice(MODIFIERS) + text[at:]


def _paren(text: str, rng: random.Random) -> str:
    m = _PAREN.search(text)
    return text[:m.start()] + text[m.end():] if m and len(text) - (m.end() - m.start()) > 8 else _ending(text, rng)


def _clause(text: str, rng: random.Random) -> str:
    return text + rng.choice(CLAUSES)


def unrelated(rng: random.Random, ending_of: str, head_of: str) -> str:
    """A new row that is no edit of any old one but shares its vocabulary: a topic the edition
    does not have, or the opening words of a row kept elsewhere (which stays where it is), then
    shared boilerplate or the last characters of an existing row."""
    ending = ending_of[-rng.randint(4, 6):] if rng.random() < 0.5 else rng.choice(ENDINGS)
    head = rng.choice(TOPICS) if rng.random() < 0.5 else head_of[: max(len(head_of) // 3, 6)]
    return head + ending


def _ministry_edit(it: Item, rng: random.Random) -> Item:
    mins = list(it.ministries)
    if len(mins) > 1 and rng.random() < 0.5:
        gone = rng.choice([m for m in mins if m not in it.lead] or mins)
        mins.remove(gone)
    else:
        mins.append(rng.choice([m for m in MINISTRIES if m not in mins]))
    return replace(it, ministries=mins, lead=[m for m in it.lead if m in mins])


def _lead_edit(it: Item, rng: random.Random) -> Item:
    mins = list(it.ministries) if len(it.ministries) > 1 else it.ministries + [rng.choice(MINISTRIES[:4])]
    mins = list(dict.fromkeys(mins))
    choices = [m for m in mins if [m] != it.lead]
    return replace(it, ministries=mins, lead=[rng.choice(choices)])


class _Plan:
    """The new edition being made: per target, its rows (each with its planted change)."""

    def __init__(self, ed: EditionData):
        self.targets = [replace(t) for t in ed.targets if not t.reposted]
        self.rows: dict[str, list[tuple[Item | None, Item, str]]] = {t.id: [] for t in self.targets}
        for it in ed.items:
            if it.target_id in self.rows:
                self.rows[it.target_id].append((it, replace(it), "unchanged"))


KINDS = ["removed", "modified", "moved", "ministries", "lead", "moved_reworded", "modified"]


def make_pair(ed: EditionData, seed: int) -> tuple[EditionData, EditionData, list[dict]]:
    rng = random.Random(seed)
    old = _with_copies(ed, rng)
    plan = _Plan(old)
    tids = [t.id for t in plan.targets]
    rows = [row[0] for tid in tids for row in plan.rows[tid]]
    rng.shuffle(rows)
    # which of two identical copies with the same ministries moved or went is not observable:
    # only texts printed once are moved or removed (the copies are edited in place instead)
    count = Counter(r.key for r in rows)
    rows = [r for r in rows if count[r.key] == 1] + [r for r in rows if count[r.key] > 1]
    n = max(len(rows) // 30, 3)
    kind_of = {id(r): kind for k, kind in enumerate(KINDS) for r in rows[k * n:(k + 1) * n]}
    for copy in rng.sample([r for r in rows if count[r.key] > 1], k=min(2, sum(count[r.key] > 1 for r in rows))):
        kind_of[id(copy)] = "modified"   # one copy of a text printed twice is edited
    _apply(plan, kind_of, rng, tids)
    _add_unrelated(plan, rng, n, [it.text for it in old.items])
    _reword_targets(plan, rng, tids)
    return old, *_flatten(old, plan)


def _with_copies(ed: EditionData, rng: random.Random) -> EditionData:
    """The edition with two rows printed again under other targets (a 再掲 copy)."""
    items = list(ed.items)
    targets = [t for t in ed.targets if not t.reposted]
    for _ in range(2):
        src = rng.choice(items)
        dest = rng.choice([t for t in targets if t.id != src.target_id])
        at = max((k for k, it in enumerate(items) if it.target_id == dest.id), default=len(items) - 1)
        items.insert(at + 1, replace(src, id=src.id + "~copy", target_id=dest.id, target_text=dest.text))
    items = [replace(it, seq=k) for k, it in enumerate(items, start=1)]
    return EditionData(ed.edition, items, list(ed.targets))


def _edit(o: Item, n: Item, kind: str, rng: random.Random) -> tuple[Item, str]:
    if kind == "modified":
        t = reword(n.text, rng)
        return replace(n, text=t, key=key(t)), "modified"
    if kind == "ministries":
        return _ministry_edit(n, rng), "unchanged"
    if kind == "lead":
        return _lead_edit(n, rng), "unchanged"
    if kind == "moved_reworded":
        t = reword(n.text, rng)
        return replace(n, text=t, key=key(t)), "moved"
    return n, kind


def _apply(plan: _Plan, kind_of: dict[int, str], rng: random.Random, tids: list[str]) -> None:
    """Each row edited as planned; moved rows leave their target for a random other one."""
    moving: list[tuple[str, tuple]] = []
    for tid in tids:
        kept = []
        for o, n, _ in plan.rows[tid]:
            assert o is not None
            n, change = _edit(o, n, kind_of.get(id(o), "unchanged"), rng)
            if change == "moved":
                moving.append((tid, (o, n, change)))
            else:
                kept.append((o, n, change))
        plan.rows[tid] = kept
    for tid, (o, n, change) in moving:
        dest = rng.choice([t for t in tids if t != tid])
        plan.rows[dest].insert(rng.randint(0, len(plan.rows[dest])), (o, replace(n, target_id=dest), change))


def _add_unrelated(plan: _Plan, rng: random.Random, n: int, texts: list[str]) -> None:
    removed = [o.text for rows in plan.rows.values() for o, _, c in rows if c == "removed" and o]
    kept = [o.text for rows in plan.rows.values() for o, _, c in rows if c == "unchanged" and o]
    for _ in range(n):
        tid = rng.choice(list(plan.rows))
        t = unrelated(rng, rng.choice(removed or texts), rng.choice(kept or texts))
        row = Item("new", 0, t, key(t), tid, "", [rng.choice(MINISTRIES)], [])
        plan.rows[tid].insert(rng.randint(0, len(plan.rows[tid])), (None, row, "added"))


def _reword_targets(plan: _Plan, rng: random.Random, tids: list[str]) -> None:
    for tid in rng.sample(tids, k=min(2, len(tids))):
        k = next(i for i, t in enumerate(plan.targets) if t.id == tid)
        t = plan.targets[k]
        text = reword(t.text, rng)
        plan.targets[k] = replace(t, id=t.id + "~new", text=text, key=target_key(text))
        plan.rows[t.id] = [(o, replace(n, target_id=t.id + "~new"), c) for o, n, c in plan.rows[t.id]]
        plan.rows[t.id + "~new"] = plan.rows.pop(t.id)


def _flatten(old: EditionData, plan: _Plan) -> tuple[EditionData, list[dict]]:
    items: list[Item] = []
    truth: list[dict] = []
    new_id = {t.id: t for t in plan.targets}
    for t in plan.targets:
        for o, n, change in plan.rows[t.id]:
            if change == "removed":
                truth.append(_truth("removed", o, None))
                continue
            item = replace(n, seq=len(items) + 1, target_id=t.id, target_text=new_id[t.id].text)
            items.append(item)
            truth.append(_truth(change, o, item))
    targets = [replace(t, seq=k) for k, t in enumerate(plan.targets, start=1)]
    return EditionData(old.edition + "x", items, targets), truth


def _truth(change: str, o: Item | None, n: Item | None) -> dict:
    if o is not None and n is not None and change == "unchanged" and o.key != n.key:
        change = "modified"
    both = o is not None and n is not None
    return {"change": change, "old_seq": str(o.seq) if o else "", "new_seq": str(n.seq) if n else "",
            "ministries_added": "|".join(m for m in n.ministries if m not in o.ministries) if both else "",
            "ministries_removed": "|".join(m for m in o.ministries if m not in n.ministries) if both else "",
            "lead_old": "|".join(o.lead) if o else "", "lead_new": "|".join(n.lead) if n else ""}


def write_edition(folder, ed: EditionData) -> None:
    """An edition as the folder `extract` writes (targets.csv, initiatives.csv, document.json),
    for feeding the command line."""
    import json
    from pathlib import Path

    from pipeline.schema import columns
    from pipeline.writers import csv_bytes

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    targets = [{"target_id": t.id, "seq": t.seq, "label": t.label, "text": t.text, "reposted": int(t.reposted),
                "page": 1} for t in ed.targets]
    rows = [{"initiative_id": it.id, "seq": it.seq, "target_id": it.target_id, "text": it.text,
             "ministries": "|".join(it.ministries), "lead": "|".join(it.lead), "page_start": 1, "page_end": 1}
            for it in ed.items]
    (folder / "targets.csv").write_bytes(csv_bytes(columns("targets.csv"), targets))
    (folder / "initiatives.csv").write_bytes(csv_bytes(columns("initiatives.csv"), rows))
    (folder / "document.json").write_text(json.dumps({"kind": "edition", "edition": ed.edition[:4]}), encoding="utf-8")


def large_edition(edition: str, rows: int, targets: int = 50, seed: int = 0) -> EditionData:
    """An edition of `rows` initiatives under `targets` targets, made of the generator's
    vocabulary (topics, modifiers, endings, numbers): a load test for the diff."""
    rng = random.Random(seed)
    tlist = [TargetRec(f"T{k:010x}", k, "具体目標", f"{TOPICS[k % len(TOPICS)]}に関する目標{k}", "",
                       "", False) for k in range(1, targets + 1)]
    tlist = [replace(t, key=target_key(t.text)) for t in tlist]
    items = []
    for k in range(1, rows + 1):
        t = tlist[(k - 1) * targets // rows]
        text = (f"{rng.choice(MODIFIERS)}{rng.choice(TOPICS)}（{2000 + rng.randrange(40)}年度に"
                f"{rng.randrange(1, 10_000)}件）{rng.choice(ENDINGS)}")
        items.append(Item(f"I{k:010x}", k, text, key(text), t.id, t.text, [rng.choice(MINISTRIES)], []))
    return EditionData(edition, items, tlist)
