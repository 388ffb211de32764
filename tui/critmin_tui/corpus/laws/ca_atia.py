"""Canada's Access to Information Act (federal): the exemptions of ss13 to 26 and the exclusions
of ss68 and 69."""

from __future__ import annotations

from .base import Ground

GROUNDS: tuple[Ground, ...] = (
    Ground("s13", "obtained in confidence from another government"),
    Ground("s13(1)", "obtained in confidence from another government"),
    Ground("s14", "injure federal-provincial affairs"),
    Ground("s15", "injure international affairs or defence"),
    Ground("s15(1)", "injure international affairs or defence"),
    Ground("s16", "law enforcement and investigations"),
    Ground("s17", "threaten the safety of individuals"),
    Ground("s18", "prejudice the economic interests of Canada"),
    Ground("s19", "personal information"),
    Ground("s19(1)", "personal information"),
    Ground("s20", "a third party's information"),
    Ground("s20(1)(a)", "a third party's trade secrets"),
    Ground("s20(1)(b)", "confidential financial, commercial, scientific or technical information a third party "
                        "supplied"),
    Ground("s20(1)(c)", "cause a third party financial loss or gain, or prejudice its competitive position"),
    Ground("s20(1)(d)", "interfere with a third party's contractual or other negotiations"),
    Ground("s21", "the government's advice, consultations and deliberations"),
    Ground("s21(1)(a)", "advice or recommendations developed by or for a government institution or a minister"),
    Ground("s21(1)(b)", "an account of consultations or deliberations involving officials or a minister"),
    Ground("s21(1)(c)", "positions or plans for negotiations by the government"),
    Ground("s21(1)(d)", "plans about the management of personnel or administration not yet put into operation"),
    Ground("s22", "prejudice testing or audit procedures"),
    Ground("s23", "solicitor-client privilege"),
    Ground("s24", "disclosure is restricted by a statute listed in Schedule II"),
    Ground("s26", "to be published within 90 days"),
    Ground("s68", "excluded: published material, or library or museum material"),
    Ground("s69", "excluded: a confidence of the King's Privy Council (a Cabinet confidence)"),
)
