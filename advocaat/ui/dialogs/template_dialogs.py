"""Managing checklist templates: make a copy for a variant, and change sections and items."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advocaat.app.visits import VisitBook
from advocaat.i18n import _
from advocaat.ui.dialogs.form_dialog import FormDialog
from advocaat.ui.dialogs.screen_dialog import ScreenDialog
from advocaat.ui.feedback import problems_shown
from advocaat.ui.widgets import paragraph
from advocaat.visits.templates import ChecklistItem, ChecklistSection, ChecklistTemplate

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1
EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def _children(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for row in range(parent.childCount()) if (child := parent.child(row))]


class TemplateEditor(FormDialog):
    """Add, reword, reorder and remove sections and items; saving raises the version."""

    def __init__(self, book: VisitBook, template: ChecklistTemplate, parent: QWidget | None = None):
        super().__init__(_("Change template"), parent)
        self.setObjectName("template-editor")
        self._book = book
        self._template = template
        self.saved: ChecklistTemplate | None = None
        self.title = QLineEdit(template.title)
        self.form.addRow(_("&Title:"), self.title)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(_("Sections and items"))
        self.tree.setHeaderLabels([_("Section or item"), _("Explanation")])
        self.tree.setColumnWidth(0, self.fontMetrics().averageCharWidth() * 50)
        for section in template.sections:
            parent_item = self._section_item(section.title)
            for item in section.items:
                self._item_item(parent_item, item.text, item.help)
        self.tree.expandAll()
        self.form.addRow(self.tree)
        row = QHBoxLayout()
        for text, action in (
            (_("Add &section"), self.add_section),
            (_("Add &item"), self.add_item),
            (_("Move &up"), lambda: self.move_current(-1)),
            (_("Move &down"), lambda: self.move_current(1)),
            (_("&Remove"), self.remove),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(row)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 35)

    def _section_item(self, title: str, index: int | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, ""])
        item.setFlags(EDITABLE)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if index is None:
            self.tree.addTopLevelItem(item)
        else:
            self.tree.insertTopLevelItem(index, item)
        return item

    def _item_item(
        self, section: QTreeWidgetItem, text: str, help_text: str, index: int | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, help_text])
        item.setFlags(EDITABLE)
        section.insertChild(section.childCount() if index is None else index, item)
        return item

    def add_section(self) -> None:
        section = self._section_item(_("New section"))
        self.tree.setCurrentItem(section)
        self.tree.editItem(section, 0)

    def add_item(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            section, index = current, current.childCount()
        else:  # right after the chosen item
            section, index = parent, parent.indexOfChild(current) + 1
        item = self._item_item(section, _("New item"), "", index)
        section.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.editItem(item, 0)

    def move_current(self, step: int) -> None:
        """Move the chosen section or item; not ``move``, which would hide QWidget.move."""
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(current)
            target = index + step
            if 0 <= target < self.tree.topLevelItemCount():
                expanded = current.isExpanded()
                self.tree.takeTopLevelItem(index)
                self.tree.insertTopLevelItem(target, current)
                current.setExpanded(expanded)
        else:
            index = parent.indexOfChild(current)
            target = index + step
            if 0 <= target < parent.childCount():
                parent.takeChild(index)
                parent.insertChild(target, current)
        self.tree.setCurrentItem(current)

    def remove(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(current))
        else:
            parent.removeChild(current)

    def template(self) -> ChecklistTemplate:
        sections = []
        for section in _children(self.tree.invisibleRootItem()):
            items = [ChecklistItem(item.text(0), item.text(1)) for item in _children(section)]
            sections.append(ChecklistSection(section.text(0), items))
        return replace(self._template, title=self.title.text(), sections=sections)

    def save(self) -> None:
        self.saved = self._book.save_template(self.template())


class TemplatesDialog(ScreenDialog):
    def __init__(self, book: VisitBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates-dialog")
        self.setWindowTitle(_("Checklist templates"))
        self._book = book
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                _(
                    "Make a copy to create a variant, for example for one condition. A change"
                    " raises the version; visits keep the wording they were made with."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(_("Checklist templates"))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(_("Make a c&opy…"))
        self.copy_button.clicked.connect(self.copy_current)
        self.edit_button = QPushButton(_("&Change…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.export_button = QPushButton(_("&Save as file…"))
        self.export_button.clicked.connect(self.export_current)
        self.import_button = QPushButton(_("&Take in a file…"))
        self.import_button.clicked.connect(self.import_file)
        row.addWidget(self.copy_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        self.list.clear()
        with problems_shown(self):
            for template in self._book.templates():
                item = QListWidgetItem(
                    _("{title} (version {version}, {origin})").format(
                        title=template.title, version=template.version, origin=template.origin
                    )
                )
                item.setData(TEMPLATE_ROLE, template)
                self.list.addItem(item)
                if template.id == select_id:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def current(self) -> ChecklistTemplate | None:
        item = self.list.currentItem()
        return item.data(TEMPLATE_ROLE) if item else None

    def copy_current(self) -> None:
        template = self.current()
        if template is None:
            return
        title, accepted = QInputDialog.getText(
            self, _("Make a copy"), _("Title of the new template:"), text=template.title
        )
        if accepted:
            self.copy_as(template, title)

    def copy_as(self, template: ChecklistTemplate, title: str) -> ChecklistTemplate | None:
        with problems_shown(self):
            copy = self._book.copy_template(template.id, title)
            self.refresh(copy.id)
            return copy
        return None

    def edit_current(self) -> None:
        template = self.current()
        if template is None:
            return
        editor = TemplateEditor(self._book, template, self)
        if editor.exec() and editor.saved:
            self.refresh(editor.saved.id)

    def export_current(self) -> None:
        template = self.current()
        if template is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save the template as a file"), f"{template.id}.json", _("Templates (*.json)")
        )
        if path:
            self.export_to(template, Path(path))

    def export_to(self, template: ChecklistTemplate, path: Path) -> None:
        with problems_shown(self):
            self._book.export_template(template.id, path)

    def import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Take in a template"), "", _("Templates (*.json)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> ChecklistTemplate | None:
        """Take in a template file; one the app has already is kept, the file's arrives beside."""
        with problems_shown(self):
            template = self._book.import_template(path)
            self.refresh(template.id)
            return template
        return None
