"""Templates the user keeps: copies, changes with a raised version, and the shipped ones intact."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from advocaat.visits.service import VisitData, create_visit, visit_view
from advocaat.visits.template_store import (
    all_templates,
    copy_template,
    find_template,
    import_template,
    save_template,
)
from advocaat.visits.templates import (
    ChecklistItem,
    ChecklistSection,
    TemplateError,
    bundled_templates,
)


def test_a_copy_is_a_new_template_and_the_original_stays(session: Session) -> None:
    copy = copy_template(session, "wmo-standaard", "Wmo bij Parkinson")
    assert (copy.id, copy.version, copy.title) == ("wmo-bij-parkinson", 1, "Wmo bij Parkinson")
    assert copy.origin == "eigen kopie van Keukentafelgesprek Wmo"
    assert [t.id for t in all_templates(session)] == [
        "wmo-standaard",
        "wmo-standard",
        "wmo-bij-parkinson",
    ]
    again = copy_template(session, "wmo-standaard", "Wmo bij Parkinson")
    assert again.id == "wmo-bij-parkinson-2"


def test_editing_raises_the_version_and_old_visits_keep_their_wording(session: Session) -> None:
    copy = copy_template(session, "wmo-standaard", "Variant")
    old_visit = create_visit(session, VisitData(member_name="A"), copy).id
    edited = replace(
        copy,
        sections=[
            ChecklistSection(
                "Voor het gesprek",
                [ChecklistItem("Medicijnlijst van de apotheek meenemen", "Vraag hem op tijd aan.")],
            ),
            *copy.sections[1:],
        ],
    )
    saved = save_template(session, edited)
    assert saved.version == 2
    assert find_template(session, "variant").sections[0].items[0].text.startswith("Medicijnlijst")
    assert visit_view(session, old_visit).template_version == 1
    assert visit_view(session, old_visit).items[0].text == "De melding is gedaan bij de gemeente"
    assert save_template(session, saved).version == 2  # saving without a change keeps it


def test_a_changed_shipped_template_replaces_it_with_a_higher_version(session: Session) -> None:
    shipped = find_template(session, "wmo-standaard")
    changed = replace(shipped, title="Keukentafelgesprek Wmo (afdeling Zwolle)")
    assert save_template(session, changed).version == 2
    assert find_template(session, "wmo-standaard").title.endswith("(afdeling Zwolle)")


def test_an_empty_section_title_is_refused_and_nothing_stored(
    session: Session, english: None
) -> None:
    shipped = find_template(session, "wmo-standaard")
    broken = replace(shipped, sections=[ChecklistSection("", [ChecklistItem("x")])])
    with pytest.raises(TemplateError, match="section title"):
        save_template(session, broken)
    assert find_template(session, "wmo-standaard").version == 1


def test_an_imported_template_never_changes_one_the_app_has(session: Session) -> None:
    """A new id is stored; the same template again changes nothing; a different template under a
    taken id arrives beside the one kept, under a free id."""
    kept = find_template(session, "wmo-standaard")
    assert import_template(session, kept) == kept
    other = replace(kept, title="Wmo, versie van een collega", version=7)
    beside = import_template(session, other)
    assert (beside.id, beside.title, beside.version) == (
        "wmo-standaard-2", "Wmo, versie van een collega", 1
    )  # fmt: skip
    assert find_template(session, "wmo-standaard") == kept
    fresh = import_template(session, replace(kept, id="nieuw-sjabloon", title="Nieuw"))
    assert find_template(session, "nieuw-sjabloon") == fresh
    assert len(all_templates(session)) == 4


def test_finding_one_template_gives_what_the_whole_list_holds(session: Session) -> None:
    """Every template, shipped, replaced by a changed copy, or the user's own, is found as
    :func:`all_templates` has it; an id nobody has is one sentence."""
    shipped = find_template(session, "wmo-standard")
    save_template(session, replace(shipped, title="Kitchen table talk (Zwolle branch)"))
    copy_template(session, "wmo-standaard", "Wmo bij Parkinson")
    templates = all_templates(session)
    assert len(templates) == 3
    for template in templates:
        assert find_template(session, template.id) == template
    with pytest.raises(TemplateError):
        find_template(session, "bestaat-niet")


def test_changing_a_found_template_leaves_the_shipped_one_as_it_is(session: Session) -> None:
    """The shipped templates are read once per process; each caller gets its own copy."""
    found = find_template(session, "wmo-standaard")
    found.title = "Gewijzigd in het venster"
    found.sections[0].items[0].text = "Gewijzigd"
    bundled_templates()[0].sections.clear()
    again = find_template(session, "wmo-standaard")
    assert again.title == "Keukentafelgesprek Wmo"
    assert again.sections[0].items[0].text == "De melding is gedaan bij de gemeente"
    assert again == bundled_templates()[0]
