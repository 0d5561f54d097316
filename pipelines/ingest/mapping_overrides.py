"""Mapping overrides: a data manager fixes how a sheet is read, as data, without Python.

When `duikou ingest --explain FILE` shows a sheet read wrongly (a column the heuristics do not
know, the wrong form), an entry in ``mapping-overrides.yaml`` (beside the database, or
``--overrides FILE``) says how to read it::

    overrides:
      - file: "*市一院*派驻*.xls"        # glob on the file name (required)
        sheet: "Sheet1"                  # glob on the sheet name (default: every sheet)
        form: deployments                # read the sheet as this form (optional)
        header_rows: [3, 12]             # 1-based rows whose cells `columns` renames (default: rows 1-40)
        columns: {派出时间: start_date, 返回时间: end_date}   # header text as written -> field
        reason: 第二批表头用了“派出时间/返回时间”

A header cell named in ``columns`` is read as that field's standard label; ``form`` restricts the
classification to that form. Every override applied is recorded in the submission's notes
(``submissions.notes.override``), so a reader of the database sees that a person decided it.
"""

from __future__ import annotations

import fnmatch
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipelines.errors import UserError
from pipelines.ingest.form_catalogue import forms

FILE_NAME = "mapping-overrides.yaml"
_SCAN_ROWS = 40


def default_overrides_file(db: str | Path) -> Path:
    return Path(db).parent / FILE_NAME


@dataclass(frozen=True)
class Override:
    file: str
    sheet: str = "*"
    form: str | None = None
    header_rows: tuple[int, ...] = ()
    columns: tuple[tuple[str, str], ...] = ()
    reason: str | None = None

    def matches(self, file_name: str, sheet_name: str) -> bool:
        return fnmatch.fnmatchcase(_n(file_name), _n(self.file)) and fnmatch.fnmatchcase(_n(sheet_name), _n(self.sheet))

    def note(self) -> dict:
        return {"file": self.file, "sheet": self.sheet, "form": self.form, "header_rows": list(self.header_rows),
                "columns": dict(self.columns), "reason": self.reason}


@dataclass
class Overrides:
    items: list[Override] = field(default_factory=list)

    def for_sheet(self, file_name: str, sheet_name: str) -> Override | None:
        return next((o for o in self.items if o.matches(file_name, sheet_name)), None)


def _n(text: str) -> str:
    return unicodedata.normalize("NFKC", str(text)).strip()


def load(path: str | Path | None) -> Overrides:
    if path is None or not Path(path).exists():
        return Overrides()
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise UserError(f"映射修正文件格式错误 / the mapping-overrides file is not valid YAML: {path} ({exc})") from None
    items = data.get("overrides") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise UserError(f"{path}: 应有 overrides 列表 / expected a list under 'overrides'")
    out = []
    for k, o in enumerate(items, 1):
        try:
            out.append(_entry(path, k, o))
        except (TypeError, ValueError, AttributeError) as exc:
            raise UserError(f"{path}: 第{k}项格式错误 / entry {k} is malformed ({type(exc).__name__}: {exc}); "
                            "see pipelines/ingest/mapping_overrides.py for the format") from None
    return Overrides(out)


def _entry(path, k: int, o) -> Override:
    if not isinstance(o, dict) or not o.get("file"):
        raise UserError(f"{path}: 第{k}项缺少 file / entry {k} needs a file pattern")
    form = o.get("form")
    if form is not None and form not in forms():
        raise UserError(f"{path}: 第{k}项的报表“{form}”不存在 / entry {k}: unknown form {form!r} (one of {', '.join(forms())})")
    cols = o.get("columns") or {}
    if not isinstance(cols, dict):
        raise TypeError("columns must map a header text to a field")
    known = forms()[form].fields if form else {f for fm in forms().values() for f in fm.fields}
    for header, fname in cols.items():
        if fname not in known:
            raise UserError(f"{path}: 第{k}项的字段“{fname}”不存在 / entry {k}: unknown field {fname!r} for column {header!r}")
    return Override(str(o["file"]), str(o.get("sheet") or "*"), form, tuple(int(r) for r in o.get("header_rows") or ()),
                    tuple((str(h), str(f)) for h, f in cols.items()), o.get("reason"))


def sha256(overrides: Overrides) -> str:
    import hashlib
    import json

    return hashlib.sha256(json.dumps([o.note() for o in overrides.items], ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def file_matches(ov: Override, path: str) -> bool:
    return fnmatch.fnmatchcase(_n(Path(path).name), _n(ov.file))


def standard_label(field_name: str, form: str | None) -> str:
    """The catalogue's first label for a field (of the given form, else of the first form that has it)."""
    for fm in ([forms()[form]] if form else forms().values()):
        if field_name in fm.fields:
            return fm.fields[field_name].labels[0]
    return field_name


def apply(sheet, ov: Override) -> None:
    """Rename the header cells ``columns`` names (in ``header_rows``, or the first rows)."""
    if not ov.columns:
        return
    rename = {_n(h): standard_label(f, ov.form) for h, f in ov.columns}
    rows = [r - 1 for r in ov.header_rows] if ov.header_rows else range(min(_SCAN_ROWS, len(sheet.rows)))
    for i in rows:
        if 0 <= i < len(sheet.rows):
            row = sheet.rows[i]
            sheet.rows[i] = [rename.get(_n(v), v) if isinstance(v, str) else v for v in row]
