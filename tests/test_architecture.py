"""The shape of the code, checked over the source tree:

- layers point one way: pipeline → extractors → normalizers (nothing imports upward) and there is
  no import cycle between modules;
- every function is at most 60 lines and 15 branches (if, conditional expressions, for, while,
  except handlers, comprehension loops and conditions, each extra operand of and/or).
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = {"pipeline": 2, "extractors": 1, "normalizers": 0}
MAX_LINES, MAX_BRANCHES = 60, 15


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in LAYERS:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            out[name] = path
    return out


def _imports(path: Path, name: str, modules: dict[str, Path]) -> set[str]:
    """The project modules that `path` imports (at any depth, TYPE_CHECKING blocks included)."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            targets = [base] + [f"{base}.{a.name}" for a in node.names]
        for t in targets:
            while t and t not in modules:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(path, name, modules) for name, path in modules.items()}


def test_no_module_imports_a_higher_layer():
    upward = [(a, b) for a, deps in _graph().items() for b in deps
              if LAYERS[b.split(".")[0]] > LAYERS[a.split(".")[0]]]
    assert not upward, upward


def test_no_import_cycle():
    graph = _graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, stack + [dep])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, cycles


def _branches(fn: ast.AST) -> int:
    count = 0
    stack = list(ast.iter_child_nodes(fn))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue  # counted on their own
        if isinstance(node, (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler)):
            count += 1
        elif isinstance(node, ast.comprehension):
            count += 1 + len(node.ifs)
        elif isinstance(node, ast.BoolOp):
            count += len(node.values) - 1
        stack.extend(ast.iter_child_nodes(node))
    return count


def test_functions_are_small():
    big = []
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                branches = _branches(node)
                if lines > MAX_LINES or branches > MAX_BRANCHES:
                    big.append(f"{name}.{node.name}: {lines} lines, {branches} branches")
    assert not big, "\n".join(big)


def test_product_code_is_mypy_clean():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:]


# Float literals allowed outside extractors/settings.py, each with its reason:
# 0.0 is no measure (an empty default, a rule with no width), never a threshold; budgets.py holds
# the resource budgets of a worker (time, memory), which tests change in forked workers.
FLOAT_EXCEPTIONS = {0.0}
FLOAT_EXEMPT_MODULES = {"extractors.settings", "extractors.budgets"}


def test_thresholds_live_only_in_the_settings():
    """No float literal in extractors/ outside the settings module (ints are counts and sizes
    of the data; a threshold is a float with a unit, and it has its one place)."""
    found = []
    for name, path in _modules().items():
        if not name.startswith("extractors.") or name in FLOAT_EXEMPT_MODULES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, float) and node.value not in FLOAT_EXCEPTIONS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}")
    assert not found, "\n".join(found)


def test_no_module_global_threshold_in_extractors():
    """Module-level numbers in extractors/ are the settings' (or the budgets'): a threshold set
    as a module global can't be passed down, and tests would have to patch it."""
    found = []
    for name, path in _modules().items():
        if not name.startswith("extractors.") or name in FLOAT_EXEMPT_MODULES:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Constant) \
                    and isinstance(node.value.value, (int, float)) and not isinstance(node.value.value, bool):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "\n".join(found)


def _patterns(path: Path) -> list[tuple[int, str]]:
    """The string patterns a module hands to regex/re (compile, match, search, sub, …)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id in ("regex", "re") and node.args:
            arg = node.args[0]
            parts = [arg] if isinstance(arg, ast.Constant) else list(getattr(arg, "values", []))
            text = "".join(p.value for p in parts if isinstance(p, ast.Constant) and isinstance(p.value, str))
            out.append((node.lineno, text))
    return out


# One place per decision: a pattern of extractors/numbering.py that decides a question about a line is matched
# in the module that decides it, its home, and nowhere else; the other stages read its answer (a mark on the
# record, a function of the home), never the pattern. Each entry: the pattern's name → its home.
DECISION_HOMES = {
    # is this line a label of the document — a stamp, a council paper's number, a status tag, a category tag
    # (labels.label_lines → Line.label, the labels pass; the cover matched them again over its rows until session 17)
    "STAMP": "extractors.labels", "PAPER_NUMBER": "extractors.labels",
    "STATUS_TAG": "extractors.labels", "CATEGORY_TAG": "extractors.labels",
    # is this line a row closed by its amount set flush right (LineRole.figured; headings asked it again)
    "with_its_figure": "extractors.line_roles",
    # which row of the first page is a web page's breadcrumb trail (cover._trail → Cover.crumbs; the headings found
    # it again over the flow's lines)
    "breadcrumb": "extractors.cover",
}


def _numbering_names(tree: ast.AST) -> set[str]:
    """The names a module takes from extractors/numbering.py: imported by name, or read as numbering.NAME."""
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                and n.module == "extractors.numbering" for a in n.names}
    return imported | {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
                       and isinstance(n.value, ast.Name) and n.value.id == "numbering"}


def test_each_decision_pattern_is_matched_in_its_home_only():
    """A decision pattern of numbering.py (DECISION_HOMES) is taken by its home module only: a second module
    taking it asks the home's question again, and may answer it otherwise (the cover read a 資料３ anywhere on
    its page as a stamp, the flow only at a page's top)."""
    found = []
    for name, path in _modules().items():
        if name == "extractors.numbering":
            continue
        taken = _numbering_names(ast.parse(path.read_text(encoding="utf-8")))
        found += [f"{path.relative_to(ROOT)}: {p} (its home: {home})" for p, home in DECISION_HOMES.items()
                  if p in taken and name != home]
    assert not found, "\n".join(found)


