"""CHANGELOG.md of a version from v2 on: what changed since the previous version."""

from __future__ import annotations

from collections import defaultdict

from pipelines.annual.diff import Change, Move


def render(year: int, version: int, previous: dict, current: dict, changes: list[Change], moves: list[Move]) -> str:
    """Markdown: the manifest differences, then per table and submission the rows added,
    removed and changed (fields old → new), then the published values that moved."""
    lines = [f"# {year} v{version} — 相对 v{previous['version']} 的变化 / changes since v{previous['version']}", ""]
    for k, label in (("profile", "项目方案 / profile"), ("validation_run_id", "核查批次 / validation run"),
                     ("indicator_values_sha256", "发布指标值校验值 / indicator_values_sha256")):
        if previous.get(k) != current.get(k):
            lines.append(f"- {label}: {previous.get(k)} → {current.get(k)}")
    counts: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for c in changes:
        counts[c.table][c.change].add(c.key)
    if not changes:
        lines += ["", "数据行无变化 / no curated row changed."]
    for table in sorted(counts):
        n = counts[table]
        lines += ["", f"## {table}: +{len(n['added'])} −{len(n['removed'])} ~{len(n['changed'])}", ""]
        by_file: dict[str, list[Change]] = defaultdict(list)
        for c in changes:
            if c.table == table:
                by_file[c.file_name or "（提交未知 / submission unknown）"].append(c)
        for f in sorted(by_file):
            lines.append(f"### {f}")
            for c in by_file[f]:
                if c.change == "changed":
                    lines.append(f"- 修改 / changed `{c.key}`: {c.field} {c.old} → {c.new}")
                elif c.change == "added":
                    lines.append(f"- 新增 / added `{c.key}`")
                else:
                    lines.append(f"- 删除 / removed `{c.key}` (原文件 / from {c.previous_file_name})")
    if moves:
        lines += ["", "## 变动的发布值 / published values that moved", "",
                  "| table | key | column | old | new | Δ |", "|---|---|---|---|---|---|"]
        for m in moves:
            d = "" if m.delta is None else f"{m.delta:+g}"
            lines.append(f"| {m.table} | {m.key} | {m.column} | {m.old} | {m.new} | {d} |")
    return "\n".join(lines) + "\n"
