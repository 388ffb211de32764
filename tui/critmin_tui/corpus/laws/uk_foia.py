"""The United Kingdom's Freedom of Information Act 2000 (ss21 to 44) and Environmental Information
Regulations 2004 (regs 12 and 13)."""

from __future__ import annotations

from .base import Ground

FOIA_GROUNDS: tuple[Ground, ...] = (
    Ground("s21", "reasonably accessible to the applicant by other means"),
    Ground("s22", "intended for future publication"),
    Ground("s22A", "research intended for future publication"),
    Ground("s23", "supplied by, or relating to, bodies dealing with security matters"),
    Ground("s24", "needed to safeguard national security"),
    Ground("s26", "prejudice defence"),
    Ground("s27", "prejudice international relations"),
    Ground("s28", "prejudice relations between the administrations of the United Kingdom"),
    Ground("s29", "prejudice the economy"),
    Ground("s30", "held for investigations and proceedings by public authorities"),
    Ground("s31", "prejudice law enforcement"),
    Ground("s32", "court records"),
    Ground("s33", "prejudice audit functions"),
    Ground("s34", "needed to avoid an infringement of parliamentary privilege"),
    Ground("s35", "relates to the formulation of government policy"),
    Ground("s36", "prejudice the effective conduct of public affairs"),
    Ground("s37", "communications with the Sovereign or the Royal Household, or honours"),
    Ground("s38", "endanger health or safety"),
    Ground("s39", "environmental information, to be dealt with under the EIR"),
    Ground("s40", "personal information"),
    Ground("s40(1)", "the applicant's own personal information"),
    Ground("s40(2)", "personal information about someone other than the applicant"),
    Ground("s41", "provided in confidence"),
    Ground("s42", "legal professional privilege"),
    Ground("s43", "commercial interests"),
    Ground("s43(1)", "a trade secret"),
    Ground("s43(2)", "prejudice someone's commercial interests"),
    Ground("s44", "disclosure is prohibited by an enactment, an obligation or contempt of court"),
)

EIR_GROUNDS: tuple[Ground, ...] = (
    Ground("reg12(4)(a)", "the information is not held"),
    Ground("reg12(4)(b)", "the request is manifestly unreasonable"),
    Ground("reg12(4)(c)", "the request is formulated too generally"),
    Ground("reg12(4)(d)", "material still being completed, or unfinished documents or data"),
    Ground("reg12(4)(e)", "internal communications"),
    Ground("reg12(5)(a)", "adversely affect international relations, defence, national security or public safety"),
    Ground("reg12(5)(b)", "adversely affect the course of justice or a fair trial"),
    Ground("reg12(5)(c)", "adversely affect intellectual property rights"),
    Ground("reg12(5)(d)", "adversely affect the confidentiality of a public authority's proceedings"),
    Ground("reg12(5)(e)", "adversely affect the confidentiality of commercial or industrial information"),
    Ground("reg12(5)(f)", "adversely affect the interests of the person who provided the information"),
    Ground("reg12(5)(g)", "adversely affect the protection of the environment"),
    Ground("reg13", "personal data of someone other than the applicant"),
)
