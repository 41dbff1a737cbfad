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
from dataclasses import dataclass, replace

import regex

from normalizers.variants import compare_key as key
from normalizers.words import content_words
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


@dataclass
class Case:
    """A planted pair: the editions, one truth row per initiative of either side (with the
    planted edit in `edit`), the planted row links (old_seq, new_seq, split|merged) and the
    planted target truth (one row per target of either side: old/new seq, change, label_changed,
    and split/merged links as (old_seq, new_seq, relation))."""
    old: EditionData
    new: EditionData
    rows: list[dict]
    links: list[tuple[str, str, str]]
    targets: list[dict]
    target_links: list[tuple[str, str, str]]


class _Plan:
    """The new edition being made: per target, its rows (each with its planted change)."""

    def __init__(self, ed: EditionData):
        self.targets = [replace(t) for t in ed.targets if not t.reposted]
        self.source = {t.id: t for t in self.targets}        # new target id → old target
        self.rows: dict[str, list[tuple[Item | None, Item, str]]] = {t.id: [] for t in self.targets}
        self.edit: dict[int, str] = {}                        # id(old or new item) → planted edit
        self.links: list[tuple[Item, Item, str]] = []         # (old item, new item, split | merged)
        self.target_links: list[tuple[TargetRec, TargetRec, str]] = []
        self.elsewhere: list[tuple[str, Item]] = []            # (target id, split piece put there)
        for it in ed.items:
            if it.target_id in self.rows:
                self.rows[it.target_id].append((it, replace(it), "unchanged"))


KINDS = ["removed", "modified", "moved", "ministries", "lead", "moved_reworded", "modified"]
SPECIAL = ["twin", "glyph", "split", "merge", "succession"]
# glyph variants an edition may print where the other printed the first: each pair prints the same
GLYPHS = [("～", "〜"), ("〜", "～"), ("－", "−"), ("−", "‐"), ("‐", "‑"), ("・", "･"), ("AI", "A I"), ("AI", "ＡＩ"),
          ("ＡＩ", "AI"), ("ICT", "I C T"), ("1", "１"), ("2", "２")]
_GLYPH_PLANTS = ["（令和3～7年度）", "（2021－2025年）", "（データ・AI）", "（ICT活用）"]


def make_pair(ed: EditionData, seed: int) -> tuple[EditionData, EditionData, list[dict]]:
    case = make_case(ed, seed)
    return case.old, case.new, case.rows


