"""What ``advocaat info`` tells: where the data lives and what the database holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advocaat.app.organisation import OrganisationBook
from advocaat.app.settings import data_folder_line, schema_revision
from advocaat.app.workspace import Workspace, database_location
from advocaat.organisation.setup import OrganisationSetup


@dataclass(frozen=True)
class WorkspaceInfo:
    data_folder_line: str
    """The data folder as told to the user, saying whether it is the portable one."""
    database: Path | str
    """The SQLite file, or the server database's address without its password."""
    schema_revision: str
    demo: bool
    setup: OrganisationSetup | None
    municipalities: list[str]
    """The names of the setup's municipalities."""
    municipality_list: str
    """The municipality list in use, with its date."""


def workspace_info(workspace: Workspace) -> WorkspaceInfo:
    book = OrganisationBook(workspace)
    setup = book.setup()
    return WorkspaceInfo(
        data_folder_line=data_folder_line(workspace.paths),
        database=database_location(workspace.paths),
        schema_revision=schema_revision(),
        demo=workspace.paths.demo,
        setup=setup,
        municipalities=book.municipality_names(setup.municipalities) if setup else [],
        municipality_list=book.municipality_list_line(),
    )
