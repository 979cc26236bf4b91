"""The words the contracts tab shows for coded values (kinds, parties, statuses, frequencies...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("contracts", text)




def kind_names() -> dict[str, str]:
    return {
        "attend_meetings": tr("Attend named meetings"),
        "contact_partner": tr("Keep in touch with partner(s)"),
        "joint_activity": tr("Joint activity"),
        "apply_lesson": tr("Apply a named lesson"),
        "share_forward": tr("Share forward at home"),
        "authorisation": tr("Authorisation to take part"),
        "time_off": tr("Days of time off"),
        "budget_engagement": tr("Budget for the engagement"),
        "budget_diffusion": tr("Budget for diffusing the lessons"),
        "beneficiaries": tr("Named beneficiaries"),
        "report_back": tr("Report-back schedule"),
        "custom": tr("Custom commitment"),
    }


def party_names() -> dict[str, str]:
    return {"peer": tr("Peer"), "home_org": tr("Home organisation")}


def contract_status_names() -> dict[str, str]:
    return {"draft": tr("draft"), "printed": tr("printed"), "signed": tr("signed"), "closed": tr("closed")}


def item_status_names() -> dict[str, str]:
    return {"open": tr("open"), "kept": tr("kept"), "partly": tr("partly kept"), "not_kept": tr("not kept")}


def frequency_names() -> dict[str, str]:
    return {
        "weekly": tr("every week"),
        "every_two_weeks": tr("every two weeks"),
        "monthly": tr("every month"),
        "every_two_months": tr("every two months"),
        "quarterly": tr("every three months"),
    }


def form_names() -> dict[str, str]:
    return {
        "presentation": tr("presentation"),
        "workshop": tr("workshop"),
        "briefing_note": tr("written briefing note"),
        "training": tr("training session"),
        "meeting": tr("team meeting"),
    }


def schedule_names() -> dict[str, str]:
    return {
        "monthly": tr("every month"),
        "quarterly": tr("every quarter"),
        "twice_yearly": tr("twice a year"),
        "yearly": tr("once a year"),
        "at_end": tr("at the end of the initiative"),
    }
