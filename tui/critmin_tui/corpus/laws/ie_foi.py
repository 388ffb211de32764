"""Ireland's Freedom of Information Act 2014: refusal on administrative grounds (s15) and the
exempt records of Part 4 (ss28 to 42)."""

from __future__ import annotations

from .base import Ground

GROUNDS: tuple[Ground, ...] = (
    Ground("s15", "refused on administrative grounds"),
    Ground("s15(1)(a)", "the records do not exist or cannot be found after reasonable searches"),
    Ground("s15(1)(b)", "the request does not describe the records well enough to find them"),
    Ground("s15(1)(c)", "the request would interfere substantially and unreasonably with the body's work"),
    Ground("s15(1)(d)", "already published, or to be published within 12 weeks"),
    Ground("s15(1)(g)", "the request is frivolous or vexatious"),
    Ground("s28", "a record of the Government's meetings"),
    Ground("s29", "the deliberative process of an FOI body"),
    Ground("s30", "prejudice an FOI body's functions and negotiations (tests, audits, management)"),
    Ground("s31", "legal professional privilege, contempt of court, or parliamentary and court matters"),
    Ground("s31(1)(a)", "legal professional privilege"),
    Ground("s32", "prejudice law enforcement or public safety"),
    Ground("s33", "prejudice security, defence or international relations"),
    Ground("s35", "given in confidence"),
    Ground("s36", "commercially sensitive information"),
    Ground("s37", "personal information"),
    Ground("s37(1)", "personal information about someone other than the requester"),
    Ground("s39", "research, or natural resources"),
    Ground("s40", "the financial and economic interests of the State or of public bodies"),
    Ground("s41", "disclosure is prohibited by another enactment"),
    Ground("s42", "a record outside the Act's reach"),
)
