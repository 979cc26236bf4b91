"""The whole outcome of importing an Excel-style list (BOM, semicolons, a title row, accented and
Cyrillic names, duplicates, bad e-mails and levels, unknown countries, no consent), then a second list
that brings consent, initiatives, roles and goals: every row written, every message, pinned as PeerDesk
wrote them before the import was made faster (the write works per column; the rows must not change)."""

from pathlib import Path

from sqlalchemy import select

from peerdesk.db.models import Initiative, Membership, Organisation, Peer, PeerTag, Tag
from peerdesk.db.services.import_peers import apply_import
from peerdesk.io.peers_import import preview_file

TRICKY = "\r\n".join([
    "Participants, atelier de Dakar;;;;;;;;;",
    "Nom;Prénom;Courriel;Organisation;Pays;Niveau de carrière;Langues;Problèmes;Rôle",
    "Diouf;Ndèye Mayé;ndeye@example.sn;Ministère des Finances;Sénégal;senior;fr, en;arrears;participant",
    "Ndiaye;Aïssatou;AISSATOU@Example.SN ;Cour des comptes;Senegal;mid;fr, wo;audit planning;comparison",
    "Ndiaye;Aïssatou;aissatou@example.sn;Cour des comptes;Senegal;mid;fr;audit planning;",
    "Kane;Élodie;not-an-email;Ministère des Finances;Sénégal;entry;fr;;",
    "Kane;Élodie;;Ministère des finances;Senegal;entry;fr;;",
    "  Gómez ; José ;mailto:jose@example.es;Hacienda;España;;es;cash management;",
    "Søren;Åse;ase@example.dk;Finansministeriet;Danemark;boss;da;;",
    "Brown;;b@example.org;;Narnia;senior;xx;;",
    ";;;;;;;;",
    "Lee;Min;lee@example.kr;MOEF;Korea, Republic of;senior;ko;'=SUM(A1);;extra",
    "Иванов;Пётр;p@example.kz;Минфин;Казахстан;mid;ru; kk;;",
]) + "\r\n"

CONSENT = "\r\n".join([
    "name,email,organisation,country,consent_given,initiative,role,goals,languages,influence",
    "Ndèye Mayé Diouf,ndeye@example.sn,Ministère des Finances,Senegal,yes,Cohort A,participant,"
    "programme budgeting,fr,high",
    "Aïssatou Ndiaye,aissatou@example.sn,Cour des comptes,Senegal,no,Cohort B,comparison,,fr,",
    "José Gómez,jose@example.es,Hacienda,Spain,oui,Cohort B,,\"a; b; a\",es,",
    "José Gómez,jose@example.es,Hacienda,Spain,oui,Cohort A,,c,es,",
    "Zoë Ärger,zoe@example.de,BMF,Germany,maybe,Cohort A,,,de,",
    "Min Lee,lee@example.kr,MOEF,,,Cohort C,,,,",
]) + "\r\n"


def _tables(factory) -> dict[str, list[tuple]]:
    """What a person would find in the file, ids replaced by names (uuids and times left out)."""
    with factory.begin() as session:
        organisation = dict(session.execute(select(Organisation.id, Organisation.name)).all())
        initiative = dict(session.execute(select(Initiative.id, Initiative.name)).all())
        tag = dict(session.execute(select(Tag.id, Tag.label)).all())
        peers = session.scalars(select(Peer).order_by(Peer.id)).all()
        name = {peer.id: peer.full_name for peer in peers}
        return {
            "organisations": [tuple(row) for row in session.execute(
                select(Organisation.name, Organisation.country).order_by(Organisation.id))],
            "peers": [(peer.full_name, peer.email, organisation.get(peer.organisation_id), peer.country,
                       peer.career_level, peer.influence, peer.languages, peer.consent_given, peer.consent_text,
                       peer.consent_date is not None, peer.version, len(peer.uuid)) for peer in peers],
            "memberships": [(initiative[iid], name[pid], role) for iid, pid, role in session.execute(
                select(Membership.initiative_id, Membership.peer_id, Membership.role).order_by(Membership.id))],
            "tags": [(initiative[iid], kind, label) for iid, kind, label in session.execute(
                select(Tag.initiative_id, Tag.kind, Tag.label).order_by(Tag.id))],
            "peer_tags": [(name[pid], tag[tid]) for pid, tid in session.execute(
                select(PeerTag.peer_id, PeerTag.tag_id).order_by(PeerTag.id))],
        }


def _outcome(factory, folder: Path) -> list:
    (folder / "tricky.csv").write_bytes(b"\xef\xbb\xbf" + TRICKY.encode("utf-8"))
    (folder / "consent.csv").write_bytes(CONSENT.encode("cp1252"))
    steps = []
    for source, initiative, consented in (("tricky.csv", "Cohort A", ""), ("consent.csv", None, ""),
                                          ("tricky.csv", "Cohort D", "Registration form")):
        preview = preview_file(folder / source)
        result = apply_import(factory, preview, initiative, skip_bad_rows=True, consented=consented)
        steps.append(([problem.describe() for problem in preview.problems], result))
    return [steps, _tables(factory)]



