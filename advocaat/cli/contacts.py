"""`advocaat contacts add|list|merge|import|export`: the contact book from the command line.

Adding, listing and merging go through :class:`ContactBook`, as the window does, so the checks
are the same; the commands only turn arguments into its plain values and its answers into text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.contacts.kinds import ContactRef, ContactType, FileFormat, OrganisationKind
from advocaat.i18n import _

if TYPE_CHECKING:
    from advocaat.app.contacts import ContactBook
    from advocaat.app.run_options import RunOptions
    from advocaat.contacts.cards import RecordProblem
    from advocaat.contacts.search import ContactRow
    from advocaat.contacts.transfer import ImportPreview


def add_parsers(commands: argparse._SubParsersAction) -> None:
    contacts = commands.add_parser(
        "contacts", help=_("add, list, merge, import and export contacts")
    )
    actions = contacts.add_subparsers(dest="contacts_command", metavar=_("ACTION"), required=True)
    _add_book_parsers(actions)
    importing = actions.add_parser(
        "import", help=_("import vCard (.vcf) or CSV files into the contact book")
    )
    importing.add_argument(
        "files", nargs="+", type=Path, metavar=_("FILE"), help=_("vCard (.vcf) or CSV files")
    )
    importing.set_defaults(handler=import_files)
    exporting = actions.add_parser("export", help=_("export the contact book to a file"))
    exporting.add_argument(
        "--format", choices=[f.value for f in FileFormat], required=True, help=_("the file format")
    )
    exporting.add_argument(
        "--output", type=Path, required=True, metavar=_("FILE"), help=_("the file to write")
    )
    exporting.add_argument(
        "--vcard-version",
        choices=["4.0", "3.0"],
        default="4.0",
        help=_("vCard version (default 4.0; 3.0 for older programs)"),
    )
    exporting.set_defaults(handler=export_file)


def _report(preview: ImportPreview) -> list[str]:
    from advocaat.contacts.transfer import Action

    lines = []
    for candidate in preview.candidates:
        name = candidate.card.display_name()
        if candidate.action is Action.MERGE:
            lines.append(
                "  "
                + _("{name}: merged with {existing} ({reason})").format(
                    name=name, existing=candidate.match_name, reason=candidate.reason
                )
            )
        for note in (candidate.similar, candidate.warning):
            if note:
                lines.append("  " + _("{name}: {warning}").format(name=name, warning=note))
    return lines


def _skipped(problems: list[RecordProblem]) -> list[str]:
    return [
        "  " + _("{where} skipped. {message}").format(where=p.place(), message=p.message)
        for p in problems
    ]


def import_files(options: RunOptions, arguments: argparse.Namespace) -> int:
    """Each file on its own, and each record in it: what can be used comes in, the rest is
    listed with its place in the file. Exit status 1 when a file could not be used at all."""
    from advocaat.app.contact_exchange import ContactExchange
    from advocaat.app.workspace import Workspace
    from advocaat.contacts.cards import ContactFileError

    failures = 0
    with Workspace.open(options.paths) as workspace:
        exchange = ContactExchange(workspace)
        for path in arguments.files:
            try:
                preview, summary = exchange.import_file(path)
            except ContactFileError as error:
                print(_("advocaat: {message}").format(message=error.message), file=sys.stderr)
                failures += 1
                continue
            print(
                _(
                    "{file}: {added} added, {merged} merged with existing contacts,"
                    " {skipped} skipped."
                ).format(
                    file=path, added=summary.added, merged=summary.merged, skipped=summary.skipped
                )
            )
            for line in _report(preview):
                print(line)
            if summary.problems:
                print("\n".join(_skipped(summary.problems)), file=sys.stderr)
    return 1 if failures else 0


def export_file(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.contact_exchange import ContactExchange
    from advocaat.app.workspace import Workspace
    from advocaat.core.files import write_file_safely

    with Workspace.open(options.paths) as workspace:
        data = ContactExchange(workspace).export(
            FileFormat(arguments.format), arguments.vcard_version
        )
    write_file_safely(arguments.output, data)
    print(_("Contacts written to {file}.").format(file=arguments.output))
    return 0


KINDS = [kind.value for kind in OrganisationKind]


def _add_book_parsers(actions: argparse._SubParsersAction) -> None:
    adding = actions.add_parser("add", help=_("add a person or an organisation"))
    types = adding.add_subparsers(dest="contact_type", metavar=_("TYPE"), required=True)
    person = types.add_parser("person", help=_("add a person"))
    person.add_argument("--given-name", default="", metavar=_("NAME"), help=_("given name"))
    person.add_argument("--infix", default="", metavar=_("INFIX"), help=_('e.g. "van der"'))
    person.add_argument("--family-name", default="", metavar=_("NAME"), help=_("family name"))
    person.add_argument(
        "--organisation",
        metavar="ID",
        help=_("where the person works, as `contacts list` shows it (organisation:3)"),
    )
    person.add_argument(
        "--role", default="", metavar=_("ROLE"), help=_("role or job, for example alderman")
    )
    person.add_argument(
        "--portfolio",
        default="",
        metavar=_("PORTFOLIO"),
        help=_("portfolio, for example Wmo and youth care"),
    )
    person.add_argument(
        "--phone",
        action="append",
        default=[],
        metavar=_("NUMBER"),
        help=_("a phone number; repeat it for more"),
    )
    person.add_argument(
        "--mobile",
        action="append",
        default=[],
        metavar=_("NUMBER"),
        help=_("a mobile number; repeat it for more"),
    )
    person.add_argument(
        "--email",
        action="append",
        default=[],
        metavar=_("ADDRESS"),
        help=_("an e-mail address; repeat it for more"),
    )
    person.add_argument(
        "--influence", type=int, metavar="1-5", help=_("influence, from 1 (little) to 5 (much)")
    )
    person.add_argument(
        "--attitude",
        type=int,
        metavar="-2..2",
        help=_("attitude towards your cause, from -2 (against) to 2 (for)"),
    )
    person.set_defaults(handler=add_person)
    organisation = types.add_parser("organisation", help=_("add an organisation"))
    organisation.add_argument(
        "--name", default="", metavar=_("NAME"), help=_("the organisation's name")
    )
    organisation.add_argument(
        "--kind",
        choices=KINDS,
        default=OrganisationKind.OTHER.value,
        help=_("the kind of organisation"),
    )
    organisation.add_argument(
        "--street", default="", metavar=_("STREET"), help=_("street and house number")
    )
    organisation.add_argument("--postcode", default="", metavar=_("POSTCODE"), help=_("postcode"))
    organisation.add_argument("--city", default="", metavar=_("CITY"), help=_("town or city"))
    organisation.add_argument("--phone", default="", metavar=_("NUMBER"), help=_("phone number"))
    organisation.add_argument("--email", default="", metavar=_("ADDRESS"), help=_("e-mail address"))
    organisation.add_argument(
        "--website", default="", metavar="URL", help=_("address of the website")
    )
    organisation.set_defaults(handler=add_organisation)
    for parser in (person, organisation):
        parser.add_argument(
            "--municipality",
            metavar=_("NAME_OR_CBS_CODE"),
            help=_("the municipality the contact works in"),
        )
        parser.add_argument(
            "--theme",
            action="append",
            default=[],
            metavar=_("THEME"),
            help=_("a theme; repeat it for more"),
        )
        parser.add_argument("--notes", default="", metavar=_("TEXT"), help=_("notes"))
    listing = actions.add_parser("list", help=_("list the contacts, optionally filtered"))
    listing.add_argument(
        "--text", default="", metavar=_("TEXT"), help=_("words to search for, as in the window")
    )
    listing.add_argument(
        "--municipality",
        metavar=_("NAME_OR_CBS_CODE"),
        help=_("only contacts in this municipality"),
    )
    listing.add_argument(
        "--kind", choices=KINDS, help=_("organisations of this kind and the people who work there")
    )
    listing.add_argument("--role", metavar=_("ROLE"), help=_("only people with this role"))
    listing.add_argument("--theme", metavar=_("THEME"), help=_("only contacts with this theme"))
    listing.add_argument(
        "--type",
        choices=[t.value for t in ContactType],
        help=_("only people or only organisations"),
    )
    listing.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help=_("text for people (the default), or json for scripts"),
    )
    listing.set_defaults(handler=list_contacts)
    merging = actions.add_parser(
        "merge", help=_("merge two people or two organisations into one; nothing is lost")
    )
    merging.add_argument("keep", metavar="KEEP", help=_("the contact that remains (person:12)"))
    merging.add_argument("other", metavar="OTHER", help=_("the contact merged into it"))
    merging.set_defaults(handler=merge_contacts)


def _ref(text: str, wanted: ContactType | None = None) -> ContactRef:
    """A contact id as `contacts list` shows it: person:12 or organisation:3."""
    from advocaat.contacts.people import ContactError

    kind, _sep, number = text.strip().partition(":")
    types = [wanted] if wanted else list(ContactType)
    if kind not in types or not number.isdigit():
        raise ContactError(
            _("{id} is not a contact id such as {example} (see contacts list).").format(
                id=text, example=ContactRef((wanted or ContactType.PERSON).value, 12).key
            )
        )
    return ContactRef(kind, int(number))


def _code(book: ContactBook, name_or_code: str | None) -> str | None:
    return book.municipality_code(name_or_code) if name_or_code else None


def _added(book: ContactBook, ref: ContactRef) -> int:
    print(_("{name} added as {id}.").format(name=book.details(ref).title, id=ref.key))
    return 0


def add_person(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.contacts import ContactBook
    from advocaat.app.workspace import Workspace
    from advocaat.contacts.people import PersonData

    with Workspace.open(options.paths) as workspace:
        book = ContactBook(workspace)
        employer = arguments.organisation
        data = PersonData(
            given_name=arguments.given_name,
            infix=arguments.infix,
            family_name=arguments.family_name,
            municipality_code=_code(book, arguments.municipality),
            notes=arguments.notes,
            influence=arguments.influence,
            attitude=arguments.attitude,
            phones=[(n, "work") for n in arguments.phone]
            + [(n, "mobile") for n in arguments.mobile],
            emails=[(address, "work") for address in arguments.email],
            themes=arguments.theme,
            organisation_id=_ref(employer, ContactType.ORGANISATION).id if employer else None,
            role=arguments.role,
            portfolio=arguments.portfolio,
        )
        return _added(book, book.save_person(None, data))


def add_organisation(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.contacts import ContactBook
    from advocaat.app.workspace import Workspace
    from advocaat.contacts.people import OrganisationData

    with Workspace.open(options.paths) as workspace:
        book = ContactBook(workspace)
        data = OrganisationData(
            name=arguments.name,
            kind=arguments.kind,
            municipality_code=_code(book, arguments.municipality),
            street=arguments.street,
            postcode=arguments.postcode,
            city=arguments.city,
            phone=arguments.phone,
            email=arguments.email,
            website=arguments.website,
            notes=arguments.notes,
            themes=arguments.theme,
        )
        return _added(book, book.save_organisation(None, data))


def _listed(row: ContactRow) -> dict[str, str]:
    person = row.ref.type == ContactType.PERSON
    return {
        "id": row.ref.key,
        "type": row.ref.type,
        "name": row.name,
        "role": row.role if person else "",
        "organisation": row.organisation,
        "kind": row.kind,
        "municipality": row.municipality,
    }


def list_contacts(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.contacts import ContactBook
    from advocaat.app.workspace import Workspace
    from advocaat.contacts.search import ContactFilter

    with Workspace.open(options.paths) as workspace:
        book = ContactBook(workspace)
        criteria = ContactFilter(
            text=arguments.text,
            municipality_code=_code(book, arguments.municipality),
            organisation_kind=arguments.kind,
            role=arguments.role,
            theme=arguments.theme,
            types=frozenset({ContactType(arguments.type)})
            if arguments.type
            else frozenset(ContactType),
        )
        rows = book.page(criteria)
    if arguments.format == "json":
        print(json.dumps([_listed(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        details = ", ".join(part for part in (row.role, row.organisation, row.municipality) if part)
        print(f"{row.ref.key}\t{row.name}\t{details}")
    return 0


def merge_contacts(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.contacts import ContactBook
    from advocaat.app.workspace import Workspace

    keep, other = _ref(arguments.keep), _ref(arguments.other)
    with Workspace.open(options.paths) as workspace:
        name = ContactBook(workspace).merge(keep, other)
    print(
        _("{other} merged into {keep} ({name}).").format(other=other.key, keep=keep.key, name=name)
    )
    return 0