def make_case(ed: EditionData, seed: int, plant_old: bool = True) -> Case:
    """Edits planted at random (the seed decides). With plant_old the old edition is first
    given what some edits need (a 再掲 copy, a reworded twin elsewhere, a glyph to vary, an
    IT室); without, only the new edition is made (so that cases chain into lineages)."""
    rng = random.Random(seed)
    old = _with_copies(ed, rng) if plant_old else ed
    old, roles = _plant_old(old, rng) if plant_old else (old, {})
    plan = _Plan(old)
    tids = [t.id for t in plan.targets]
    rows = [row[0] for tid in tids for row in plan.rows[tid]]
    rng.shuffle(rows)
    # which of two identical copies with the same ministries moved or went is not observable:
    # only texts printed once are moved or removed (the copies are edited in place instead)
    count = Counter(r.key for r in rows)
    twins = _near_twins(rows)
    free = [r for r in rows if count[r.key] == 1 and r.id not in roles and r.id not in twins]
    n = max(len(rows) // 40, 3)
    kind_of = {id(r): kind for k, kind in enumerate(KINDS) for r in free[k * n:(k + 1) * n]}
    rest = free[len(KINDS) * n:]
    for copy in rng.sample([r for r in rows if count[r.key] > 1], k=min(2, sum(count[r.key] > 1 for r in rows))):
        kind_of[id(copy)] = "modified"   # one copy of a text printed twice is edited
    _plan_new_side(roles, rest, rng, n)
    _apply(plan, kind_of, rng, tids)
    _apply_special(plan, roles, rng)
    _add_unrelated(plan, rng, n, [it.text for it in old.items])
    _reword_targets(plan, rng, tids)
    _renumber_targets(plan, rng)
    _split_target(plan, rng)
    _merge_targets(plan, rng)
    return _flatten(old, plan)


def _near_twins(rows: list[Item]) -> set[str]:
    """Ids of rows printed almost alike elsewhere (content words 90% the same): which of two
    such rows moved or split is no more observable than for identical copies, so they are
    only edited in place."""
    words = [set(content_words(r.text)) for r in rows]
    out = set()
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            if words[i] and len(words[i] & words[j]) >= 0.9 * len(words[i] | words[j]):
                out |= {rows[i].id, rows[j].id}
    return out


def _plant_old(ed: EditionData, rng: random.Random) -> tuple[EditionData, dict[str, tuple]]:
    """The old edition with: twins (a row's one-number rewording printed under another target),
    glyphs to vary (a phrase planted where a row has none), IT室 among some rows' ministries.
    Returns it with the roles of the rows concerned (initiative_id → (role, …))."""
    items = list(ed.items)
    count = Counter(it.key for it in items)
    pool = [k for k, it in enumerate(items) if count[it.key] == 1]
    rng.shuffle(pool)
    roles: dict[str, tuple] = {}
    twins = []
    for k in pool[:3]:
        a = items[k]
        base = a.text if regex.search(r"[0-9]", a.text) else a.text + f"（{rng.choice([2024, 2025])}年度までに150件）"
        items[k] = replace(a, text=base, key=key(base))
        others = [t for t in ed.targets if t.id != a.target_id and not t.reposted]
        twins.append((items[k], _number_edit(base, rng), rng.choice(others), rng.random() < 0.5))
    for k in pool[3:6]:
        it = items[k]
        if not any(v in it.text for v, _ in GLYPHS):
            t = it.text + rng.choice(_GLYPH_PLANTS)
            items[k] = replace(it, text=t, key=key(t))
        roles[it.id] = ("glyph",)
    for k in pool[6:9]:
        it = items[k]
        mins = list(it.ministries) or ["総"]
        was, mins[0] = mins[0], "IT室"
        items[k] = replace(it, ministries=list(dict.fromkeys(mins)), lead=["IT室" if m == was else m for m in it.lead])
        roles[it.id] = ("succession",)
    for a, twin, dest, keep in twins:
        at = max((j for j, it in enumerate(items) if it.target_id == dest.id), default=len(items) - 1)
        b = replace(a, id=a.id + "~twin", text=twin, key=key(twin), target_id=dest.id, target_text=dest.text)
        items.insert(at + 1, b)
        roles[a.id] = ("twin", b.id)
        roles[b.id] = ("twin_b", keep)
    return EditionData(ed.edition, [replace(it, seq=j) for j, it in enumerate(items, start=1)], list(ed.targets)), roles


def _number_edit(text: str, rng: random.Random) -> str:
    """The text with one of its numbers changed (a year moved on, a count raised)."""
    spots = list(regex.finditer(r"[0-9]+", text))
    m = spots[-1] if len(spots) < 2 else rng.choice(spots)
    value = int(m.group(0))
    return text[:m.start()] + str(value + rng.choice([1, 2, 3, 5]) if value < 10 ** 9 else value - 1) + text[m.end():]


def _plan_new_side(roles: dict[str, tuple], rest: list[Item], rng: random.Random, n: int) -> None:
    """Edits that need nothing of the old edition: splits, merges of neighbours, glyph variants
    and successions where the rows allow them."""
    rest = list(rest)
    for it in [r for r in rest if r.id not in roles and _split_text(r.text)][: max(n // 2, 2)]:
        roles[it.id] = ("split",)
    for it in [r for r in rest if r.id not in roles and any(v in r.text for v, _ in GLYPHS)][:2]:
        roles[it.id] = ("glyph",)
    for it in [r for r in rest if r.id not in roles and "IT室" in r.ministries][:2]:
        roles[it.id] = ("succession",)
    for it in [r for r in rest if r.id not in roles][: max(n // 2, 2)]:
        roles[it.id] = ("merge",)


def _split_text(text: str) -> tuple[str, str] | None:
    """Two pieces of a text, cut after the 、 (or 及び, 並びに) nearest the middle; None when
    no cut leaves ten characters either side."""
    cuts = [m for m in regex.finditer(r"、|及び|並びに", text) if m.start() >= 10 and len(text) - m.end() >= 10]
    if not cuts:
        return None
    m = min(cuts, key=lambda m: (abs(m.start() - len(text) // 2), m.start()))
    return text[:m.start()], text[m.end():]


def _apply_special(plan: _Plan, roles: dict[str, tuple], rng: random.Random) -> None:
    """The edits of _plant_old and _plan_new_side, each in place in its target."""
    count = Counter(o.key for rows in plan.rows.values() for o, _, _ in rows if o is not None)
    repeated = {k for k, c in count.items() if c > 1}
    for tid in list(plan.rows):
        out: list[tuple[Item | None, Item, str]] = []
        rows = plan.rows[tid]
        k = 0
        while k < len(rows):
            o, n, change = rows[k]
            role = roles.get(o.id, ("",)) if o is not None and change == "unchanged" else ("",)
            k += 1
            if role[0] == "merge" and k < len(rows) and _mergeable(rows[k], roles, repeated):
                out.append(_merge(plan, (o, n), rows[k]))
                plan.edit[id(rows[k][0])] = "merge"
                out.append((rows[k][0], rows[k][1], "removed"))
                k += 1
            else:
                out += _special(plan, role, o, n, change, rng)
        plan.rows[tid] = out
    for tid, piece in plan.elsewhere:
        plan.rows[tid].append((None, piece, "added"))     # _flatten sets its target


def _mergeable(row: tuple, roles: dict[str, tuple], repeated: set[str]) -> bool:
    o, _, change = row
    return o is not None and change == "unchanged" and o.id not in roles and o.key not in repeated


def _merge(plan: _Plan, first: tuple, second: tuple) -> tuple[Item, Item, str]:
    (o1, n1), (o2, _, _) = first, second
    text = n1.text + "、並びに" + o2.text
    merged = replace(n1, text=text, key=key(text))
    plan.edit[id(o1)] = "merge"
    plan.links.append((o2, merged, "merged"))
    return o1, merged, "modified"


def _special(plan: _Plan, role: tuple, o, n, change: str, rng: random.Random) -> list[tuple]:
    if not role[0]:
        return [(o, n, change)]
    plan.edit[id(o)] = role[0]
    if role[0] == "split":
        a, b = _split_text(n.text) or (n.text, "")
        a = a + rng.choice(["", "", "を推進", "を実施"])     # a piece may get an ending of its own
        first, second = replace(n, text=a, key=key(a)), replace(n, id=n.id + "~split", text=b, key=key(b))
        plan.edit[id(second)] = "split"
        plan.links.append((o, second, "split"))
        if rng.random() < 0.3:    # the second piece under another target
            plan.elsewhere.append((rng.choice([t.id for t in plan.targets if t.id != n.target_id]), second))
            return [(o, first, "modified")]
        return [(o, first, "modified"), (None, second, "added")]
    if role[0] == "twin":
        twin = next(r for rows in plan.rows.values() for r in rows if r[0] is not None and r[0].id == role[1])
        return [(o, replace(n, text=twin[0].text, key=twin[0].key), "modified")]
    if role[0] == "twin_b":
        return [(o, n, "unchanged" if role[1] else "removed")]
    if role[0] == "glyph":
        pairs = [(v, w) for v, w in GLYPHS if v in n.text]
        v, w = rng.choice(pairs)
        t = n.text.replace(v, w, 1)
        return [(o, replace(n, text=t), "unchanged")]
    if role[0] == "succession":
        mins = ["デジ庁" if m == "IT室" else m for m in n.ministries]
        return [(o, replace(n, ministries=list(dict.fromkeys(mins)), lead=["デジ庁" if m == "IT室" else m for m in n.lead]),
                 "unchanged")]
    return [(o, n, change)]


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
            if id(o) in kind_of:
                plan.edit[id(o)] = kind_of[id(o)]
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
    for k in range(n):
        tid = rng.choice(list(plan.rows))
        t = unrelated(rng, rng.choice(removed or texts), rng.choice(kept or texts))
        row = Item(f"new{k}~{key(t)[:6]}", 0, t, key(t), tid, "", [rng.choice(MINISTRIES)], [])
        plan.rows[tid].insert(rng.randint(0, len(plan.rows[tid])), (None, row, "added"))


def _reword_targets(plan: _Plan, rng: random.Random, tids: list[str]) -> None:
    for tid in rng.sample(tids, k=min(2, len(tids))):
        k = next(i for i, t in enumerate(plan.targets) if t.id == tid)
        t = plan.targets[k]
        text = reword(t.text, rng)
        plan.targets[k] = replace(t, id=t.id + "~new", text=text, key=target_key(text))
        plan.source[t.id + "~new"] = plan.source.pop(t.id)
        plan.rows[t.id + "~new"] = plan.rows.pop(t.id)


def _renumber_targets(plan: _Plan, rng: random.Random) -> None:
    """A run of targets renumbered (具体目標1 → 具体目標2): label only, the same target."""
    start = rng.randrange(max(len(plan.targets) - 3, 1))
    for k in range(start, min(start + 3, len(plan.targets))):
        t = plan.targets[k]
        m = regex.search(r"([0-9]+)$", t.label)
        label = t.label[:m.start()] + str(int(m.group(1)) + 1) if m else (t.label or "具体目標") + "2"
        plan.targets[k] = replace(t, label=label)


def _live(plan: _Plan, tid: str) -> list[int]:
    """Positions of the rows that stay under the target and were its own in the old edition."""
    src = plan.source.get(tid)
    return [k for k, (o, _, c) in enumerate(plan.rows[tid])
            if c != "removed" and o is not None and src is not None and o.target_id == src.id]


def _has_twin(plan: _Plan, tid: str) -> bool:
    """A target holding a reworded twin (splitting it would make the twin's own target moot),
    or reworded itself: target edits are not stacked."""
    twin = any(o is not None and plan.edit.get(id(o)) == "twin" for o, _, _ in plan.rows[tid])
    return twin or tid not in plan.source or plan.source[tid].key != next(t.key for t in plan.targets if t.id == tid)


def _split_target(plan: _Plan, rng: random.Random) -> None:
    """A target split in two: the second half of its rows go under a new target that reads
    as a piece of the old one's text."""
    fit = [k for k, t in enumerate(plan.targets)
           if len(_live(plan, t.id)) >= 4 and t.id in plan.source and not _has_twin(plan, t.id)]
    if not fit:
        return
    k = rng.choice(fit)
    t = plan.targets[k]
    _, b = _split_text(t.text) or ("", t.text)
    piece = replace(t, id=t.id + "~split", text=b + "の実現", key=target_key(b + "の実現"), label=t.label)
    live = _live(plan, t.id)
    cut = live[len(live) // 2]
    plan.rows[piece.id] = [(o, n, c) for o, n, c in plan.rows[t.id][cut:] if c != "removed"]
    plan.rows[t.id] = plan.rows[t.id][:cut] + [r for r in plan.rows[t.id][cut:] if r[2] == "removed"]
    plan.targets.insert(k + 1, piece)
    plan.target_links.append((plan.source[t.id], piece, "split"))


def _merge_targets(plan: _Plan, rng: random.Random) -> None:
    """Two neighbouring targets made one: the second's rows go under the first."""
    split = {id(t) for link in plan.target_links for t in link}
    fit = [k for k in range(len(plan.targets) - 1)
           if all(t.id in plan.source and id(plan.source[t.id]) not in split and id(t) not in split
                  and _live(plan, t.id) and not _has_twin(plan, t.id) for t in plan.targets[k:k + 2])]
    if not fit:
        return
    k = rng.choice(fit)
    first, second = plan.targets[k], plan.targets.pop(k + 1)
    plan.rows[first.id] += plan.rows.pop(second.id)
    plan.target_links.append((plan.source.pop(second.id), first, "merged"))


def _flatten(old: EditionData, plan: _Plan) -> Case:
    items: list[Item] = []
    truth: list[dict] = []
    became = {src.id: tid for tid, src in plan.source.items()}
    seq_of: dict[int, int] = {}
    for t in plan.targets:
        for o, n, change in plan.rows[t.id]:
            item = None
            if change != "removed":
                item = replace(n, seq=len(items) + 1, target_id=t.id, target_text=t.text)
                items.append(item)
                seq_of[id(n)] = item.seq
            truth.append(_truth(change, o, item, became, plan.edit.get(id(o) if o else id(n), change)))
    targets = [replace(t, seq=k) for k, t in enumerate(plan.targets, start=1)]
    new = EditionData(old.edition + "x", items, targets)
    links = [(str(o.seq), str(seq_of[id(n)]), rel) for o, n, rel in plan.links if id(n) in seq_of]
    return Case(old, new, truth, links, *_target_truth(old, targets, plan))


def _target_truth(old: EditionData, targets: list[TargetRec], plan: _Plan) -> tuple[list[dict], list]:
    new_seq = {t.id: t.seq for t in targets}
    rows = []
    for t in targets:
        src = plan.source.get(t.id)
        rows.append({"change": "added" if src is None else "unchanged" if src.key == t.key else "reworded",
                     "old_seq": str(src.seq) if src else "", "new_seq": str(t.seq),
                     "label_changed": "" if src is None else str(int(src.label != t.label))})
    kept = {src.id for src in plan.source.values()}
    rows += [{"change": "removed", "old_seq": str(t.seq), "new_seq": "", "label_changed": ""}
             for t in old.targets if t.id not in kept]
    links = [(str(o.seq), str(new_seq[n.id]), rel) for o, n, rel in plan.target_links]
    return rows, links


def _truth(change: str, o: Item | None, n: Item | None, became: dict[str, str], edit: str) -> dict:
    if o is not None and n is not None:
        same = became.get(o.target_id) == n.target_id
        change = "moved" if not same else "unchanged" if o.key == n.key else "modified"
    both = o is not None and n is not None
    return {"change": change, "old_seq": str(o.seq) if o else "", "new_seq": str(n.seq) if n else "",
            "ministries_added": "|".join(m for m in n.ministries if m not in o.ministries) if both else "",
            "ministries_removed": "|".join(m for m in o.ministries if m not in n.ministries) if both else "",
            "lead_old": "|".join(o.lead) if o else "", "lead_new": "|".join(n.lead) if n else "", "edit": edit}


def write_edition(folder, ed: EditionData) -> None:
    """An edition as the folder `extract` writes (targets.csv, initiatives.csv, document.json),
    for feeding the command line; its edition is the folder's name when that is a year."""
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
    edition = folder.name if regex.fullmatch(r"[0-9]{4}", folder.name) else ed.edition[:4]
    (folder / "document.json").write_text(json.dumps({"kind": "edition", "edition": edition}), encoding="utf-8")


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


def figures(folders: list[str], seeds: int) -> str:
    """F1 per change kind and per planted edit, pooled over `seeds` seeds of each edition
    folder, worst seed, and planted splits/merges linked: the figures the README quotes."""
    from pathlib import Path

    from pipeline.diff.compare import compare
    from pipeline.diff.load import load_edition
    from pipeline.diff.render import change_rows

    pooled: dict[str, list[int]] = {}
    worst: dict[str, float] = {}
    linked = planted = 0
    for folder in folders:
        ed = load_edition(Path(folder))
        for seed in range(seeds):
            case = make_case(ed, seed)
            d = compare(case.old, case.new)
            got = {(r["change"], str(r["old_seq"]), str(r["new_seq"])) for r in change_rows(d)}
            for name, truth in _groups_of(case.rows).items():
                olds, news = {t[1] for t in truth} - {""}, {t[2] for t in truth} - {""}
                claims = {g for g in got if g[1] in olds or g[2] in news} if name.startswith("edit ") else \
                         {g for g in got if g[0] == name}
                tp, g, t = len(claims & truth), len(claims), len(truth)
                pooled[name] = [a + b for a, b in zip(pooled.get(name, [0, 0, 0]), (tp, g, t))]
                worst[name] = min(worst.get(name, 1.0), 2 * tp / (g + t) if g + t else 1.0)
            links = {(str(x.old.seq), str(x.new.seq), x.relation) for x in d.links}
            linked, planted = linked + len(set(case.links) & links), planted + len(case.links)
    lines = [f"{name:24} F1 {2 * tp / (g + t):.4f}  (right {tp}, said {g}, planted {t}; worst seed {worst[name]:.3f})"
             for name, (tp, g, t) in sorted(pooled.items())]
    return "\n".join(lines + [f"planted splits and merges linked: {linked} of {planted}"]) + "\n"


def _groups_of(rows: list[dict]) -> dict[str, set[tuple[str, str, str]]]:
    out: dict[str, set[tuple[str, str, str]]] = {}
    for r in rows:
        t = (r["change"], r["old_seq"], r["new_seq"])
        out.setdefault(r["change"], set()).add(t)
        out.setdefault("edit " + r["edit"], set()).add(t)
    return out


if __name__ == "__main__":   # .venv/bin/python tests/edit_pairs.py out/2019 out/2021 out/2022 --seeds 9
    import sys

    args = sys.argv[1:]
    n = int(args[args.index("--seeds") + 1]) if "--seeds" in args else 9
    print(figures([a for a in args if not a.startswith("--") and not a.isdigit()], n), end="")
