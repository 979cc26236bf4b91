"""The data file's tables: the whole peer-learning domain, from the convened group to change at scale.

Every table a person edits carries a stable ``uuid`` (so files from two laptops can be merged) and an
``updated_at`` (so the newer edit wins). Codes such as ``career_level`` or ``tool_type.code`` refer to the
reference catalogue in ``resources/catalogue``; the database stores the code, the catalogue the words.
Schema changes go through an Alembic migration in ``db/migrations/versions``.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from peerdesk.db.concurrency import current_editor

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite keeps no time zone, so all stored times are UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[Any]: JSON}


class Tracked:
    """Identity, edit time, editor and version shared by every row a person can edit.

    ``version`` rises with every UPDATE through the ORM, which refuses an UPDATE of a version someone
    else has already replaced (optimistic concurrency, see ``db/concurrency.py``; schema 0005)."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: who saved the row last: the server's user name, or the computer account on a data file
    updated_by: Mapped[str] = mapped_column(String(63), default=current_editor, onupdate=current_editor,
                                            server_default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}


# --- workspace -------------------------------------------------------------------------------------


class WorkspaceSetting(Base):
    """Key/value settings that travel with the file (workspace title, facilitator's name...)."""

    __tablename__ = "workspace_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Tombstone(Base):
    """A deleted row, remembered so that a merge carries the deletion to the other laptop's file."""

    __tablename__ = "tombstone"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_uuid: Mapped[str] = mapped_column(String(36), index=True)
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("table_name", "row_uuid"),)


class InitiativeAccess(Base):
    """Which database role may work on which initiative. Row-level security policies on a PostgreSQL
    server read it (``db/roles.py``); on a data file it stays empty and means nothing (schema 0005)."""

    __tablename__ = "initiative_access"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # deferred: a facilitator's new initiative is granted to her (by a trigger) before its row exists
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE",
                                                          deferrable=True, initially="DEFERRED"))
    role_name: Mapped[str] = mapped_column(String(63))
    __table_args__ = (UniqueConstraint("initiative_id", "role_name"),)


# --- who ------------------------------------------------------------------------------------------


class Organisation(Tracked, Base):
    """A peer's home organisation (ministry, agency, audit office, district...)."""

    __tablename__ = "organisation"
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("name", "country"),)


class Initiative(Tracked, Base):
    """A facilitated peer-learning initiative: a network, a peer review, a study-tour programme."""

    __tablename__ = "initiative"
    name: Mapped[str] = mapped_column(String(300), unique=True)
    facilitating_organisation: Mapped[str] = mapped_column(String(300), default="")
    reform_area: Mapped[str] = mapped_column(String(64), default="")
    peer_level: Mapped[str] = mapped_column(String(64), default="individuals")
    learning_goals: Mapped[list[str]] = mapped_column(JSON, default=list)
    theory_of_change: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    cadence: Mapped[str] = mapped_column(String(32), default="long_drawn_out")
    working_languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    facilitator_name: Mapped[str] = mapped_column(String(200), default="")
    #: set when the facilitator archives a finished initiative: kept whole, listed apart (schema 0002)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan"
    )
    activities: Mapped[list[Activity]] = relationship(
        back_populates="initiative", cascade="all, delete-orphan"
    )
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates"),
    )


class Peer(Tracked, Base):
    """An individual official and their matching profile. Learning happens between individuals."""

    __tablename__ = "peer"
    full_name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(320), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    country: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    professional_affiliation: Mapped[str] = mapped_column(String(300), default="")
    career_level: Mapped[str] = mapped_column(String(32), default="")
    education_level: Mapped[str] = mapped_column(String(32), default="")
    social_standing: Mapped[str] = mapped_column(String(32), default="")
    influence: Mapped[str] = mapped_column(String(32), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    preferred_language: Mapped[str] = mapped_column(String(8), default="")
    risks: Mapped[list[str]] = mapped_column(JSON, default=list)
    risk_note: Mapped[str] = mapped_column(Text, default="")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: what the person agreed to, in the words they were shown (schema 0004)
    consent_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    organisation: Mapped[Organisation | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary="peer_tag", viewonly=True, order_by="Tag.label")


class Membership(Tracked, Base):
    """A peer taking part in an initiative, or serving as a comparison colleague who did not."""

    __tablename__ = "membership"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(32), default="participant")  # participant | comparison
    joined_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)

    initiative: Mapped[Initiative] = relationship(back_populates="memberships")
    peer: Mapped[Peer] = relationship()
    __table_args__ = (UniqueConstraint("initiative_id", "peer_id"),)


class Tag(Tracked, Base):
    """A problem, goal or task in an initiative's own vocabulary ("arrears control")."""

    __tablename__ = "tag"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # problem | goal | task
    label: Mapped[str] = mapped_column(String(200))
    __table_args__ = (
        UniqueConstraint("initiative_id", "kind", "label"),
        CheckConstraint("kind IN ('problem', 'goal', 'task')", name="kind"),
    )


