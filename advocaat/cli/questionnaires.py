"""`advocaat questionnaire …` (the volunteer: the office's questionnaires, answers gathered on
paper) and `advocaat office questionnaire …` (the office: define one from a file, list them,
the results)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from advocaat.cli.common import format_option, print_json
from advocaat.i18n import _, ngettext

if TYPE_CHECKING:
    from advocaat.app.questionnaires import QuestionnaireLine
    from advocaat.app.run_options import RunOptions
    from advocaat.questionnaires.results import Results


def add_parsers(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser(
        "questionnaire", help=_("the national office's questionnaires for members")
    )
    actions = group.add_subparsers(dest="questionnaire_command", metavar=_("ACTION"), required=True)
    listing = actions.add_parser("list", help=_("list the questionnaires from the profile"))
    format_option(listing)
    listing.set_defaults(handler=list_command, received=False)
    answering = actions.add_parser(
        "answer", help=_("enter the answers gathered on paper, from an answers file")
    )
    answering.add_argument("id", metavar="ID", help=_("the questionnaire's id, as list shows it"))
    answering.add_argument(
        "--from",
        dest="source",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the answers file (JSON, see docs/file-formats.md)"),
    )
    answering.set_defaults(handler=answer_command)


def add_office_parsers(actions: argparse._SubParsersAction) -> None:
    """``office questionnaire define|list|results``."""
    group = actions.add_parser("questionnaire", help=_("questionnaires for members"))
    office = group.add_subparsers(dest="questionnaire_command", metavar=_("ACTION"), required=True)
    defining = office.add_parser(
        "define", help=_("take a questionnaire from a file; it goes out with the next profile")
    )
    defining.add_argument(
        "file", type=Path, metavar=_("FILE"), help=_("the questionnaire file (JSON)")
    )
    defining.set_defaults(handler=define_command)
    listing = office.add_parser("list", help=_("list the questionnaires and their answer sets"))
    format_option(listing)
    listing.set_defaults(handler=list_command, received=True)
    results = office.add_parser("results", help=_("the results of a questionnaire"))
    results.add_argument("id", metavar="ID", help=_("the questionnaire's id, as list shows it"))
    results.add_argument(
        "--format",
        choices=["text", "csv", "xlsx", "json"],
        default="text",
        help=_("text for people (the default), csv, xlsx or json"),
    )
    results.add_argument(
        "--output",
        type=Path,
        metavar=_("FILE"),
        help=_("the file to write (default: the screen; xlsx needs a file)"),
    )
    results.set_defaults(handler=results_command)


def _line(line: QuestionnaireLine) -> str:
    answered = ngettext("{count} answer set", "{count} answer sets", line.answer_sets).format(
        count=line.answer_sets
    )
    return f"{line.id}\t{line.title}\t{line.starts} – {line.ends}\t{answered}"


def list_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.questionnaires import QuestionnaireBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        lines = QuestionnaireBook(workspace).lines(received=arguments.received)
    if arguments.format == "json":
        print_json(
            [
                {
                    "id": line.id,
                    "title": line.title,
                    "from": line.starts.isoformat(),
                    "to": line.ends.isoformat(),
                    "questions": line.questions,
                    "answer_sets": line.answer_sets,
                }
                for line in lines
            ]
        )
    elif not lines:
        print(_("No questionnaires yet."))
    for line in lines if arguments.format == "text" else []:
        print(_line(line))
    return 0


def define_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.questionnaires import QuestionnaireBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        questionnaire, new = QuestionnaireBook(workspace).define(arguments.file)
    message = (
        _("Questionnaire {id} defined; it goes out with the next profile.")
        if new
        else _("Questionnaire {id} replaced; it goes out with the next profile.")
    )
    print(message.format(id=questionnaire.id))
    return 0


def answer_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.questionnaires import QuestionnaireBook
    from advocaat.app.workspace import Workspace

    with Workspace.open(options.paths) as workspace:
        count = QuestionnaireBook(workspace).answer_from_file(arguments.id, arguments.source)
    print(
        ngettext(
            "{count} answer set entered; it goes to the office with the next export.",
            "{count} answer sets entered; they go to the office with the next export.",
            count,
        ).format(count=count)
    )
    return 0


def _text(results: Results) -> str:
    from advocaat.questionnaires.results import result_rows

    lines = [
        f"{results.questionnaire.id}: {results.questionnaire.title}",
        ngettext("{count} answer set", "{count} answer sets", results.answer_sets).format(
            count=results.answer_sets
        ),
    ]
    texts = {question.id: question.text for question in results.questionnaire.questions}
    shown = ""
    for question, place, answer, value in result_rows(results):
        if question != shown:
            lines.append(f"\n{question}: {texts[question]}")
            shown = question
        lines.append(f"  {place}\t{answer}\t{value}")
    return "\n".join(lines) + "\n"


def results_command(options: RunOptions, arguments: argparse.Namespace) -> int:
    from advocaat.app.questionnaires import QuestionnaireBook
    from advocaat.app.workspace import Workspace
    from advocaat.cli.common import ValueTypedError

    kind, output = arguments.format, arguments.output
    if kind == "xlsx" and output is None:
        raise ValueTypedError(_("An .xlsx file needs --output FILE."))
    with Workspace.open(options.paths) as workspace:
        book = QuestionnaireBook(workspace)
        if kind == "text":
            text = _text(book.results(arguments.id))
            data = text.encode("utf-8")
        else:
            data = book.results_file(arguments.id, kind)
    if output is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    from advocaat.core.files import write_file_safely

    write_file_safely(output, data)
    print(_("Results written to {file}.").format(file=output))
    return 0
