"""``peerdesk initiative new|edit|copy|archive|delete``: create and change initiatives from the command line."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from peerdesk.cli import EXIT_DATA_PROBLEM, EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.cli.common import initiative_named, opened


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2027-01-31") from exc


def _codes(value: str) -> tuple[str, ...]:
    return tuple(code.strip().lower() for code in value.replace(";", ",").split(",") if code.strip())


def _options(parser: argparse.ArgumentParser, *, dates_required: bool) -> None:
    parser.add_argument("--start", type=_date, required=dates_required, help="start date, YYYY-MM-DD")
    parser.add_argument("--end", type=_date, required=dates_required, help="end date, YYYY-MM-DD")
    parser.add_argument("--organisation", help="the facilitating organisation")
    parser.add_argument("--facilitator", help="the facilitator's name (signs the contracts)")
    parser.add_argument("--reform-area", help="reform area code from the catalogue, e.g. pfm_budget")
    parser.add_argument("--peer-level", help="peer level targeted (catalogue code)")
    parser.add_argument("--cadence", help="cadence code from the catalogue, e.g. long_drawn_out")
    parser.add_argument("--languages", type=_codes, help="working languages, e.g. fr,en")
    parser.add_argument("--goals", type=_codes, help="learning goal codes, comma-separated")


def register(subparsers) -> None:
    parser = subparsers.add_parser("initiative", help="create, change, copy, archive or delete an initiative")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    new = actions.add_parser("new", help="a new initiative (it starts with the standard commitments)")
    new.add_argument("file")
    new.add_argument("name")
    _options(new, dates_required=True)
    new.set_defaults(func=run_new)
    edit = actions.add_parser("edit", help="change an initiative's name, dates or other properties")
    edit.add_argument("file")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW", help="the new name")
    _options(edit, dates_required=False)
    edit.set_defaults(func=run_edit)
    copy = actions.add_parser("copy", help="the next cohort: same plan, commitments and settings")
    copy.add_argument("file")
    copy.add_argument("name")
    copy.add_argument("new_name", metavar="NEW")
    copy.add_argument("--with-peers", action="store_true", help="bring the same people (default: none)")
    copy.set_defaults(func=run_copy)
    archive = actions.add_parser("archive", help="archive a finished initiative (kept whole, listed apart)")
    archive.add_argument("file")
    archive.add_argument("name")
    archive.add_argument("--undo", action="store_true", help="bring an archived initiative back")
    archive.set_defaults(func=run_archive)
    delete = actions.add_parser("delete", help="delete an initiative and what was recorded under it")
    delete.add_argument("file")
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="confirm (required)")
    delete.set_defaults(func=run_delete)


def _changed(data, args: argparse.Namespace):
    fields = {"start": "start_date", "end": "end_date", "organisation": "facilitating_organisation",
              "facilitator": "facilitator_name", "reform_area": "reform_area", "peer_level": "peer_level",
              "cadence": "cadence", "languages": "working_languages", "goals": "learning_goals"}
    values = {field: getattr(args, option) for option, field in fields.items() if getattr(args, option) is not None}
    if getattr(args, "rename", None):
        values["name"] = args.rename
    return replace(data, **values)


def _save(action) -> None:
    from peerdesk.db.services.initiatives import InitiativeInvalid

    try:
        action()
    except InitiativeInvalid as exc:
        raise CommandError(str(exc), EXIT_DATA_PROBLEM) from exc


def run_new(args: argparse.Namespace) -> int:
    from peerdesk.db.services.initiatives import InitiativeInput, create_initiative

    with opened(args.file) as workspace:
        data = _changed(InitiativeInput(name=args.name), args)
        _save(lambda: create_initiative(workspace.factory, data))
    print(f"created {data.name!r} ({data.start_date} to {data.end_date}) with the standard commitments")
    return EXIT_OK


def run_edit(args: argparse.Namespace) -> int:
    from peerdesk.db.services.initiatives import get_initiative, input_of, update_initiative

    with opened(args.file) as workspace:
        initiative = initiative_named(workspace, args.name)
        data = _changed(input_of(get_initiative(workspace.factory, initiative.id)), args)
        _save(lambda: update_initiative(workspace.factory, initiative.id, data))
    print(f"saved {data.name!r}")
    return EXIT_OK


def run_copy(args: argparse.Namespace) -> int:
    from peerdesk.db.services.initiatives import copy_initiative

    with opened(args.file) as workspace:
        initiative = initiative_named(workspace, args.name)
        peers = None if args.with_peers else ()
        _save(lambda: copy_initiative(workspace.factory, initiative.id, args.new_name, peer_ids=peers))
    print(f"copied {initiative.name!r} to {args.new_name!r}" + (" with its peers" if args.with_peers else ""))
    return EXIT_OK


def run_delete(args: argparse.Namespace) -> int:
    from peerdesk.db.services.initiatives import delete_initiative

    if not args.yes:
        raise CommandError("deleting an initiative cannot be undone; add --yes to confirm", EXIT_USAGE)
    with opened(args.file) as workspace:
        initiative = initiative_named(workspace, args.name)
        delete_initiative(workspace.factory, initiative.id)
    print(f"deleted {initiative.name!r} (its people stay in the file)")
    return EXIT_OK


def run_archive(args: argparse.Namespace) -> int:
    from peerdesk.db.services.initiatives import archive_initiative

    with opened(args.file) as workspace:
        initiative = initiative_named(workspace, args.name)
        archive_initiative(workspace.factory, initiative.id, archived=not args.undo)
    print(f"{'brought back' if args.undo else 'archived'} {initiative.name!r}")
    return EXIT_OK
