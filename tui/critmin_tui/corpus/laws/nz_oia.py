"""New Zealand's Official Information Act 1982: its withholding grounds, sections, plain words and labels."""

from __future__ import annotations

import re

from .base import Ground

# s8 was repealed; s6, s7, s9(2) and s18 are the grounds an agency cites.
GROUNDS: tuple[Ground, ...] = (
    Ground("s6(a)", "prejudice the security or defence of New Zealand or its international relations",
           ("international relations", "national security", "security or defence", "defence")),
    Ground("s6(b)(i)", "prejudice information entrusted in confidence by another government",
           ("information entrusted by another government", "confidence of another government")),
    Ground("s6(b)(ii)", "prejudice information entrusted in confidence by an international organisation",
           ("information entrusted by an international organisation",)),
    Ground("s6(c)", "prejudice the maintenance of the law, including the right to a fair trial",
           ("maintenance of the law", "law enforcement", "fair trial")),
    Ground("s6(d)", "endanger the safety of any person", ("safety of any person", "personal safety")),
    Ground("s6(e)", "damage the economy by premature disclosure of economic or financial decisions",
           ("damage to the economy", "economic policy")),
    Ground("s7(a)", "prejudice the security, defence or international relations of the Cook Islands, "
           "Niue, Tokelau or the Ross Dependency", ("realm security",)),
    Ground("s7(b)", "prejudice relations between the Governments of New Zealand, the Cook Islands or Niue",
           ("realm relations",)),
    Ground("s7(c)", "prejudice the international relations of the Governments of the Cook Islands or Niue",
           ()),
    Ground("s9(2)(a)", "protect the privacy of natural persons, including deceased people",
           ("privacy", "privacy of natural persons", "personal information", "privacy of individuals")),
    Ground("s9(2)(b)(i)", "protect information that would disclose a trade secret", ("trade secret", "trade secrets")),
    Ground("s9(2)(b)(ii)", "protect information whose release would unreasonably prejudice "
           "someone's commercial position",
           ("commercial information", "commercial sensitivity", "commercially sensitive",
            "commercial position", "commercially sensitive information")),
    Ground("s9(2)(ba)(i)", "protect information given in confidence, so that such information keeps "
           "being supplied", ("information given in confidence", "obligation of confidence",
                              "confidential information")),
    Ground("s9(2)(ba)(ii)", "protect information given in confidence, where release would damage "
           "the public interest", ()),
    Ground("s9(2)(c)", "avoid prejudice to measures protecting public health or safety",
           ("health or safety", "public health and safety")),
    Ground("s9(2)(d)", "avoid prejudice to the substantial economic interests of New Zealand",
           ("economic interests", "substantial economic interests")),
    Ground("s9(2)(e)", "avoid prejudice to measures preventing material loss to the public",
           ("material loss",)),
    Ground("s9(2)(f)(i)", "maintain the confidentiality of communications with the Sovereign "
           "or her representative", ("communications with the sovereign",)),
    Ground("s9(2)(f)(ii)", "maintain collective and individual ministerial responsibility",
           ("ministerial responsibility", "collective ministerial responsibility")),
    Ground("s9(2)(f)(iii)", "maintain the political neutrality of officials", ("political neutrality",)),
    Ground("s9(2)(f)(iv)", "maintain the confidentiality of advice tendered by Ministers and officials",
           ("confidential advice to government", "confidential advice", "confidentiality of advice",
            "advice to ministers", "constitutional conventions")),
    Ground("s9(2)(g)(i)", "maintain the free and frank expression of opinions by or to Ministers "
           "and officials", ("free and frank opinions", "free and frank", "free and frank advice",
                             "free and frank expression of opinions")),
    Ground("s9(2)(g)(ii)", "protect Ministers and officials from improper pressure or harassment",
           ("improper pressure or harassment", "improper pressure", "harassment")),
    Ground("s9(2)(h)", "maintain legal professional privilege", ("legal professional privilege",
                                                                 "legal privilege", "legal advice")),
    Ground("s9(2)(i)", "enable the Crown to carry out commercial activities without prejudice",
           ("commercial activities",)),
    Ground("s9(2)(j)", "enable the Crown to carry on negotiations without prejudice",
           ("negotiations", "negotiating position", "commercial negotiations")),
    Ground("s9(2)(k)", "prevent the use of official information for improper gain or advantage",
           ("improper gain", "improper advantage", "improper gain or advantage")),
    Ground("s18(a)", "refused for a reason in sections 6, 7 or 9", ()),
    Ground("s18(b)", "release would be contrary to a specified enactment", ()),
    Ground("s18(c)(i)", "release would be contrary to another enactment", ("contrary to an enactment",)),
    Ground("s18(c)(ii)", "release would be contempt of court or of the House of Representatives",
           ("contempt of court",)),
    Ground("s18(d)", "the information is or will soon be publicly available",
           ("publicly available", "soon to be publicly available")),
    Ground("s18(da)", "the request is by a defendant and can be made in criminal proceedings", ()),
    Ground("s18(e)", "the document does not exist or cannot be found", ("does not exist", "cannot be found")),
    Ground("s18(f)", "the information cannot be made available without substantial collation or research",
           ("substantial collation or research", "substantial collation")),
    Ground("s18(g)", "the information is not held and there are no grounds to transfer the request",
           ("not held", "information not held")),
    Ground("s18(h)", "the request is frivolous or vexatious, or the information is trivial",
           ("frivolous or vexatious", "vexatious")),
)

_BY_SECTION = {ground.section: ground for ground in GROUNDS}
_BY_LABEL = {label: ground for ground in GROUNDS for label in ground.labels}

# A section as written: "s9(2)(g)(i)", "9(2)(h)", "section 6(a)", "s 9(2)(ba)(i)", "18(d)".
SECTION_PATTERN = r"(?:[Ss](?:ection|\.)?\s?)?(?:6|7|9|18)(?:\s?\([0-9a-z]{1,4}\)){1,3}"
_SECTION_RE = re.compile(SECTION_PATTERN)
_NORMALISE_RE = re.compile(r"[^0-9a-z()]")


def normalise_section(written: str) -> str:
    """Return the canonical form ("s9(2)(j)") of a section as written ("section 9 (2)(j)")."""
    bare = _NORMALISE_RE.sub("", written.lower())
    for prefix in ("section", "s"):
        if bare.startswith(prefix):
            bare = bare[len(prefix):]
            break
    return "s" + bare


def ground_for_section(section: str) -> Ground | None:
    """The ground a canonical section names, or None if the Act has no such ground."""
    return _BY_SECTION.get(section)


def ground_for_label(label: str) -> Ground | None:
    """The ground plain words name ("Negotiations" → s9(2)(j)), or None."""
    key = " ".join(label.lower().replace("-", " ").split()).strip(" .,:;")
    return _BY_LABEL.get(key)


def label_words() -> tuple[str, ...]:
    """Every plain-words label, longest first (so the longest match wins)."""
    return tuple(sorted(_BY_LABEL, key=len, reverse=True))


def sections_in(text: str) -> tuple[str, ...]:
    """The canonical sections written in a label, in order, without repeats."""
    found: list[str] = []
    for match in _SECTION_RE.finditer(text):
        section = normalise_section(match.group())
        if _complete(section) and section not in found:
            found.append(section)
    return tuple(found)


def _complete(section: str) -> bool:
    """A known ground, or one written in full; "s9(2)" cut off before its paragraph is not."""
    if section in _BY_SECTION:
        return True
    return not any(known.startswith(section) and known != section for known in _BY_SECTION)
