"""`advocaat visits escalate`: the ingebrekestelling and the bezwaar recorded headless."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_cli import advocaat

from advocaat.app.workspace import Workspace
from advocaat.db.visit_tables import Visit
from advocaat.paths import AppPaths


def run(tmp_path: Path, *arguments: str) -> tuple[int, str, str]:
    result = advocaat(
        "--lang", "en", "--data-dir", str(tmp_path / "data"), "visits", *arguments, cwd=tmp_path
    )  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def test_escalation_dates_are_recorded_and_the_dwangsom_shown(tmp_path: Path) -> None:
    # The worked example of tests/unit/test_escalation.py: application 2 November 2026, the
    # ingebrekestelling received 17 November, the dwangsom from 2 December to 12 January 2027.
    code, out, err = run(
        tmp_path, "add", "--member", "T. (proef)", "--application-on", "2026-11-02"
    )
    assert code == 0, err
    code, out, err = run(
        tmp_path,
        "escalate",
        "1",
        "--sent",
        "2026-11-17",
        "--received",
        "2026-11-17",
        "--on",
        "2026-12-15",
    )
    assert code == 0, err
    assert out.startswith("Visit 1 updated.\n")
    assert "16 Nov 2026: Municipality's decision" in out
    assert "2 Dec 2026: Penalty starts" in out
    assert "12 Jan 2027: Last day of the penalty" in out
    assert "Dwangsom from 2 Dec 2026 to 12 Jan 2027 at the most" in out
    assert "(at most € 1,442). Source: Awb, art. 4:17." in out
    assert ": 14 days so far, € 322 (at most € 1,442)" in out
    assert "Assuming" not in out

    code, out, err = run(
        tmp_path, "escalate", "1", "--decided", "2026-12-10", "--objection", "2027-01-05",
        "--committee", "--extended", "--on", "2027-02-01",
    )  # fmt: skip
    assert code == 0, err
    assert ": 8 days so far, € 184 (at most € 1,442)" in out
    with Workspace.open(AppPaths(tmp_path / "data")) as workspace, workspace.session() as session:
        visit = session.get(Visit, 1)
        assert visit is not None
        assert (visit.notice_sent_on, visit.notice_received_on) == (
            date(2026, 11, 17),
            date(2026, 11, 17),
        )
        assert (visit.decision_on, visit.objection_on) == (date(2026, 12, 10), date(2027, 1, 5))
        assert visit.objection_committee
        assert visit.objection_extended
        assert visit.member_name == "T. (proef)"  # what was not given stays
    # Bezwaar term: 10 December + 6 weeks = 21 January 2027; 18 weeks later: 27 May 2027.
    assert "27 May 2027: Decision on the objection" in out

    code, out, err = run(
        tmp_path, "escalate", "1", "--no-committee", "--objection-decided", "2027-03-01"
    )
    assert code == 0, err
    assert "Decision on the objection" in out  # done, but still listed on the form
    with Workspace.open(AppPaths(tmp_path / "data")) as workspace, workspace.session() as session:
        visit = session.get(Visit, 1)
        assert visit is not None
        assert not visit.objection_committee
        assert visit.objection_extended


def test_only_a_sent_date_shows_the_assumed_receipt(tmp_path: Path) -> None:
    run(tmp_path, "add", "--member", "T.", "--application-on", "2026-11-02")
    code, out, err = run(tmp_path, "escalate", "1", "--sent", "2026-11-20")
    assert code == 0, err
    assert (
        "Assuming the municipality received the ingebrekestelling on 24 Nov 2026, two working"
        " days after it was sent" in out
    )


def test_a_bad_escalation_is_one_sentence(tmp_path: Path) -> None:
    run(tmp_path, "add", "--member", "T.", "--application-on", "2026-11-02")
    code, out, err = run(
        tmp_path, "escalate", "1", "--sent", "2026-11-20", "--received", "2026-11-19"
    )
    assert (code, out) == (1, "")
    assert err == (
        "advocaat: The municipality cannot receive the ingebrekestelling before it was sent.\n"
    )
    code, out, err = run(tmp_path, "escalate", "7", "--sent", "2026-11-20")
    assert (code, err) == (1, "advocaat: There is no visit number 7.\n")


def test_an_ingebrekestelling_before_the_term_ended_is_named_premature(tmp_path: Path) -> None:
    run(tmp_path, "add", "--member", "T.", "--application-on", "2026-11-02")
    code, out, err = run(tmp_path, "escalate", "1", "--received", "2026-11-16")
    assert code == 0, err
    assert out.endswith(
        "The ingebrekestelling reached the municipality before the beslistermijn ended on"
        " 16 Nov 2026: it starts no dwangsom. Send it again.\n"
    )
    assert "Penalty starts" not in out
