"""``peerdesk forget FILE --peer EMAIL|NAME [--purge-backups]``: erase one person (erasure on request)."""

from __future__ import annotations

import argparse

from peerdesk.cli import EXIT_OK, EXIT_USAGE, CommandError
from peerdesk.i18n import N_, _, label_value, ngettext


def register(subparsers) -> None:
    parser = subparsers.add_parser("forget", help="erase one person from a data file (erasure on request)")
    parser.add_argument("file", help="the PeerDesk data file")
    parser.add_argument("--peer", required=True, metavar="EMAIL|NAME", help="the person's e-mail (or full name)")
    parser.add_argument("--purge-backups", action="store_true",
                        help="also delete the backups of this file that still hold the person")
    parser.set_defaults(func=run)


#: What each table's rows are, as the erasure summary names them.
RECORD_KINDS = {
    "peer": N_("profile"),
    "membership": N_("initiative memberships"),
    "peer_tag": N_("problems, goals and tasks"),
    "pair_rule": N_("pairing rules"),
    "match_unit_member": N_("places in matchings"),
    "activity_participant": N_("activity participations"),
    "peer_contract": N_("contracts"),
    "commitment_item": N_("contract commitments"),
    "contact_report": N_("own contact reports"),
    "contact_entry": N_("contact report lines"),
    "learning_checkin": N_("weekly check-in answers"),
    "learning_gain": N_("learning-gain scores"),
    "value_interview": N_("value-creation interviews"),
    "diffusion_event": N_("sharing events"),
}


def run(args: argparse.Namespace) -> int:
    from peerdesk.cli.common import opened, where
    from peerdesk.db.services.privacy import PersonNotFound, backups_holding, forget_person, purge_backups

    with opened(args.file) as workspace:
        try:
            result = forget_person(workspace.factory, args.peer)
        except PersonNotFound as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
        path, shown = workspace.path, where(workspace)
    removed = "; ".join(label_value(_(RECORD_KINDS.get(table, table)), str(count))
                        for table, count in sorted(result.removed.items()))
    print(_("{name} was erased from {file}: {removed}.").format(name=result.name, file=shown, removed=removed))
    if result.contacts_kept:
        print(ngettext("{count} contact that others reported with them stays, as a contact with a former participant.",
                       "{count} contacts that others reported with them stay, as contacts with a former participant.",
                       result.contacts_kept).format(count=result.contacts_kept))
    if result.mentions_replaced:
        print(ngettext("Their name or e-mail was replaced in {count} other record.",
                       "Their name or e-mail was replaced in {count} other records.",
                       result.mentions_replaced).format(count=result.mentions_replaced))
    if path is None:
        print(_("The database's tables were rewritten without the erased rows. The server's own logs and "
                "backups are its administrator's to purge."))
        return EXIT_OK
    print(_("The file was vacuumed: no byte of it holds the erased data any more."))
    holding = backups_holding(path, result.uuid)
    if not holding:
        print(_("No backup of the file holds this person."))
    elif args.purge_backups:
        failed = purge_backups(holding)
        deleted = len(holding) - len(failed)
        print(ngettext("Deleted {count} backup that still held this person.",
                       "Deleted {count} backups that still held this person.", deleted).format(count=deleted))
        for backup in failed:
            print(_("could not delete {path}").format(path=backup))
    else:
        print(_("These backups still hold this person; delete them with --purge-backups:"))
        for backup in holding:
            print(f"  {backup}")
    return EXIT_OK
