"""The demo initiative a facilitator sees on first launch: a fictional budget-reform peer network.

Everything here is invented but meant to look like a real year of facilitation: 24 officials from eight
countries, a plan of activities, a first matching round, commitment contracts, twelve weeks of contact
reports and learning check-ins, learning-gain scores, value-creation interviews and diffusion back home.
The plan deliberately leaves the "reflection, application and diffusion" cells thin, and pursues peer
pressure without any review tool, so the coverage map and gap checks have something to show.

The content is deterministic (a seeded random generator and fixed dates), so every demo file is the same
apart from row identities and timestamps.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from peerdesk.db import models as m
from peerdesk.db.services.catalogue_sync import sync_tool_types

DEMO_INITIATIVE_NAME = "Budget Credibility Peer Network 2026"
SEED = 2026
START = date(2026, 2, 2)
END = date(2027, 1, 29)
WORKSHOP = date(2026, 2, 5)  # last day of the opening workshop: matching confirmed, baseline scored
MIDPOINT = date(2026, 6, 15)  # mid-year learning-gain scores
DEMO_TODAY = date(2026, 11, 27)  # the demo's "now": activities ending before it have taken place
FIRST_REPORT_WEEK = date(2026, 2, 9)  # a Monday
REPORT_WEEKS = 12
FACILITATOR = "Clara Hoffmann"
SECRETARIAT = "Meridian Public Finance Secretariat (fictional)"

# --- data tables ------------------------------------------------------------------------------------
# fmt: off

# Organisation kind code -> (kind as stored, professional affiliation of its staff, e-mail domain)
ORG_KINDS: dict[str, tuple[str, str, str]] = {
    "mof": ("ministry of finance", "Budget practitioners", "mof.example"),
    "tre": ("treasury", "Treasury practitioners", "treasury.example"),
    "aud": ("audit office", "Public-sector auditors", "audit.example"),
    "tax": ("tax authority", "Tax administrators", "tax.example"),
}

# key, name, country (ISO 3166 code), kind code
ORGANISATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("md_mof", "Ministry of Finance, Budget Synthesis Department", "MD", "mof"),
    ("md_tre", "State Treasury of Moldova", "MD", "tre"),
    ("md_aud", "Court of Accounts of the Republic of Moldova", "MD", "aud"),
    ("ge_mof", "Ministry of Finance of Georgia, Budget Department", "GE", "mof"),
    ("ge_aud", "State Audit Office of Georgia", "GE", "aud"),
    ("kz_mof", "Ministry of Finance, Budget Policy Department", "KZ", "mof"),
    ("kz_tre", "Treasury Committee, Ministry of Finance", "KZ", "tre"),
    ("kz_tax", "State Revenue Committee", "KZ", "tax"),
    ("sn_mof", "Direction générale du Budget", "SN", "mof"),
    ("sn_tre", "Direction générale de la Comptabilité publique et du Trésor", "SN", "tre"),
    ("sn_aud", "Cour des comptes du Sénégal", "SN", "aud"),
    ("mz_mof", "Direcção Nacional de Planificação e Orçamento", "MZ", "mof"),
    ("mz_tre", "Direcção Nacional do Tesouro", "MZ", "tre"),
    ("mz_tax", "Autoridade Tributária de Moçambique", "MZ", "tax"),
    ("pe_mof", "Ministerio de Economía y Finanzas, Dirección General de Presupuesto Público", "PE", "mof"),
    ("pe_tre", "Dirección General del Tesoro Público", "PE", "tre"),
    ("pe_aud", "Contraloría General de la República", "PE", "aud"),
    ("vn_mof", "Ministry of Finance, State Budget Department", "VN", "mof"),
    ("vn_tre", "State Treasury of Viet Nam", "VN", "tre"),
    ("vn_aud", "State Audit Office of Viet Nam", "VN", "aud"),
    ("hu_mof", "Ministry of Finance, Budget Planning Department", "HU", "mof"),
    ("hu_tax", "National Tax and Customs Administration", "HU", "tax"),
    ("hu_aud", "State Audit Office of Hungary", "HU", "aud"),
)

# key, kind, label
TAGS: tuple[tuple[str, str, str], ...] = (
    ("arrears", "problem", "arrears control"),
    ("credibility", "problem", "budget credibility"),
    ("wages", "problem", "wage bill pressure"),
    ("forecasts", "problem", "weak revenue forecasts"),
    ("coa", "problem", "fragmented chart of accounts"),
    ("realloc", "problem", "in-year reallocations"),
    ("followup", "problem", "weak follow-up of audit findings"),
    ("mtbf", "goal", "medium-term budget framework"),
    ("programme", "goal", "programme budgeting"),
    ("citizens", "goal", "citizens' budget"),
    ("fiscalrisk", "goal", "fiscal risk statement"),
    ("tsa", "goal", "treasury single account"),
    ("prep", "task", "budget preparation"),
    ("cash", "task", "treasury cash management"),
    ("audit", "task", "external audit"),
    ("taxpol", "task", "tax policy analysis"),
)


class PeerSeed(NamedTuple):
    key: str
    name: str
    mailbox: str  # the part of the e-mail address before the organisation's domain
    org: str
    position: str
    career: str  # entry | mid | senior | executive
    education: str  # secondary | bachelor | master | doctorate
    standing: str  # junior | peer | senior
    influence: str  # low | medium | high
    languages: str  # ISO 639-1 codes, space-separated
    preferred: str
    risks: str = ""  # risk codes, space-separated
    tags: str = ""  # TAGS keys, space-separated
    consent: bool = True


#: What every demo peer agreed to (consent gates what the file keeps: see core/consent.py).
CONSENT_TEXT = ("I agree that the facilitators keep my profile, my check-ins and my interview answers to match me "
                "with peers and to evaluate the network, and that I may see or erase them on request.")

PEERS: tuple[PeerSeed, ...] = (
    PeerSeed("ion", "Ion Ciobanu", "ion.ciobanu", "md_mof", "Head of Budget Synthesis Division",
             "senior", "master", "senior", "high", "ro ru en", "ro", "", "arrears credibility realloc mtbf prep"),
    PeerSeed("elena", "Elena Rusu", "elena.rusu", "md_tre", "Chief Specialist, Cash Management",
             "mid", "master", "peer", "medium", "ro ru en fr", "ro", "", "arrears coa tsa cash"),
    PeerSeed("vasile", "Vasile Munteanu", "vasile.munteanu", "md_aud", "Senior Auditor",
             "mid", "bachelor", "peer", "medium", "ro ru en", "ro", "turnover", "followup credibility citizens audit"),
    PeerSeed("giorgi", "Giorgi Beridze", "giorgi.beridze", "ge_mof", "Deputy Head, Budget Department",
             "senior", "master", "senior", "high", "ka en ru", "en", "",
             "arrears credibility realloc mtbf programme prep"),
    PeerSeed("nino", "Nino Kapanadze", "nino.kapanadze", "ge_mof", "Fiscal Risk Analyst",
             "mid", "master", "peer", "medium", "ka en", "en", "", "forecasts credibility fiscalrisk prep"),
    PeerSeed("levan", "Levan Gelashvili", "levan.gelashvili", "ge_aud", "Head of Financial Audit Department",
             "senior", "doctorate", "senior", "medium", "ka en ru", "ka", "", "followup credibility citizens audit"),
    PeerSeed("natalya", "Ёлкина Наталья", "natalya.yolkina", "kz_mof", "Chief Expert, Medium-Term Planning",
             "mid", "master", "peer", "medium", "ru en", "ru", "", "wages credibility realloc mtbf prep"),
    PeerSeed("yerzhan", "Ержан Абдрахманов", "yerzhan.abdrakhmanov", "kz_tre", "Head of Cash Forecasting Unit",
             "mid", "master", "peer", "medium", "kk ru", "ru", "turnover", "arrears coa tsa cash"),
    PeerSeed("aigerim", "Айгерим Сапарова", "aigerim.saparova", "kz_tax", "Senior Revenue Analyst",
             "mid", "master", "peer", "low", "kk ru en", "ru", "", "forecasts wages mtbf taxpol"),
    PeerSeed("ndeye", "Ndèye Mayé Diouf", "ndeye.diouf", "sn_mof", "Head of Budget Programming Division",
             "senior", "master", "peer", "high", "fr en", "fr", "", "credibility realloc wages programme prep"),
    PeerSeed("mamadou", "Mamadou Lamine Sarr", "mamadou.sarr", "sn_tre", "Cash Management Officer",
             "mid", "master", "peer", "medium", "fr en", "fr", "", "arrears coa tsa cash"),
    PeerSeed("aissatou", "Aïssatou Ba", "aissatou.ba", "sn_aud", "Conseillère référendaire (auditor)",
             "mid", "master", "peer", "medium", "fr en", "fr", "", "followup arrears citizens audit"),
    PeerSeed("joao", "João Tembe", "joao.tembe", "mz_mof", "Deputy National Director, Budget",
             "senior", "master", "senior", "high", "pt en", "pt", "",
             "credibility wages realloc programme mtbf prep"),
    PeerSeed("celina", "Celina Macuácua", "celina.macuacua", "mz_tre", "Treasury Operations Officer",
             "mid", "bachelor", "peer", "medium", "pt", "pt", "", "arrears coa tsa cash"),
    PeerSeed("albino", "Albino Cossa", "albino.cossa", "mz_tax", "Tax Policy Technician",
             "entry", "bachelor", "junior", "low", "pt en", "pt", "lack_of_authority", "forecasts wages mtbf taxpol"),
    PeerSeed("analucia", "Ana Lucía Quispe", "analucia.quispe", "pe_mof", "Budget Sector Specialist",
             "mid", "master", "peer", "medium", "es en pt", "es", "", "arrears coa realloc tsa cash prep"),
    PeerSeed("jorge", "Jorge Huamán Ríos", "jorge.huaman", "pe_aud", "Manager, Financial Audit",
             "senior", "doctorate", "senior", "high", "es en", "es", "unequal_willingness",
             "followup credibility citizens audit"),
    PeerSeed("rosa", "Rosa Mamani Condori", "rosa.mamani", "pe_tre", "Treasury Analyst",
             "entry", "bachelor", "junior", "low", "es", "es", "lack_of_authority", "arrears followup tsa cash audit"),
    PeerSeed("mai", "Nguyễn Thị Mai", "mai.nguyen", "vn_mof", "Deputy Head, Budget Estimates Division",
             "mid", "master", "peer", "medium", "vi en", "vi", "", "forecasts credibility fiscalrisk mtbf prep"),
    PeerSeed("hung", "Trần Văn Hùng", "hung.tran", "vn_tre", "Director, Treasury Payments",
             "senior", "master", "senior", "medium", "vi en ru", "vi", "personality_culture", "arrears coa tsa cash"),
    PeerSeed("tuan", "Phạm Minh Tuấn", "tuan.pham", "vn_aud", "Auditor, Budget Execution Audit",
             "mid", "master", "peer", "low", "vi en", "vi", "", "followup coa citizens audit"),
    PeerSeed("edit", "Edit Németh", "edit.nemeth", "hu_mof", "Head of Budget Planning Unit",
             "senior", "master", "senior", "high", "hu en", "en", "", "wages credibility mtbf fiscalrisk prep"),
    PeerSeed("gabor", "Gábor Szabó", "gabor.szabo", "hu_tax", "Revenue Forecasting Adviser",
             "mid", "bachelor", "peer", "medium", "hu en de", "hu", "", "forecasts wages fiscalrisk taxpol"),
    # Deliberately thin: no position, levels or tags yet -- the "incomplete profile" example.
    PeerSeed("zsofia", "Zsófia Kovács", "zsofia.kovacs", "hu_aud", "", "", "", "", "", "hu en", "hu"),
)

# Colleagues in similar posts who did not take part (the natural experiment's comparison group).
COMPARISON: tuple[PeerSeed, ...] = (
    PeerSeed("c_md", "Natalia Popa", "natalia.popa", "md_mof", "Budget Analyst",
             "mid", "master", "peer", "medium", "ro ru en", "ro"),
    PeerSeed("c_ge", "Tamar Lomidze", "tamar.lomidze", "ge_mof", "Budget Analyst",
             "mid", "master", "peer", "medium", "ka en", "ka"),
    PeerSeed("c_sn", "Ousmane Faye", "ousmane.faye", "sn_mof", "Budget Programming Officer",
             "mid", "master", "peer", "medium", "fr", "fr"),
    PeerSeed("c_mz", "Hélio Sitoe", "helio.sitoe", "mz_mof", "Budget Technician",
             "mid", "bachelor", "peer", "low", "pt en", "pt"),
)

# Round 1 pairs (confirmed at the opening workshop). Every pair shares at least one working language.
PAIRS: tuple[tuple[str, str], ...] = (
    ("ion", "giorgi"), ("elena", "mamadou"), ("vasile", "levan"), ("natalya", "edit"),
    ("nino", "mai"), ("yerzhan", "hung"), ("aigerim", "gabor"), ("ndeye", "joao"),
    ("aissatou", "tuan"), ("celina", "analucia"), ("rosa", "jorge"), ("albino", "zsofia"),
)
# The twelve peers who file twice-weekly contact reports (six of the pairs above).
CORE = ("ion", "giorgi", "elena", "mamadou", "natalya", "edit", "nino", "mai", "ndeye", "joao", "celina",
        "analucia")

LANGUAGE_NAMES = {"en": "English", "fr": "French", "ru": "Russian", "pt": "Portuguese", "es": "Spanish",
                  "ro": "Romanian", "ka": "Georgian", "kk": "Kazakh", "vi": "Vietnamese", "hu": "Hungarian",
                  "de": "German"}
LEARNING_GOALS = ("formal_knowledge", "experiential_knowledge", "peer_support", "coordination", "peer_pressure")
DESCRIPTION = (
    "A fictional year-long network of budget, treasury, tax and audit officials from eight countries, working "
    "on making approved budgets hold during the year. Created as a demo: explore it freely, then delete it."
)
MODES = {"problems": "similar", "goals": "similar", "tasks": "similar", "career_level": "similar",
         "education_level": "similar", "social_standing": "similar", "influence": "similar",
         "country": "different"}
# On the matching screen's 0-10 scale, problems, goals and tasks first, as the peers surveyed put them.
WEIGHTS = {"problems": 10, "goals": 8, "tasks": 7, "career_level": 5, "education_level": 2,
           "social_standing": 2, "influence": 3, "country": 4}
LEARNING_AREAS = ("change_necessary", "prioritising", "sequencing", "political_support", "technical_design",
                  "change_team", "technical_implementation", "measuring_impact")
RISK_NOTES = {
    "turnover": "Restructuring announced for the autumn; may change post.",
    "lack_of_authority": "Junior post: needs the director's approval for each exchange.",
    "unequal_willingness": "Tends to present rather than ask; pair with someone equally senior.",
    "personality_culture": "Formal style; prefers written exchanges to calls.",
}

# party, kind, text, params
COMMITMENTS: tuple[tuple[str, str, str, dict], ...] = (
    ("peer", "attend_meetings",
     "I will take part in the network's plenary and small-group meetings, and say so in advance when I cannot.",
     {}),
    ("peer", "contact_partner", "I will stay in touch with my matched partner at least every two weeks.",
     {"frequency": "every two weeks"}),
    ("peer", "joint_activity",
     "I will work with at least one other peer on a joint piece of work: a note, a tool or a visit.", {}),
    ("peer", "apply_lesson",
     "I will try out at least one lesson from the network in my own work and report what happened.", {}),
    ("peer", "share_forward",
     "I will pass on what I learn to colleagues at home, in a presentation to about 20 people by 30 June 2026.",
     {"form": "presentation", "audience": 20, "due": "2026-06-30"}),
    ("home_org", "authorisation",
     "We authorise our staff member to take part in the network for its whole duration.", {}),
    ("home_org", "time_off",
     "We will release our staff member for up to 10 working days for network activities and follow-up.",
     {"days": 10}),
    ("home_org", "budget_engagement",
     "We will meet the costs the secretariat does not cover, such as local travel and communication.", {}),
    ("home_org", "budget_diffusion",
     "We will set aside time and a modest budget for sharing the lessons inside our organisation.", {}),
    ("home_org", "beneficiaries", "We name the units expected to benefit from what our staff member learns.", {}),
    ("home_org", "report_back",
     "We will ask for a short report back every quarter and discuss how the learning was used.",
     {"schedule": "quarterly"}),
)
DUE = {"attend_meetings": date(2027, 1, 29), "contact_partner": date(2026, 7, 31),
       "joint_activity": date(2026, 9, 30), "apply_lesson": date(2026, 12, 15),
       "share_forward": date(2026, 6, 30), "authorisation": date(2026, 2, 5), "time_off": date(2026, 12, 31),
       "budget_engagement": date(2026, 6, 30), "budget_diffusion": date(2026, 10, 31),
       "beneficiaries": date(2026, 3, 31), "report_back": date(2027, 1, 15)}

# peer, language, status, signed_on, closed_on, authoriser, title, {kind: status}, notes
CONTRACTS: tuple[tuple, ...] = (
    ("edit", "en", "closed", date(2026, 2, 5), date(2026, 10, 30), "Kiss Péter", "Director, A&B <Ministry> Unit",
     {"attend_meetings": "kept", "contact_partner": "kept", "joint_activity": "not_kept", "apply_lesson": "kept",
      "share_forward": "kept", "authorisation": "kept", "time_off": "kept", "budget_engagement": "kept",
      "budget_diffusion": "partly", "beneficiaries": "kept", "report_back": "partly"},
     "Closed at the October review: she moves to a new unit; all items were reviewed with her director."),
    ("ndeye", "fr", "signed", date(2026, 2, 5), None, "Cheikh Tidiane Ndiaye", "Directeur général du Budget",
     {"contact_partner": "kept", "joint_activity": "kept", "share_forward": "kept", "authorisation": "kept",
      "beneficiaries": "kept", "budget_engagement": "partly"}, ""),
    ("natalya", "ru", "signed", date(2026, 2, 4), None, "Смирнов Алексей Викторович",
     "Директор Департамента бюджетной политики",
     {"contact_partner": "partly", "share_forward": "not_kept", "authorisation": "kept",
      "budget_engagement": "kept", "beneficiaries": "not_kept"}, ""),
    ("joao", "pt", "signed", date(2026, 2, 5), None, "Alberto Machava",
     "Director Nacional de Planificação e Orçamento",
     {"contact_partner": "kept", "joint_activity": "kept", "share_forward": "partly", "authorisation": "kept",
      "beneficiaries": "kept", "budget_diffusion": "kept"}, ""),
    ("analucia", "es", "printed", None, None, "Carmen Rosa Vargas", "Directora General de Presupuesto Público",
     {}, "Printed at the workshop; the signed copy is awaited from Lima."),
    ("mai", "vi", "draft", None, None, "", "", {},
     "No Vietnamese contract text yet; translate the template before printing."),
)
EVIDENCE = {"kept": "Confirmed at the mid-year review.",
            "partly": "Done in part; discussed at the mid-year review.",
            "not_kept": "Not done by the due date; reasons noted at the review."}

CHECKIN_NOTES = (
    "Long call with my partner on clearing old arrears.",
    "Compared our wage bill projections with a peer.",
    "Useful exchange on the forum about in-year transfers.",
    "Discussed programme indicators with two colleagues.",
    "Échange utile avec ma binôme sur les indicateurs de programme.",
    "Обсудили с коллегой среднесрочный прогноз доходов.",
    "Conversa útil sobre a conta única do tesouro.",
    "Conversación con mi par sobre reasignaciones presupuestarias.",
)

THEORY_OF_CHANGE = (
    "Budgets lose credibility when approved allocations bear little relation to what is spent. Officials "
    "who fight this problem at home rarely see how others have tackled it. If budget, treasury and audit "
    "officials facing the same problems are matched as individuals, meet at a shared workshop and then stay "
    "in regular contact, they can test each other's solutions against their own systems. If their home "
    "organisations authorise and fund this and ask for regular report-backs, the lessons will be applied "
    "and shared with colleagues, and in-year deviations from the approved budget will shrink."
)

# peer, date, answers, value cycles, outcome families
VALUE_INTERVIEWS: tuple[tuple, ...] = (
    ("ion", date(2026, 6, 16), {
        "meaningful_activity": "The study visit to Tbilisi. Watching the Georgian budget department check "
                               "arrears with line ministries every month made the problem concrete for me.",
        "resource": "Giorgi gave us the simple template they use to reconcile commitments with the treasury "
                    "ledger. It is light enough for our line ministries to fill in.",
        "practice": "We adapted the template for three pilot ministries in June and now review their returns "
                    "at our monthly meeting with the treasury.",
        "personal": "I argue for a monthly arrears review with more confidence, because I can show a "
                    "neighbouring ministry running one with a small team.",
        "organisation": "Reported arrears in the pilot ministries are now checked every month, and the "
                        "department plans to extend the review in the 2027 budget circular."},
     {"meaningful_activity": "immediate", "resource": "potential", "practice": "applied",
      "personal": "reframing", "organisation": "realized"}, ["technical_change", "political_savvy"]),
    ("ndeye", date(2026, 6, 17), {
        "meaningful_activity": "The paired calls with João on programme budgeting. We went through our "
                               "performance frameworks line by line, which no conference ever gave us time for.",
        "resource": "A short list of questions Mozambique uses to test whether a programme indicator can "
                    "really be measured.",
        "practice": "I used the questions in budget hearings with two line ministries; together we cut their "
                    "indicators from 46 to 19.",
        "personal": "I learned to let ministries propose their own cuts instead of imposing ours. It is "
                    "slower, but they defend the result.",
        "organisation": "Too early for results in execution, but the directorate asked me to present the "
                        "approach to all budget analysts before the next cycle."},
     {"meaningful_activity": "immediate", "resource": "potential", "practice": "applied",
      "personal": "reframing", "organisation": "potential"}, ["flexibility_humility", "technical_change"]),
    ("joao", date(2026, 6, 18), {
        "meaningful_activity": "Writing the joint case study with Senegal. Putting it on paper forced us to "
                               "agree on what had actually worked and what we only hoped had worked.",
        "resource": "The case study draft itself, with the comments other peers left on the forum.",
        "practice": "We used the draft to brief the new Deputy Minister, and it helped him see why the "
                    "programme structure should not be redesigned again this year.",
        "personal": "I now see defending a reform against yet another redesign as part of the job, not a sign "
                    "that it failed.",
        "organisation": "The programme structure was kept for the 2027 budget, sparing line ministries a full "
                        "cycle of rework."},
     {"meaningful_activity": "immediate", "resource": "potential", "practice": "applied",
      "personal": "reframing", "organisation": "realized"}, ["political_savvy", "constructive_subversion"]),
    ("mai", date(2026, 6, 19), {
        "meaningful_activity": "The small-group session at the opening workshop where Nino explained how "
                               "Georgia prepares its fiscal risk statement.",
        "resource": "Nino's list of the fiscal risks they track and the table they publish with the budget.",
        "practice": "Not used yet. We are discussing whether a short version could be annexed to next year's "
                    "budget documents.",
        "personal": "Talking to peers who met the same resistance made me less discouraged about the pace of "
                    "change.",
        "organisation": "Nothing visible yet; my director is interested, but the decision rests with the "
                        "ministry's leadership."},
     {"meaningful_activity": "immediate", "resource": "potential", "personal": "immediate"},
     ["flexibility_humility"]),
)

# peer a, peer b, rule, reason
PAIR_RULES: tuple[tuple[str, str, str, str], ...] = (
    ("giorgi", "nino", "never",
     "Nino reports to Giorgi; a manager and a direct report would not speak freely as peers."),
    ("ion", "giorgi", "must", "They lead the Moldovan study visit to Georgia's budget department on each side."),
)

# tool code, title, start, end, hours, mode, venue, cost (USD), attendance, logistics (item, done),
# participants ("key:role ...", None = all peers)
ACTIVITIES: tuple[tuple, ...] = (
    ("large_group_meetings", "Opening workshop: what makes a budget credible?", date(2026, 2, 3), date(2026, 2, 5),
     20.0, "face_to_face", "Chișinău, Ministry of Finance conference hall", 38500.0, 23,
     [("Book venue and interpreters (fr, ru, pt, es)", True), ("Visa letters", True),
      ("Print contracts in five languages", True), ("Matching cards for day 3", True)], None),
    ("training_sessions", "Training: building a medium-term budget framework", date(2026, 3, 17),
     date(2026, 3, 17), 3.0, "online", "Video call", 2400.0, 19,
     [("Send reading pack", True), ("Test interpretation channels", True)], None),
    ("externally_produced_knowledge_products", "Expert paper: why in-year budgets drift", date(2026, 3, 2),
     date(2026, 4, 30), None, "online", "", 12000.0, None,
     [("Contract the author", True), ("Translate summary into four languages", True)], None),
    ("small_group_meetings", "Treasury group: cash forecasting and arrears", date(2026, 4, 14), date(2026, 4, 14),
     2.0, "online", "Video call", 0.0, 5, [("Agree a time across six time zones", True)],
     "elena mamadou yerzhan hung celina analucia"),
    ("paired_engagements", "Paired calls: arrears and in-year reallocations", date(2026, 2, 16),
     date(2026, 5, 29), None, "online", "", 0.0, None,
     [("Share call guide", True), ("Check media for each pair", True)],
     "ion giorgi natalya edit nino mai ndeye joao"),
    ("site_visits", "Study visit to Georgia's Ministry of Finance", date(2026, 5, 18), date(2026, 5, 21),
     26.0, "face_to_face", "Tbilisi", 21600.0, 7,
     [("Host agenda agreed", True), ("Flights and hotel", True), ("Russian interpretation", True),
      ("Return briefing for home ministries", False)],
     "giorgi:host levan:host ion:visitor elena:visitor vasile:visitor natalya:visitor yerzhan:visitor"),
    ("joint_peer_activities", "Joint note: verifying the stock of arrears", date(2026, 6, 1), date(2026, 9, 30),
     None, "online", "", 1500.0, None,
     [("Agree outline", True), ("Peer review of draft", True), ("Publish note", False)],
     "ion giorgi natalya joao ndeye"),
    ("online_networking", "Network forum and messaging group", date(2026, 2, 6), END, None, "online", "",
     1800.0, None, [("Open forum accounts", True), ("Moderation rota", True)], None),
    ("peer_produced_knowledge_products", "Case study: programme budgeting in Mozambique and Senegal",
     date(2026, 7, 1), date(2026, 10, 30), None, "online", "", 3000.0, None,
     [("Interviews in both ministries", True), ("Translation into French and Portuguese", False)],
     "joao ndeye celina aissatou"),
    ("single_peer_reflection", "Reflection note: what I applied at home", date(2026, 12, 1), date(2027, 1, 22),
     None, "online", "", 0.0, None, [("Send reflection template", False)], None),
)
SITE_VISIT_HOST = "Ministry of Finance of Georgia, Budget Department"

# sharer peer key ("" for a colleague reached earlier), sharer name, parent (index in this table),
# date, form, audience, people reached, notes
DIFFUSION: tuple[tuple, ...] = (
    ("ion", "", None, date(2026, 3, 10), "conversation", "F. Lupu, head of the local budgets division", 1,
     "Explained how Georgia checks arrears every month, from his paired calls with Giorgi."),
    ("", "Florin Lupu", 0, date(2026, 4, 2), "briefing", "Four colleagues in the local budgets division", 4,
     "Reached through Ion Ciobanu."),
    ("ndeye", "", None, date(2026, 6, 25), "workshop", "Budget officers of line ministries, Dakar", 35,
     "One-day workshop on measurable programme indicators."),
    ("edit", "", None, date(2026, 6, 24), "presentation", "Budget Planning Department", 12,
     "Presented the expert paper and the wage bill comparison."),
)

# fmt: on


@dataclass(frozen=True)
class DemoSummary:
    initiative_id: int
    name: str
    peers: int
    activities: int
    contracts: int
    contact_reports: int
    checkins: int
    gains: int
    interviews: int
    diffusion_events: int


# --- entry point ------------------------------------------------------------------------------------


def create_demo_initiative(factory: sessionmaker) -> DemoSummary:
    """Create the demo initiative in one transaction; refuses if one of that name already exists."""
    rng = random.Random(SEED)
    with factory.begin() as session:
        if session.scalar(select(m.Initiative.id).where(m.Initiative.name == DEMO_INITIATIVE_NAME)):
            raise ValueError(
                f"This file already holds the demo initiative {DEMO_INITIATIVE_NAME!r}; "
                "rename or delete it before creating the demo again."
            )
        initiative = _add_initiative(session)
        peers = _add_people(session, initiative)
        _add_tags(session, initiative, peers)
        _add_pair_rules(session, initiative, peers)
        activities = _add_activities(session, initiative, peers, rng)
        _add_matching_round(session, initiative, peers)
        contracts = _add_commitments(session, initiative, peers)
        reports = _add_contact_reports(session, initiative, peers, rng)
        checkins = _add_checkins(session, initiative, peers, rng)
        gains = _add_learning_gains(session, initiative, peers, rng)
        interviews = _add_value_interviews(session, initiative, peers)
        diffusion = _add_diffusion(session, initiative, peers)
        _add_checklist(session, initiative)
        session.flush()
        return DemoSummary(
            initiative_id=initiative.id, name=initiative.name, peers=len(PEERS), activities=activities,
            contracts=contracts, contact_reports=reports, checkins=checkins, gains=gains,
            interviews=interviews, diffusion_events=diffusion,
        )  # fmt: skip


# --- who ----------------------------------------------------------------------------------------------


def _add_initiative(session: Session) -> m.Initiative:
    initiative = m.Initiative(
        name=DEMO_INITIATIVE_NAME,
        facilitating_organisation=SECRETARIAT,
        reform_area="budget",
        peer_level="individuals",
        learning_goals=list(LEARNING_GOALS),
        theory_of_change=THEORY_OF_CHANGE,
        description=DESCRIPTION,
        start_date=START,
        end_date=END,
        cadence="long_drawn_out",
        working_languages=["en", "fr", "ru", "pt", "es"],
        facilitator_name=FACILITATOR,
    )
    session.add(initiative)
    session.flush()
    return initiative


def _add_people(session: Session, initiative: m.Initiative) -> dict[str, m.Peer]:
    """Organisations, the 24 participants and the 4 comparison colleagues, keyed by seed key."""
    orgs: dict[str, tuple[m.Organisation, str]] = {}
    for key, name, country, kind in ORGANISATIONS:
        where = (m.Organisation.name == name, m.Organisation.country == country)
        org = session.scalar(select(m.Organisation).where(*where))  # the file may know it already
        org = org or m.Organisation(name=name, country=country, kind=ORG_KINDS[kind][0])
        session.add(org)
        orgs[key] = (org, kind)
    peers: dict[str, m.Peer] = {}
    for role, seeds in (("participant", PEERS), ("comparison", COMPARISON)):
        for seed in seeds:
            org, kind = orgs[seed.org]
            _, affiliation, domain = ORG_KINDS[kind]
            peer = m.Peer(
                full_name=seed.name, email=f"{seed.mailbox}@{domain}", organisation=org, country=org.country,
                position=seed.position, professional_affiliation=affiliation if seed.career else "",
                career_level=seed.career, education_level=seed.education, social_standing=seed.standing,
                influence=seed.influence, languages=seed.languages.split(), preferred_language=seed.preferred,
                risks=seed.risks.split(), risk_note=" ".join(RISK_NOTES[r] for r in seed.risks.split()),
                consent_given=seed.consent, consent_date=date(2026, 2, 3) if seed.consent else None,
                consent_text=CONSENT_TEXT if seed.consent else "",
            )  # fmt: skip
            joined = date(2026, 2, 3) if role == "participant" else START
            session.add_all([peer, m.Membership(initiative=initiative, peer=peer, role=role, joined_on=joined)])
            peers[seed.key] = peer
    session.flush()
    return peers


def _add_tags(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer]) -> None:
    tags = {key: m.Tag(initiative_id=initiative.id, kind=kind, label=label) for key, kind, label in TAGS}
    session.add_all(tags.values())
    session.flush()
    for seed in PEERS:
        for key in seed.tags.split():
            session.add(m.PeerTag(peer_id=peers[seed.key].id, tag_id=tags[key].id))


def _add_pair_rules(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer]) -> None:
    for left, right, rule, reason in PAIR_RULES:
        a, b = peers[left].id, peers[right].id
        session.add(m.PairRule(initiative_id=initiative.id, peer_a_id=a, peer_b_id=b, rule=rule, reason=reason))


# --- plan ---------------------------------------------------------------------------------------------


def _add_activities(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer], rng: random.Random) -> int:
    """The year's plan. Thin on reflection by design: one single-peer reflection note at the very end."""
    sync_tool_types(session)
    session.flush()
    tools = {tool.code: tool for tool in session.scalars(select(m.ToolType))}
    for code, title, start, end, hours, mode, venue, cost, attendance, logistics, members in ACTIVITIES:
        activity = m.Activity(
            initiative_id=initiative.id, tool_type=tools[code], title=title, start_date=start, end_date=end,
            duration_hours=hours, mode=mode, venue=venue, all_peers=members is None, cost=cost, currency="USD",
            logistics=[{"item": item, "done": done} for item, done in logistics], attendance=attendance,
        )  # fmt: skip
        if code == "site_visits":
            activity.host, activity.reciprocal = SITE_VISIT_HOST, False
            activity.notes = "One-way visit: officials from Moldova and Kazakhstan visit Georgia."
        past = end < DEMO_TODAY
        for entry in (members or "").split():
            key, _, role = entry.partition(":")
            role = role or "participant"
            attended = (role == "host" or rng.random() > 0.12) if past else None
            activity.participants.append(m.ActivityParticipant(peer=peers[key], role=role, attended=attended))
        session.add(activity)
    return len(ACTIVITIES)


