"""Each forms/*.ui has an up-to-date compiled module in peerdesk/ui/generated/."""

from __future__ import annotations

import pytest

from peerdesk.ui import compile_forms

FORMS = compile_forms.forms()


def test_there_are_forms():
    names = {form.stem for form in FORMS}
    assert {"main_window", "matching_page", "tools_page", "contracts_page", "evaluation_page"} <= names


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form.name)
def test_generated_module_is_current(form):
    generated = compile_forms.GENERATED_DIR / compile_forms.generated_name(form)
    assert generated.exists(), f"{generated.name} missing: run python -m peerdesk.ui.compile_forms"
    assert generated.read_text(encoding="utf-8") == compile_forms.compile_form(form), (
        f"{generated.name} is stale: run python -m peerdesk.ui.compile_forms"
    )
