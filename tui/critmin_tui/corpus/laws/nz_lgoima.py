"""New Zealand's Local Government Official Information and Meetings Act 1987: ss6, 7 and 17."""

from __future__ import annotations

from .base import Ground

GROUNDS: tuple[Ground, ...] = (
    Ground("s6(a)", "prejudice the maintenance of the law, including the prevention, investigation and "
           "detection of offences and the right to a fair trial"),
    Ground("s6(b)", "endanger the safety of any person"),
    Ground("s7(2)(a)", "protect the privacy of natural persons, including deceased people"),
    Ground("s7(2)(b)(i)", "protect information that would disclose a trade secret"),
    Ground("s7(2)(b)(ii)", "protect information whose release would unreasonably prejudice the commercial "
           "position of the person who supplied it or who is its subject"),
    Ground("s7(2)(ba)", "avoid serious offence to tikanga Māori, or disclosing the location of wāhi tapu, "
           "in a resource consent or similar application"),
    Ground("s7(2)(c)(i)", "protect information given in confidence, so that such information keeps being supplied"),
    Ground("s7(2)(c)(ii)", "protect information given in confidence, where release would damage the public interest"),
    Ground("s7(2)(d)", "avoid prejudice to measures protecting the health or safety of members of the public"),
    Ground("s7(2)(e)", "avoid prejudice to measures that prevent or lessen material loss to members of the public"),
    Ground("s7(2)(f)(i)", "maintain the free and frank expression of opinions by or between members and officers"),
    Ground("s7(2)(f)(ii)", "protect members, officers and employees from improper pressure or harassment"),
    Ground("s7(2)(g)", "maintain legal professional privilege"),
    Ground("s7(2)(h)", "enable the local authority to carry out commercial activities without prejudice"),
    Ground("s7(2)(i)", "enable the local authority to carry on negotiations without prejudice"),
    Ground("s7(2)(j)", "prevent the use of official information for improper gain or advantage"),
    Ground("s17(a)", "refused for a reason in sections 6 or 7"),
    Ground("s17(b)", "release would be contrary to an enactment"),
    Ground("s17(c)", "release would be contempt of court or of the House of Representatives"),
    Ground("s17(d)", "the information is or will soon be publicly available"),
    Ground("s17(e)", "the document does not exist or cannot be found"),
    Ground("s17(f)", "the information cannot be made available without substantial collation or research"),
    Ground("s17(g)", "the information is not held and there are no grounds to transfer the request"),
    Ground("s17(h)", "the request is frivolous or vexatious, or the information is trivial"),
)