# --- matching -----------------------------------------------------------------------------------------


def _pair_score(a: PeerSeed, b: PeerSeed) -> tuple[float, str, list[str]]:
    """A plain weighted similarity (0..1), its explanation in words, and any warnings."""
    kinds = {key: kind for key, kind, _ in TAGS}
    labels = {key: label for key, _, label in TAGS}
    country = {key: country for key, _, country, _ in ORGANISATIONS}
    parts: list[str] = []
    total = 0.0
    for kind, factor, words in (("problem", "problems", "both work on"), ("goal", "goals", "shared goal:"),
                                ("task", "tasks", "same task:")):  # fmt: skip
        left = {key for key in a.tags.split() if kinds[key] == kind}
        right = {key for key in b.tags.split() if kinds[key] == kind}
        if left | right:
            total += WEIGHTS[factor] * len(left & right) / len(left | right)
        if left & right:
            parts.append(f"{words} {_and(sorted(labels[key] for key in left & right))}")
    for factor, attr in (("career_level", "career"), ("education_level", "education"),
                         ("social_standing", "standing"), ("influence", "influence")):  # fmt: skip
        if getattr(a, attr) and getattr(a, attr) == getattr(b, attr):
            total += WEIGHTS[factor]
            if factor == "career_level":
                parts.append(f"same career level ({a.career})")
    home_a, home_b = country[a.org], country[b.org]
    if home_a != home_b:
        total += WEIGHTS["country"]
    parts.append(f"{home_a} / {home_b}" if home_a != home_b else f"both from {home_a}")
    shared = [LANGUAGE_NAMES[code] for code in a.languages.split() if code in b.languages.split()]
    parts.append(("common language: " if len(shared) == 1 else "common languages: ") + _and(shared))
    warnings = [
        f"Incomplete profile: {seed.name} has no problems, goals or tasks yet." for seed in (a, b) if not seed.tags
    ]
    explanation = "; ".join(parts)
    return round(total / sum(WEIGHTS.values()), 3), explanation[0].upper() + explanation[1:], warnings


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _add_matching_round(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer]) -> None:
    seeds = {seed.key: seed for seed in PEERS}
    matching = m.MatchingRound(
        initiative_id=initiative.id, name="Round 1 — opening workshop", held_on=WORKSHOP, mode="pairs",
        criteria={"weights": dict(WEIGHTS), "modes": dict(MODES),
                  "constraints": {"shared_language": True, "respect_pair_rules": True}},
        notes="Proposed on day 2 and confirmed by the peers on day 3 of the Chișinău workshop.",
    )  # fmt: skip
    for position, (left, right) in enumerate(PAIRS):
        score, explanation, warnings = _pair_score(seeds[left], seeds[right])
        unit = m.MatchUnit(position=position, score=score, explanation=explanation, warnings=warnings)
        unit.locked = (left, right) in {(a, b) for a, b, rule, _ in PAIR_RULES if rule == "must"}
        unit.members = [m.MatchUnitMember(peer=peers[left]), m.MatchUnitMember(peer=peers[right])]
        matching.units.append(unit)
    matching.total_score = round(sum(unit.score for unit in matching.units), 3)
    session.add(matching)


