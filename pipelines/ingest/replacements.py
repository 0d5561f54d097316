"""A 派驻人员变更表 (原派驻人员 | 替换人员 | 替换日期 | 派驻至): each row is the replacement's stay
(build_rows), and the person replaced leaves the recipient the day before the replacement's first
day. That person's stay is usually written in another file — the roster — and perhaps in another
run, and the change list names the person without an ID number. So both sides are kept as keyed
name pseudonyms (never the name itself):

- ``person_name_keys``: a roster row's name within its support hospital beside its ID-based
  person_id (a name-only person's person_id is already that pseudonym);
- ``deployment_replacements``: a change list's row, its person replaced as the same pseudonym.

After every run's writes (``apply``), each replacement whose person has exactly one stay at that
recipient, from that support hospital, running over the date, ends that stay the day before it,
with the finding END_FROM_CHANGE_LIST on the stay's own row. A stay already ended before the date
is left alone, so the step is idempotent; a resubmitted roster rewrites the stay as written and
the next run ends it again. No stay, or two candidates (namesakes): nothing is guessed."""

from __future__ import annotations

from pipelines.db.schema import qualified
from pipelines.privacy.person_id import mask_id_numbers

FINDING = "END_FROM_CHANGE_LIST"


def stage(staged, sid: str, records, person_ids) -> None:
    """The name keys and replacements of one deployments sheet's curated records."""
    for rec in records:
        v = rec.values
        sup = v.get("support_hospital_id")
        if not sup:
            continue
        if rec.known_name and v.get("person_id"):
            staged.name_key_rows.append((sid, rec.source_row, person_ids.from_name(rec.known_name, sup), v["person_id"]))
        if rec.replaced_name and v.get("recipient_hospital_id") and v.get("start_date"):
            staged.replacement_rows.append((sid, rec.source_row, sup, v["recipient_hospital_id"],
                                            person_ids.from_name(rec.replaced_name, sup), v["start_date"]))


def apply(con) -> int:
    """End the stays the active change lists' replacements end; returns how many."""
    found = con.execute(f"""
        WITH r AS (
            SELECT r.*, s.file_name FROM {qualified('deployment_replacements')} r
            JOIN {qualified('submissions')} s USING (submission_id) WHERE s.superseded_by IS NULL),
        hit AS (
            SELECT r.submission_id AS change_sid, r.source_row AS change_row, r.file_name, r.replaced_on,
                   d.deployment_id, d.submission_id, d.source_row
            FROM r JOIN {qualified('deployments')} d
              ON d.support_hospital_id = r.support_hospital_id AND d.recipient_hospital_id = r.recipient_hospital_id
             AND (d.person_id = r.replaced_name_key OR d.person_id IN (
                    SELECT k.person_id FROM {qualified('person_name_keys')} k WHERE k.name_key = r.replaced_name_key))
             AND d.start_date < r.replaced_on AND (d.end_date IS NULL OR d.end_date >= r.replaced_on))
        SELECT * FROM hit QUALIFY count(*) OVER (PARTITION BY change_sid, change_row) = 1
        ORDER BY deployment_id, replaced_on""").fetchall()
    done: set[str] = set()
    for _, change_row, file_name, replaced_on, deployment_id, sid, row in found:
        if deployment_id in done:  # replaced twice: the earlier date ends it
            continue
        done.add(deployment_id)
        con.execute(f"UPDATE {qualified('deployments')} SET end_date = ?::DATE - 1 WHERE deployment_id = ?",
                    [replaced_on, deployment_id])
        name = mask_id_numbers(file_name)
        con.execute(f"INSERT INTO {qualified('findings')} (submission_id, source_row, field, code, message, form_type) "
                    "VALUES (?, ?, 'end_date', ?, ?, 'deployments')", [
                        sid, row, FINDING,
                        f"人员变更表（{name} 第{change_row}行）写明此人自{replaced_on:%Y-%m-%d}起由他人替换：派驻结束日期改为前一天 / "
                        f"a change list ({name}, row {change_row}) replaces this person from {replaced_on:%Y-%m-%d}: "
                        "the stay ends the day before"])
    return len(done)
