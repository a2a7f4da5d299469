"""`advocaat signals add|list`: signals from the command line, with the privacy guard."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from advocaat.core.municipalities import find_municipality
from advocaat.core.setup import Role, load_setup
from advocaat.core.spreadsheet import csv_text
from advocaat.core.workspace import Workspace
from advocaat.db.models import Municipality
from advocaat.i18n import _, ngettext
from advocaat.office.picture import PictureFilter, all_listed
from advocaat.signals.service import (
    Law,
    SignalData,
    SignalError,
    Source,
    list_signals,
    privacy_guard,
    save_signal,
    signal_themes,
)
from advocaat.sync.export import NothingToExportError, export_signals

if TYPE_CHECKING:
    from advocaat.cli import RunOptions


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    signals = commands.add_parser("signals", help=_("record and list signals"))
    actions = signals.add_subparsers(dest="signals_command", metavar=_("ACTION"), required=True)
    adding = actions.add_parser("add", help=_("record a signal"))
    adding.add_argument("--municipality", required=True, metavar=_("NAME_OR_CBS_CODE"))
    adding.add_argument("--theme", action="append", required=True, metavar=_("THEME"))
    adding.add_argument("--text", required=True, metavar=_("TEXT"))
    adding.add_argument("--law", choices=[law.value for law in Law], default=Law.WMO.value)
    adding.add_argument(
        "--source", choices=[source.value for source in Source], default=Source.PHONE.value
    )
    adding.add_argument("--people", type=int, default=1, metavar="N")
    adding.add_argument(
        "--confirm-private-data-ok",
        action="store_true",
        help=_("save even though the privacy guard found possible personal data"),
    )
    adding.set_defaults(handler=add_command)
    exporting = actions.add_parser(
        "export", help=_("write the export file for the national office (encrypted, signed)")
    )
    exporting.add_argument("--output", type=Path, required=True, metavar=_("FILE"))
    exporting.add_argument(
        "--full", action="store_true", help=_("export every signal again, not only the changes")
    )
    exporting.set_defaults(handler=export_command)
    listing = actions.add_parser("list", help=_("list the signals"))
    listing.add_argument("--format", choices=["json", "csv"], default="json")
    listing.set_defaults(handler=list_command)


def add_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        municipality = find_municipality(session, arguments.municipality)
        if municipality is None:
            raise SignalError(
                _("{name} is not a Dutch municipality.").format(name=arguments.municipality)
            )
        confirmed: set[tuple[str, str]] = set()
        if arguments.confirm_private_data_ok:
            findings = privacy_guard(session).findings(arguments.text)
            confirmed = {(finding.kind.value, finding.text) for finding in findings}
        signal = save_signal(
            session,
            SignalData(
                text=arguments.text,
                municipality_code=municipality.cbs_code,
                happened_on=date.today(),
                themes=arguments.theme,
                law=arguments.law,
                source=arguments.source,
                people_count=arguments.people,
            ),
            confirmed=confirmed,
        )
        print(
            _("Signal {uid} recorded for {municipality}.").format(
                uid=signal.uid, municipality=municipality.name
            )
        )
    return 0


def _own_rows(session: Session) -> list[dict[str, object]]:
    rows = []
    for signal in list_signals(session):
        municipality = session.get(Municipality, signal.municipality_code)
        rows.append(
            {
                "uid": signal.uid,
                "revision": signal.revision,
                "date": signal.happened_on.isoformat(),
                "municipality": municipality.cbs_code if municipality else "",
                "municipality_name": municipality.name if municipality else "",
                "themes": signal_themes(signal),
                "law": signal.law,
                "source": signal.source,
                "people": signal.people_count,
                "status": signal.status,
                "office_status": signal.office_status or "",
                "office_comment": signal.office_comment,
                "text": signal.text,
            }
        )
    return rows


def _received_rows(session: Session) -> list[dict[str, object]]:
    """In the office role: the signals of all senders."""
    return [
        {
            "uid": row.uid,
            "sender": row.sender,
            "date": row.happened_on.isoformat(),
            "municipality_name": row.municipality,
            "province": row.province,
            "themes": list(row.themes),
            "law": row.law,
            "people": row.people,
            "urgency": row.urgency,
            "withdrawn": row.withdrawn,
            "sender_status": row.sender_status,
            "office_status": row.office_status,
            "office_comment": row.office_comment,
            "text": row.text,
        }
        for row in all_listed(session, PictureFilter())
    ]


def _flat(value: object) -> object:
    """A list (the themes) in one cell, as "a; b"."""
    return "; ".join(value) if isinstance(value, list) else value


def list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        setup = load_setup(session)
        office = setup is not None and setup.role is Role.NATIONAL_OFFICE
        rows = _received_rows(session) if office else _own_rows(session)
    if arguments.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    header = list(rows[0]) if rows else ["uid"]
    cells = ([_flat(row[name]) for name in header] for row in rows)
    sys.stdout.write(csv_text(header, cells))
    return 0


def export_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    with Workspace.open(options.paths) as workspace, workspace.session() as session:
        try:
            result = export_signals(
                session, arguments.output, options.paths.profile_dir, full=arguments.full
            )
        except NothingToExportError as nothing:
            print(nothing.message)
            return 0
    print(
        ngettext(
            "Export {sequence} written to {file}: {count} signal.",
            "Export {sequence} written to {file}: {count} signals.",
            result.record_count,
        ).format(sequence=result.sequence, file=result.path, count=result.record_count)
    )
    return 0