def _label_writes(tree: ast.AST) -> list[int]:
    """The lines of a module that write a line's label of the document: `x.label = …` (or setattr(x, "label",
    …)), a Line made with label=…, a record replaced with label=… in a module that takes Line."""
    takes_line = any(isinstance(n, ast.ImportFrom) and n.module == "extractors.records" and any(a.name == "Line" for a in n.names)
                     for n in ast.walk(tree))
    out = []
    for n in ast.walk(tree):
        targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, (ast.AugAssign, ast.AnnAssign)) else []
        if any(isinstance(t, ast.Attribute) and t.attr == "label" for t in targets):
            out.append(n.lineno)
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
            keyworded = any(k.arg == "label" for k in n.keywords)
            if (n.func.id == "Line" and keyworded) or (n.func.id == "replace" and keyworded and takes_line) \
                    or (n.func.id == "setattr" and len(n.args) > 1 and getattr(n.args[1], "value", None) == "label"):
                out.append(n.lineno)
    return out


def test_only_the_labels_pass_writes_a_lines_label():
    """A line's label of the document (Line.label: a stamp, a paper's number, a status or category tag) is written by
    the labels pass alone (extractors/labels.py, label_lines: the document in, a new one out), once, before the
    cover and the flow; every other module reads it. (Until session 18 furniture.mark_labels set it in place,
    memoised on the document, run by whichever of the cover and the flow read the document first.)"""
    found = [f"{path.relative_to(ROOT)}:{line}" for name, path in _modules().items() if name != "extractors.labels"
             for line in _label_writes(ast.parse(path.read_text(encoding="utf-8")))]
    assert not found, "\n".join(found)


# The functions line_roles.py computes a LineRole field with (field in brackets): a stage after the line roles
# reads the field (Flow.roles), never calls the function again — the role is the line's one answer.
ROLE_MAKERS = {"mark_of": "mark", "reaches_edge": "reaches_edge", "style_of": "style", "continues_paragraph": "continues"}


def test_a_line_role_is_read_not_made_again():
    """No module but line_roles.py takes a function that makes a LineRole field (ROLE_MAKERS): the appendix
    asked mark_of of a 大目標's line and the paragraphs reaches_edge of an OCR'd line, where the roles held both."""
    found = []
    for name, path in _modules().items():
        if name == "extractors.line_roles":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        taken = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                 and n.module == "extractors.line_roles" for a in n.names}
        found += [f"{path.relative_to(ROOT)}: {f} (read LineRole.{field})" for f, field in ROLE_MAKERS.items() if f in taken]
    assert not found, "\n".join(found)


# a pattern this long (its text as written) asks a question of its own: a character class or a run of white
# space is shorter (\\p{Han}: a kanji, in ruby's base as in an OCR's words)
ONE_QUESTION = 8


def test_no_two_modules_compile_the_same_pattern():
    """A pattern of ONE_QUESTION characters or more is written in one module: two modules compiling the same
    one ask the same question twice (the (再掲) mark closing a reposted target's text, asked by the initiatives
    and again by the diff's loader; a run of white space of any kind, by normalizers.text and normalizers.variants)
    — the other imports it, or the function that asks it, from the first."""
    where: dict[str, set[str]] = {}
    for name, path in _modules().items():
        for line, pattern in _patterns(path):
            if len(pattern) >= ONE_QUESTION:
                where.setdefault(pattern, set()).add(f"{path.relative_to(ROOT)}:{line}")
    twice = {p: sorted(w) for p, w in where.items() if len({x.split(":")[0] for x in w}) > 1}
    assert not twice, twice


