"""Start: the overview a volunteer sees first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from advocaat.i18n import _
from advocaat.ui.controller import AppController
from advocaat.ui.widgets import heading, paragraph


class StartView(QWidget):
    setup_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-view")
        layout = QVBoxLayout(self)
        setup = controller.setup()
        if setup is None:
            layout.addWidget(heading(_("Welcome to Advocaat")))
            layout.addWidget(
                paragraph(
                    _(
                        "Advocaat is not set up yet. Tell it which organisation you work for and"
                        " which municipalities you follow."
                    )
                )
            )
            self.setup_button = QPushButton(_("&Set up Advocaat…"))
            self.setup_button.clicked.connect(self.setup_requested)
            layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(heading(setup.organisation))
            names = controller.municipality_names(setup.municipalities)
            layout.addWidget(
                paragraph(
                    _("Your municipalities: {names}").format(names=", ".join(names))
                    if names
                    else _("You have not chosen any municipalities yet.")
                )
            )
        for title, empty_text in (
            (
                _("To follow up this week"),
                _("Nothing to follow up. Follow-ups from your contact moments will appear here."),
            ),
            (
                _("Upcoming deadlines"),
                _("No deadlines. Deadlines of keukentafelgesprekken will appear here."),
            ),
            (
                _("Recent signals"),
                _("No signals yet. The signals you record will appear here."),
            ),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(paragraph(empty_text))
            layout.addWidget(box)
        layout.addStretch(1)