# --- commitment ---------------------------------------------------------------------------------------


def _add_commitments(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer]) -> int:
    """The default commitment set, and six contracts copied from it in the peers' own languages."""
    for position, (party, kind, text, params) in enumerate(COMMITMENTS):
        session.add(m.CommitmentTemplate(initiative_id=initiative.id, position=position, party=party,
                                         kind=kind, text=text, params=dict(params)))  # fmt: skip
    for key, language, status, signed, closed, authoriser, title, outcomes, notes in CONTRACTS:
        contract = m.PeerContract(
            initiative_id=initiative.id, peer=peers[key], language=language, status=status, signed_on=signed,
            closed_on=closed, authoriser_name=authoriser, authoriser_title=title, facilitator_name=FACILITATOR,
            notes=notes,
        )  # fmt: skip
        for position, (party, kind, text, params) in enumerate(COMMITMENTS):
            outcome = outcomes.get(kind, "open")
            reviewed = closed or min(DUE[kind] + timedelta(days=7), DEMO_TODAY - timedelta(days=7))
            contract.items.append(m.CommitmentItem(
                position=position, party=party, kind=kind, text=text, params=dict(params), due_date=DUE[kind],
                status=outcome, status_date=None if outcome == "open" else reviewed,
                evidence=EVIDENCE.get(outcome, ""),
            ))  # fmt: skip
        session.add(contract)
    return len(CONTRACTS)


