"""initial schema: the whole peer-learning domain

Revision ID: 0001
Revises: 
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('initiative',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('facilitating_organisation', sa.String(length=300), nullable=False),
    sa.Column('reform_area', sa.String(length=64), nullable=False),
    sa.Column('peer_level', sa.String(length=64), nullable=False),
    sa.Column('learning_goals', sa.JSON(), nullable=False),
    sa.Column('theory_of_change', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('cadence', sa.String(length=32), nullable=False),
    sa.Column('working_languages', sa.JSON(), nullable=False),
    sa.Column('facilitator_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('end_date IS NULL OR start_date IS NULL OR end_date >= start_date', name=op.f('ck_initiative_dates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative')),
    sa.UniqueConstraint('name', name=op.f('uq_initiative_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_initiative_uuid'))
    )
    op.create_table('organisation',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('name', 'country', name=op.f('uq_organisation_name')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organisation_uuid'))
    )
    op.create_table('tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_uuid', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tombstone')),
    sa.UniqueConstraint('table_name', 'row_uuid', name=op.f('uq_tombstone_table_name'))
    )
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tombstone_row_uuid'), ['row_uuid'], unique=False)

    op.create_table('tool_type',
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('cells', sa.JSON(), nullable=False),
    sa.Column('supports_goals', sa.JSON(), nullable=False),
    sa.Column('logistics', sa.JSON(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tool_type')),
    sa.UniqueConstraint('code', name=op.f('uq_tool_type_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_tool_type_uuid'))
    )
    op.create_table('workspace_setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_workspace_setting'))
    )
    op.create_table('activity',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('tool_type_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('duration_hours', sa.Float(), nullable=True),
    sa.Column('mode', sa.String(length=32), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('all_peers', sa.Boolean(), nullable=False),
    sa.Column('host', sa.String(length=300), nullable=False),
    sa.Column('reciprocal', sa.Boolean(), nullable=False),
    sa.Column('cost', sa.Float(), nullable=True),
    sa.Column('currency', sa.String(length=8), nullable=False),
    sa.Column('logistics', sa.JSON(), nullable=False),
    sa.Column('attendance', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_activity_dates')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_activity_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tool_type_id'], ['tool_type.id'], name=op.f('fk_activity_tool_type_id_tool_type'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sa.UniqueConstraint('uuid', name=op.f('uq_activity_uuid'))
    )
    op.create_table('checklist_entry',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('item_code', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('not_started', 'in_progress', 'done', 'not_applicable')", name=op.f('ck_checklist_entry_status')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_checklist_entry_initiative_id_initiative'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_entry')),
    sa.UniqueConstraint('initiative_id', 'item_code', name=op.f('uq_checklist_entry_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_checklist_entry_uuid'))
    )
    op.create_table('commitment_template',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_commitment_template_initiative_id_initiative'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_template')),
    sa.UniqueConstraint('uuid', name=op.f('uq_commitment_template_uuid'))
    )
    op.create_table('matching_round',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('total_score', sa.Float(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_matching_round_initiative_id_initiative'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_matching_round')),
    sa.UniqueConstraint('uuid', name=op.f('uq_matching_round_uuid'))
    )
    op.create_table('peer',
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=100), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('professional_affiliation', sa.String(length=300), nullable=False),
    sa.Column('career_level', sa.String(length=32), nullable=False),
    sa.Column('education_level', sa.String(length=32), nullable=False),
    sa.Column('social_standing', sa.String(length=32), nullable=False),
    sa.Column('influence', sa.String(length=32), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('preferred_language', sa.String(length=8), nullable=False),
    sa.Column('risks', sa.JSON(), nullable=False),
    sa.Column('risk_note', sa.Text(), nullable=False),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_peer_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer')),
    sa.UniqueConstraint('uuid', name=op.f('uq_peer_uuid'))
    )
    with op.batch_alter_table('peer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_peer_email'), ['email'], unique=False)

    op.create_table('tag',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('problem', 'goal', 'task')", name=op.f('ck_tag_kind')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_tag_initiative_id_initiative'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tag')),
    sa.UniqueConstraint('initiative_id', 'kind', 'label', name=op.f('uq_tag_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_tag_uuid'))
    )
    op.create_table('activity_participant',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_participant_activity_id_activity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_activity_participant_peer_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_participant')),
    sa.UniqueConstraint('activity_id', 'peer_id', name=op.f('uq_activity_participant_activity_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_activity_participant_uuid'))
    )
    op.create_table('contact_report',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('reporter_id', sa.Integer(), nullable=False),
    sa.Column('report_date', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_contact_report_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reporter_id'], ['peer.id'], name=op.f('fk_contact_report_reporter_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_report')),
    sa.UniqueConstraint('initiative_id', 'reporter_id', 'report_date', name=op.f('uq_contact_report_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contact_report_uuid'))
    )
    with op.batch_alter_table('contact_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_report_report_date'), ['report_date'], unique=False)

    op.create_table('diffusion_event',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('sharer_peer_id', sa.Integer(), nullable=True),
    sa.Column('sharer_name', sa.String(length=300), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('form', sa.String(length=64), nullable=False),
    sa.Column('audience', sa.Text(), nullable=False),
    sa.Column('people_reached', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("sharer_peer_id IS NOT NULL OR sharer_name <> ''", name=op.f('ck_diffusion_event_sharer')),
    sa.CheckConstraint('people_reached >= 0', name=op.f('ck_diffusion_event_reached')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_diffusion_event_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['parent_id'], ['diffusion_event.id'], name=op.f('fk_diffusion_event_parent_id_diffusion_event'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['sharer_peer_id'], ['peer.id'], name=op.f('fk_diffusion_event_sharer_peer_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diffusion_event')),
    sa.UniqueConstraint('uuid', name=op.f('uq_diffusion_event_uuid'))
    )
    op.create_table('learning_checkin',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('productive', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_learning_checkin_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_learning_checkin_peer_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_checkin')),
    sa.UniqueConstraint('initiative_id', 'peer_id', 'week_start', name=op.f('uq_learning_checkin_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_learning_checkin_uuid'))
    )
    op.create_table('learning_gain',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=False),
    sa.Column('point', sa.String(length=64), nullable=False),
    sa.Column('area', sa.String(length=64), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('score IN (1, 3, 5)', name=op.f('ck_learning_gain_score')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_learning_gain_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_learning_gain_peer_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learning_gain')),
    sa.UniqueConstraint('initiative_id', 'peer_id', 'assessed_on', 'area', name=op.f('uq_learning_gain_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_learning_gain_uuid'))
    )
    op.create_table('match_unit',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['matching_round.id'], name=op.f('fk_match_unit_round_id_matching_round'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_unit')),
    sa.UniqueConstraint('uuid', name=op.f('uq_match_unit_uuid'))
    )
    op.create_table('membership',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_membership_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_membership_peer_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership')),
    sa.UniqueConstraint('initiative_id', 'peer_id', name=op.f('uq_membership_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_membership_uuid'))
    )
    op.create_table('pair_rule',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('peer_a_id', sa.Integer(), nullable=False),
    sa.Column('peer_b_id', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("rule IN ('never', 'must')", name=op.f('ck_pair_rule_rule')),
    sa.CheckConstraint('peer_a_id <> peer_b_id', name=op.f('ck_pair_rule_distinct_peers')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_pair_rule_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_a_id'], ['peer.id'], name=op.f('fk_pair_rule_peer_a_id_peer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_b_id'], ['peer.id'], name=op.f('fk_pair_rule_peer_b_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pair_rule')),
    sa.UniqueConstraint('initiative_id', 'peer_a_id', 'peer_b_id', name=op.f('uq_pair_rule_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_pair_rule_uuid'))
    )
    op.create_table('peer_contract',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('authoriser_name', sa.String(length=300), nullable=False),
    sa.Column('authoriser_title', sa.String(length=300), nullable=False),
    sa.Column('facilitator_name', sa.String(length=300), nullable=False),
    sa.Column('scan', sa.LargeBinary(), nullable=True),
    sa.Column('scan_filename', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('draft', 'printed', 'signed', 'closed')", name=op.f('ck_peer_contract_status')),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_peer_contract_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_peer_contract_peer_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer_contract')),
    sa.UniqueConstraint('initiative_id', 'peer_id', name=op.f('uq_peer_contract_initiative_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_peer_contract_uuid'))
    )
    op.create_table('peer_tag',
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_peer_tag_peer_id_peer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], name=op.f('fk_peer_tag_tag_id_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_peer_tag')),
    sa.UniqueConstraint('peer_id', 'tag_id', name=op.f('uq_peer_tag_peer_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_peer_tag_uuid'))
    )
    op.create_table('value_interview',
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('interviewed_on', sa.Date(), nullable=False),
    sa.Column('interviewer', sa.String(length=200), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('cycles', sa.JSON(), nullable=False),
    sa.Column('outcome_families', sa.JSON(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'], name=op.f('fk_value_interview_initiative_id_initiative'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_value_interview_peer_id_peer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value_interview')),
    sa.UniqueConstraint('uuid', name=op.f('uq_value_interview_uuid'))
    )
    op.create_table('commitment_item',
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'kept', 'partly', 'not_kept')", name=op.f('ck_commitment_item_status')),
    sa.ForeignKeyConstraint(['contract_id'], ['peer_contract.id'], name=op.f('fk_commitment_item_contract_id_peer_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_commitment_item_uuid'))
    )
    op.create_table('contact_entry',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('other_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('formal', 'informal')", name=op.f('ck_contact_entry_kind')),
    sa.ForeignKeyConstraint(['other_id'], ['peer.id'], name=op.f('fk_contact_entry_other_id_peer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['contact_report.id'], name=op.f('fk_contact_entry_report_id_contact_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_entry')),
    sa.UniqueConstraint('report_id', 'other_id', name=op.f('uq_contact_entry_report_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contact_entry_uuid'))
    )
    op.create_table('match_unit_member',
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('peer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['peer_id'], ['peer.id'], name=op.f('fk_match_unit_member_peer_id_peer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['match_unit.id'], name=op.f('fk_match_unit_member_unit_id_match_unit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_match_unit_member')),
    sa.UniqueConstraint('unit_id', 'peer_id', name=op.f('uq_match_unit_member_unit_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_match_unit_member_uuid'))
    )


def downgrade() -> None:
    op.drop_table('match_unit_member')
    op.drop_table('contact_entry')
    op.drop_table('commitment_item')
    op.drop_table('value_interview')
    op.drop_table('peer_tag')
    op.drop_table('peer_contract')
    op.drop_table('pair_rule')
    op.drop_table('membership')
    op.drop_table('match_unit')
    op.drop_table('learning_gain')
    op.drop_table('learning_checkin')
    op.drop_table('diffusion_event')
    with op.batch_alter_table('contact_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_report_report_date'))

    op.drop_table('contact_report')
    op.drop_table('activity_participant')
    op.drop_table('tag')
    with op.batch_alter_table('peer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_peer_email'))

    op.drop_table('peer')
    op.drop_table('matching_round')
    op.drop_table('commitment_template')
    op.drop_table('checklist_entry')
    op.drop_table('activity')
    op.drop_table('workspace_setting')
    op.drop_table('tool_type')
    with op.batch_alter_table('tombstone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tombstone_row_uuid'))

    op.drop_table('tombstone')
    op.drop_table('organisation')
    op.drop_table('initiative')
