"""Scotland's Freedom of Information (Scotland) Act 2002: the exemptions of Part 2 (ss25 to 41)."""

from __future__ import annotations

from .base import Ground

GROUNDS: tuple[Ground, ...] = (
    Ground("s25", "reasonably obtainable by the applicant other than by asking for it"),
    Ground("s26", "disclosure is prohibited by an enactment or would be a contempt of court"),
    Ground("s27", "intended for future publication"),
    Ground("s28", "prejudice relations within the United Kingdom"),
    Ground("s29", "the formulation of Scottish Administration policy, or Ministers' communications"),
    Ground("s30", "prejudice the effective conduct of public affairs"),
    Ground("s30(a)", "prejudice Ministers' collective responsibility"),
    Ground("s30(b)(i)", "inhibit the free and frank provision of advice"),
    Ground("s30(b)(ii)", "inhibit the free and frank exchange of views for deliberation"),
    Ground("s30(c)", "otherwise prejudice the effective conduct of public affairs"),
    Ground("s31", "national security or defence"),
    Ground("s32", "prejudice international relations"),
    Ground("s33", "commercial interests or the economy"),
    Ground("s33(1)(a)", "a trade secret"),
    Ground("s33(1)(b)", "prejudice someone's commercial interests"),
    Ground("s34", "held for investigations by public authorities and proceedings arising from them"),
    Ground("s35", "prejudice law enforcement"),
    Ground("s36", "confidentiality"),
    Ground("s36(1)", "legal professional privilege"),
    Ground("s36(2)", "obtained from another person, and disclosure would be a breach of confidence"),
    Ground("s37", "court records"),
    Ground("s38", "personal information"),
    Ground("s38(1)(a)", "the applicant's own personal data"),
    Ground("s38(1)(b)", "personal data of someone other than the applicant"),
    Ground("s39", "health, safety and the environment"),
    Ground("s39(1)", "endanger someone's physical or mental health or safety"),
    Ground("s39(2)", "environmental information, to be dealt with under the Environmental Information "
                     "(Scotland) Regulations"),
    Ground("s40", "prejudice audit functions"),
    Ground("s41", "communications with the Sovereign or the Royal Household, or honours"),
)
