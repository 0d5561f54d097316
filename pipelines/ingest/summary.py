"""Printing an ingest run for a data manager: per file, then totals, then what went wrong."""

from __future__ import annotations

import os
import unicodedata

from pipelines.ingest.run import IngestReport
from pipelines.safe_text import for_terminal

COLS = ("rows_read", "new", "updated", "unchanged", "removed", "quarantined", "nondata", "findings")
HEAD = ("读取", "新增", "更新", "未变", "删除", "隔离", "非数据", "存疑")
HEAD_EN = ("read", "new", "updated", "unchanged", "removed", "quarantined", "non-data", "findings")


def _cw(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _w(s: str) -> int:
    return sum(map(_cw, s))


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _w(s))


def _short(s: str, n: int) -> str:
    """``s`` cut to ``n`` display columns (CJK characters are two wide), with an ellipsis."""
    if _w(s) <= n:
        return s
    out, width = [], _cw("…")
    for ch in s:  # widths added up as we go: a national year lists 6,000+ file names
        width += _cw(ch)
        if width > n:
            break
        out.append(ch)
    return "".join(out) + "…"


def _one_line(name: str) -> str:
    """A file or sheet name as one line: a newline in it would print a fake summary line."""
    return for_terminal(name).replace("\n", "\\n").replace("\t", "\\t")


def format_report(rep: IngestReport, verbose: bool = False) -> str:
    lines = []
    title = "试运行（未写入数据库） / DRY RUN — nothing was written" if rep.dry_run else "导入完成 / ingest finished"
    lines.append(f"{title}  (run {rep.run_id})")
    by_file: dict[str, list] = {}
    for s in rep.sheets:
        by_file.setdefault(s.file_name, []).append(s)
    name_w = 44
    lines.append(_pad("文件 / file", name_w) + " " + " ".join(f"{h:>6}" for h in HEAD_EN) + "  form")
    for fname, sheets in by_file.items():
        tot = {k: sum(getattr(s, k) for s in sheets) for k in COLS}
        forms = sorted({s.form_type or "?" for s in sheets})
        status = " (未变 unchanged)" if all(s.status == "unchanged" for s in sheets) else ""
        lines.append(_pad(_short(_one_line(fname), name_w), name_w) + " " + " ".join(f"{tot[k]:>6}" for k in COLS) + "  " + ",".join(forms) + status)
        if verbose or any(s.notes or s.superseded or s.changes for s in sheets):
            for s in sheets:
                for note in s.notes:
                    lines.append(f"    [{_one_line(s.sheet_name)}] {note}")
                if s.superseded:
                    lines.append(f"    [{s.sheet_name}] 替代了先前的报送 / supersedes submission {s.superseded}")
                if rep.dry_run or verbose:  # what an update would change, field by field
                    lines += [f"    [{s.sheet_name}] 更新 update {c}" for c in s.changes]
    if rep.reresolved_files:
        lines.append(f"{len(rep.reresolved_files)} 个文件有待识别医院的隔离行，已按新的名单重新读取 / {len(rep.reresolved_files)} files with rows "
                     "held for a hospital were read again against the new pairing list or confirmed names")
    if rep.ended_by_change_list:
        lines.append(f"{rep.ended_by_change_list} 人的派驻按人员变更表于替换日期前一天结束（存疑数据 END_FROM_CHANGE_LIST） / "
                     f"{rep.ended_by_change_list} stays ended the day before a change list's replacement (finding END_FROM_CHANGE_LIST)")
    if rep.unchanged_files:
        lines.append(f"{len(rep.unchanged_files)} 个文件与已导入的完全相同，跳过 / {len(rep.unchanged_files)} files identical to ones already ingested: skipped")
    tot = rep.totals()
    lines.append("合计 / total: " + "  ".join(f"{h} {en} {tot[k]}" for h, en, k in zip(HEAD, HEAD_EN, COLS)))
    lines.append(f"文件 files: {len(rep.files) + len(rep.unchanged_files)} 个，其中无法读取 {len(rep.failed)} 个 / {len(rep.failed)} could not be read")
    for f in rep.failed:
        lines.append(f"  ✗ {_one_line(f.file_name)}: [{f.error_code}] {f.error}")
    for path, why in rep.skipped:
        lines.append(f"  - 跳过 skipped {_one_line(os.path.basename(path))}: {why}")
    if tot["quarantined"]:
        lines.append("隔离行请用 `duikou quarantine` 查看并修正后重新报送 / list quarantined rows with `duikou quarantine`")
    if tot["findings"]:
        lines.append(f"{tot['findings']} 处存疑数据已入库并记录在 findings 表，请核对 / {tot['findings']} doubtful values were curated "
                     "and recorded in the findings table: please check them (`SELECT * FROM findings`)")
    return for_terminal("\n".join(lines))  # file, sheet and column names come from the senders