# --- evaluation ---------------------------------------------------------------------------------------


def _add_contact_reports(
    session: Session, initiative: m.Initiative, peers: dict[str, m.Peer], rng: random.Random
) -> int:
    """Twice-weekly reports by the core peers: contacts grow, then plateau, and turn informal over time."""
    partner = {a: b for a, b in PAIRS} | {b: a for a, b in PAIRS}
    country = {seed.key: seed.org.split("_")[0] for seed in PEERS}  # organisation keys start with the country
    count = 0
    for week in range(REPORT_WEEKS):
        ramp = min(1.0, week / 6)  # density rises for six weeks, then holds
        informal_p = 0.2 + 0.4 * week / (REPORT_WEEKS - 1)  # about 20% informal at first, 60% at the end
        for weekday in (0, 3):  # Monday and Thursday
            report_date = FIRST_REPORT_WEEK + timedelta(weeks=week, days=weekday)
            for key in CORE:
                if rng.random() < 0.1:
                    continue  # this peer skipped this report
                report = m.ContactReport(initiative_id=initiative.id, reporter=peers[key], report_date=report_date)
                for other in CORE:
                    chance = 0.35 + 0.45 * ramp if other == partner[key] else 0.02 + 0.1 * ramp
                    if other == key or rng.random() >= chance:
                        continue
                    informal = rng.random() < informal_p
                    channels = ["messaging", "phone", "video"] if informal else ["email", "video", "phone"]
                    if country[key] == country[other]:
                        channels.append("in_person")
                    kind = "informal" if informal else "formal"
                    report.contacts.append(m.ContactEntry(other=peers[other], kind=kind, channel=rng.choice(channels)))
                session.add(report)
                count += 1
    return count