def test_an_excel_list_then_a_list_with_consent_land_as_before(any_empty_workspace, tmp_path):
    steps, tables = _outcome(any_empty_workspace.factory, tmp_path)
    with any_empty_workspace.factory.begin() as session:  # made in one insert, saved by the same editor
        editors = set(session.scalars(select(Organisation.updated_by)))
        assert editors == set(session.scalars(select(Initiative.updated_by))) and len(editors) == 1
    tricky_problems = [
        "row 5, column 'Courriel': same email as row 4: the same person twice",
        "row 6, column 'Courriel': 'not-an-email' is not an email address",
        "row 7, column 'Nom + Prénom': same name and organisation as row 6: the same person twice",
        "row 9, column 'Niveau de carrière': 'boss' is not one of: entry, mid, senior, executive, political",
        "row 10, column 'Pays': 'Narnia' is not a country PeerDesk recognises; it is kept as typed",
        "row 10, column 'Langues': 'xx' is not a language name or a two-letter ISO 639-1 code",
        "row 12, column 'Pays': 'Korea, Republic of' is not a country PeerDesk recognises; it is kept as typed",
        'row 12: has values beyond the last titled column; they are ignored',
    ]
    assert [problems for problems, _result in steps] == [
        tricky_problems, ["row 6, column 'consent_given': 'maybe' is not yes or no"], tricky_problems]
    assert (steps[0][1].created, steps[0][1].updated, steps[0][1].skipped_rows, steps[0][1].initiatives_created,
            steps[0][1].tags_added, steps[0][1].memberships_added) == (5, 0, (5, 6, 7, 9, 10), ('Cohort A',), 0, 5)
    assert steps[0][1].notes == (
        "5 people have no recorded consent, so only their name, organisation and e-mail were kept. Left out: "
        "rows 3-4, 12-13: Country, Career level, Working languages, Problems and challenges; "
        "row 8: Country, Working languages, Problems and challenges",)
    assert (steps[1][1].created, steps[1][1].updated, steps[1][1].skipped_rows, steps[1][1].initiatives_created,
            steps[1][1].tags_added, steps[1][1].memberships_added) == (0, 5, (6,), ('Cohort B', 'Cohort C'), 4, 3)
    assert steps[1][1].notes == (
        "1 person has no recorded consent, so only their name, organisation and e-mail were kept. Left out: "
        "row 3: Country, Working languages",)
    assert (steps[2][1].created, steps[2][1].updated, steps[2][1].skipped_rows, steps[2][1].initiatives_created,
            steps[2][1].tags_added, steps[2][1].memberships_added) == (0, 5, (5, 6, 7, 9, 10), ('Cohort D',), 5, 5)
    assert steps[2][1].notes == ()
    assert tables['organisations'] == [
        ('Ministère des Finances', 'SN'),
        ('Cour des comptes', 'SN'),
        ('Hacienda', 'ES'),
        ('MOEF', 'Korea, Republic of'),
        ('Минфин', 'KZ'),
    ]
    assert tables['peers'] == [
        ('Ndèye Mayé Diouf', 'ndeye@example.sn', 'Ministère des Finances', 'SN', 'senior', 'high',
          ['fr', 'en'], True, '', False, 3, 36),
        ('Aïssatou Ndiaye', 'aissatou@example.sn', 'Cour des comptes', 'SN', 'mid', '',
          ['fr', 'wo'], True, 'Registration form', True, 3, 36),
        ('José Gómez', 'jose@example.es', 'Hacienda', 'ES', '', '', ['es'], True, '', False, 4, 36),
        ('Min Lee', 'lee@example.kr', 'MOEF', 'Korea, Republic of', 'senior', '',
          ['ko'], True, 'Registration form', True, 3, 36),
        ('Пётр Иванов', 'p@example.kz', 'Минфин', 'KZ', 'mid', '', ['ru'], True, 'Registration form', True, 2, 36),
    ]
    assert tables['memberships'] == [
        ('Cohort A', 'Ndèye Mayé Diouf', 'participant'),
        ('Cohort A', 'Aïssatou Ndiaye', 'comparison'),
        ('Cohort A', 'José Gómez', 'participant'),
        ('Cohort A', 'Min Lee', 'participant'),
        ('Cohort A', 'Пётр Иванов', 'participant'),
        ('Cohort B', 'Aïssatou Ndiaye', 'comparison'),
        ('Cohort B', 'José Gómez', 'participant'),
        ('Cohort C', 'Min Lee', 'participant'),
        ('Cohort D', 'Ndèye Mayé Diouf', 'participant'),
        ('Cohort D', 'Aïssatou Ndiaye', 'comparison'),
        ('Cohort D', 'José Gómez', 'participant'),
        ('Cohort D', 'Min Lee', 'participant'),
        ('Cohort D', 'Пётр Иванов', 'participant'),
    ]
    assert tables['tags'] == [
        ('Cohort A', 'goal', 'programme budgeting'),
        ('Cohort B', 'goal', 'a'),
        ('Cohort B', 'goal', 'b'),
        ('Cohort A', 'goal', 'c'),
        ('Cohort D', 'problem', 'arrears'),
        ('Cohort D', 'problem', 'audit planning'),
        ('Cohort D', 'problem', 'cash management'),
        ('Cohort D', 'problem', '=SUM(A1)'),
        ('Cohort D', 'problem', 'kk'),
    ]
    assert tables['peer_tags'] == [
        ('Ndèye Mayé Diouf', 'programme budgeting'),
        ('José Gómez', 'a'),
        ('José Gómez', 'b'),
        ('José Gómez', 'c'),
        ('Ndèye Mayé Diouf', 'arrears'),
        ('Aïssatou Ndiaye', 'audit planning'),
        ('José Gómez', 'cash management'),
        ('Min Lee', '=SUM(A1)'),
        ('Пётр Иванов', 'kk'),
    ]
