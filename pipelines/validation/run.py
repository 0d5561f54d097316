"""`duikou validate --profile NAME`: check a programme's rules and store the findings.

Flow: load the profile and its committed GX suites -> build the derived views in DuckDB ->
fetch each view into pandas -> validate with GX -> one validation_results row per rule x
hospital x period -> print a summary, write an offline HTML summary and the raw GX results.
Exit code 0 whenever it ran: violations are findings, not failures.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.validation.profiles import Profile, load_profile
from pipelines.validation.results import RESULT_COLUMNS, aggregate
from pipelines.validation.suites import stored_suites
from pipelines.validation.views import create_views, window


@dataclass
class ValidationRun:
    run_id: str
    profile: Profile
    results: pd.DataFrame
    window: tuple
    notes: list[str] = field(default_factory=list)
    html: Path | None = None
    gx_json: Path | None = None
    seconds: float = 0.0

    def summary_table(self) -> pd.DataFrame:
        r = self.results
        if r.empty:
            return pd.DataFrame(columns=["rule_id", "severity", "checked", "failing", "hospitals_failing", "worst", "citation"])
        rows = []
        for rid, g in r.groupby("rule_id", sort=True):
            fails = g[g["success"] == False]  # noqa: E712 - pandas nullable boolean
            checked = g["success"].notna().sum()
            worst = fails.iloc[0]["observed"] if len(fails) else ""
            if len(fails):
                worst = f"{fails.iloc[0]['hospital_id']} {fails.iloc[0]['period']}: {worst}"
            elif checked == 0:
                worst = g.iloc[0]["observed"]
            rows.append({"rule_id": rid, "severity": g.iloc[0]["severity"], "checked": int(checked), "failing": int(len(fails)),
                         "hospitals_failing": fails["hospital_id"].nunique(), "worst": worst,
                         "description": g.iloc[0]["description"].split(" / ")[0], "citation": g.iloc[0]["citation"]})
        return pd.DataFrame(rows)

    def summary_text(self) -> str:
        p = self.profile
        lines = [f"规则核查 / validation — {p.name}: {p.title_zh}", f"run {self.run_id}; 核查期间 window {self.window[0]} ~ {self.window[1]}"]
        lines += [f"注意 / note: {n}" for n in self.notes]
        st = self.summary_table()
        lines.append(f"{'规则':<5} {'级别':<9} {'核查':>5} {'不符合':>6} {'医院':>4}  最严重 / worst case")
        for _, r in st.iterrows():
            mark = "✗" if r["failing"] else ("·" if r["checked"] == 0 else "✓")
            lines.append(f"{mark} {r['rule_id']:<4} {r['severity']:<9} {r['checked']:>5} {r['failing']:>6} {r['hospitals_failing']:>4}  {str(r['worst'])[:90]}")
        fails = int((self.results["success"] == False).sum()) if len(self.results) else 0  # noqa: E712
        lines.append(f"共 {fails} 项不符合 / {fails} findings. 明细见 validation_results 表 (run_id='{self.run_id}')")
        if self.html:
            lines.append(f"HTML: {self.html}")
        return "\n".join(lines)


def validate(db, profile: str = "national-2009", out_dir: Path | None = Path("reports"), quiet: bool = False) -> ValidationRun:
    from pipelines.db.connection import connect
    from pipelines.validation.gx_runner import GxRunner

    t0 = time.perf_counter()
    prof = load_profile(profile)
    suites, current = stored_suites(prof)
    notes = []
    if not current:
        notes.append(f"expectations/suites/{prof.name}/ 与方案文件不一致或不存在，已按方案重新生成；请运行 `duikou suites --write` 并提交 / "
                     f"suite files are missing or older than the profile; rendered from the profile (run `duikou suites --write` and commit them)")
    run_id = dt.datetime.now().strftime("V%Y%m%d-%H%M%S-") + secrets.token_hex(3)
    now = dt.datetime.now().replace(microsecond=0)
    con = connect(db, read_only=False)
    try:
        create_views(con, prof, names=sorted(suites))
        win = window(con)
        if win is None or win[0] is None or win[0] > win[1]:
            notes.append("数据期间与方案周期没有重叠，没有可核查的数据 / the data do not overlap the profile's cycle: nothing to check")
        runner = GxRunner()
        frames, outcomes, gx_results = {}, [], {}
        for view in sorted(suites):
            df = con.execute(f"SELECT * FROM {view}").df()
            frames[view] = df
            outs, raw = runner.run(view, df, suites[view])
            outcomes += outs
            gx_results[view] = raw
            if not quiet:
                print(f"  {view}: {len(df)} 行 rows, {len(outs)} 条期望 expectations", file=sys.stderr)
        rows = aggregate(prof, run_id, frames, outcomes, now)
        results = pd.DataFrame(rows, columns=RESULT_COLUMNS)
        con.begin()
        try:
            if len(results):
                con.register("_vr", results)
                con.execute(f"INSERT INTO validation_results ({', '.join(RESULT_COLUMNS)}) SELECT {', '.join(RESULT_COLUMNS)} FROM _vr")
                con.unregister("_vr")
            con.commit()
        except BaseException:
            con.rollback()
            raise
    finally:
        con.close()
    run = ValidationRun(run_id, prof, results, win or (None, None, None), notes)
    if out_dir is not None:
        from pipelines.validation.html_summary import write_html

        out_dir.mkdir(parents=True, exist_ok=True)
        run.gx_json = out_dir / f"gx-results-{prof.name}.json"
        run.gx_json.write_text(json.dumps(gx_results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        run.html = write_html(run, out_dir / f"validation-{prof.name}.html")
    run.seconds = time.perf_counter() - t0
    return run


def latest_results(con, profile: str) -> pd.DataFrame:
    """The validation_results rows of the latest run of a profile."""
    return con.execute("""
        SELECT * FROM validation_results
        WHERE run_id = (SELECT max(run_id) FROM validation_results WHERE profile = ?)
        ORDER BY rule_id, hospital_id, period""", [profile]).df()
