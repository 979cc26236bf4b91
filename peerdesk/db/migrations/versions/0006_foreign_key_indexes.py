"""indexes on the foreign keys that the tabs read by and that deletions cascade along: at 10,000 peers a
contract's commitments, an initiative's activities or a person's check-ins were found by reading the
whole table (110,000 commitments for the contracts tab's counts and due list; every table a person
appears in when they are erased)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

#: (table, column) pairs indexed at this revision; the models declare the same (``index=True``).
INDEXED = (
    ('commitment_item', 'contract_id'),
    ('activity', 'initiative_id'),
    ('commitment_template', 'initiative_id'),
    ('matching_round', 'initiative_id'),
    ('match_unit', 'round_id'),
    ('peer_contract', 'peer_id'),
    ('activity_participant', 'peer_id'),
    ('contact_report', 'reporter_id'),
    ('contact_entry', 'other_id'),
    ('learning_checkin', 'peer_id'),
    ('learning_gain', 'peer_id'),
    ('value_interview', 'initiative_id'),
    ('diffusion_event', 'initiative_id'),
)


def upgrade() -> None:
    for table, column in INDEXED:
        op.create_index(f'ix_{table}_{column}', table, [column], unique=False)


def downgrade() -> None:
    for table, column in INDEXED:
        op.drop_index(f'ix_{table}_{column}', table_name=table)
