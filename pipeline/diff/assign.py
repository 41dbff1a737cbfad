"""Optimal one-to-one pairing: the Hungarian method (Kuhn–Munkres, with potentials) on a score
matrix, so that pairs are chosen jointly rather than first come, first served."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


def _hungarian(cost: list[list[float]]) -> list[int]:
    """For a square cost matrix, the column assigned to each row at the least total cost."""
    n = len(cost)
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match, way = [0] * (n + 1), [0] * (n + 1)   # match[col] = row (1-based), 0 = free
    for row in range(1, n + 1):
        match[0], col0 = row, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while match[col0]:
            used[col0] = True
            r0, delta, col1 = match[col0], inf, 0
            for c in range(1, n + 1):
                if not used[c]:
                    cur = cost[r0 - 1][c - 1] - u[r0] - v[c]
                    if cur < minv[c]:
                        minv[c], way[c] = cur, col0
                    if minv[c] < delta:
                        delta, col1 = minv[c], c
            for c in range(n + 1):
                if used[c]:
                    u[match[c]] += delta
                    v[c] -= delta
                else:
                    minv[c] -= delta
            col0 = col1
        while col0:
            col1 = way[col0]
            match[col0] = match[col1]
            col0 = col1
    out = [0] * n
    for c in range(1, n + 1):
        if match[c]:
            out[match[c] - 1] = c - 1
    return out


def _components(edges: dict[tuple[int, int], float]) -> list[tuple[list[int], list[int]]]:
    """The connected parts of the bipartite candidate graph: each is solved on its own, so
    the cubic method only ever sees the few rows that compete for the same partners."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(("l", i))] = find(("r", j))
    parts: dict[tuple[str, int], tuple[list[int], list[int]]] = {}
    for node in sorted(parent):
        side, k = node
        part = parts.setdefault(find(node), ([], []))
        (part[0] if side == "l" else part[1]).append(k)
    return list(parts.values())


MAX_EXACT = 120   # rows and columns of a part solved exactly; a larger one is paired greedily


def _greedy(edges: dict[tuple[int, int], float], rows: list[int], cols: list[int]) -> list[tuple[int, int]]:
    """Best score first, ties in index order: for a part too large for the cubic method."""
    rs, cs = set(rows), set(cols)
    ranked = sorted(((s, i, j) for (i, j), s in edges.items() if i in rs and j in cs), key=lambda e: (-e[0], e[1], e[2]))
    used_i: set[int] = set()
    used_j: set[int] = set()
    out = []
    for _, i, j in ranked:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j))
    return out


def assign_edges(edges: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The pairs (i, j) among `edges` (score > 0) that maximise the total score, in order of i.
    Each connected part is solved on its own: exactly (Hungarian) up to MAX_EXACT rows or
    columns, greedily above (the cost stays bounded whatever the input)."""
    edges = {e: s for e, s in edges.items() if s > 0}
    chosen: list[tuple[int, int]] = []
    for rows, cols in _components(edges):
        if max(len(rows), len(cols)) > MAX_EXACT:
            chosen += _greedy(edges, rows, cols)
            continue
        n = max(len(rows), len(cols))
        cost = [[0.0] * n for _ in range(n)]   # 0: unpaired (a dummy partner)
        for r, i in enumerate(rows):
            for c, j in enumerate(cols):
                cost[r][c] = -edges.get((i, j), 0.0)
        for r, c in enumerate(_hungarian(cost)):
            if r < len(rows) and c < len(cols) and (rows[r], cols[c]) in edges:
                chosen.append((rows[r], cols[c]))
    return sorted(chosen)


def assign(left: Sequence[A], right: Sequence[B], score: Callable[[A, B], float | None]) -> list[tuple[A, B, float]]:
    """The pairs (a, b, score) that maximise the total score; `score` returns None (or ≤ 0)
    where a and b must not be paired. Each element is in at most one pair; unpaired is always
    allowed. Pairs come in the order of `left`. Scores every pair: for small inputs."""
    edges: dict[tuple[int, int], float] = {}
    for i, x in enumerate(left):
        for j, y in enumerate(right):
            s = score(x, y)
            if s is not None and s > 0:
                edges[i, j] = s
    return [(left[i], right[j], edges[i, j]) for i, j in assign_edges(edges)]
