"""Australia's Freedom of Information Act 1982 (Cth): s22 and the exemptions of ss33 to 47J."""

from __future__ import annotations

from .base import Ground

GROUNDS: tuple[Ground, ...] = (
    Ground("s22", "irrelevant matter deleted from an edited copy (out of scope of the request)"),
    Ground("s33", "damage the security, defence or international relations of the Commonwealth"),
    Ground("s34", "a Cabinet document"),
    Ground("s37", "prejudice law enforcement or public safety"),
    Ground("s38", "a secrecy provision of another enactment applies"),
    Ground("s42", "protected by legal professional privilege"),
    Ground("s45", "disclosure would found an action for breach of confidence"),
    Ground("s45A", "a Parliamentary Budget Office document"),
    Ground("s46", "disclosure would be contempt of Parliament or of court"),
    Ground("s47", "disclose trade secrets or commercially valuable information"),
    Ground("s47A", "electoral roll information"),
    Ground("s47B", "damage relations between the Commonwealth and a State"),
    Ground("s47C", "disclose deliberative matter: opinion, advice or recommendation for an agency's deliberations"),
    Ground("s47D", "harm the financial or property interests of the Commonwealth"),
    Ground("s47E", "harm certain operations of agencies"),
    Ground("s47E(a)", "prejudice the effectiveness of an agency's tests, examinations or audits"),
    Ground("s47E(b)", "prejudice the attainment of the objects of an agency's tests, examinations or audits"),
    Ground("s47E(c)", "substantially harm an agency's management or assessment of its personnel"),
    Ground("s47E(d)", "substantially harm the proper and efficient conduct of an agency's operations"),
    Ground("s47F", "unreasonably disclose personal information about any person (personal privacy)"),
    Ground("s47G", "unreasonably harm a person's business, commercial or financial affairs"),
    Ground("s47H", "disclose research by the CSIRO or the ANU before it is finished"),
    Ground("s47J", "harm the Australian economy"),
)
