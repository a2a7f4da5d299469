"""`advocaat signals add|edit|withdraw|list|history`: signals from the command line.

Every write goes through the same :class:`SignalBook` as the window, with the privacy guard
applied as the window applies it: findings are refused until the user confirms them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from advocaat.cli.common import day, format_option, print_json, save_guarded
from advocaat.i18n import _, ngettext
from advocaat.signals.cost import Cost, CostError, CostPeriod, cost_period, parse_euros
from advocaat.signals.kinds import Law, Source, Status, Urgency

if TYPE_CHECKING:
    from advocaat.app.run_options import RunOptions
    from advocaat.app.signals import SignalBook
    from advocaat.app.workspace import Workspace
    from advocaat.signals.service import SignalData


def add_parsers(commands: argparse._SubParsersAction) -> None:
    signals = commands.add_parser("signals", help=_("record, change and list signals"))
    actions = signals.add_subparsers(dest="signals_command", metavar=_("ACTION"), required=True)
    adding = actions.add_parser("add", help=_("record a signal"))
    adding.add_argument(
        "--municipality",
        required=True,
        metavar=_("NAME_OR_CBS_CODE"),
        help=_("the municipality the signal is about"),
    )
    adding.add_argument(
        "--theme",
        action="append",
        required=True,
        metavar=_("THEME"),
        help=_("a theme; repeat it for more"),
    )
    adding.add_argument(
        "--text", required=True, metavar=_("TEXT"), help=_("what happened, without personal data")
    )
    adding.add_argument(
        "--law",
        choices=[law.value for law in Law],
        default=Law.WMO.value,
        help=_("the law it falls under"),
    )
    adding.add_argument(
        "--source", choices=[source.value for source in Source], default=Source.PHONE.value,
        help=_("where the signal came from"),
    )  # fmt: skip
    adding.add_argument(
        "--people", type=int, default=1, metavar="N", help=_("how many people it concerns")
    )
    _cost_options(adding, clearing=False)
    _confirm_option(adding)
    adding.set_defaults(handler=add_command)
    exporting = actions.add_parser(
        "export", help=_("write the export file for the national office (encrypted, signed)")
    )
    exporting.add_argument(
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the export file to write, or a folder to write it in"),
    )
    exporting.add_argument(
        "--full", action="store_true", help=_("export every signal again, not only the changes")
    )
    exporting.set_defaults(handler=export_command)
    listing = actions.add_parser("list", help=_("list the signals"))
    listing.add_argument(
        "--format",
        choices=["json", "csv"],
        default="json",
        help=_("json (the default) for scripts, or csv for a spreadsheet"),
    )
    listing.set_defaults(handler=list_command)
    _add_changing_parsers(actions)


def _cost_options(parser: argparse.ArgumentParser, *, clearing: bool) -> None:
    parser.add_argument(
        "--cost",
        metavar=_("EUROS"),
        help=_('the estimated extra cost per person affected, such as 12,50 ("" for none)')
        if clearing
        else _("the estimated extra cost per person affected, such as 12,50"),
    )
    parser.add_argument(
        "--cost-per",
        choices=[period.value for period in CostPeriod],
        help=_("whether the cost is per month, per year or once; give it with --cost"),
    )


def _typed_cost(euros: str | None, per: str | None) -> Cost | None:
    """The estimate the options give: both options or neither; an empty --cost clears it."""
    if euros is not None and not euros.strip() and per is None:
        return None
    if euros is None and per is None:
        return None
    if euros is None or per is None:
        raise CostError(_("Give --cost and --cost-per together, or neither."))
    return Cost(parse_euros(euros), cost_period(per))


def _confirm_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--confirm-private-data-ok",
        action="store_true",
        help=_("save even though the privacy guard found possible personal data"),
    )


def _save_guarded(
    book: SignalBook,
    signal_id: int | None,
    data: SignalData,
    confirmed: frozenset[tuple[str, str]],
    status: Status | None,
    *,
    confirm_ok: bool,
) -> int:
    return save_guarded(
        lambda kept: book.save(signal_id, data, kept, status), confirmed, confirm_ok=confirm_ok
    )


def add_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.organisation import OrganisationBook
    from advocaat.app.signals import SignalBook
    from advocaat.app.workspace import Workspace
    from advocaat.signals.service import SignalData

    with Workspace.open(options.paths) as workspace:
        code, name = OrganisationBook(workspace).municipality(arguments.municipality)
        book = SignalBook(workspace)
        data = SignalData(
            text=arguments.text,
            municipality_code=code,
            happened_on=date.today(),
            themes=arguments.theme,
            law=arguments.law,
            source=arguments.source,
            people_count=arguments.people,
            cost=_typed_cost(arguments.cost, arguments.cost_per),
        )
        signal_id = _save_guarded(
            book, None, data, frozenset(), None, confirm_ok=arguments.confirm_private_data_ok
        )
        uid = book.row(str(signal_id)).uid
    print(_("Signal {uid} recorded for {municipality}.").format(uid=uid, municipality=name))
    return 0


def _csv_rows(header: list[str], records: Iterable[dict[str, Any]]) -> Iterator[list[object]]:
    """Each record as a CSV row in the header's order, its themes in one cell as "a; b"."""
    for record in records:
        if isinstance(record.get("themes"), list):
            record["themes"] = "; ".join(record["themes"])
        yield [record[name] for name in header]


