"""Hospital names a data manager confirmed: a reviewable YAML file, kept as data.

`duikou hospitals` lists the names that did not resolve; `duikou hospitals --confirm
"省人民医院=澄江省人民医院"` (an alias of an existing hospital) or `--new "某县妇幼保健院"`
(a hospital the pairing list does not name) writes them here, and the next ingest (which
`duikou hospitals` runs at once) applies them and re-reads the rows held for them.

The file lives beside the database (``hospital-names.yaml``; ``--names FILE`` for another)::

    aliases:                     # a name as written -> an existing hospital (name or id)
      - {name: 省人民医院, hospital: 澄江省人民医院, confirmed: 2026-12-06}
    hospitals:                   # hospitals to add (generated id, like the pairing list's)
      - {name: 北塘县妇幼保健院, county: 北塘县, level: 二级, category: 妇幼保健院}
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipelines.errors import UserError

FILE_NAME = "hospital-names.yaml"
_HEADER = ("# 数据管理员确认的医院名称（duikou hospitals 写入，可人工审阅修改） / hospital names confirmed by the data\n"
           "# manager (written by `duikou hospitals`; review and edit freely). aliases: a name as written -> an existing\n"
           "# hospital (official name or hospital_id); hospitals: hospitals to add.\n")


def default_names_file(db: str | Path) -> Path:
    return Path(db).parent / FILE_NAME


@dataclass
class ConfirmedNames:
    aliases: list[dict] = field(default_factory=list)
    hospitals: list[dict] = field(default_factory=list)

    def sha256(self) -> str:
        text = yaml.safe_dump({"aliases": self.aliases, "hospitals": self.hospitals}, allow_unicode=True, sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def empty(self) -> bool:
        return not (self.aliases or self.hospitals)


def load(path: str | Path | None) -> ConfirmedNames:
    if path is None or not Path(path).exists():
        return ConfirmedNames()
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise UserError(f"医院名称确认文件格式错误：{path} / the confirmed-names file is not valid YAML: {path} ({exc})") from None
    if not isinstance(data, dict):
        raise UserError(f"医院名称确认文件格式错误：{path} / the confirmed-names file must be a mapping: {path}")
    out = ConfirmedNames()
    for key in ("aliases", "hospitals"):
        items = data.get(key) or []
        if not isinstance(items, list) or not all(isinstance(x, dict) and x.get("name") for x in items):
            raise UserError(f"{path}: “{key}” 应为列表，每项有 name / {key!r} must be a list of entries with a name")
        if key == "aliases" and not all(x.get("hospital") for x in items):
            raise UserError(f"{path}: aliases 每项须写明 hospital / every alias needs the hospital it means")
        setattr(out, key, [{k: (str(v) if isinstance(v, dt.date) else v) for k, v in x.items()} for x in items])
    return out


def save(path: str | Path, names: ConfirmedNames) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump({"aliases": names.aliases, "hospitals": names.hospitals}, allow_unicode=True, sort_keys=False,
                          default_flow_style=None, width=120)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(_HEADER + body, encoding="utf-8")
    tmp.replace(path)
