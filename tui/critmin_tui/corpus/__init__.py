"""critmin_tui.corpus: the parsed-corpus model. Pure Python: it never imports textual or rich."""

from typing import TYPE_CHECKING, Any

from .cache import ParseCache, default_folder
from .loading import bundled_corpus, load_corpus, read_document
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
    Signatory,
    Speaker,
    SpeakerInfo,
)
from .sanitize import one_line, visible
from .search import MATCH_CAP, FoldedCorpus, Query, SearchError, SearchIndex, find_all, fold
from .version import PARSER_VERSION
from .versions import differences

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

if TYPE_CHECKING:
    from .parser import parse_text


def __getattr__(name: str) -> Any:
    # The parser compiles its patterns when imported: a start-up that reads a snapshot never
    # needs it, so it is imported when first asked for.
    if name == "parse_text":
        from .parser import parse_text

        return parse_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
