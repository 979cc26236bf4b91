"""A synthetic initiative of any size, for trying PeerDesk at scale and for every benchmark.

``create_synthetic_initiative(factory, peers=2000, months=12)`` writes a fictional network of that many
officials with a full year's record: profiles and tags, a plan of activities, a confirmed round of pairs,
a commitment contract per peer, twice-weekly contact reports, weekly learning check-ins, learning-gain
scores, value-creation interviews and diffusion back home. Contacts cluster in small working groups
around each matched pair, grow over the first weeks and turn informal over time, so the evaluation
measures have a shape to show.

The content is deterministic (seeded generator, fixed dates): two files made with the same arguments hold
the same rows apart from identities and timestamps. Rows go in through ``db.bulk.fast_insert`` inside one
transaction, so 2,000 peers with a year of reports take seconds and a failure leaves the file untouched.
"""

from __future__ import annotations

import itertools
import logging
import random
import uuid
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db import models as m
from peerdesk.db.bulk import fast_insert
from peerdesk.db.services import demo
from peerdesk.db.services.catalogue_sync import sync_tool_types

logger = logging.getLogger(__name__)

SEED = 15
START = date(2026, 2, 2)  # a Monday
GROUP_SIZE = 8  # peers who work together most (a small-group meeting's worth)

# country, languages spoken (first = usual working language), first names, family names
# fmt: off
COUNTRIES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Moldova", "ro ru en", ("Ion", "Elena", "Vasile", "Natalia", "Mihai", "Ana"),
     ("Ciobanu", "Rusu", "Munteanu", "Popa", "Lupu", "Cojocaru")),
    ("Georgia", "ka en ru", ("Giorgi", "Nino", "Levan", "Tamar", "Davit", "Mariam"),
     ("Beridze", "Kapanadze", "Gelashvili", "Lomidze", "Chikovani", "Japaridze")),
    ("Kazakhstan", "ru kk en", ("Ержан", "Айгерим", "Наталья", "Даулет", "Асель", "Нурлан"),
     ("Абдрахманов", "Сапарова", "Ёлкина", "Жумабаев", "Касымова", "Оспанов")),
    ("Senegal", "fr en", ("Ndèye", "Mamadou", "Aïssatou", "Ousmane", "Fatou", "Cheikh"),
     ("Diouf", "Sarr", "Ba", "Faye", "Ndiaye", "Diallo")),
    ("Mozambique", "pt en", ("João", "Celina", "Albino", "Hélio", "Graça", "Armando"),
     ("Tembe", "Macuácua", "Cossa", "Sitoe", "Mondlane", "Chissano")),
    ("Peru", "es en", ("Ana Lucía", "Jorge", "Rosa", "Martín", "Lucía", "César"),
     ("Quispe", "Huamán", "Mamani", "Flores", "Rojas", "Condori")),
    ("Viet Nam", "vi en", ("Mai", "Hùng", "Tuấn", "Lan", "Dũng", "Hương"),
     ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng", "Vũ")),
    ("Hungary", "hu en de", ("Edit", "Gábor", "Zsófia", "Péter", "Katalin", "László"),
     ("Németh", "Szabó", "Kovács", "Kiss", "Tóth", "Horváth")),
    ("Kenya", "en sw", ("Wanjiru", "Otieno", "Achieng", "Kamau", "Njeri", "Mwangi"),
     ("Odhiambo", "Kariuki", "Wambui", "Mutua", "Kiprono", "Njoroge")),
    ("Indonesia", "id en", ("Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra"),
     ("Santoso", "Wijaya", "Lestari", "Saputra", "Hidayat", "Kusuma")),
    ("Morocco", "ar fr en", ("Fatima", "Youssef", "Khadija", "Omar", "Salma", "Hicham"),
     ("El Amrani", "Benali", "Idrissi", "Tazi", "Alaoui", "Berrada")),
    ("Ukraine", "uk en ru", ("Олена", "Андрій", "Ірина", "Тарас", "Оксана", "Богдан"),
     ("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Мельник", "Кравчук")),
)
CAREERS = (("entry", "junior", "low"), ("mid", "peer", "medium"), ("mid", "peer", "medium"),
           ("senior", "senior", "high"), ("executive", "senior", "high"))
