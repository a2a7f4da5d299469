"""Netwerk: the netwerkanalyse. Who matters locally, how they stand, how they relate, and the
approach per party; drag a point on the grid or set the scores with the keyboard, with undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPainter, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.network import NetworkBook
from advocaat.contacts.search import ContactRef
from advocaat.core.files import FileWriteError
from advocaat.i18n import _, format_date
from advocaat.network.grid import Party
from advocaat.network.numbering import network_parties, party_numbers
from advocaat.network.relations import RelationKind
from advocaat.ui.dialogs.form_dialog import choice_combo
from advocaat.ui.feedback import print_to_pdf, problems_shown
from advocaat.ui.network_scene import FittedView, GridScene, network_scene, render_png
from advocaat.ui.widgets import (
    SideBySide,
    fields_in_flow,
    heading,
    name_inner_parts,
    paragraph,
)
from advocaat.ui.worker import save_in_worker

REF_ROLE = Qt.ItemDataRole.UserRole + 1


def _score(box: QSpinBox) -> int | None:
    return None if box.value() == box.minimum() else box.value()


def _show_score(box: QSpinBox, value: int | None) -> None:
    box.setValue(box.minimum() if value is None else value)


class ScoreChange(QUndoCommand):
    """New scores for one party, saved at once; undo puts the old ones back (also saved)."""

    def __init__(self, view: NetworkView, party: Party, scores: tuple[int | None, int | None]):
        super().__init__(_("Scores of {name}").format(name=party.name))
        self._view = view
        self._ref = party.ref
        self._before = (party.influence, party.attitude)
        self._after = scores

    def redo(self) -> None:
        self._view.apply_scores(self._ref, *self._after)

    def undo(self) -> None:
        self._view.apply_scores(self._ref, *self._before)


class NetworkView(QWidget):
    def __init__(
        self,
        book: NetworkBook,
        municipalities: list[tuple[str, str]],
        parent: QWidget | None = None,
        start: str | None = None,
    ) -> None:
        """``start``: the municipality shown first (the user's own), so opening the view does
        not load every party of a large contact book."""
        super().__init__(parent)
        self.setObjectName("network-view")
        self.book = book
        self.undo_stack = QUndoStack(self)
        self._parties: list[Party] = []
        self._current: Party | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Network analysis")))
        layout.addWidget(
            paragraph(
                _(
                    "Place each party by its influence on your theme and its attitude towards"
                    " your cause: drag a point, or choose the party in the list and set the"
                    " numbers. Open circles are parties without contact in the last year."
                )
            )
        )
        layout.addWidget(self._build_toolbar(municipalities))
        self.municipality.blockSignals(True)
        self.municipality.setCurrentIndex(max(self.municipality.findData(start), 0))
        self.municipality.blockSignals(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_grid_tab(), _("Gri&d"))
        self.tabs.addTab(self._build_relations_tab(), _("&Relations"))
        self.tabs.addTab(self._build_overview_tab(), _("O&verview"))
        layout.addWidget(self.tabs, 1)
        self.refresh()
        name_inner_parts(self)

    # -- building ------------------------------------------------------------------------------

    def _build_toolbar(self, municipalities: list[tuple[str, str]]) -> QWidget:
        self.municipality = choice_combo([(name, code) for code, name in municipalities], None,
                                         _("All municipalities"))  # fmt: skip
        self.theme = choice_combo([(name, name) for name in self.book.themes()], None,
                                  _("All themes"))  # fmt: skip
        for combo in (self.municipality, self.theme):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.undo_button = QPushButton(_("&Undo"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.picture_button = QPushButton(_("Save &picture…"))
        self.picture_button.clicked.connect(self.choose_picture_file)
        self.print_button = QPushButton(_("Print a&nalysis…"))
        self.print_button.setToolTip(_("The written analysis of the chosen municipality, as PDF"))
        self.print_button.clicked.connect(self.choose_report_file)
        return fields_in_flow(
            [(_("Muni&cipality:"), self.municipality), (_("The&me:"), self.theme)],
            self.undo_button,
            self.picture_button,
            self.print_button,
        )

    def _build_grid_tab(self) -> QWidget:
        splitter = SideBySide()
        self.grid = GridScene()
        self.grid.moved.connect(self._dropped)
        self.grid_view = FittedView(self.grid)
        self.grid_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.grid_view.setAccessibleName(_("Grid of influence and attitude"))
        self.grid_view.setMinimumSize(300, 280)
        splitter.addWidget(self.grid_view)
        side = QWidget()
        form_layout = QVBoxLayout(side)
        self.party_list = QListWidget()
        self.party_list.setAccessibleName(_("Parties"))
        self.party_list.currentItemChanged.connect(lambda *_args: self._show_current())
        form_layout.addWidget(paragraph(_("Parties (number on the grid):")))
        form_layout.addWidget(self.party_list, 1)
        form = QFormLayout()
        self.influence = self._score_box(1, 5)
        self.attitude = self._score_box(-2, 2)
        self.influence.setToolTip(_("1 little … 5 much"))
        self.attitude.setToolTip(_("-2 against … 2 for"))
        form.addRow(_("&Influence:"), self.influence)
        form.addRow(_("&Attitude:"), self.attitude)
        form_layout.addLayout(form)
        self.set_scores_button = QPushButton(_("Set &scores"))
        self.set_scores_button.clicked.connect(self._scores_from_boxes)
        form_layout.addWidget(self.set_scores_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.approach = paragraph("")
        self.approach.setObjectName("approach")
        form_layout.addWidget(self.approach)
        self.strategy = QPlainTextEdit()
        self.strategy.setTabChangesFocus(True)
        self.strategy.setAccessibleName(_("Strategy for this party"))
        self.strategy.setPlaceholderText(_("Your approach for this party"))
        self.strategy.setMaximumHeight(self.fontMetrics().height() * 6)
        form_layout.addWidget(QLabel(_("Strategy:")))
        form_layout.addWidget(self.strategy)
        self.strategy_button = QPushButton(_("Save s&trategy"))
        self.strategy_button.clicked.connect(self.save_strategy)
        form_layout.addWidget(self.strategy_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _score_box(self, low: int, high: int) -> QSpinBox:
        """A score from ``low`` to ``high``; one step below shows a dash: not scored yet."""
        box = QSpinBox()
        box.setRange(low - 1, high)
        box.setSpecialValueText("—")
        return box

    def _build_relations_tab(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.network_view = FittedView()
        self.network_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.network_view.setAccessibleName(_("Picture of the relations"))
        self.network_view.setMinimumHeight(320)
        layout.addWidget(self.network_view, 1)
        layout.addWidget(
            paragraph(
                _(
                    "Lines: solid = {works}, thick = {funds}, dashed = {advises}, dotted ="
                    " {member}, dash-dot = {opposes}. Open circles: still to approach."
                ).format(
                    works=RelationKind.WORKS_WITH.label,
                    funds=RelationKind.FUNDS.label,
                    advises=RelationKind.ADVISES.label,
                    member=RelationKind.MEMBER_OF.label,
                    opposes=RelationKind.OPPOSES.label,
                )
            )
        )
        self.relations = QTableWidget(0, 3)
        self.relations.setAccessibleName(_("Relations"))
        self.relations.setHorizontalHeaderLabels([_("Party"), _("Relation"), _("With")])
        self.relations.verticalHeader().hide()
        self.relations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.relations.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.relations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.relations.setMaximumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(self.relations)
        self.relation_from = QComboBox()
        self.relation_kind = choice_combo([(k.label, k.value) for k in RelationKind], None)
        self.relation_to = QComboBox()
        for combo in (self.relation_from, self.relation_to):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
        self.add_relation_button = QPushButton(_("Add re&lation"))
        self.add_relation_button.clicked.connect(self.add_relation)
        self.remove_relation_button = QPushButton(_("R&emove relation"))
        self.remove_relation_button.clicked.connect(self.remove_relation)
        layout.addWidget(
            fields_in_flow(
                [
                    (_("Party"), self.relation_from),
                    (_("Relation"), self.relation_kind),
                    (_("With"), self.relation_to),
                ],
                self.add_relation_button,
                self.remove_relation_button,
            )
        )
        return box

    def _build_overview_tab(self) -> QWidget:
        self.overview = QTableWidget(0, 7)
        self.overview.setAccessibleName(_("Parties with their place on the grid"))
        self.overview.setHorizontalHeaderLabels(
            [_("No."), _("Party"), _("Quadrant"), _("Influence"), _("Attitude"),
             _("Last contact"), _("Strategy")]
        )  # fmt: skip
        self.overview.verticalHeader().hide()
        self.overview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.overview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return self.overview

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self._current.ref if self._current else None
        today = date.today()
        with problems_shown(self):
            self._parties = self.book.parties(self.municipality.currentData(),
                                              self.theme.currentData(), today)  # fmt: skip
            self._links = self.book.links({party.ref for party in self._parties})
        numbers = self.numbers()
        self.grid.show_parties([p for p in self._parties if p.placed], numbers, today)
        shown = network_parties(self._parties, self._links)
        self.network_view.setScene(network_scene(shown, numbers, self._links, today))
        self.grid_view.fit()
        self.network_view.fit()
        self._fill_list(numbers, current)
        self._fill_relations(numbers)
        self._fill_overview(numbers, today)
        self._show_current()

    def numbers(self) -> dict[ContactRef, int]:
        return party_numbers(self._parties)

    def _fill_list(self, numbers: dict[ContactRef, int], current: ContactRef | None) -> None:
        self.party_list.blockSignals(True)
        self.party_list.clear()
        for party in self._parties:
            where = party.quadrant.label if party.quadrant else _("not scored yet")
            item = QListWidgetItem(f"{numbers[party.ref]}. {party.name} · {where}")
            item.setData(REF_ROLE, party.ref.key)
            self.party_list.addItem(item)
            if party.ref == current:
                self.party_list.setCurrentItem(item)
        self.party_list.blockSignals(False)
        for combo in (self.relation_from, self.relation_to):
            combo.clear()
            for party in self._parties:
                combo.addItem(f"{numbers[party.ref]}. {party.name}", party.ref.key)

    def _fill_relations(self, numbers: dict[ContactRef, int]) -> None:
        names = {party.ref: f"{numbers[party.ref]}. {party.name}" for party in self._parties}
        self.relations.setRowCount(0)
        for row, link in enumerate(self._links):
            self.relations.insertRow(row)
            for column, text in enumerate((names[link.source], link.kind.label,
                                           names[link.target])):  # fmt: skip
                item = QTableWidgetItem(text)
                item.setData(REF_ROLE, link.id)
                self.relations.setItem(row, column, item)

    def _fill_overview(self, numbers: dict[ContactRef, int], today: date) -> None:
        self.overview.setRowCount(0)
        for row, party in enumerate(self._parties):
            self.overview.insertRow(row)
            last = format_date(party.last_contact) if party.last_contact else "—"
            if party.to_approach(today):
                last += " · " + _("still to approach")
            cells = (str(numbers[party.ref]), party.name,
                     party.quadrant.label if party.quadrant else _("not scored yet"),
                     "—" if party.influence is None else str(party.influence),
                     "—" if party.attitude is None else f"{party.attitude:+d}", last,
                     party.strategy)  # fmt: skip
            for column, text in enumerate(cells):
                self.overview.setItem(row, column, QTableWidgetItem(text))

    def _show_current(self) -> None:
        item = self.party_list.currentItem()
        key = item.data(REF_ROLE) if item else None
        self._current = next((p for p in self._parties if p.ref.key == key), None)
        party = self._current
        for widget in (self.influence, self.attitude, self.set_scores_button, self.strategy,
                       self.strategy_button):  # fmt: skip
            widget.setEnabled(party is not None)
        if party is None:
            self.approach.setText(_("Choose a party in the list, or drag its point on the grid."))
            return
        _show_score(self.influence, party.influence)
        _show_score(self.attitude, party.attitude)
        self.strategy.setPlainText(party.strategy)
        quadrant = party.quadrant
        self.approach.setText(
            f"{party.name} · {party.detail}\n"
            + (f"{quadrant.label}: {quadrant.approach}" if quadrant else _("Not scored yet."))
        )
        self.approach.setAccessibleName(self.approach.text())
        for ref, dot in self.grid.dots.items():
            dot.setSelected(ref == party.ref)

    def select_party(self, ref: ContactRef) -> None:
        for row in range(self.party_list.count()):
            if self.party_list.item(row).data(REF_ROLE) == ref.key:
                self.party_list.setCurrentRow(row)

    # -- changing ------------------------------------------------------------------------------

    def _dropped(self, ref: ContactRef, influence: int, attitude: int) -> None:
        self.select_party(ref)
        self.change_scores(ref, influence, attitude)

    def _scores_from_boxes(self) -> None:
        if self._current is None:
            return
        self.change_scores(self._current.ref, _score(self.influence), _score(self.attitude))

    def change_scores(self, ref: ContactRef, influence: int | None, attitude: int | None) -> None:
        """New scores through the undo stack (saved at once; Ctrl+Z puts the old ones back)."""
        party = next(p for p in self._parties if p.ref == ref)
        self.undo_stack.push(ScoreChange(self, party, (influence, attitude)))

    def apply_scores(self, ref: ContactRef, influence: int | None, attitude: int | None) -> None:
        with problems_shown(self):
            self.book.set_scores(ref, influence, attitude)
        self.refresh()

    def save_strategy(self) -> None:
        if self._current is None:
            return
        with problems_shown(self):
            self.book.set_strategy(self._current.ref, self.strategy.toPlainText())
        self.refresh()

    def add_relation(self) -> None:
        refs = {party.ref.key: party.ref for party in self._parties}
        source = refs.get(self.relation_from.currentData())
        target = refs.get(self.relation_to.currentData())
        if source is None or target is None:
            return
        with problems_shown(self):
            self.book.add_relation(source, target, RelationKind(self.relation_kind.currentData()))
        self.refresh()

    def remove_relation(self) -> None:
        rows = self.relations.selectionModel().selectedRows()
        if not rows:
            return
        with problems_shown(self):
            link = self.relations.item(rows[0].row(), 0).data(REF_ROLE)  # type: ignore[union-attr]  # every row has an item in column 0
            self.book.remove_relation(link)
        self.refresh()

    # -- pictures and print ----------------------------------------------------------------------

    def choose_picture_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save the picture"), _("network-grid.png"), _("PNG pictures (*.png)")
        )
        if path:
            self.save_picture(Path(path))

    def save_picture(self, path: Path) -> None:
        """The picture of the tab in view (the grid, or the relations) as a PNG."""
        scene = self.grid if self.tabs.currentIndex() == 0 else self.network_view.scene()
        with problems_shown(self):
            if not render_png(scene, str(path)):
                raise FileWriteError(_("Advocaat could not save {path}.").format(path=path))

    def choose_report_file(self) -> None:
        if self.municipality.currentData() is None:
            self.approach.setText(
                _("Choose a municipality first: the analysis is per municipality.")
            )
            self.municipality.setFocus()
            return
        print_to_pdf(self, _("Print the analysis"), _("network-analysis.pdf"), self.write_report)

    def write_report(self, path: Path) -> None:
        municipality, theme = self.municipality.currentData(), self.theme.currentData()
        save_in_worker(
            self, path, lambda reporter: self.book.write_report(municipality, theme, path, reporter)
        )
