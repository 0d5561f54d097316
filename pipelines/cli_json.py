"""`--json`: the machine-readable summaries the commands print, and what `--fail-on` looks at.

One adapter between the objects the pipeline returns (ingest's ``IngestReport``, validate's
``ValidationRun``, build_report's ``ReportOutput``, export's ``ExportResult``) and the JSON a
script reads. It reads only attributes those objects have had since issue 19, so a change in
ingest/validation/report shows up here, in one place, and the documented shape stays put.

Every document is one JSON object with ``"schema": 1``, ``"command"`` and ``"exit_code"``;
text from the senders (file, sheet and hospital names, reasons) goes through :func:`clean`:
ID numbers masked, control and bidi characters written as visible escapes (``\\x1b``, ``\\n``).
An error is ``{"error": {"code", "message_zh", "message_en"}, "exit_code": N, ...}``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from pipelines.safe_text import for_terminal

SCHEMA = 1

# --fail-on: what each command can be asked to fail on (exit 6), and what it means
FAIL_ON = {
    "ingest": {
        "quarantine": "本次有隔离行 / rows of this run were quarantined",
        "findings": "本次有存疑数据 / curated rows of this run have findings (doubtful values)",
        "unresolved": "本次有因医院名称无法识别而暂存的行 / rows of this run are held for a hospital name that did not resolve",
        "skipped": "有文件被跳过（非表格、链接出提交目录、未指定的名册） / files were skipped (not spreadsheets, links, unnamed registries)",
    },
    "validate": {
        "violations": "有规则不符合 / a rule was not met for some hospital and period",
        "dqr": "数据质量审查有标记项 / the data quality review flagged an item",
        "unjudged": "有规则因数据不足无法判断 / a rule could not be judged (no data in the window)",
    },
}
UNRESOLVED_CODES = ("UNRESOLVED_HOSPITAL", "UNCERTAIN_HOSPITAL")
_COUNTS = ("rows_read", "new", "updated", "unchanged", "removed", "quarantined", "nondata", "findings")


def clean(value):
    """``value`` with every string (keys too) safe to print and to store: ID numbers masked,
    control characters (newline and tab too) and bidi overrides written as escapes. Paths become
    strings; numbers, booleans and None are kept."""
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [clean(v) for v in value]
    if isinstance(value, Path):
        value = str(value)
    if isinstance(value, str):
        return for_terminal(value).replace("\n", "\\n").replace("\t", "\\t")
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if hasattr(value, "item"):  # numpy / pandas scalars
        return clean(value.item())
    return clean(str(value))


def dumps(doc: dict) -> str:
    """The document as printed: one line of UTF-8 JSON (Chinese as is), sanitised."""
    return json.dumps(clean(doc), ensure_ascii=False, allow_nan=False, default=str)


_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")


def split_bilingual(message: str) -> tuple[str, str]:
    """(Chinese, English) halves of a ``中文 / English`` message: split at the first " / "
    with Chinese before it and no Chinese after it; else the whole message for both."""
    message = str(message)
    for m in re.finditer(r" / ", message):
        before, after = message[:m.start()], message[m.end():]
        if _CJK.search(before) and not _CJK.search(after.split("\n")[0][:60]):
            return before.strip(), after.strip()
    return message.strip(), message.strip()


def error_doc(code: str, message: str, exit_code: int, command: str | None = None, zh_en: tuple[str, str] | None = None,
              **extra) -> dict:
    """``{"error": {"code", "message_zh", "message_en"}, "exit_code"}`` (with ``extra`` keys, e.g.
    what the command summarised before it stopped); ``zh_en`` when the halves are known."""
    zh, en = zh_en or split_bilingual(message)
    doc = {"schema": SCHEMA, "command": command, **extra,
           "error": {"code": code, "message_zh": zh, "message_en": en}, "exit_code": exit_code}
    return doc


def parse_fail_on(command: str, text: str | None) -> list[str]:
    """The conditions named in ``--fail-on a,b``; ValueError (a bilingual message) for one the
    command does not know."""
    if not text:
        return []
    asked = [w.strip().lower() for w in text.split(",") if w.strip()]
    known = FAIL_ON[command]
    bad = [w for w in asked if w not in known]
    if bad:
        raise ValueError(f"--fail-on 不认识 {', '.join(bad)}；可用：{', '.join(known)} / --fail-on: unknown "
                         f"{', '.join(bad)}; {command} knows {', '.join(known)}")
    return list(dict.fromkeys(asked))


def fail_on_doc(asked: list[str], counts: dict[str, int]) -> dict:
    """``{"asked": [...], "found": {condition: count}}`` for the conditions asked that occurred."""
    return {"asked": asked, "found": {k: int(counts.get(k, 0)) for k in asked if counts.get(k, 0)}}


# ---- ingest -------------------------------------------------------------------------------

def _this_run_counts(db, submission_ids: list[str]) -> tuple[dict, dict, int]:
    """(quarantine entries by reason_code, findings by code, rows held for a hospital name) for
    the submissions of this run, read from the database ingest wrote."""
    if not submission_ids or db is None or not Path(db).exists():
        return {}, {}, 0
    from pipelines.db.connection import connect

    con = connect(db)
    try:
        # this run's submissions as one list parameter (a national year has ~17,000)
        this_run = "submission_id IN (SELECT unnest($ids))"
        q = dict(con.execute(f"SELECT reason_code, count(*) FROM quarantine WHERE {this_run} GROUP BY 1 ORDER BY 1",
                             {"ids": submission_ids}).fetchall())
        f = dict(con.execute(f"SELECT code, count(*) FROM findings WHERE {this_run} GROUP BY 1 ORDER BY 1",
                             {"ids": submission_ids}).fetchall())
        held = con.execute(f"SELECT count(DISTINCT (submission_id, source_row)) FROM quarantine WHERE {this_run} "
                           f"AND reason_code IN {UNRESOLVED_CODES!r}", {"ids": submission_ids}).fetchone()[0]
    finally:
        con.close()
    return q, f, int(held)


def ingest_summary(rep, db=None) -> dict:
    """An ingest run (pipelines.ingest.run.IngestReport) as JSON:

    ``run_id``, ``dry_run``; ``totals`` (rows_read, new, updated, unchanged, removed, quarantined,
    nondata, findings — rows, over every sheet); ``files``: per file ``file``, ``status``
    (read / failed), its totals and ``sheets`` (sheet, form, submission_id, status and counts);
    ``tables``: the same counts per curated table (form); ``quarantined_by_reason`` (quarantine
    entries of this run per reason_code) and ``findings_by_code`` (from the database; null in a
    dry run, which writes nothing); ``unresolved_rows`` (rows held for a hospital name);
    ``failed_files`` (file, code, message); ``skipped`` (file, reason); ``unchanged_files`` and
    ``reresolved_files`` (counts); ``seconds``: wall time of the run's phases (hash, parse, write, commit)."""
    files: dict[str, dict] = {}
    tables: dict[str, dict] = {}
    from pipelines.privacy.person_id import mask_id_numbers

    for f in rep.files:  # by file name, as the printed summary (a sheet's summary names its file so, masked)
        files.setdefault(str(mask_id_numbers(f.file_name)), {"file": f.file_name, "status": "read" if f.ok else "failed",
                                       **({} if f.ok else {"error_code": f.error_code}), "sheets": []})
    for s in rep.sheets:
        counts = {k: int(getattr(s, k)) for k in _COUNTS}
        entry = files.setdefault(s.file_name, {"file": s.file_name, "status": "read", "sheets": []})
        entry["sheets"].append({"sheet": s.sheet_name, "form": s.form_type, "submission_id": s.submission_id,
                                "status": s.status, **counts, "superseded": s.superseded})
        t = tables.setdefault(s.form_type or "unrecognised", dict.fromkeys(_COUNTS, 0))
        for k, v in counts.items():
            t[k] += v
    for entry in files.values():
        entry.update({k: sum(sh[k] for sh in entry["sheets"]) for k in _COUNTS})
    sids = sorted({s.submission_id for s in rep.sheets if s.submission_id})
    if rep.dry_run:
        by_reason, by_code, held = None, None, None
    else:
        by_reason, by_code, held = _this_run_counts(db, sids)
    return {
        "run_id": rep.run_id,
        "dry_run": bool(rep.dry_run),
        "totals": {k: int(v) for k, v in rep.totals().items()},
        "files": list(files.values()),
        "tables": tables,
        "quarantined_by_reason": by_reason,
        "findings_by_code": by_code,
        "unresolved_rows": held,
        "failed_files": [{"file": f.file_name, "code": f.error_code, "message": f.error} for f in rep.failed],
        "skipped": [{"file": Path(p).name, "reason": why} for p, why in rep.skipped],
        "unchanged_files": len(rep.unchanged_files),
        "reresolved_files": len(rep.reresolved_files),
        "seconds": {k: round(v, 3) for k, v in rep.seconds.items()},
    }


