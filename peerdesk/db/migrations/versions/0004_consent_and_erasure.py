"""consent and erasure: the text a peer agreed to is kept with the date; a contact with someone who was
erased stays as a contact with "a former participant" (contact_entry.other_id may be empty)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('peer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('consent_text', sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('contact_entry', schema=None) as batch_op:
        batch_op.alter_column('other_id', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM contact_entry WHERE other_id IS NULL")
    with op.batch_alter_table('contact_entry', schema=None) as batch_op:
        batch_op.alter_column('other_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('peer', schema=None) as batch_op:
        batch_op.drop_column('consent_text')