EDUCATION = ("bachelor", "master", "master", "doctorate")
RISKS = ("turnover", "lack_of_authority", "unequal_willingness", "personality_culture")
CONTRACT_LANGUAGES = ("en", "fr", "es", "pt", "ru")  # contracts print in these; others get English
POSITIONS = {"mof": "Budget Analyst", "tre": "Treasury Officer", "aud": "Auditor", "tax": "Revenue Analyst"}
# tool code, title, duration in hours (None: a series), mode, share of peers taking part (None: everyone)
ACTIVITY_KINDS: tuple[tuple[str, str, float | None, str, float | None], ...] = (
    ("large_group_meetings", "Plenary workshop", 16.0, "face_to_face", None),
    ("training_sessions", "Training session", 3.0, "online", None),
    ("small_group_meetings", "Working group meeting", 2.0, "online", 0.0),  # one working group each
    ("site_visits", "Study visit", 24.0, "face_to_face", 0.0),
    ("paired_engagements", "Paired calls", None, "online", 0.0),
    ("peer_produced_knowledge_products", "Joint case study", None, "online", 0.0),
)
# fmt: on


def create_synthetic_initiative(
    factory: sessionmaker, peers: int, months: int = 12, seed: int = SEED
) -> demo.DemoSummary:
    """Create a synthetic initiative of ``peers`` participants over ``months`` months in one transaction."""
    if peers < 2:
        raise ValueError("A synthetic initiative needs at least 2 peers.")
    if not 1 <= months <= 36:
        raise ValueError("Choose between 1 and 36 months.")
    rng = random.Random(seed)
    name = f"Synthetic network, {peers} peers, {months} month{'s' if months > 1 else ''}"
    with factory.begin() as session:
        if session.scalar(select(m.Initiative.id).where(m.Initiative.name == name)):
            raise ValueError(f"This file already holds the initiative {name!r}.")
        end = _add_months(START, months) - timedelta(days=1)
        initiative = m.Initiative(
            name=name, facilitating_organisation=demo.SECRETARIAT, reform_area="budget",
            peer_level="individuals", learning_goals=list(demo.LEARNING_GOALS),
            theory_of_change=demo.THEORY_OF_CHANGE,
            description="A generated network for trying PeerDesk at scale. Every name in it is invented.",
            start_date=START, end_date=end, cadence="long_drawn_out",
            working_languages=["en", "fr", "ru", "pt", "es"], facilitator_name=demo.FACILITATOR,
        )  # fmt: skip
        session.add(initiative)
        session.flush()
        builder = _Builder(session, initiative.id, rng, peers, START, end)
        counts = builder.build()
        logger.info("synthetic initiative %r: %s", name, counts)
        return demo.DemoSummary(initiative_id=initiative.id, name=name, **counts)


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    return day.replace(year=day.year + year, month=month + 1)


LATIN_INITIALS = "ABCDEFGHIJKLMNOPRSTV"
CYRILLIC_INITIALS = "АБВГДЕЖЗИКЛМНОПРСТУ"