def ingest_fail_counts(summary: dict) -> dict[str, int]:
    t = summary["totals"]
    return {"quarantine": t["quarantined"], "findings": t["findings"], "unresolved": summary["unresolved_rows"] or 0,
            "skipped": len(summary["skipped"])}


# ---- validate -----------------------------------------------------------------------------

def validation_summary(run) -> dict:
    """A validation run (pipelines.validation.run.ValidationRun) as JSON: ``run_id``, ``profile``,
    ``window`` (first, last, year); ``rules``: per rule ``rule_id``, ``severity``, ``checked``
    (hospital-periods judged), ``violations`` (of those, not met), ``hospitals_failing``;
    ``totals`` (rules_run, rules_judged, rules_violated, violations); ``dqr_flagged`` (data
    quality review rows flagged); ``notes``; ``outputs`` (html, gx_json, data_docs)."""
    table = run.summary_table()
    rules = [{"rule_id": r["rule_id"], "severity": r["severity"], "checked": int(r["checked"]),
              "violations": int(r["failing"]), "hospitals_failing": int(r["hospitals_failing"])}
             for _, r in table.iterrows()]
    d = run.dqr
    flagged = int(d["flagged"].fillna(False).astype(bool).sum()) if len(d) else 0
    return {
        "run_id": run.run_id,
        "profile": run.profile.name,
        "synthetic": bool(run.synthetic),
        "window": [str(w) for w in run.window],
        "rules": rules,
        "totals": {"rules_run": len(rules), "rules_judged": sum(1 for r in rules if r["checked"]),
                   "rules_violated": sum(1 for r in rules if r["violations"]),
                   "violations": sum(r["violations"] for r in rules)},
        "dqr_flagged": flagged,
        "notes": list(run.notes),
        "outputs": {"html": run.html, "gx_json": run.gx_json, "data_docs": run.data_docs},
    }


