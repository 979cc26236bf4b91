"""Writing an import preview into a file or a server database: new people get ids the database would
have given them, a second import of the same list updates instead of duplicating, and what was left out
for lack of consent is said in a note that stays short."""

from pathlib import Path

from sqlalchemy import func, select

from peerdesk.db.models import Initiative, Membership, Peer, PeerTag
from peerdesk.db.services.import_peers import apply_import
from peerdesk.io.peers_import import preview_file


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_import_updates_people_changes_roles_and_adds_the_new_ones(any_empty_workspace, tmp_path):
    factory = any_empty_workspace.factory
    first = _write(tmp_path / "first.csv",
                   "name,email,organisation,country,role,problems,consent\n"
                   "Awa Ndiaye,awa@finances.sn,DGB,SN,participant,arrears,yes\n"
                   "Kofi Mensah,kofi@mof.gh,MoF,GH,participant,arrears; payroll,yes\n"
                   "Lena Petrova,lena@minfin.ru,Minfin,RU,participant,,yes\n")
    result = apply_import(factory, preview_file(first), "Réseau")
    assert (result.created, result.updated, result.memberships_added) == (3, 0, 3)
    with factory.begin() as session:
        before = dict(session.execute(select(Peer.email, Peer.id)).all())
        version = session.scalar(select(Membership.version).join(Peer).where(Peer.email == "kofi@mof.gh"))
    second = _write(tmp_path / "second.csv",
                    "name,email,organisation,country,role,problems,consent\n"
                    "Awa Ndiaye,awa@finances.sn,DGB,SN,participant,arrears,yes\n"
                    "Kofi Mensah,kofi@mof.gh,MoF,GH,comparison,payroll,yes\n"
                    "Lena Petrova,lena@minfin.ru,Minfin,KZ,participant,,yes\n"
                    "Omar Diallo,omar@finances.sn,DGB,SN,participant,arrears,yes\n"
                    "Ines Costa,ines@dgo.pt,DGO,PT,participant,,yes\n")
    result = apply_import(factory, preview_file(second), "Réseau")
    assert (result.created, result.updated, result.memberships_added) == (2, 3, 2)
    with factory.begin() as session:
        ids = dict(session.execute(select(Peer.email, Peer.id)).all())
        assert {email: ids[email] for email in before} == before  # the same people, not copies
        assert min(ids["omar@finances.sn"], ids["ines@dgo.pt"]) > max(before.values())
        assert session.scalar(select(Peer.country).where(Peer.email == "lena@minfin.ru")) == "KZ"
        kofi = session.execute(select(Membership.role, Membership.version).join(Peer)
                               .where(Peer.email == "kofi@mof.gh")).one()
        assert kofi.role == "comparison" and kofi.version == version + 1
        kofi_tags = select(func.count()).select_from(PeerTag).where(PeerTag.peer_id == ids["kofi@mof.gh"])
        assert session.scalar(kofi_tags) == 1  # "arrears" went, "payroll" stayed
        assert session.scalar(select(func.count()).select_from(Membership)) == 5
        omar = session.get(Peer, ids["omar@finances.sn"])
        assert omar.full_name == "Omar Diallo" and omar.organisation.name == "DGB" and len(omar.uuid) == 36
        # the database numbers the next person after the imported ones (no clash on either backend)
        session.add(Peer(full_name="Typed By Hand", email="hand@example.org"))
        session.flush()


def test_the_same_person_in_two_initiatives_is_one_peer_with_two_memberships(any_empty_workspace, tmp_path):
    source = _write(tmp_path / "two.csv",
                    "name,email,organisation,initiative,consent\n"
                    "Awa Ndiaye,awa@finances.sn,DGB,Budget network,yes\n"
                    "Awa Ndiaye,awa@finances.sn,DGB,Audit network,yes\n"
                    "Kofi Mensah,kofi@mof.gh,MoF,Audit network,yes\n")
    result = apply_import(any_empty_workspace.factory, preview_file(source), None)
    assert (result.created, result.memberships_added) == (2, 3)
    with any_empty_workspace.factory.begin() as session:
        pairs = session.execute(select(Initiative.name, Peer.email).join(Membership.initiative)
                                .join(Membership.peer).order_by(Initiative.name, Peer.email)).all()
    assert [tuple(pair) for pair in pairs] == [("Audit network", "awa@finances.sn"), ("Audit network", "kofi@mof.gh"),
                                              ("Budget network", "awa@finances.sn")]


def test_the_consent_note_names_runs_of_rows_once(any_empty_workspace, tmp_path):
    lines = ["name,email,country,career level"] + [f"Person {n},p{n}@example.org,SN,senior" for n in range(40)]
    lines.append("Last One,last@example.org,SN,")
    source = _write(tmp_path / "many.csv", "\n".join(lines) + "\n")
    result = apply_import(any_empty_workspace.factory, preview_file(source), "Réseau")
    assert result.created == 41
    (note,) = result.notes
    assert note.startswith("41 people have no recorded consent")
    assert "rows 2-41: Country, Career level" in note and "row 42: Country" in note
