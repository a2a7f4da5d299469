"""The main window: a navigation list of the parts of the app, and the part in view beside it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from advocaat import __version__
from advocaat.app.drafts import Drafts
from advocaat.i18n import N_, _
from advocaat.ui.controller import AppController
from advocaat.ui.dialogs.setup_dialog import SetupDialog
from advocaat.ui.widgets import ACTION_ROW, fit_to_screen, keep_on_screen, narrow_friendly_once

GEOMETRY_KEY = "window/geometry"
LAST_VIEW_KEY = "window/last_view"
ROOMY_SCREEN = QSize(1600, 1000)
"""A screen (in logical pixels) below this opens the first window maximized."""
View = TypeVar("View", bound=QWidget)


@dataclass(frozen=True)
class Part:
    """One entry of the navigation: a stable key (stored as the last view) and its title."""

    key: str
    title: str
    purpose: str = ""
    """What the part is for: the navigation entry's tooltip."""
    office_title: str = ""
    """The title in the national office's role, where the part serves the office."""

    def shown_title(self, office: bool) -> str:
        return _(self.office_title if office and self.office_title else self.title)


PARTS = (
    Part("start", N_("Start")),
    Part(
        "contacts",
        N_("Contacts"),
        N_(
            "Keep track of who is who at the municipality and at local care providers, log your"
            " contact moments and follow them up."
        ),
    ),
    Part(
        "visits",
        N_("Keukentafelgesprekken"),
        N_(
            "Prepare a keukentafelgesprek with a member: a checklist, the legal deadlines and"
            " printed sheets to take along."
        ),
    ),
    Part(
        "signals",
        N_("Signals"),
        N_(
            "Record what members run into in your municipalities, and send it safely to the"
            " national office."
        ),
        office_title=N_("National picture"),
    ),
    Part(
        "network",
        N_("Network"),
        N_(
            "See which parties and people matter locally: their influence and their attitude"
            " toward your cause."
        ),
    ),
    Part(
        "reports",
        N_("Reports"),
        N_("Signals per municipality, theme and period, as tables and charts to print."),
    ),
    Part("settings", N_("Settings")),
)


def row_of(key: str) -> int:
    """The navigation row of the part ``key``."""
    return [part.key for part in PARTS].index(key)


def window_title(organisation: str | None, *, demo: bool) -> str:
    """The window's title; a demo says so once, also when the demo organisation's own name
    already ends in "(demo)" (it does, so printed sheets are marked too)."""
    title = f"Advocaat — {organisation}" if organisation else "Advocaat"
    marker = _("(demo)")
    if demo and not title.endswith((marker, "(demo)")):
        title += " " + marker
    return title


