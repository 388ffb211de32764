"""The United States' Freedom of Information Act, 5 U.S.C. 552(b)(1) to (b)(9)."""

from __future__ import annotations

from .base import Ground

GROUNDS: tuple[Ground, ...] = (
    Ground("(b)(1)", "classified in the interest of national defense or foreign policy"),
    Ground("(b)(2)", "related solely to an agency's internal personnel rules and practices"),
    Ground("(b)(3)", "exempted from disclosure by another statute"),
    Ground("(b)(4)", "trade secrets, or commercial or financial information that is privileged or confidential"),
    Ground("(b)(5)", "inter- or intra-agency memoranda that would be privileged in litigation "
           "(deliberative process, attorney work product, attorney-client)"),
    Ground("(b)(6)", "personnel, medical and similar files whose release would clearly be an unwarranted "
           "invasion of personal privacy"),
    Ground("(b)(7)", "records compiled for law enforcement purposes"),
    Ground("(b)(7)(A)", "law enforcement records whose release could interfere with enforcement proceedings"),
    Ground("(b)(7)(B)", "law enforcement records whose release would deprive a person of a fair trial"),
    Ground("(b)(7)(C)", "law enforcement records whose release could be an unwarranted invasion of personal privacy"),
    Ground("(b)(7)(D)", "law enforcement records whose release could disclose a confidential source"),
    Ground("(b)(7)(E)", "law enforcement records whose release would disclose investigative techniques "
           "and procedures"),
    Ground("(b)(7)(F)", "law enforcement records whose release could endanger someone's life or physical safety"),
    Ground("(b)(8)", "reports about the regulation or supervision of financial institutions"),
    Ground("(b)(9)", "geological and geophysical information and data, including maps, concerning wells"),
)