def _name(k: int, firsts: tuple[str, ...], lasts: tuple[str, ...]) -> tuple[str, str]:
    """The k-th name of a country: all first/family combinations, then with a middle initial, so that
    names stay distinct up to about 8,000 peers (a facilitator tells people apart by name)."""
    first, last = firsts[k % len(firsts)], lasts[(k // len(firsts)) % len(lasts)]
    rounds = k // (len(firsts) * len(lasts))
    if rounds:
        initials = CYRILLIC_INITIALS if "\u0400" <= first[0] <= "\u04ff" else LATIN_INITIALS
        first = f"{first} {initials[(rounds - 1) % len(initials)]}."
    return first, last


class _Builder:
    """Writes one synthetic initiative's rows; peers are numbered 0..n-1, ids looked up once."""

    def __init__(self, session: Session, initiative_id: int, rng: random.Random, n: int, start: date, end: date):
        self.session, self.iid, self.rng, self.n = session, initiative_id, rng, n
        self.start, self.end = start, end
        self.weeks = max(1, ((end - start).days + 1) // 7)
        self.today = end  # the synthetic "now": the year is over
        self.peer_ids: list[int] = []
        self.country: list[int] = []  # index into COUNTRIES, per peer
        self.uuid_prefix = str(uuid.uuid4())[:24]  # "xxxxxxxx-xxxx-4xxx-yxxx-": a version-4 layout
        self.serial = itertools.count(random.SystemRandom().randrange(1 << 40))

    def put(self, model: type, rows: Iterable[dict]) -> int:
        """Bulk-insert rows, giving each its identity; returns how many."""
        return fast_insert(self.session, model.__table__, (self._identified(row) for row in rows))

    def _identified(self, row: dict) -> dict:
        # Random per file, sequential within it: as unique as uuid4 across laptops (for merges), and
        # ten times cheaper, with index inserts that append instead of landing all over the B-tree.
        row["uuid"] = f"{self.uuid_prefix}{next(self.serial):012x}"
        return row

    def insert(self, model: type, rows: Iterable[dict]) -> list[int]:
        """Bulk-insert rows and return their new ids, in order (SQLite numbers them max(id)+1, +2...)."""
        table = model.__table__
        before = self.session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        count = self.put(model, rows)
        after = self.session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        if after - before != count:  # another writer, or ids not sequential: never guess
            raise RuntimeError(f"unexpected ids inserting into {table.name}")
        return list(range(before + 1, after + 1))

    def build(self) -> dict[str, int]:
        self.add_people()
        self.add_tags()
        activities = self.add_activities()
        self.add_pairs()
        contracts = self.add_contracts()
        reports = self.add_contact_reports()
        checkins = self.add_checkins()
        gains = self.add_gains()
        interviews = self.add_interviews()
        diffusion = self.add_diffusion()
        self.put(m.ChecklistEntry, (
            {"initiative_id": self.iid, "item_code": code, "status": status, "note": note}
            for code, status, note in demo.CHECKLIST
        ))  # fmt: skip
        return {"peers": self.n, "activities": activities, "contracts": contracts, "contact_reports": reports,
                "checkins": checkins, "gains": gains, "interviews": interviews, "diffusion_events": diffusion}

    # --- who ------------------------------------------------------------------------------------------

    def add_people(self) -> None:
        rng = self.rng
        known = {(o.name, o.country): o.id for o in self.session.scalars(select(m.Organisation))}
        orgs: dict[tuple[int, str], int] = {}
        new_orgs = []
        for index, (country, *_rest) in enumerate(COUNTRIES):
            for kind, (label, _affiliation, _domain) in demo.ORG_KINDS.items():
                org_name = f"{country}: {label.capitalize()} (synthetic)"
                if (org_name, country) in known:
                    orgs[(index, kind)] = known[(org_name, country)]
                else:
                    new_orgs.append(((index, kind), {"name": org_name, "country": country, "kind": label}))
        for key, org_id in zip(
            [key for key, _ in new_orgs], self.insert(m.Organisation, [row for _, row in new_orgs]), strict=True
        ):
            orgs[key] = org_id
        comparison = max(1, self.n // 10)
        rows = []
        for number in range(self.n + comparison):
            country_index = number % len(COUNTRIES)
            country, languages, firsts, lasts = COUNTRIES[country_index]
            kind = rng.choice(tuple(demo.ORG_KINDS))
            career, standing, influence = rng.choice(CAREERS)
            spoken = languages.split()
            first, last = _name(number // len(COUNTRIES), firsts, lasts)
            risks = [rng.choice(RISKS)] if rng.random() < 0.12 else []
            incomplete = rng.random() < 0.03  # a few thin profiles, as in any real intake
            mailbox = f"peer{number:05d}"
            rows.append({
                "full_name": f"{first} {last}", "email": f"{mailbox}@{demo.ORG_KINDS[kind][2]}",
                "organisation_id": orgs[(country_index, kind)], "country": country,
                "position": "" if incomplete else POSITIONS[kind],
                "professional_affiliation": "" if incomplete else demo.ORG_KINDS[kind][1],
                "career_level": "" if incomplete else career,
                "education_level": "" if incomplete else rng.choice(EDUCATION),
                "social_standing": "" if incomplete else standing, "influence": "" if incomplete else influence,
                "languages": spoken if "en" in spoken or rng.random() < 0.5 else [*spoken, "en"],
                "preferred_language": spoken[0], "risks": risks,
                "risk_note": " ".join(demo.RISK_NOTES[r] for r in risks),
                # everyone consented (what is kept about a person rests on it); incomplete means no profile yet
                "consent_given": True, "consent_date": self.start, "consent_text": demo.CONSENT_TEXT,
            })  # fmt: skip
            if number < self.n:
                self.country.append(country_index)
        ids = self.insert(m.Peer, rows)
        self.peer_ids, self.comparison_ids = ids[: self.n], ids[self.n :]
        self.names = [row["full_name"] for row in rows]
        self.preferred = [row["preferred_language"] for row in rows[: self.n]]
        self.put(m.Membership, (
            {"initiative_id": self.iid, "peer_id": pid, "role": role, "joined_on": self.start}
            for role, group in (("participant", self.peer_ids), ("comparison", self.comparison_ids))
            for pid in group
        ))  # fmt: skip

    def add_tags(self) -> None:
        keys = [key for key, _, _ in demo.TAGS]
        tag_ids = dict(zip(keys, self.insert(m.Tag, [
            {"initiative_id": self.iid, "kind": kind, "label": label} for _, kind, label in demo.TAGS
        ]), strict=True))  # fmt: skip
        by_kind = {kind: [key for key, k, _ in demo.TAGS if k == kind] for kind in ("problem", "goal", "task")}
        rows = []
        for pid in self.peer_ids:  # at least one problem, goal and task each, so profiles are complete
            chosen = {self.rng.choice(keys) for keys in by_kind.values()}
            chosen.update(self.rng.sample(keys, self.rng.randint(0, 3)))
            rows.extend({"peer_id": pid, "tag_id": tag_ids[key]} for key in sorted(chosen))
        self.put(m.PeerTag, rows)

    # --- plan and matching ----------------------------------------------------------------------------

    def add_activities(self) -> int:
        sync_tool_types(self.session)
        self.session.flush()
        tools = {t.code: t.id for t in self.session.scalars(select(m.ToolType))}
        groups = [list(range(i, min(i + GROUP_SIZE, self.n))) for i in range(0, self.n, GROUP_SIZE)]
        plans: list[tuple[dict, list[int]]] = []
        span = (self.end - self.start).days
        for code, title, hours, mode, share in ACTIVITY_KINDS:
            if share is None:  # everyone: a few across the period
                for number, offset in enumerate(range(0, span, max(30, span // 4))):
                    day = self.start + timedelta(days=offset)
                    row = self._activity(tools[code], f"{title} {number + 1}", day, hours, mode)
                    plans.append((row | {"all_peers": True}, []))
                continue
            for number, group in enumerate(groups):  # one per working group, spread over the period
                day = self.start + timedelta(days=self.rng.randrange(max(1, span - 60)))
                plans.append((self._activity(tools[code], f"{title}, group {number + 1}", day, hours, mode), group))
        attended: list[list[bool | None]] = []
        for row, members in plans:  # held events get their head count, as a facilitator records it
            held = row["end_date"] < self.today
            attended.append([self.rng.random() > 0.12 if held else None for _ in members])
            if held:
                row["attendance"] = sum(attended[-1]) if members else round(self.n * self.rng.uniform(0.75, 0.95))
        ids = self.insert(m.Activity, [row for row, _ in plans])
        self.put(m.ActivityParticipant, (
            {"activity_id": aid, "peer_id": self.peer_ids[p], "role": "participant", "attended": came}
            for aid, (_, members), marks in zip(ids, plans, attended, strict=True)
            for p, came in zip(members, marks, strict=True)
        ))  # fmt: skip
        return len(ids)

    def _activity(self, tool_id: int, title: str, day: date, hours: float | None, mode: str) -> dict:
        end = day if hours and hours <= 8 else min(self.end, day + timedelta(days=3 if hours else 60))
        return {"initiative_id": self.iid, "tool_type_id": tool_id, "title": title, "start_date": day,
                "end_date": end, "duration_hours": hours, "mode": mode, "all_peers": False, "currency": "USD",
                "venue": "Video call" if mode == "online" else "Host ministry", "cost": 0.0 if mode == "online"
                else 1500.0, "logistics": [{"item": "Agenda agreed", "done": True}]}  # fmt: skip

    def add_pairs(self) -> None:
        """Peers 2k and 2k+1 are partners (the same working group); an odd peer out joins the last pair."""
        (round_id,) = self.insert(m.MatchingRound, [{
            "initiative_id": self.iid, "name": "Round 1 — opening workshop", "held_on": self.start, "mode": "pairs",
            "criteria": {"weights": dict(demo.WEIGHTS), "modes": dict(demo.MODES),
                         "constraints": {"shared_language": True, "respect_pair_rules": True}},
        }])  # fmt: skip
        units = [list(range(i, i + 2)) for i in range(0, self.n - 1, 2)]
        if self.n % 2:
            units[-1].append(self.n - 1)
        scores = [round(0.45 + 0.5 * self.rng.random(), 3) for _ in units]
        unit_ids = self.insert(m.MatchUnit, [
            {"round_id": round_id, "position": i, "score": s, "explanation": "Shared problems and tasks."}
            for i, s in enumerate(scores)
        ])  # fmt: skip
        self.put(m.MatchUnitMember, (
            {"unit_id": uid, "peer_id": self.peer_ids[p]} for uid, members in zip(unit_ids, units, strict=True)
            for p in members
        ))  # fmt: skip
        self.session.execute(
            m.MatchingRound.__table__.update().where(m.MatchingRound.id == round_id).values(total_score=sum(scores))
        )

    # --- commitment -----------------------------------------------------------------------------------

    def add_contracts(self) -> int:
        self.put(m.CommitmentTemplate, (
            {"initiative_id": self.iid, "position": i, "party": party, "kind": kind, "text": text, "params": params}
            for i, (party, kind, text, params) in enumerate(demo.COMMITMENTS)
        ))  # fmt: skip
        statuses = ("draft", "printed", "signed", "signed", "signed", "closed")
        rows, states = [], []
        for pid, preferred in zip(self.peer_ids, self.preferred, strict=True):
            status = self.rng.choice(statuses)
            states.append(status)
            signed = self.start + timedelta(days=self.rng.randrange(3)) if status in ("signed", "closed") else None
            rows.append({"initiative_id": self.iid, "peer_id": pid, "status": status,
                         "language": preferred if preferred in CONTRACT_LANGUAGES else "en",
                         "signed_on": signed, "closed_on": self.today if status == "closed" else None,
                         "authoriser_name": "Head of department", "authoriser_title": "Director",
                         "facilitator_name": demo.FACILITATOR})  # fmt: skip
        ids = self.insert(m.PeerContract, rows)
        outcomes = ("open", "kept", "kept", "partly", "not_kept")

        def items() -> Iterator[dict]:
            for cid, status in zip(ids, states, strict=True):
                for i, (party, kind, text, params) in enumerate(demo.COMMITMENTS):
                    due = demo.DUE[kind]
                    reviewed = status in ("signed", "closed") and due < self.today
                    outcome = self.rng.choice(outcomes) if reviewed else "open"
                    yield {"contract_id": cid, "position": i, "party": party, "kind": kind, "text": text,
                           "params": params, "due_date": due, "status": outcome,
                           "status_date": None if outcome == "open" else min(due + timedelta(days=7), self.today),
                           "evidence": demo.EVIDENCE.get(outcome, "")}  # fmt: skip

        self.put(m.CommitmentItem, items())
        return len(ids)

    # --- evaluation -----------------------------------------------------------------------------------

    def add_contact_reports(self) -> int:
        """Every participant reports on Monday and Thursday: the partner often, the working group
        sometimes, anyone else rarely; contacts rise for six weeks and turn informal over the period."""
        rng, n = self.rng, self.n
        dates = []
        for week in range(self.weeks):
            ramp = min(1.0, week / 6)
            informal_p = 0.2 + 0.4 * week / max(1, self.weeks - 1)
            for weekday in (0, 3):
                dates.append((self.start + timedelta(weeks=week, days=weekday), ramp, informal_p))
        partner = [p ^ 1 if (p ^ 1) < n else p - 1 for p in range(n)]
        rows = ({"initiative_id": self.iid, "reporter_id": pid, "report_date": day}
                for day, _, _ in dates for pid in self.peer_ids)
        ids = iter(self.insert(m.ContactReport, rows))

        def entries() -> Iterator[dict]:
            for _day, ramp, informal_p in dates:
                for p in range(n):
                    report_id = next(ids)
                    others = set()
                    if rng.random() < 0.35 + 0.45 * ramp:
                        others.add(partner[p])
                    group = p - p % GROUP_SIZE
                    for _ in range(int(rng.random() * 3 * ramp)):
                        others.add(min(n - 1, group + rng.randrange(GROUP_SIZE)))
                    if rng.random() < 0.05 * ramp:
                        others.add(rng.randrange(n))
                    others.discard(p)
                    for o in sorted(others):
                        informal = rng.random() < informal_p
                        same = self.country[o] == self.country[p]
                        channel = "in_person" if same and rng.random() < 0.3 else (
                            rng.choice(("messaging", "phone", "video") if informal else ("email", "video", "phone")))
                        yield {"report_id": report_id, "other_id": self.peer_ids[o],
                               "kind": "informal" if informal else "formal", "channel": channel}  # fmt: skip

        self.put(m.ContactEntry, entries())
        return len(dates) * n

    def add_checkins(self) -> int:
        rng = self.rng

        def rows() -> Iterator[dict]:
            for week in range(self.weeks):
                monday = self.start + timedelta(weeks=week)
                productive_p = 0.3 + 0.5 * week / max(1, self.weeks - 1)
                for pid in self.peer_ids:
                    if rng.random() < 0.08:
                        continue
                    productive = rng.random() < productive_p
                    note = rng.choice(demo.CHECKIN_NOTES) if productive and rng.random() < 0.05 else ""
                    yield {"initiative_id": self.iid, "peer_id": pid, "week_start": monday,
                           "productive": productive, "note": note}  # fmt: skip

        return self.put(m.LearningCheckin, rows())

    def add_gains(self) -> int:
        """Baseline in the first week, midpoint halfway, and an end point for two thirds of the peers."""
        rng = self.rng
        middle = self.start + (self.end - self.start) / 2
        points = (("baseline", self.start + timedelta(days=3)), ("midpoint", middle), ("end", self.end))

        def rows() -> Iterator[dict]:
            for pid in self.peer_ids:
                assessed = points if rng.random() < 0.67 else points[:2]
                for area in demo.LEARNING_AREAS:
                    score = rng.choices((1, 3, 5), weights=(5, 4, 1))[0]
                    for point, day in assessed:
                        yield {"initiative_id": self.iid, "peer_id": pid, "assessed_on": day, "point": point,
                               "area": area, "score": score}  # fmt: skip
                        score = min(5, max(1, score + rng.choices((2, 0, -2), weights=(6, 5, 1))[0]))

        return self.put(m.LearningGain, rows())

    def add_interviews(self) -> int:
        """One in ten peers interviewed at mid-term, with answers borrowed from the demo's interviews."""
        samples = demo.VALUE_INTERVIEWS
        middle = self.start + (self.end - self.start) / 2
        return self.put(m.ValueInterview, (
            {"initiative_id": self.iid, "peer_id": pid, "interviewed_on": middle, "interviewer": demo.FACILITATOR,
             "answers": dict(samples[i % len(samples)][2]), "cycles": dict(samples[i % len(samples)][3]),
             "outcome_families": list(samples[i % len(samples)][4])}
            for i, pid in enumerate(self.peer_ids[:: 10])
        ))  # fmt: skip

    def add_diffusion(self) -> int:
        """A quarter of the peers share at home; some of the colleagues they reach share again."""
        rng, span = self.rng, (self.end - self.start).days
        forms = ("conversation", "briefing", "presentation", "workshop")
        first = [pid for pid in self.peer_ids if rng.random() < 0.25]
        rows = []
        for number, pid in enumerate(first):
            form = rng.choice(forms)
            rows.append({"initiative_id": self.iid, "sharer_peer_id": pid, "event_date": self.start + timedelta(
                days=30 + rng.randrange(max(1, span - 90))), "form": form, "audience": "Colleagues at home",
                "people_reached": {"conversation": 1, "briefing": 4}.get(form, 5 + rng.randrange(30)),
                "notes": f"Shared lessons from the network ({number + 1})."})  # fmt: skip
        ids = self.insert(m.DiffusionEvent, rows)
        name_of = dict(zip(self.peer_ids, self.names, strict=False))
        onward = [
            {"initiative_id": self.iid, "sharer_name": f"A colleague of {name_of[row['sharer_peer_id']]}",
             "parent_id": parent, "event_date": min(
                self.end, row["event_date"] + timedelta(days=14 + rng.randrange(60))), "form": "briefing",
             "audience": "Their own team", "people_reached": 2 + rng.randrange(6)}
            for parent, row in zip(ids, rows, strict=True) if rng.random() < 0.3
        ]  # fmt: skip
        self.insert(m.DiffusionEvent, onward)
        return len(rows) + len(onward)
