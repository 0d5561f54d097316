"""``duikou template``: the sub-command's parser and handler (wired into pipelines/cli.py)."""

from __future__ import annotations

import argparse

from pipelines.templates.build import template_forms, template_info, write_template


def add_template_parser(subparsers) -> argparse.ArgumentParser:
    """Add ``template`` to the ``duikou`` sub-commands; returns the sub-parser."""
    s = subparsers.add_parser(
        "template", help="生成可填写的报表模板（.xlsx） / write a fillable .xlsx template for a form",
        description="写出某一报表的 Excel 模板：填表说明、冻结表头、下拉选项、日期和文本格式、隐藏的模板编号与版本 / "
                    "write a form's Excel template: instructions, frozen header, dropdowns, date and text cells, "
                    "a hidden template id and version")
    s.add_argument("--form", required=True, choices=template_forms(), help="the form (curated table) the template is for")
    s.add_argument("--profile", default=None, metavar="P",
                   help="programme profile (expectations/profiles/P.yaml) whose rules and citations the instructions give "
                        "(default: national-2009)")
    s.add_argument("--db", default=None, metavar="FILE",
                   help="curated database whose hospitals and pairings fill the hospital dropdowns (default: none; "
                        "hospital cells are then free text)")
    s.add_argument("--support", default=None, metavar="NAME",
                   help="the support hospital the template is for (name or hospital_id in --db): its recipients are offered")
    s.add_argument("--recipient", default=None, metavar="NAME",
                   help="the recipient the template is for (name or hospital_id in --db): its support hospitals are offered")
    s.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    s.add_argument("--json", action="store_true", help="print the template id, version and path as JSON")
    s.set_defaults(func=cmd_template)
    return s


def cmd_template(args) -> int:
    import json
    from pathlib import Path

    from pipelines.errors import UserError

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"模板须为 .xlsx 文件 / the template is an .xlsx file: {args.out}")
    path = write_template(args.form, out, profile=args.profile, db=args.db, support=args.support, recipient=args.recipient)
    info = template_info(path) or {}
    if getattr(args, "json", False):
        print(json.dumps({"path": str(path), **info}, ensure_ascii=False))
    else:
        print(f"已写出模板 / wrote {path}  ({info.get('id')} v{info.get('version')})")
    return 0
