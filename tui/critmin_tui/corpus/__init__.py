"""critmin_tui.corpus: the parsed-corpus model. Pure Python: it never imports textual or rich.

Names are imported from their modules when first asked for (PEP 562): the reader's first frame
needs only decoding and sanitising, and must not wait for the parser, the cache or the search
index to be imported.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import ParseCache, default_folder
    from .discovery import bundled_corpus
    from .loading import load_corpus, read_document
    from .model import (
        Block,
        BlockKind,
        Corpus,
        Coversheet,
        Decision,
        Document,
        DocumentKind,
        DocumentSummary,
        Mention,
        Minute,
        Problem,
        Quote,
        QuoteKind,
        Redaction,
        RedactionKind,
        ReportedSpeech,
        ScheduleEntry,
        Signatory,
        Speaker,
        SpeakerInfo,
    )
    from .parser import parse_text
    from .sanitize import one_line, visible
    from .search import MATCH_CAP, FoldedCorpus, Query, SearchError, SearchIndex, find_all, fold
    from .version import PARSER_VERSION
    from .versions import differences

_HOMES = {
    "cache": ("ParseCache", "default_folder"),
    "discovery": ("bundled_corpus",),
    "loading": ("load_corpus", "read_document"),
    "model": ("Block", "BlockKind", "Corpus", "Coversheet", "Decision", "Document", "DocumentKind",
              "DocumentSummary", "Mention", "Minute", "Problem", "Quote", "QuoteKind", "Redaction",
              "RedactionKind", "ReportedSpeech", "ScheduleEntry", "Signatory", "Speaker", "SpeakerInfo"),
    "parser": ("parse_text",),
    "sanitize": ("one_line", "visible"),
    "search": ("MATCH_CAP", "FoldedCorpus", "Query", "SearchError", "SearchIndex", "find_all", "fold"),
    "version": ("PARSER_VERSION",),
    "versions": ("differences",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "MATCH_CAP",
    "PARSER_VERSION",
    "Block",
    "BlockKind",
    "Corpus",
    "Coversheet",
    "Decision",
    "Document",
    "DocumentKind",
    "DocumentSummary",
    "FoldedCorpus",
    "Mention",
    "Minute",
    "ParseCache",
    "Problem",
    "Query",
    "Quote",
    "QuoteKind",
    "Redaction",
    "RedactionKind",
    "ReportedSpeech",
    "ScheduleEntry",
    "SearchError",
    "SearchIndex",
    "Signatory",
    "Speaker",
    "SpeakerInfo",
    "bundled_corpus",
    "default_folder",
    "differences",
    "find_all",
    "fold",
    "load_corpus",
    "one_line",
    "parse_text",
    "read_document",
    "visible",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module when the name is first used."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value