class PeerTag(Tracked, Base):
    __tablename__ = "peer_tag"
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"))
    __table_args__ = (UniqueConstraint("peer_id", "tag_id"),)


# --- matching -------------------------------------------------------------------------------------


class PairRule(Tracked, Base):
    """A facilitator's hard rule about two peers: never pair them, or always pair them."""

    __tablename__ = "pair_rule"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    peer_a_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    peer_b_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(16))  # never | must
    reason: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("initiative_id", "peer_a_id", "peer_b_id"),
        CheckConstraint("rule IN ('never', 'must')", name="rule"),
        CheckConstraint("peer_a_id <> peer_b_id", name="distinct_peers"),
    )


class MatchingRound(Tracked, Base):
    """A saved matching: its date, the mode and the criteria used, and the units it produced."""

    __tablename__ = "matching_round"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(16))  # pairs | groups | mentors
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    total_score: Mapped[float] = mapped_column(Float, default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")

    units: Mapped[list[MatchUnit]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="MatchUnit.position"
    )


class MatchUnit(Tracked, Base):
    """One pair or small group of a round, with its score and the explanation shown to people."""

    __tablename__ = "match_unit"
    round_id: Mapped[int] = mapped_column(ForeignKey("matching_round.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    explanation: Mapped[str] = mapped_column(Text, default="")
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)

    round: Mapped[MatchingRound] = relationship(back_populates="units")
    members: Mapped[list[MatchUnitMember]] = relationship(
        back_populates="unit", cascade="all, delete-orphan"
    )


class MatchUnitMember(Tracked, Base):
    __tablename__ = "match_unit_member"
    unit_id: Mapped[int] = mapped_column(ForeignKey("match_unit.id", ondelete="CASCADE"))
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16), default="member")  # member | mentor | mentee

    unit: Mapped[MatchUnit] = relationship(back_populates="members")
    peer: Mapped[Peer] = relationship()
    __table_args__ = (UniqueConstraint("unit_id", "peer_id"),)


# --- tools and plan -------------------------------------------------------------------------------


class ToolType(Tracked, Base):
    """A peer-learning instrument. Built-in rows mirror the catalogue; facilitators may add their own."""

    __tablename__ = "tool_type"
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    cells: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[part, challenge], ...]
    supports_goals: Mapped[list[str]] = mapped_column(JSON, default=list)
    logistics: Mapped[list[str]] = mapped_column(JSON, default=list)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Activity(Tracked, Base):
    """A concrete planned activity of one tool type: a workshop, a site visit, a paired call series."""

    __tablename__ = "activity"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    # RESTRICT: a tool type in use cannot be deleted out from under the plan.
    tool_type_id: Mapped[int] = mapped_column(ForeignKey("tool_type.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    duration_hours: Mapped[float | None] = mapped_column(Float)
    mode: Mapped[str] = mapped_column(String(32), default="face_to_face")
    venue: Mapped[str] = mapped_column(String(300), default="")
    all_peers: Mapped[bool] = mapped_column(Boolean, default=False)
    host: Mapped[str] = mapped_column(String(300), default="")  # site visits: who hosts
    reciprocal: Mapped[bool] = mapped_column(Boolean, default=False)  # site visits: both ways
    cost: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str] = mapped_column(String(8), default="USD")
    logistics: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{"item": str, "done": bool}]
    attendance: Mapped[int | None] = mapped_column(Integer)  # head count on the day, if known
    notes: Mapped[str] = mapped_column(Text, default="")

    initiative: Mapped[Initiative] = relationship(back_populates="activities")
    tool_type: Mapped[ToolType] = relationship()
    participants: Mapped[list[ActivityParticipant]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates"),)


class ActivityParticipant(Tracked, Base):
    __tablename__ = "activity_participant"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="participant")  # participant | host | visitor
    attended: Mapped[bool | None] = mapped_column(Boolean)

    activity: Mapped[Activity] = relationship(back_populates="participants")
    peer: Mapped[Peer] = relationship()
    __table_args__ = (UniqueConstraint("activity_id", "peer_id"),)


class ChecklistEntry(Tracked, Base):
    """The state of one facilitator's-checklist item for one initiative."""

    __tablename__ = "checklist_entry"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    item_code: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("initiative_id", "item_code"),
        CheckConstraint("status IN ('not_started', 'in_progress', 'done', 'not_applicable')", name="status"),
    )


# --- commitment -----------------------------------------------------------------------------------


