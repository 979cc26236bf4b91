"""many people at once: every editable row carries a version (a save over someone else's newer edit is
refused) and who saved it last; initiative_access says which database role may work on which initiative
(read by row-level security on a PostgreSQL server, unused in a data file)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

#: The tables people edit (models.Tracked) at this revision.
EDITABLE = ('organisation', 'initiative', 'peer', 'membership', 'tag', 'peer_tag', 'pair_rule', 'matching_round',
            'match_unit', 'match_unit_member', 'tool_type', 'activity', 'activity_participant', 'checklist_entry',
            'commitment_template', 'peer_contract', 'commitment_item', 'contact_report', 'contact_entry',
            'learning_checkin', 'learning_gain', 'value_interview', 'diffusion_event')


def upgrade() -> None:
    for table in EDITABLE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False, server_default='1'))
            batch_op.add_column(sa.Column('updated_by', sa.String(length=63), nullable=False, server_default=''))
    op.create_table(
        'initiative_access',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('initiative_id', sa.Integer(), nullable=False),
        sa.Column('role_name', sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(['initiative_id'], ['initiative.id'],
                                name=op.f('fk_initiative_access_initiative_id_initiative'),
                                ondelete='CASCADE', deferrable=True, initially='DEFERRED'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_initiative_access')),
        sa.UniqueConstraint('initiative_id', 'role_name', name=op.f('uq_initiative_access_initiative_id')),
    )


def downgrade() -> None:
    op.drop_table('initiative_access')
    for table in EDITABLE:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('updated_by')
            batch_op.drop_column('version')