def validate_fail_counts(summary: dict) -> dict[str, int]:
    return {"violations": summary["totals"]["violations"], "dqr": summary["dqr_flagged"],
            "unjudged": sum(1 for r in summary["rules"] if not r["checked"])}


# ---- the other commands -------------------------------------------------------------------

def report_summary(out) -> dict:
    """build_report's ReportOutput: ``outputs`` (html, manifest, pdf) and the ``manifest`` itself."""
    try:
        manifest = json.loads(Path(out.manifest).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = None
    return {"outputs": {"html": out.html, "manifest": out.manifest, "pdf": out.pdf}, "manifest": manifest}


def export_summary(res) -> dict:
    return {"tables": int(res.tables), "files": [str(f) for f in res.files]}


def quarantine_summary(rows: list[tuple], limit: int, csv_path) -> dict:
    """``duikou quarantine``: totals by reason and by form over every quarantined row of the
    current submissions, and the first ``limit`` rows (file, sheet, row, form, code, reason;
    the cells themselves only in --csv)."""
    return {
        "total": len(rows),
        "by_reason": dict(sorted(Counter(r[4] for r in rows).items())),
        "by_form": dict(sorted(Counter(r[3] or "unrecognised" for r in rows).items())),
        "rows": [{"file": r[0], "sheet": r[1], "row": r[2], "form": r[3], "code": r[4], "reason": r[5],
                  **({"rows": list(r[7])} if len(r) > 7 and r[7] else {})} for r in rows[:limit]],
        "csv": csv_path,
    }


def unresolved_summary(items, names_file, recorded: list[str]) -> dict:
    return {
        "recorded": recorded,
        "names_file": names_file,
        "unresolved": [{"name": u.name, "rows": int(u.rows), "files": list(u.files),
                        "suggestions": [{"name": n, "hospital_id": h, "score": round(float(s), 3)} for n, h, s in u.suggestions]}
                       for u in items],
        "unresolved_rows": sum(int(u.rows) for u in items),
    }