def test_each_numbering_pattern_is_defined_once():
    """Numbering systems, goal labels and item starts are patterns of extractors/numbering.py
    only (derived from its one table): no other module spells a label pattern of its own."""
    from extractors import numbering

    labels = [s.label for s in numbering.SYSTEMS if s.label]
    assert len(labels) == len(set(labels)), "two systems with one label pattern"
    markers = [*numbering.GOAL_KINDS, "\\u2460", "①", "第(", "[0-9０-９]+[.．]", *labels]
    found = []
    for name, path in _modules().items():
        if name == "extractors.numbering":
            continue
        for line, pattern in _patterns(path):
            found += [f"{path.relative_to(ROOT)}:{line}: {m!r}" for m in markers if m in pattern]
    assert not found, "\n".join(found)


# The cover's pieces the text must not hold twice: the paragraphs leave out the lines the cover read them from by
# where they stand (Cover.title_at, subtitle_at), never by matching their words (session 17's final read found six
# functions of paragraphs.py re-finding the title in the paragraphs by its text).
COVER_TEXTS = {"title", "subtitle", "issuer", "decided_by", "date_as_printed", "labels"}


def test_the_paragraphs_take_the_cover_s_boxes_never_its_words():
    """extractors/paragraphs.py takes no parameter named after a cover text (COVER_TEXTS) and reads none off a
    cover; pipeline/edition.py hands find_paragraphs and loose_paragraphs no cover text, only the boxes."""
    tree = ast.parse((ROOT / "extractors" / "paragraphs.py").read_text(encoding="utf-8"))
    params = {a.arg for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)
              for a in [*f.args.args, *f.args.kwonlyargs]}
    read = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
            and n.value.id == "cover"}
    assert not params & COVER_TEXTS and not read & COVER_TEXTS, (params | read) & COVER_TEXTS
    edition = ast.parse((ROOT / "pipeline" / "edition.py").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(edition) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
             and n.func.id in {"find_paragraphs", "loose_paragraphs"}]
    handed = {a.attr for c in calls for arg in [*c.args, *(k.value for k in c.keywords)]
              for a in ast.walk(arg) if isinstance(a, ast.Attribute)}
    assert calls and not handed & COVER_TEXTS, handed & COVER_TEXTS


# The modules of the structure stages after the cover: the heading stage takes the cover and reads where it read the
# title (cover.printed_title: Cover.title_at, the first page's lines by where they stand), never a cover text (session
# 19: find_headings took cover.title and re-found the title among the first page's lines by its words).
AFTER_THE_COVER = ("headings", "heading_levels", "heading_candidate", "deck_headings", "article_headings", "title_lines",
                   "schedule_rows", "neighbours", "contents", "contents_table", "furniture", "goals", "paragraphs")


def test_the_headings_take_the_cover_s_lines_never_its_words():
    """No module of AFTER_THE_COVER reads a cover text (COVER_TEXTS) off a cover (cover.title, cover.subtitle …), and
    pipeline/edition.py and pipeline/inspect.py hand find_headings, heading_candidates and slide_candidates none."""
    for name in AFTER_THE_COVER:
        tree = ast.parse((ROOT / "extractors" / f"{name}.py").read_text(encoding="utf-8"))
        read = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
                and n.value.id == "cover"}
        assert not read & COVER_TEXTS, (name, read & COVER_TEXTS)
    for where in ("edition", "inspect"):
        tree = ast.parse((ROOT / "pipeline" / f"{where}.py").read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                 and n.func.id in {"find_headings", "heading_candidates", "slide_candidates"}]
        handed = {a.attr for c in calls for arg in [*c.args, *(k.value for k in c.keywords)]
                  for a in ast.walk(arg) if isinstance(a, ast.Attribute)}
        assert calls or where == "inspect", where
        assert not handed & COVER_TEXTS, (where, handed & COVER_TEXTS)


# Lines that open with a label, one per numbering system of extractors/numbering.py (test below
# checks that each is read as that system), and the bullets and goal labels that open an item.
LABELLED = {"part": "第1部 総論", "chapter_kanji": "第一章 総論", "section_kanji": "第1節 総論", "dai": "第１　総論",
            "box": "ＢＯＸ１　総論", "roman": "Ⅰ. 総論", "roman_decimal": "Ⅰ－１　総論", "appended": "（付）総論", "decimal4": "1.1.1.1 総論", "decimal3": "1.1.1 総論", "decimal": "1.1 総論", "number": "1. 総論",
            "kanji": "一　総論", "zero_mark": "〇 総論", "paren_kanji": "(一) 総論", "bare_number": "１　総論", "paren_number": "（１） 総論",
            "half_paren_number": "1) 総論", "letter": "A. 総論", "small_letter": "a. 総論", "circled": "① 総論", "paren_letter": "(A) 総論", "paren_roman": "(ii) 総論",
            "katakana": "ア. 総論", "katakana_spaced": "ア　総論", "paren_katakana": "（ア）総論", "band": "【総論】",
            "angle_band": "＜総論＞", "bracket_band": "［総論］", "article": "第１条（総論）", "supplementary": "附　則（総論）",
            "appendix": "付録1 総論", "appendix_alone": "付　録", "attachment": "別紙１", "lone_attachment": "別紙", "schedule": "別表（第３条関係）", "annex": "（別紙）総論", "council_paper": "議案第１号　総論",
            "reference": "参考１ 算定方法", "book": "第一編 総則", "subsection_kanji": "第１款 総則",
            "division_kanji": "第１目 総則", "english_part": "PART I", "english_chapter": "CHAPTER 2 General",
            "english_division": "Division 1 — General provisions"}
