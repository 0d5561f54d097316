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
with the finding END_FROM_CHANGE_LIST on the stay's own row; the stay's written end is kept on the
replacement's row, so that a change list superseded by its correction (or withdrawn) gives it back.
A stay already ended before the date is left alone, so the step is idempotent; a resubmitted roster
rewrites the stay as written and the next run ends it again. No stay, or two candidates
(namesakes): nothing is guessed, and the change list's row says so (REPLACED_STAY_NOT_FOUND)."""

from __future__ import annotations

from pipelines.db.schema import qualified
from pipelines.privacy.person_id import mask_id_numbers

FINDING = "END_FROM_CHANGE_LIST"
NOT_FOUND = "REPLACED_STAY_NOT_FOUND"


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
                                            person_ids.from_name(rec.replaced_name, sup), v["start_date"], None, None))


def apply(con) -> int:
    """End the stays the active change lists' replacements end; returns how many were ended now.
    First a superseded change list's endings are undone (the stay gets its written end back);
    then each active replacement with exactly one candidate stay ends it; a replacement with none,
    or two, is said on the change list's own row (REPLACED_STAY_NOT_FOUND)."""
    rep, dep, fnd, sub = (qualified(t) for t in ("deployment_replacements", "deployments", "findings", "submissions"))
    undone = con.execute(f"""
        SELECT r.submission_id, r.source_row, r.ended_deployment_id, r.written_end, r.replaced_on
        FROM {rep} r JOIN {sub} s USING (submission_id)
        WHERE s.superseded_by IS NOT NULL AND r.ended_deployment_id IS NOT NULL""").fetchall()
    for sid, row, deployment_id, written_end, replaced_on in undone:
        stay = con.execute(f"SELECT submission_id, source_row FROM {dep} WHERE deployment_id = ? AND end_date = ?::DATE - 1",
                           [deployment_id, replaced_on]).fetchone()
        if stay is not None:
            con.execute(f"UPDATE {dep} SET end_date = ? WHERE deployment_id = ?", [written_end, deployment_id])
            con.execute(f"DELETE FROM {fnd} WHERE code = ? AND submission_id = ? AND source_row = ?", [FINDING, *stay])
        con.execute(f"UPDATE {rep} SET ended_deployment_id = NULL WHERE submission_id = ? AND source_row = ?", [sid, row])
    rows = con.execute(f"""
        WITH r AS (
            SELECT r.*, s.file_name FROM {rep} r JOIN {sub} s USING (submission_id) WHERE s.superseded_by IS NULL),
        hit AS (
            SELECT r.submission_id AS change_sid, r.source_row AS change_row, r.file_name, r.replaced_on,
                   d.deployment_id, d.submission_id, d.source_row, d.end_date
            FROM r JOIN {dep} d
              ON d.support_hospital_id = r.support_hospital_id AND d.recipient_hospital_id = r.recipient_hospital_id
             AND (d.person_id = r.replaced_name_key OR d.person_id IN (
                    SELECT k.person_id FROM {qualified('person_name_keys')} k WHERE k.name_key = r.replaced_name_key))
             AND d.start_date < r.replaced_on AND (d.end_date IS NULL OR d.end_date >= r.replaced_on))
        SELECT r.submission_id, r.source_row, r.ended_deployment_id, count(h.deployment_id),
               any_value(h.file_name), any_value(h.replaced_on), any_value(h.deployment_id), any_value(h.submission_id),
               any_value(h.source_row), any_value(h.end_date)
        FROM r LEFT JOIN hit h ON h.change_sid = r.submission_id AND h.change_row = r.source_row
        GROUP BY r.submission_id, r.source_row, r.ended_deployment_id
        ORDER BY any_value(h.deployment_id), any_value(h.replaced_on)""").fetchall()
    con.execute(f"DELETE FROM {fnd} WHERE code = ?", [NOT_FOUND])
    done: set[str] = set()
    for change_sid, change_row, ended, n, file_name, replaced_on, deployment_id, sid, row, written_end in rows:
        if n == 0 and ended is not None:
            continue  # ended in an earlier run: no longer running over the date
        if n != 1:
            con.execute(f"INSERT INTO {fnd} (submission_id, source_row, field, code, message, form_type) "
                        "VALUES (?, ?, 'replaced_person', ?, ?, 'deployments')", [
                            change_sid, change_row, NOT_FOUND,
                            "未找到被替换人员在该受援医院、替换日期当时的派驻记录，其派驻未结束，请核对 / no stay of the person replaced "
                            "runs at this recipient on the date: nothing was ended, please check" if n == 0 else
                            f"被替换人员在该受援医院有 {n} 条当时的派驻记录，无法判断是哪一条，未结束任何一条 / the person replaced has {n} "
                            "stays at this recipient on the date: none was ended"])
            continue
        if deployment_id in done:  # replaced twice: the earlier date ends it
            continue
        done.add(deployment_id)
        con.execute(f"UPDATE {dep} SET end_date = ?::DATE - 1 WHERE deployment_id = ?", [replaced_on, deployment_id])
        con.execute(f"UPDATE {rep} SET ended_deployment_id = ?, written_end = ? WHERE submission_id = ? AND source_row = ?",
                    [deployment_id, written_end, change_sid, change_row])
        name = mask_id_numbers(file_name)
        con.execute(f"INSERT INTO {fnd} (submission_id, source_row, field, code, message, form_type) "
                    "VALUES (?, ?, 'end_date', ?, ?, 'deployments')", [
                        sid, row, FINDING,
                        f"人员变更表（{name} 第{change_row}行）写明此人自{replaced_on:%Y-%m-%d}起由他人替换：派驻结束日期改为前一天 / "
                        f"a change list ({name}, row {change_row}) replaces this person from {replaced_on:%Y-%m-%d}: "
                        "the stay ends the day before"])
    return len(done)