class CommitmentTemplate(Tracked, Base):
    """An initiative's default commitment item, copied into each new contract."""

    __tablename__ = "commitment_template"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    party: Mapped[str] = mapped_column(String(16))  # peer | home_org
    kind: Mapped[str] = mapped_column(String(32))  # attend_meetings, contact_partner, share_forward, custom...
    text: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PeerContract(Tracked, Base):
    """A peer's commitment contract, with the home organisation's side, as printed and signed."""

    __tablename__ = "peer_contract"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8), default="en")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    signed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    authoriser_name: Mapped[str] = mapped_column(String(300), default="")
    authoriser_title: Mapped[str] = mapped_column(String(300), default="")
    facilitator_name: Mapped[str] = mapped_column(String(300), default="")
    scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    scan_filename: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    peer: Mapped[Peer] = relationship()
    items: Mapped[list[CommitmentItem]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="CommitmentItem.position"
    )
    __table_args__ = (
        UniqueConstraint("initiative_id", "peer_id"),
        CheckConstraint("status IN ('draft', 'printed', 'signed', 'closed')", name="status"),
    )


class CommitmentItem(Tracked, Base):
    """One promise in a contract, and whether it was kept."""

    __tablename__ = "commitment_item"
    contract_id: Mapped[int] = mapped_column(ForeignKey("peer_contract.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    party: Mapped[str] = mapped_column(String(16))  # peer | home_org
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | kept | partly | not_kept
    status_date: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")

    contract: Mapped[PeerContract] = relationship(back_populates="items")
    __table_args__ = (
        CheckConstraint("status IN ('open', 'kept', 'partly', 'not_kept')", name="status"),
    )


# --- evaluation -----------------------------------------------------------------------------------


class ContactReport(Tracked, Base):
    """One peer's short report: which of the others they were in contact with since the last report."""

    __tablename__ = "contact_report"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    reporter_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"), index=True)
    report_date: Mapped[date] = mapped_column(Date, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    reporter: Mapped[Peer] = relationship()
    contacts: Mapped[list[ContactEntry]] = relationship(
        back_populates="report", cascade="all, delete-orphan"
    )
    __table_args__ = (UniqueConstraint("initiative_id", "reporter_id", "report_date"),)


class ContactEntry(Tracked, Base):
    __tablename__ = "contact_entry"
    report_id: Mapped[int] = mapped_column(ForeignKey("contact_report.id", ondelete="CASCADE"))
    #: None: the other person was erased on request ("a former participant"), schema 0004
    other_id: Mapped[int | None] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # formal | informal
    channel: Mapped[str] = mapped_column(String(16), default="")

    report: Mapped[ContactReport] = relationship(back_populates="contacts")
    other: Mapped[Peer | None] = relationship()
    __table_args__ = (
        UniqueConstraint("report_id", "other_id"),
        CheckConstraint("kind IN ('formal', 'informal')", name="kind"),
    )


class LearningCheckin(Tracked, Base):
    """The weekly question: did you have a productive conversation about a reform challenge?"""

    __tablename__ = "learning_checkin"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"), index=True)
    week_start: Mapped[date] = mapped_column(Date)
    productive: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")

    peer: Mapped[Peer] = relationship()
    __table_args__ = (UniqueConstraint("initiative_id", "peer_id", "week_start"),)


class LearningGain(Tracked, Base):
    """A score (5, 3 or 1) for one learning area, for one peer, at one assessment point."""

    __tablename__ = "learning_gain"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    point: Mapped[str] = mapped_column(String(64), default="")  # baseline, midpoint, end...
    area: Mapped[str] = mapped_column(String(64))
    score: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    peer: Mapped[Peer] = relationship()
    __table_args__ = (
        UniqueConstraint("initiative_id", "peer_id", "assessed_on", "area"),
        CheckConstraint("score IN (1, 3, 5)", name="score"),
    )


class ValueInterview(Tracked, Base):
    """A value-creation interview: five open questions, each answer optionally coded to a value cycle."""

    __tablename__ = "value_interview"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    peer_id: Mapped[int] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    interviewed_on: Mapped[date] = mapped_column(Date)
    interviewer: Mapped[str] = mapped_column(String(200), default="")
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # question code -> text
    cycles: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # question code -> cycle code
    outcome_families: Mapped[list[str]] = mapped_column(JSON, default=list)

    peer: Mapped[Peer] = relationship()


class DiffusionEvent(Tracked, Base):
    """Someone sharing the learning forward back home: a peer, or a colleague a peer reached earlier."""

    __tablename__ = "diffusion_event"
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    sharer_peer_id: Mapped[int | None] = mapped_column(ForeignKey("peer.id", ondelete="CASCADE"))
    sharer_name: Mapped[str] = mapped_column(String(300), default="")  # when the sharer is not a peer
    # The event through which the sharer was reached (f shares with g..j after a shared with f).
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("diffusion_event.id", ondelete="SET NULL"))
    event_date: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(64), default="presentation")
    audience: Mapped[str] = mapped_column(Text, default="")
    people_reached: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")

    sharer: Mapped[Peer | None] = relationship()
    __table_args__ = (
        CheckConstraint("people_reached >= 0", name="reached"),
        CheckConstraint("sharer_peer_id IS NOT NULL OR sharer_name <> ''", name="sharer"),
    )


EDITABLE_TABLES = [
    mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, Tracked)
]