def _add_checkins(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer], rng: random.Random) -> int:
    """The weekly productive-conversation question for all participants; yes becomes more common."""
    count = 0
    for week in range(REPORT_WEEKS):
        monday = FIRST_REPORT_WEEK + timedelta(weeks=week)
        productive_p = 0.3 + 0.5 * week / (REPORT_WEEKS - 1)
        for seed in PEERS:
            if rng.random() < 0.08:
                continue  # no answer this week
            productive = rng.random() < productive_p
            note = rng.choice(CHECKIN_NOTES) if productive and rng.random() < 0.15 else ""
            session.add(m.LearningCheckin(initiative_id=initiative.id, peer=peers[seed.key], week_start=monday,
                                          productive=productive, note=note))  # fmt: skip
            count += 1
    return count


def _add_learning_gains(
    session: Session, initiative: m.Initiative, peers: dict[str, m.Peer], rng: random.Random
) -> int:
    """Baseline at the workshop and a midpoint in June for 16 peers; most areas hold or improve."""
    count = 0
    for seed in PEERS[:16]:
        for area in LEARNING_AREAS:
            baseline = rng.choices((1, 3, 5), weights=(5, 4, 1))[0]
            midpoint = min(5, max(1, baseline + rng.choices((2, 0, -2), weights=(6, 5, 1))[0]))
            for point, day, score in (("baseline", WORKSHOP, baseline), ("midpoint", MIDPOINT, midpoint)):
                session.add(m.LearningGain(initiative_id=initiative.id, peer=peers[seed.key], assessed_on=day,
                                           point=point, area=area, score=score))  # fmt: skip
                count += 1
    return count