class _ViewScroll(QScrollArea):
    """A form (a view with a Save row) gets the window's height and scrolls only below its
    minimum size, so its Save row stays in sight; a page without one (Settings, Start) is as
    tall as its wrapped text needs and scrolls whole. (Qt's resizable scroll area makes every
    view as tall as its text likes, which put Save below the fold.)"""

    def __init__(self, view: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(view)
        self._page = view.findChild(QWidget, ACTION_ROW) is None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        narrow_friendly_once(self.widget())
        super().showEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        view = self.widget()
        if view is None:
            return
        size = self.viewport().size().expandedTo(view.minimumSizeHint())
        if self._page and view.hasHeightForWidth():
            size.setHeight(max(size.height(), view.heightForWidth(size.width())))
        view.resize(size)


class MainWindow(QMainWindow):
    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.controller = controller
        self._settings = QSettings(
            str(controller.paths.window_state_file), QSettings.Format.IniFormat
        )
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        # Roomy entries, in units of the font, so they are easy to hit and to read.
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 0.35em 0.5em; }")
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.demo_label = QLabel()
        self.statusBar().addPermanentWidget(self.demo_label)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.currentRowChanged.connect(self._remember_view)
        controller.language_changed.connect(self.rebuild)
        controller.setup_changed.connect(self.rebuild)

        self._create_menus()
        self.rebuild()
        self._restore_geometry()

    # -- building (again, after a change of language or setup) ----------------------------------

    def rebuild(self) -> None:
        """Build every text anew, so a change of language or setup shows at once. Each part's
        view is built when it is first shown: a start builds only the part in view."""
        row = self.navigation.currentRow()
        if row < 0:
            row = self._remembered_row()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        while (old := self.stack.widget(0)) is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        office = self.controller.is_national_office()
        for number, part in enumerate(PARTS, start=1):
            title = part.shown_title(office)
            item = QListWidgetItem(title)
            tip = _("{title} (Ctrl+{number})").format(title=title, number=number)
            item.setToolTip(f"{tip}\n{_(part.purpose)}" if part.purpose else tip)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # a place for the view, until it is first shown
        self.navigation.setAccessibleName(_("Parts of Advocaat"))
        spare = 4 * self.fontMetrics().averageCharWidth()
        self.navigation.setFixedWidth(max(self.navigation.sizeHintForColumn(0), 120) + spare)
        self.navigation.setCurrentRow(row)
        self.navigation.blockSignals(False)
        self._show_row(row)
        self._retranslate_menus()
        self._update_title()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PARTS):
            self._built(row)
            self.stack.setCurrentIndex(row)

    def view(self, key: str, kind: type[View]) -> View | None:
        """The view of the part ``key``, built now if it was not yet; ``None`` if that part
        shows another kind of view (Signals is the National picture at the office)."""
        view = self._built(row_of(key)).widget()
        return view if isinstance(view, kind) else None

    def built_view(self, key: str) -> QWidget | None:
        """The view of the part ``key`` if it was built (shown) since the last rebuild."""
        scroll = self.stack.widget(row_of(key))
        return scroll.widget() if isinstance(scroll, _ViewScroll) else None

    def _built(self, row: int) -> _ViewScroll:
        """The part's scrolling view, built in its place in the stack the first time."""
        place = self.stack.widget(row)
        if isinstance(place, _ViewScroll):
            return place
        assert place is not None, "rebuild() gives every part a place in the stack"
        shown = self.stack.currentIndex()
        scroll = _ViewScroll(self._build_view(PARTS[row]))
        self.stack.insertWidget(row, scroll)
        self.stack.removeWidget(place)
        place.deleteLater()
        self.stack.setCurrentIndex(shown)
        return scroll

    def _build_view(self, part: Part) -> QWidget:
        builders: dict[str, Callable[[], QWidget]] = {
            "start": self._build_start,
            "contacts": self._build_contacts,
            "visits": self._build_visits,
            "signals": self._build_signals,
            "network": self._build_network,
            "reports": self._build_reports,
            "settings": self._build_settings,
        }
        return builders[part.key]()

    def _build_start(self) -> QWidget:
        from advocaat.ui.views.start import StartView

        view = StartView(self.controller)
        view.setup_requested.connect(self.open_setup)
        view.visit_requested.connect(self.open_visit)
        return view

    def _build_contacts(self) -> QWidget:
        from advocaat.ui.views.contacts import ContactsView

        view = ContactsView(
            self.controller.contacts,
            self.controller.exchange,
            self.controller.municipality_choices(),
            drafts=Drafts.of(self.controller.paths),
        )
        view.contacts_changed.connect(self._refresh_start)
        return view

    def _build_visits(self) -> QWidget:
        from advocaat.ui.views.visits import VisitsView

        view = VisitsView(
            self.controller.visits,
            self.controller.municipality_choices(),
            drafts=Drafts.of(self.controller.paths),
        )
        view.visits_changed.connect(self._refresh_start)
        view.signal_requested.connect(self.signal_from_visit)
        return view

    def open_visit(self, visit_id: int) -> None:
        """Open Keukentafelgesprekken on one visit (from a deadline on Start)."""
        from advocaat.ui.views.visits import VisitsView

        self.show_part(row_of("visits"))
        if view := self.view("visits", VisitsView):
            view.refresh(select_id=visit_id)
            view.list.setFocus()

    def signal_from_visit(self, municipality_code: str) -> None:
        """Open Signalen with a new signal about the visit's municipality."""
        from advocaat.ui.views.signals import SignalsView

        self.show_part(row_of("signals"))
        if view := self.view("signals", SignalsView):
            view.prefill(municipality_code, ["keukentafelgesprek"], "kitchen_table")
            view.text.setFocus()

    def _build_signals(self) -> QWidget:
        if self.controller.is_national_office():
            from advocaat.ui.views.national import NationalView

            return NationalView(
                self.controller.office,
                examples=self.controller.office_examples,
                questionnaires=self.controller.questionnaires,
            )
        from advocaat.ui.views.signals import SignalsView

        view = SignalsView(
            self.controller.signals,
            self.controller.sync,
            self.controller.municipality_choices(),
            drafts=Drafts.of(self.controller.paths),
            examples=self.controller.examples,
            questionnaires=self.controller.questionnaires,
        )
        view.signals_changed.connect(self._refresh_start)
        return view

    def _build_network(self) -> QWidget:
        from advocaat.ui.views.network import NetworkView

        own_first = self.controller.organisation.own_first()
        return NetworkView(self.controller.network, own_first.choices, start=own_first.start)

    def _refresh_start(self) -> None:
        """Follow-ups on the Start view change when contact moments do (if it was built: a
        view built later reads them then)."""
        from advocaat.ui.views.start import StartView

        if isinstance(view := self.built_view("start"), StartView):
            view.refresh()

    def _build_reports(self) -> QWidget:
        from advocaat.ui.views.reports import ReportsView

        return ReportsView(self.controller)

    def _build_settings(self) -> QWidget:
        from advocaat.ui.views.settings import SettingsView

        view = SettingsView(self.controller)
        view.setup_requested.connect(self.open_setup)
        return view

    def _create_menus(self) -> None:
        """Menus and actions are made once; :meth:`_retranslate_menus` sets their texts."""
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.quit_action = QAction(self)
        # Spelled out: the platform's standard Quit key is empty on Windows.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.go_menu = menu_bar.addMenu("")
        self.part_actions: list[QAction] = []
        for number in range(1, len(PARTS) + 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_part(row))
            self.go_menu.addAction(action)
            self.part_actions.append(action)

        self.help_menu = menu_bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(_("&File"))
        self.quit_action.setText(_("&Quit"))
        self.go_menu.setTitle(_("&Go"))
        office = self.controller.is_national_office()
        for action, part in zip(self.part_actions, PARTS, strict=True):
            action.setText(part.shown_title(office))
        self.help_menu.setTitle(_("&Help"))
        self.about_action.setText(_("&About Advocaat"))

    def _update_title(self) -> None:
        setup = self.controller.setup()
        demo = self.controller.paths.demo
        if demo:
            self.demo_label.setText(_("Demo: all data here is fictional"))
        self.setWindowTitle(window_title(setup.organisation if setup else None, demo=demo))

    # -- actions -----------------------------------------------------------------------------------

    def show_part(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        self.navigation.setFocus()

    def current_part(self) -> Part:
        return PARTS[self.navigation.currentRow()]

    def open_setup(self) -> SetupDialog:
        """Open the setup over the window (window-modal, so the app stays visible behind it).
        One at a time: a profile opened while it is open (a first start by a double-click on
        macOS, where the file arrives after the window) goes into the one already open."""
        for shown in self.findChildren(SetupDialog):
            if shown.isVisible():
                shown.raise_()
                shown.activateWindow()
                return shown
        dialog = SetupDialog(self.controller, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            _("About Advocaat"),
            _(
                "Advocaat {version}\n\nFor volunteers who stand up for patients and clients"
                " in their municipality, and for the national office they work with."
            ).format(version=__version__),
        )

    # -- remembered state --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            keep_on_screen(self)  # remembered from a bigger monitor than this laptop's
        else:
            self._use_most_of_the_screen()

    def _remembered_row(self) -> int:
        """The part the user last looked at (Start the first time)."""
        last = self._settings.value(LAST_VIEW_KEY, "start")
        return row_of(last) if last in {part.key for part in PARTS} else 0

    def _use_most_of_the_screen(self) -> None:
        """The first time: maximized on a laptop, where every pixel counts; on a big monitor
        nine tenths of it, in the middle."""
        area = self.screen().availableGeometry()
        if area.width() < ROOMY_SCREEN.width() or area.height() < ROOMY_SCREEN.height():
            self.setWindowState(Qt.WindowState.WindowMaximized)
            return
        fit_to_screen(self, area.size())
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def _remember_view(self, row: int) -> None:
        if 0 <= row < len(PARTS):
            self._settings.setValue(LAST_VIEW_KEY, PARTS[row].key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Inside the screen again now that its frame (title bar) is known."""
        super().showEvent(event)
        keep_on_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.sync()
        super().closeEvent(event)

    def open_setup_when_needed(self) -> None:
        """On first run, open the setup as soon as the window shows."""
        if self.controller.setup() is None:
            QTimer.singleShot(0, self.open_setup)
