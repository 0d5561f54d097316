"""An activity that names who led it (a work log's 姓名：许知行, a 远程会诊登记's 会诊专家) but not the hospital
they came from, at a recipient with two supporters: the roster says which.

The roster is usually another file — often read after the activity's, or in another run — and the activity
names the person without an ID number. So, as for a change list (replacements.py), the name is kept only as
a keyed pseudonym within each of the recipient's support hospitals (``activity_staff_keys``), and after every
run's writes (``apply``) an activity still without a support hospital gets the one whose roster has that
person at that recipient on that day — when exactly one has (a value sure as the recipient's only supporter
is, and like it filled without a finding). No stay, or stays from two supporters: the field stays empty."""

from __future__ import annotations

from pipelines.db.schema import qualified

def stage(staged, sid: str, records, person_ids, supporters) -> None:
    """The staff name keys of one activities sheet's curated records lacking their support hospital;
    ``supporters(recipient_id)``: the recipient's support hospitals in the pairings."""
    for rec in records:
        v = rec.values
        rid, day = v.get("recipient_hospital_id"), v.get("activity_date")
        if not rec.known_name or v.get("support_hospital_id") or not rid or not day:
            continue
        for sup in sorted(supporters(rid)):
            staged.activity_staff_rows.append((sid, rec.source_row, rid, day, sup, person_ids.from_name(rec.known_name, sup)))


def apply(con) -> int:
    """Give each activity still without a support hospital the one whose roster has its staff member at its
    recipient on its day, when exactly one does; returns how many activity rows got one now."""
    keys, dep, act, sub, names = (qualified(t) for t in ("activity_staff_keys", "deployments", "activities", "submissions",
                                                         "person_name_keys"))
    found = con.execute(f"""
        WITH k AS (SELECT k.* FROM {keys} k JOIN {sub} s USING (submission_id) WHERE s.superseded_by IS NULL),
        hit AS (
            SELECT k.submission_id, k.source_row, d.support_hospital_id AS sup
            FROM k JOIN {dep} d
              ON d.recipient_hospital_id = k.recipient_hospital_id AND d.support_hospital_id = k.support_hospital_id
             AND (d.person_id = k.name_key OR d.person_id IN (SELECT n.person_id FROM {names} n WHERE n.name_key = k.name_key))
             AND d.start_date <= k.activity_date AND (d.end_date IS NULL OR d.end_date >= k.activity_date))
        SELECT submission_id, source_row, any_value(sup) FROM hit
        GROUP BY submission_id, source_row HAVING count(DISTINCT sup) = 1
        ORDER BY submission_id, source_row""").fetchall()
    n = 0
    for sid, row, sup in found:
        hit = con.execute(f"""UPDATE {act} SET support_hospital_id = ? WHERE submission_id = ? AND source_row = ?
                              AND support_hospital_id IS NULL RETURNING activity_id""", [sup, sid, row]).fetchall()
        if not hit:
            continue  # given in an earlier run (or by the row itself)
        n += len(hit)
    return n