def list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SignalBook
    from advocaat.app.workspace import Workspace
    from advocaat.core.spreadsheet import csv_text

    with Workspace.open(options.paths) as workspace:
        rows = SignalBook(workspace).listing()
        if arguments.format == "json":
            print(json.dumps(list(rows), ensure_ascii=False, indent=2))
            return 0
        first = next(rows, None)
        header = list(first) if first else ["uid"]
        streamed = itertools.chain([first] if first else [], rows)
        sys.stdout.write(csv_text(header, _csv_rows(header, streamed)))
    return 0


def export_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SyncBook
    from advocaat.app.workspace import Workspace
    from advocaat.sync.export import NothingToExportError

    with Workspace.open(options.paths) as workspace:
        try:
            result = SyncBook(workspace).export(arguments.output, full=arguments.full)
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
    from advocaat.app.examples import went_along

    if carried := went_along(result):
        print(carried)
    return 0


EDIT_OPTIONS = {
    "text": "--text",
    "municipality_code": "--municipality",
    "happened_on": "--date",
    "themes": "--theme",
    "law": "--law",
    "source": "--source",
    "people_count": "--people",
    "urgency": "--urgency",
    "organisation_id": "--organisation",
    "cost": "--cost",
}
"""Every field of a signal and the option of ``signals edit`` that changes it (the cost with
``--cost-per`` beside it)."""


def _add_changing_parsers(actions: argparse._SubParsersAction) -> None:
    reference = {"metavar": "ID", "help": _("the signal's number or uid, as signals list shows")}
    editing = actions.add_parser(
        "edit", help=_("change a signal; what you leave out stays as it is")
    )
    editing.add_argument("signal", **reference)
    editing.add_argument("--text", metavar=_("TEXT"), help=_("the new text, without personal data"))
    editing.add_argument(
        "--municipality",
        metavar=_("NAME_OR_CBS_CODE"),
        help=_("the municipality the signal is about"),
    )
    editing.add_argument("--date", metavar=_("DATE"), help=_("YYYY-MM-DD"))
    editing.add_argument(
        "--theme", action="append", metavar=_("THEME"),
        help=_("the themes anew; repeat it for more"),
    )  # fmt: skip
    editing.add_argument(
        "--law", choices=[law.value for law in Law], help=_("the law it falls under")
    )
    editing.add_argument(
        "--source",
        choices=[source.value for source in Source],
        help=_("where the signal came from"),
    )
    editing.add_argument("--people", type=int, metavar="N", help=_("how many people it concerns"))
    editing.add_argument(
        "--urgency", choices=[urgency.value for urgency in Urgency], help=_("how urgent it is")
    )
    editing.add_argument(
        "--organisation", metavar=_("NAME"),
        help=_('the organisation of the contact book it concerns ("" for none)'),
    )  # fmt: skip
    _cost_options(editing, clearing=True)
    editing.add_argument(
        "--status", choices=[status.value for status in Status], help=_("how far it has got")
    )
    _confirm_option(editing)
    editing.set_defaults(handler=edit_command)
    withdrawing = actions.add_parser(
        "withdraw", help=_("withdraw a signal; the national office hears of it on export")
    )
    withdrawing.add_argument("signal", **reference)
    withdrawing.set_defaults(handler=withdraw_command)
    history = actions.add_parser("history", help=_("list the exports made"))
    format_option(history)
    history.set_defaults(handler=history_command)


def _changes(
    workspace: Workspace, book: SignalBook, arguments: argparse.Namespace
) -> dict[str, Any]:
    """The fields the user named, read into the values a signal holds."""
    from advocaat.app.organisation import OrganisationBook
    from advocaat.signals.service import normal_themes

    readers: dict[str, Callable[[Any], Any]] = {
        "text": str.strip,
        "themes": normal_themes,
        "municipality_code": lambda text: OrganisationBook(workspace).municipality(text)[0],
        "happened_on": day,
        "organisation_id": book.organisation_id,
        "cost": lambda euros: _typed_cost(euros, arguments.cost_per),
    }
    if arguments.cost is None and arguments.cost_per is not None:
        raise CostError(_("Give --cost and --cost-per together, or neither."))
    changes: dict[str, Any] = {}
    for field, option in EDIT_OPTIONS.items():
        value = getattr(arguments, option.removeprefix("--"))
        if value is not None:
            changes[field] = readers[field](value) if field in readers else value
    return changes


def edit_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SignalBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        book = SignalBook(workspace)
        row = book.row(arguments.signal)
        data = replace(row.data, **_changes(workspace, book, arguments))
        status = Status(arguments.status) if arguments.status else None
        if data == row.data and status in (None, row.status):
            print(
                _("Signal {number} already reads like this; nothing changed.").format(number=row.id)
            )
            return 0
        _save_guarded(
            book, row.id, data, row.confirmed, status,
            confirm_ok=arguments.confirm_private_data_ok,
        )  # fmt: skip
    print(_("Signal {number} saved.").format(number=row.id))
    return 0


def withdraw_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SignalBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        book = SignalBook(workspace)
        row = book.row(arguments.signal)
        withdrawn = book.withdraw(row.id)
    message = (
        _("Signal {number} withdrawn; the national office hears of it with the next export.")
        if withdrawn
        else _("Signal {number} was withdrawn already; nothing changed.")
    )
    print(message.format(number=row.id))
    return 0


def history_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.signals import SyncBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        lines = SyncBook(workspace).history()
    if arguments.format == "json":
        print_json(
            [
                {
                    "sequence": line.sequence,
                    "created_at": line.created_at.isoformat(timespec="seconds"),
                    "signals": line.record_count,
                    "file": line.file_name,
                }
                for line in lines
            ]
        )
        return 0
    for line in lines:
        print(line)
    if not lines:
        print(_("No exports yet."))
    return 0
