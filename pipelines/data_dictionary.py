"""The data dictionary (docs/data-dictionary.md), generated from catalogue/tables.yaml."""

from __future__ import annotations

from pipelines.db.schema import table_specs


def render_markdown() -> str:
    lines = ["# Data dictionary / 数据字典", "",
             "Generated from `pipelines/catalogue/tables.yaml` by `duikou dictionary --out docs/data-dictionary.md`;",
             "a test fails when this file is out of date. Every curated row also carries `submission_id` and",
             "`source_row` (provenance). Person ids are keyed hashes; no ID-card number is stored.",
             "Curated tables are in schema `main`; a table in another layer (`validation`, later `ingest`,",
             "`published`) also answers an unqualified query through a view of the same name in `main`.", ""]
    for name, spec in table_specs().items():
        where = spec.get("schema", "main")
        layer = "" if where == "main" else f"Schema `{where}` (view `main.{name}`). "
        lines += [f"## `{name}` — {spec['zh']}", "", layer + spec["en"], "",
                  "| column | 中文 | type | null | meaning |", "|---|---|---|---|---|"]
        for c in spec["columns"]:
            null = "yes" if c.get("nullable", True) else "no"
            lines.append(f"| `{c['name']}` | {c['zh']} | {c['type']} | {null} | {c['en']} |")
        lines.append("")
    from pipelines.annual.formats import markdown as snapshot_formats  # a frozen year's files, documented beside the tables

    lines.append(snapshot_formats())
    return "\n".join(lines)
