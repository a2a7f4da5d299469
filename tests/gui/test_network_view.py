"""The netwerkanalyse in the GUI: drag a point (saved, with undo), keyboard scores, strategy,
relations, the picture as PNG and the analysis as PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from accessibility import clashing_mnemonics, unnamed_inputs
from pypdf import PdfReader
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from advocaat.contacts.people import OrganisationData, PersonData
from advocaat.contacts.search import ContactRef
from advocaat.network.grid import Quadrant
from advocaat.ui.controller import AppController
from advocaat.ui.main_window import MainWindow
from advocaat.ui.network_scene import CELL, scene_point, scores_at
from advocaat.ui.views.network import NetworkView


@pytest.fixture
def parties(controller: AppController) -> dict[str, ContactRef]:
    book = controller.contacts
    gemeente = book.save_organisation(
        None,
        OrganisationData(name="Gemeente Zwolle", kind="municipality", municipality_code="GM0193"),
    )
    wethouder = book.save_person(
        None,
        PersonData(given_name="Anouk", family_name="Berg", municipality_code="GM0193",
                   influence=5, attitude=1, organisation_id=gemeente.id, role="wethouder"),
    )  # fmt: skip
    raad = book.save_organisation(
        None,
        OrganisationData(name="Adviesraad Sociaal Domein", kind="advisory_council",
                         municipality_code="GM0193"),
    )  # fmt: skip
    return {"gemeente": gemeente, "wethouder": wethouder, "raad": raad}


@pytest.fixture
def view(qtbot: QtBot, controller: AppController, parties: dict[str, ContactRef]) -> NetworkView:
    view = NetworkView(controller.network, [("GM0193", "Zwolle"), ("GM0150", "Deventer")])
    qtbot.addWidget(view)
    view.municipality.setCurrentIndex(view.municipality.findData("GM0193"))
    return view


def party(view: NetworkView, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in view._parties if p.name == name)


def test_scores_map_to_grid_points_and_back() -> None:
    for influence in range(1, 6):
        for attitude in range(-2, 3):
            assert scores_at(scene_point(attitude, influence)) == (influence, attitude)
    assert scores_at(scene_point(1, 5) + QPointF(CELL * 0.3, -CELL * 0.3)) == (5, 1)
    assert scores_at(QPointF(-500, -500)) == (5, -2)  # dropped outside: kept on the grid


def test_dragging_a_point_saves_the_scores_and_undo_puts_them_back(
    view: NetworkView, parties: dict[str, ContactRef]
) -> None:
    wethouder = parties["wethouder"]
    dot = view.grid.dots[wethouder]
    assert len(view.grid.dots) == 1  # the two organisations are not scored yet
    dot.setPos(scene_point(-2, 2))
    view.grid.moved.emit(wethouder, *scores_at(dot.pos()))
    moved = party(view, "Anouk Berg")
    assert (moved.influence, moved.attitude, moved.quadrant) == (2, -2, Quadrant.MONITOR)
    assert view.undo_button.isEnabled()
    view.undo_button.click()
    back = party(view, "Anouk Berg")
    assert (back.influence, back.attitude) == (5, 1)
    assert not view.undo_button.isEnabled()


def test_scores_and_strategy_by_keyboard(
    qtbot: QtBot, view: NetworkView, parties: dict[str, ContactRef]
) -> None:
    view.select_party(parties["raad"])
    assert view.influence.text() == "—"  # not scored yet
    view.influence.setFocus()
    view.influence.setValue(4)
    view.attitude.setValue(-1)
    qtbot.mouseClick(view.set_scores_button, Qt.MouseButton.LeftButton)
    raad = party(view, "Adviesraad Sociaal Domein")
    assert (raad.influence, raad.attitude, raad.quadrant) == (4, -1, Quadrant.SATISFIED)
    assert parties["raad"] in view.grid.dots
    assert "Tevreden houden" in view.approach.text()
    view.strategy.setPlainText("Cijfers uit de signalen voorleggen in het voorjaar.")
    view.save_strategy()
    assert party(view, "Adviesraad Sociaal Domein").strategy.startswith("Cijfers")
    overview = [view.overview.item(row, 1).text() for row in range(view.overview.rowCount())]
    assert "Adviesraad Sociaal Domein" in overview


def test_relations_are_added_drawn_and_removed(
    view: NetworkView, parties: dict[str, ContactRef]
) -> None:
    view.relation_from.setCurrentIndex(view.relation_from.findData(parties["raad"].key))
    view.relation_kind.setCurrentIndex(view.relation_kind.findData("advises"))
    view.relation_to.setCurrentIndex(view.relation_to.findData(parties["gemeente"].key))
    view.add_relation()
    assert view.relations.rowCount() == 1
    assert view.relations.item(0, 1).text() == "adviseert"
    lines = [item for item in view.network_view.scene().items() if item.toolTip() == "adviseert"]
    assert len(lines) == 1
    view.relations.selectRow(0)
    view.remove_relation()
    assert view.relations.rowCount() == 0


def test_the_picture_and_the_analysis_are_written(
    view: NetworkView, tmp_path: Path, parties: dict[str, ContactRef]
) -> None:
    picture = tmp_path / "grid.png"
    view.save_picture(picture)
    image = QImage(str(picture))
    assert image.width() > 400
    assert image.height() > 400
    report = tmp_path / "analyse.pdf"
    view.write_report(report)
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Zwolle" in text
    assert "Anouk Berg" in text


def test_the_network_part_of_the_main_window_is_keyboard_reachable(
    qtbot: QtBot, controller: AppController
) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show_part(4)
    view = window.stack.currentWidget().widget()
    assert isinstance(view, NetworkView)
    assert unnamed_inputs(view) == []
    assert clashing_mnemonics(view) == []