def _add_value_interviews(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer]) -> int:
    for key, day, answers, cycles, families in VALUE_INTERVIEWS:
        session.add(m.ValueInterview(
            initiative_id=initiative.id, peer=peers[key], interviewed_on=day, interviewer=FACILITATOR,
            answers=dict(answers), cycles=dict(cycles), outcome_families=list(families),
        ))  # fmt: skip
    return len(VALUE_INTERVIEWS)


# Where the facilitators stand on their checklist in late November: the convening work is done, the
# middle of the hourglass is under way, the home-organisation end has barely started.
CHECKLIST: tuple[tuple[str, str, str], ...] = (
    ("theory_of_change", "done", "Agreed with the steering committee in January."),
    ("right_peers", "done", ""),
    ("reform_involvement", "done", "Each ministry named officials who work on the budget calendar."),
    ("individuals_not_representatives", "in_progress", "Two delegations still send whoever is free."),
    ("matching_basis", "done", "Matched on problems, goals and tasks at the opening workshop."),
    ("matching_confirmed", "done", ""),
    ("managing_differences", "in_progress", ""),
    ("research_evidence", "done", "Expert paper on in-year budget drift."),
    ("commitment_trust", "in_progress", "Peer contracts signed by four of six so far."),
    ("trust_building", "in_progress", ""),
    ("authority_to_engage", "in_progress", "Home-organisation sign-off missing for the Vietnamese delegation."),
    ("logistics_addressed", "done", ""),
    ("tool_selection", "in_progress", "Reflection and review tools still thin."),
    ("continuity_cadence", "done", "Long and drawn out: monthly calls, one visit, joint note."),
    ("peer_contracts", "in_progress", ""),
    ("process_evaluation", "in_progress", "Twice-weekly contact reports since February."),
)


def _add_checklist(session: Session, initiative: m.Initiative) -> None:
    session.flush()
    for code, status, note in CHECKLIST:
        session.add(m.ChecklistEntry(initiative_id=initiative.id, item_code=code, status=status, note=note))


def _add_diffusion(session: Session, initiative: m.Initiative, peers: dict[str, m.Peer]) -> int:
    """The paper's pattern: a reaches f, who reaches four more; e convenes a workshop; most share nothing."""
    events: list[m.DiffusionEvent] = []
    for key, name, parent, day, form, audience, reached, notes in DIFFUSION:
        event = m.DiffusionEvent(
            initiative_id=initiative.id, sharer=peers[key] if key else None, sharer_name=name,
            parent_id=events[parent].id if parent is not None else None, event_date=day, form=form,
            audience=audience, people_reached=reached, notes=notes,
        )  # fmt: skip
        session.add(event)
        session.flush()  # the next event may name this one as its parent
        events.append(event)
    return len(events)
