"""The README's flows work as written: every ```bash block, line by line, and every ```python
block, in the README's order, in a fresh copy of the repository beside ../shared/corpus, with
the existing .venv (linked, never reinstalled) and the copy's own code (PYTHONPATH). Each
command exits 0, and every out/… or outputs/… path a command's comment names exists after it.
`make test` is skipped: it is this suite."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)
NAMED = re.compile(r"(?<![\w./])((?:out|outputs)/[\w./-]*\w)")
SKIPPED = {"make test"}


def blocks(readme: str) -> list[tuple[str, str]]:
    return [(lang, body) for lang, body in FENCE.findall(readme) if lang in ("bash", "python")]


def _fresh_copy(tmp: Path, corpus: Path) -> Path:
    clone = tmp / "ai-strategy"
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode("utf-8").split("\0")):
        src = ROOT / name
        if src.is_file() and not name.startswith("tests/screenshots/"):
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            (clone / name).write_bytes(src.read_bytes())
    (clone / ".venv").symlink_to(ROOT / ".venv")
    os.utime(clone / "pyproject.toml", (0, 0))   # older than .venv/.installed: make keeps the venv
    (tmp / "shared").mkdir()
    (tmp / "shared" / "corpus").symlink_to(corpus)
    return clone


def _run(args: list[str], clone: Path, what: str, stdin: str | None = None) -> None:
    env = {**os.environ, "PYTHONPATH": str(clone)}
    env.pop("MAKEFLAGS", None)
    done = subprocess.run(args, cwd=clone, env=env, input=stdin, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{what}\nexit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"


def test_readme_blocks_run_in_order_on_a_fresh_copy(corpus, tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = blocks(readme)
    assert readme.split("```bash\n", 1)[1].startswith("make extract    #")   # it opens with the two commands
    assert sum(lang == "bash" for lang, _ in found) >= 2 and any(lang == "python" for lang, _ in found)
    clone = _fresh_copy(tmp_path, corpus)
    ran = 0
    for lang, body in found:
        if lang == "python":
            _run([str(clone / ".venv/bin/python"), "-"], clone, body, stdin=body)
            ran += 1
            continue
        for line in body.splitlines():
            command = line.split("  #", 1)[0].strip()
            if not command or command.startswith("#") or command in SKIPPED:
                continue
            _run(["bash", "-e", "-o", "pipefail", "-c", command], clone, line)
            ran += 1
            for path in NAMED.findall(line.split("#", 1)[1] if "#" in line else ""):
                assert (clone / path).exists(), f"{line}\nsays it writes {path}; it does not"
    assert ran >= 8
    assert (clone / "out/diff_2021_2022/report.html").is_file() and (clone / "out/2022/document.md").is_file()
    assert not (ROOT / ".venv/.installed").stat().st_mtime < 1   # the shared venv was left alone
