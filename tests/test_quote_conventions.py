"""Quote detection and attribution, one convention per case, on snippets written for the tests."""

from __future__ import annotations

import pytest

from .conftest import article

# (id, text, [(first words of the quote, speaker, kind)])
CASES = [
    ("attribution-after",
     '"We will fight this in court," Moana Reid said.',
     [("We will fight", "Moana Reid", "direct")]),
    ("inverted-attribution",
     '"The numbers do not add up," said Aroha Tane.',
     [("The numbers", "Aroha Tane", "direct")]),
    ("inverted-with-long-role",
     '"We were never asked," said the iwi trust\'s chief executive and lead negotiator Aroha Tane.',
     [("We were never asked", "Aroha Tane", "direct")]),
    ("attribution-before-with-role",
     'Forest & Bird\'s chief executive Nicola Toki said the plan was "a recipe for ruin".',
     [("a recipe for ruin", "Nicola Toki", "partial")]),
    ("colon-lead-in",
     'Court said: "We want high paid jobs."',
     [("We want high paid jobs", "Court", "direct")]),
    ("appositive",
     'Hemi Walker, chair of the Ngāti Ora Trust - which holds land near the mine - told RNZ the iwi '
     'was "deeply concerned".',
     [("deeply concerned", "Hemi Walker", "partial")]),
    ("surname-then-pronoun",
     'Energy analyst Priya Patel said prices would rise.\n"That is the hard truth," she said.\n'
     'Patel said the sector was "unprepared".',
     [("That is the hard truth", "Priya Patel", "direct"), ("unprepared", "Priya Patel", "partial")]),
    ("title-and-surname",
     'Associate Minister Dana Kerr announced the review.\n"It is overdue," Ms Kerr said.',
     [("It is overdue", "Dana Kerr", "direct")]),
    ("continuation-convention",
     'Greenpeace campaigner Tom Ellis said the deal was wrong.\n"First, it ignores the science.\n'
     '"Second, it ignores the people.\n"Third, it ignores the law."',
     [("First, it ignores", "Tom Ellis", "direct"), ("Second, it ignores", "Tom Ellis", "continuation"),
      ("Third, it ignores", "Tom Ellis", "continuation")]),
    ("attribution-at-end-of-multi-paragraph-quote",
     'The council met on Tuesday.\n"We have heard the community.\n"We will act," said mayor Jo Banks.',
     [("We have heard", "Jo Banks", "direct"), ("We will act", "Jo Banks", "continuation")]),
    ("closed-paragraphs-continue-speaker",
     'Farmer Ian Doyle said the water was gone.\n"There is nothing left."\n"Nobody listened to us."',
     [("There is nothing left", "Ian Doyle", "direct"), ("Nobody listened", "Ian Doyle", "direct")]),
    ("new-speaker-interrupts",
     'Ian Doyle said the water was gone.\n"There is nothing left."\nRegional councillor Sue Hart '
     'disagreed, saying the supply was "secure".\n"The data is clear."',
     [("There is nothing left", "Ian Doyle", "direct"), ("secure", "Sue Hart", "partial"),
      ("The data is clear", "Sue Hart", "direct")]),
    ("introduced-without-speech-verb",
     'Dana Kerr visited the site on Monday.\n"It was confronting," she said.',
     [("It was confronting", "Dana Kerr", "direct")]),
    ("organisation-subject-keeps-speaker",
     'Simon Court said ACT backed mining.\nACT was also supportive of the talks.\n"We need the jobs."',
     [("We need the jobs", "Simon Court", "direct")]),
    ("scare-quote-no-speaker",
     'Locals are "furious" about the new quarry.',
     [("furious", None, "scare")]),
    ("interviewer-phrase-is-not-the-answer",
     'Asked whether the deal was a "sellout", Kerr said it was a fair outcome.',
     [("sellout", None, "question")]),
    ("denied-words-are-not-the-subject's",
     'Tane rejected claims the deal was a "sweetheart arrangement".',
     [("sweetheart arrangement", None, "scare")]),
    ("self-proclaimed-label",
     'Self-described "mining optimist" Gary Lund said the outlook was bright.',
     [("mining optimist", "Gary Lund", "scare")]),
    ("editorial-brackets-kept",
     'Kerr said the country would "stand on [its] own feet".',
     [("stand on [its] own feet", "Kerr", "partial")]),
    ("curly-marks",
     '\u201cWe are ready,\u201d said Dana Kerr.',
     [("We are ready", "Dana Kerr", "direct")]),
    ("single-curly-marks",
     'Kerr called it \u2018a new chapter\u2019 for the region.',
     [("a new chapter", "Kerr", "partial")]),
    ("single-curly-scare",
     'Residents fear a \u2018land grab\u2019 is coming.',
     [("land grab", None, "scare")]),
    ("apostrophes-are-not-quotes",
     "The Ministers' letter said the iwi's concerns weren't heard, Kerr's office confirmed.",
     []),
    ("split-quote",
     '"We are not against mining," she told RNZ. "But it must be done well." Added context.',
     [("We are not against mining", None, "direct"), ("But it must be done well", None, "direct")]),
    ("trailing-attribution-of-partial",
     'The deal was "a disaster waiting to happen", Reid said.',
     [("a disaster waiting to happen", "Reid", "partial")]),
    ("name-inside-quote-is-not-speaker",
     'Jane Ngata said the plan failed.\n"Minister Kerr never answered us," Ngata said.',
     [("Minister Kerr never answered", "Jane Ngata", "direct")]),
    ("organisation-as-speaker",
     'In a statement, the Ministry for the Environment said the consent was "under review".',
     [("under review", "Ministry for the Environment", "partial")]),
    ("maori-role-title-before-name",
     'Pou Taiao Graeme Ngarewa says the iwi was not told.\n"That is not partnership," he says.',
     [("That is not partnership", "Graeme Ngarewa", "direct")]),
    ("ampersand-organisation-then-role-and-name",
     'Forest & Bird said speed was wrong.\n"Faster means less scrutiny," said the group\'s conservation '
     'advocate, Dr Mara Whitfield.',
     [("Faster means less scrutiny", "Mara Whitfield", "direct")]),
    ("document-after-the-quote",
     'Scientists wrote to the minister.\n"Recycle first," the letter says.',
     [("Recycle first", "letter", "direct")]),
    ("document-with-participle",
     'A Cabinet paper released last month said officials must "move at pace".',
     [("move at pace", "paper", "partial")]),
    ("name-given-only-in-passing-then-surname",
     'The letter went to Resources Minister Shane Jones and Environment Minister Penny Simmonds.\n'
     '"I respect the professors," Jones said.',
     [("I respect the professors", "Shane Jones", "direct")]),
    ("dismissed-as-their-words",
     'Tom Ellis dismissed the letter as "ivory tower stuff".',
     [("ivory tower stuff", "Tom Ellis", "partial")]),
    ("person-of-a-group",
     'The lead claimant, Hone Tipene of Ngāti Rehua, said it was a relief.\n"We were heard," Tipene said.',
     [("We were heard", "Hone Tipene", "direct")]),
    ("document-opening-the-sentence",
     'A briefing to Trade Minister Todd McClay, released under the Act, said the deal risked "choosing sides".',
     [("choosing sides", "briefing", "partial")]),
    ("document-advised",
     'Officials wrote a briefing.\n"Frame it as open to all," the briefing advised.',
     [("Frame it as open", "briefing", "direct")]),
    ("name-before-the-verb-after-a-document",
     'The report was released on Monday, and Moana Reid said it was "overdue".',
     [("overdue", "Moana Reid", "partial")]),
    ("iwi-before-a-name-is-no-person",
     'Ngāti Kahu chair Anahera Herbert-Graves set out conditions.\n"We want a veto."',
     [("We want a veto", "Anahera Herbert-Graves", "direct")]),
    ("name-after-a-dash",
     '"A deal made in secret is no deal." — Chris Hipkins, Labour leader',
     [("A deal made in secret", "Chris Hipkins", "direct")]),
    ("unnamed-official",
     'One official, who asked not to be named, said the talks were "running ahead".\n'
     '"There is not much paper underneath it," the official said.',
     [("running ahead", "official", "partial"), ("There is not much paper", "official", "direct")]),
    ("pressed-on-a-question",
     'Luxon was pressed repeatedly on whether the seabed was "on the table".',
     [("on the table", None, "question")]),
    ("document-speaking-through-a-participle",
     'Scientists signed an open letter warning the strategy treats recycling as "an afterthought".',
     [("an afterthought", "letter", "partial")]),
    ("warning-as-a-noun-is-no-attribution",
     'Police issued a warning that the road was "extremely dangerous".',
     [("extremely dangerous", None, "scare")]),
    ("interviewer-is-not-the-next-speaker",
     'Speaking to Newstalk ZB\'s Mike Hosking, Dana Kerr said it was fair.\n'
     'Hosking put it to her that the deal looked rushed.\n"It has been two years in the making."',
     [("It has been two years", "Dana Kerr", "direct")]),
    ("a-participle-after-a-denial-brings-back-the-speaker",
     'Mining chief Alan Eggers rejects that, saying the firm met iwi "more than 40 times".',
     [("more than 40 times", "Alan Eggers", "partial")]),
    ("calling-after-a-dismissal",
     'Dana Kerr dismissed suggestions the talks were secret, calling the claim "nonsense".',
     [("nonsense", "Dana Kerr", "partial")]),
    ("a-denial-without-a-participle-stays-scare",
     'Dana Kerr dismissed suggestions the talks were "secret".',
     [("secret", None, "scare")]),
    ("asked-whether-is-a-question",
     'Hosking asked whether it was "a done deal".',
     [("a done deal", None, "question")]),
    ("asked-whether-then-an-answer",
     'When a reporter asked whether iwi would have a veto, Kerr said iwi would be "properly consulted".',
     [("properly consulted", "Kerr", "partial")]),
    ("according-to-a-document",
     'According to the briefing, released under the Act, the deposits were "poorly characterised".',
     [("poorly characterised", "briefing", "partial")]),
    ("relative-who-stands-for-the-name",
     'Cr Alexa Forbes moved the motion.\nIt was opposed by Cr Kevin Malcolm, who said the council should not '
     '"pretend otherwise".',
     [("pretend otherwise", "Kevin Malcolm", "partial")]),
    ("an-organisation-word-as-a-first-name",
     'Resident Bill Rae was unconvinced.\n"It always starts like this," said Mr Rae.',
     [("It always starts", "Bill Rae", "direct")]),
    ("an-unnamed-group-speaks",
     'The strategy was defended after environmental groups labelled it "a wish list for miners".',
     [("a wish list", "environmental groups", "partial")]),
    ("a-surname-with-a-particle",
     'Law lecturer Fleur Te Aho said iwi had a case.\nTe Aho said she expected a claim.\n"I would file one now."',
     [("I would file one now", "Fleur Te Aho", "direct")]),
    ("a-role-noun-inside-a-name-run",
     'Northland MP Grant McCallum said both sides had to talk.\n'
     '"Nobody cares whose budget it is," the first-term MP said.',
     [("Nobody cares", "Grant McCallum", "direct")]),
    ("a-long-role-before-a-name-and-a-particle",
     'National MP and former diplomat Tim van de Molen replied.\n"Diplomacy is slow," he wrote.',
     [("Diplomacy is slow", "Tim van de Molen", "direct")]),
    ("posted-on-social-media",
     '"Show us the documents," co-leader Rawiri Waititi posted on X.',
     [("Show us the documents", "Rawiri Waititi", "direct")]),
    ("the-one-who-asks-does-not-answer",
     'Scientist Isabel Chambefort spoke first.\nCommittee chair Stuart Smith asked how long it would take.\n'
     '"A decade, if the money is there."',
     [("A decade", "Isabel Chambefort", "direct")]),
    ("which-marks-an-organisation",
     'Contact Energy, which runs geothermal stations, said it was "watching closely".',
     [("watching closely", "Contact Energy", "partial")]),
    ("those-were-the-words-of",
     '"We have found lithium, not an industry."\nThose were the words of GNS Science principal scientist '
     'Dr Isabel Chambefort this week.',
     [("We have found lithium", "Isabel Chambefort", "direct")]),
    ("a-minister-by-role-named-in-a-caption",
     'Hapū angry at minister\n\nPictured: Resources Minister Shane Jones and iwi spokesperson Hemi Walker. '
     'Photo credit: RNZ / Jo Banks\n\nDuring Question Time, the Resources Minister told Parliament the '
     'industry was legitimate.\n\n"Some hapū have sought to undermine it."\n\nWalker said that was wrong.',
     [("Some hapū have sought", "Shane Jones", "direct")]),
    ("a-party-possessive-before-a-name",
     'NZ First\'s Shane Jones spoke on Tuesday.\n"We will not back down," Jones said.',
     [("We will not back down", "Shane Jones", "direct")]),
    ("a-two-word-surname",
     'Debbie Ngarewa Packer spoke for the iwi.\n"It has been archaic," Ms Ngarewa Packer says.',
     [("It has been archaic", "Debbie Ngarewa Packer", "direct")]),
    ("a-body-speaks-by-what-it-is",
     'In its draft decision, the panel found a "reluctance to update old data".',
     [("reluctance to update old data", "panel", "partial")]),
    ("a-document-after-a-possessive",
     'Much of the data was old.\nThe panel\'s report said the application "relies heavily" on it.',
     [("relies heavily", "report", "partial")]),
    ("a-body-named-before",
     'The Waitangi Tribunal met in May.\nThe tribunal found the Crown had caused "irreversible prejudice".',
     [("irreversible prejudice", "Waitangi Tribunal", "partial")]),
    ("what-critics-called-is-no-attribution",
     'It was what critics called "a sweetheart deal".',
     [("a sweetheart deal", None, "scare")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_convention(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    document = article(text)
    found = [(q.text, q.speaker, q.kind.value) for q in document.quotes]
    assert len(found) == len(expected), found
    for (quote, speaker, kind), (start, want_speaker, want_kind) in zip(found, expected, strict=True):
        assert quote.startswith(start), (quote, start)
        assert (speaker, kind) == (want_speaker, want_kind), quote


def test_split_quote_halves_share_a_quotation() -> None:
    document = article('Kerr spoke first.\n"We are ready," she said. "We have been for years."')
    first, second = document.quotes
    assert first.quotation == second.quotation
    assert first.speaker == second.speaker == "Kerr"


def test_quote_offsets_exclude_the_marks() -> None:
    document = article('Reid said the plan was "bold".')
    [quote] = document.quotes
    assert document.text[quote.start - 1] == '"' and document.text[quote.end] == '"'


def test_pronoun_before_anyone_is_named_has_no_speaker() -> None:
    [quote] = article('"It is wrong," she said.').quotes
    assert quote.speaker is None
