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
    Ground("s16(1)(a)", "obtained or prepared by an investigative body in the course of a lawful investigation"),
    Ground("s16(1)(b)", "techniques or plans for specific lawful investigations"),
    Ground("s16(1)(c)", "injure the enforcement of a law or the conduct of a lawful investigation"),
    Ground("s16(1)(d)", "injure the security of penal institutions"),
    Ground("s16(2)", "facilitate the commission of an offence"),
    Ground("s16(2)(a)", "facilitate an offence: particular security methods"),
    Ground("s16(2)(b)", "facilitate an offence: technical details of weapons"),
    Ground("s16(2)(c)", "facilitate an offence: the vulnerability of buildings, structures or systems, "
                        "computer and communication systems included"),
    Ground("s16(3)", "obtained by the RCMP while providing policing services to a province or municipality"),
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
