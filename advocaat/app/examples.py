"""Good examples as the GUI and the command line use them: each call is one unit of work."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from advocaat.app.workspace import Workspace
from advocaat.core.files import write_file_safely
from advocaat.examples.service import (
    Confirmed,
    ExampleData,
    SharedExample,
    count_examples,
    example_page,
    find_example,
    municipality_names,
    save_example,
    shared,
    shared_record,
    stored_confirmations,
)
from advocaat.i18n import ngettext
from advocaat.office.examples import ReceivedLine, received_examples, select_example
from advocaat.organisation.setup import load_setup
from advocaat.sync.export import ExportResult
from advocaat.sync.profile import stored_profile


@dataclass(frozen=True)
class ExampleRow:
    id: int
    uid: str
    revision: int
    municipality: str
    data: ExampleData
    confirmed: Confirmed


def went_along(result: ExportResult) -> str:
    """What an export carried beside its signals: good examples and answer sets ("" for none)."""
    examples, answer_sets = result.example_count, result.answer_set_count
    parts = [
        ngettext(
            "{count} good example went along.", "{count} good examples went along.", examples
        ).format(count=examples)
        if examples
        else "",
        ngettext(
            "{count} answer set went along.", "{count} answer sets went along.", answer_sets
        ).format(count=answer_sets)
        if answer_sets
        else "",
    ]
    return " ".join(part for part in parts if part)


class ExampleBook:
    """The volunteer's own good examples, and those the office shipped in its profile."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def count(self) -> int:
        with self._workspace.session() as session:
            return count_examples(session)

    def page(self, offset: int = 0, limit: int | None = None) -> list[ExampleRow]:
        """The own examples, newest first."""
        with self._workspace.session() as session:
            examples = example_page(session, offset, limit)
            names = municipality_names(session, {e.municipality_code for e in examples})
            return [
                ExampleRow(
                    id=e.id,
                    uid=e.uid,
                    revision=e.revision,
                    municipality=names.get(e.municipality_code or "", ""),
                    data=ExampleData(
                        municipality_code=e.municipality_code,
                        strategy=e.strategy,
                        title=e.title,
                        story=e.story,
                        partners=e.partners,
                        happened_on=e.happened_on,
                    ),
                    confirmed=stored_confirmations(e),
                )
                for e in examples
            ]

    def row(self, reference: str) -> ExampleRow:
        """One example by number or uid."""
        with self._workspace.session() as session:
            wanted = find_example(session, reference).id
        return next(row for row in self.page() if row.id == wanted)

    def save(
        self, example_id: int | None, data: ExampleData, confirmed: Confirmed = frozenset()
    ) -> int:
        """Save the example; refused whole while a text holds unconfirmed personal data."""
        with self._workspace.session() as session:
            return save_example(session, data, example_id=example_id, confirmed=confirmed).id

    def own(self, references: list[str] | None = None) -> list[SharedExample]:
        """The own examples named (all when ``None``), as they are printed."""
        with self._workspace.session() as session:
            if references is None:
                examples = example_page(session)
            else:
                examples = [find_example(session, reference) for reference in references]
            names = municipality_names(session, {e.municipality_code for e in examples})
            return [shared(example, names) for example in examples]

    def from_office(self) -> list[SharedExample]:
        """The national office's selection, from the profile imported last."""
        with self._workspace.session() as session:
            profile = stored_profile(session)
        return [replace(e, from_office=True) for e in profile.examples] if profile else []

    def listing(self, *, from_office: bool = False) -> list[dict[str, object]]:
        """The own examples (with number and uid) or the office's selection, as records."""
        if from_office:
            return [shared_record(example) for example in self.from_office()]
        return [
            {"id": row.id, "uid": row.uid, "revision": row.revision} | shared_record(example)
            for row, example in zip(self.page(), self.own(), strict=True)
        ]

    def write_bundle(
        self,
        path: Path,
        references: list[str] | None = None,
        *,
        with_office: bool = True,
        today: date | None = None,
    ) -> int:
        """Print the voorbeeldenbundel of the own examples named (all when ``None``) and the
        office's selection; how many examples it holds."""
        examples = self.own(references) + (self.from_office() if with_office else [])
        with self._workspace.session() as session:
            setup = load_setup(session)
        from advocaat.printing.examples_bundle import bundle_pdf  # noqa: PLC0415 - reportlab loads only to print

        pdf = bundle_pdf(
            examples,
            organisation=setup.organisation if setup else "",
            printed_on=today or date.today(),
        )
        write_file_safely(path, pdf)
        return len(examples)


class OfficeExampleBook:
    """The office's received good examples and its selection, which the profile ships."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def received(self, *, selected_only: bool = False) -> list[ReceivedLine]:
        """The received examples, newest first, with their sender (the office's to see)."""
        with self._workspace.session() as session:
            return received_examples(session, selected_only=selected_only)

    def select(self, example_id: int, selected: bool = True) -> ReceivedLine:
        """Put the example in the selection (or take it out); as it is now."""
        with self._workspace.session() as session:
            return select_example(session, example_id, selected)