ITEM_LINES = ["・ 総論", "○ 総論", "■ 総論", "※ 総論", "⑴ 総論", "１．総論", "ア．総論", "＜具体目標１＞ 総論", "大目標 総論"]
UNLABELLED = "総論"
ITEM_JUDGES = {"extractors.numbering", "extractors.line_roles"}


def _judges_a_start(pattern: str, used_with_match: bool) -> bool:
    """A pattern that judges how a line begins: anchored at its start, or used with match."""
    return used_with_match or regex_start(pattern)


def regex_start(pattern: str) -> bool:
    import regex

    return bool(regex.match(r"^(?:\(\?[a-zA-Z]+\))?(?:\^|\\A)", pattern))


def _start_patterns() -> list[tuple[str, str, object]]:
    """(module, where, compiled pattern) for every pattern of an extractors module that judges
    how a line begins (anchored with ^ or \\A, or used with .match/.fullmatch in the module):
    those held at module level (not imported from numbering.py) and the constant
    pattern strings handed to regex/re inside functions."""
    import importlib

    import regex

    out = []
    for name, path in _modules().items():
        if not name.startswith("extractors."):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        theirs = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                  and n.module == "extractors.numbering" for a in n.names}
        matched = {n.func.value.id for n in ast.walk(tree) if isinstance(n, ast.Call)
                   and isinstance(n.func, ast.Attribute) and n.func.attr in ("match", "fullmatch")
                   and isinstance(n.func.value, ast.Name)}
        module = importlib.import_module(name)
        out += [(name, attr, v) for attr, v in vars(module).items()
                if hasattr(v, "match") and isinstance(getattr(v, "pattern", None), str) and attr not in theirs
                and _judges_a_start(v.pattern, attr in matched)]
        for n in ast.walk(tree):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) \
                    and n.func.value.id in ("regex", "re") and n.args and isinstance(n.args[0], ast.Constant) \
                    and isinstance(n.args[0].value, str) and n.func.attr != "compile" \
                    and _judges_a_start(n.args[0].value, n.func.attr in ("match", "fullmatch")):
                out.append((name, f"line {n.lineno}", regex.compile(n.args[0].value)))
    return out


def test_only_the_line_roles_and_numbering_judge_where_an_item_starts():
    """No extractors module but numbering.py and line_roles.py holds a pattern that tells a line
    opening with a label from the same line without it. Checked: every pattern that judges how a
    line begins (anchored with ^ or \\A, or used with .match/.fullmatch in its module), whether
    compiled at module level in that module (not imported from numbering.py) or a constant
    string handed to regex/re in a function; none may match one of the labelled lines (a line
    of every numbering system, bullets, goal labels, in full and half width) while it does not
    match the unlabelled text. That is what an item-start, heading-label or list pattern does;
    the stages read LineRole (line_roles.py) or numbering.py instead. Not seen: patterns built
    inside a function from variables (the markers test above covers their spelling)."""
    from extractors import numbering
    from extractors.line_roles import mark_of

    assert set(LABELLED) == {s.name for s in numbering.SYSTEMS}
    for system, line in LABELLED.items():   # each sample is read as its system
        found = numbering.match_numbering(line)
        assert found is not None and found[0] == system, (system, line, found)
    assert all(mark_of(l) or numbering.goal_label(l) or numbering.match_numbering(l) for l in ITEM_LINES)
    lines = [*LABELLED.values(), *ITEM_LINES]
    lines += [numbering.folded(l) for l in lines]
    found = []
    for module, where, pattern in _start_patterns():
        if module in ITEM_JUDGES or pattern.match(UNLABELLED):
            continue
        hits = [l for l in lines if pattern.match(l)]
        if hits:
            found.append(f"{module} {where}: {pattern.pattern!r} opens {hits[:3]}")
    assert not found, "\n".join(found)
