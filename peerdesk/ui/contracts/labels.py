"""The words the contracts tab shows for coded values (kinds, parties, statuses, frequencies...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("contracts", text)


_t = tr


def kind_names() -> dict[str, str]:
    return {
        "attend_meetings": _t("Attend named meetings"),
        "contact_partner": _t("Keep in touch with partner(s)"),
        "joint_activity": _t("Joint activity"),
        "apply_lesson": _t("Apply a named lesson"),
        "share_forward": _t("Share forward at home"),
        "authorisation": _t("Authorisation to take part"),
        "time_off": _t("Days of time off"),
        "budget_engagement": _t("Budget for the engagement"),
        "budget_diffusion": _t("Budget for diffusing the lessons"),
        "beneficiaries": _t("Named beneficiaries"),
        "report_back": _t("Report-back schedule"),
        "custom": _t("Custom commitment"),
    }


def party_names() -> dict[str, str]:
    return {"peer": _t("Peer"), "home_org": _t("Home organisation")}


def contract_status_names() -> dict[str, str]:
    return {"draft": _t("draft"), "printed": _t("printed"), "signed": _t("signed"), "closed": _t("closed")}


def item_status_names() -> dict[str, str]:
    return {"open": _t("open"), "kept": _t("kept"), "partly": _t("partly kept"), "not_kept": _t("not kept")}


def frequency_names() -> dict[str, str]:
    return {
        "weekly": _t("every week"),
        "every_two_weeks": _t("every two weeks"),
        "monthly": _t("every month"),
        "every_two_months": _t("every two months"),
        "quarterly": _t("every three months"),
    }


def form_names() -> dict[str, str]:
    return {
        "presentation": _t("presentation"),
        "workshop": _t("workshop"),
        "briefing_note": _t("written briefing note"),
        "training": _t("training session"),
        "meeting": _t("team meeting"),
    }


def schedule_names() -> dict[str, str]:
    return {
        "monthly": _t("every month"),
        "quarterly": _t("every quarter"),
        "twice_yearly": _t("twice a year"),
        "yearly": _t("once a year"),
        "at_end": _t("at the end of the initiative"),
    }
