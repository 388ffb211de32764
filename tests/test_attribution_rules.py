"""Attribution rules, one table row each: the rule named must be the one that decides, with the
speaker it gives. Every rule of every stage has a row (a new rule without one fails the last test)."""

from __future__ import annotations

import re
from bisect import bisect_right

import pytest

from critmin_tui.corpus import fragments, headlines, ranker
from critmin_tui.corpus.attribution import CUE, REJECTED
from critmin_tui.corpus.cue_context import CueContext
from critmin_tui.corpus.kinds import KIND
from critmin_tui.corpus.marks import sentences
from critmin_tui.corpus.model import Quote, QuoteKind
from critmin_tui.corpus.name_rules import RESOLVE, RESOLVE_BY_KIND
from critmin_tui.corpus.role_words import clean_role
from critmin_tui.corpus.roles import sentence_subject
from critmin_tui.corpus.speaker_rules import SPEAKER
from critmin_tui.corpus.speech_verbs import SPEECH_VERB_RE
from critmin_tui.corpus.subjects import SUBJECT_BEFORE
from critmin_tui.corpus.subjects_after import SUBJECT_AFTER

from .conftest import article

# (the rule, a text in which it decides, the quote's first words, the speaker it must get)
CASES: list[tuple[str, str, str, str | None]] = [
    # subject before the verb
    ("speaker.label_line", "Harbour City coach Ana Moss:\n\n\"We lost it late.\"\n\nTom Reti\n\n\"We won it.\"",
     "We won it", "Tom Reti"),
    ("subject.participle_aside", "Premier Ana Moss toured.\n\nIn a swipe at the Greens, the premier, speaking at "
     "a rally in Hillside, said, \"Watch them.\"", "Watch them", "Ana Moss"),
    ("subject.participle_aside", "Tom Reti-Hana is suing.\n\nAna Moss, SC, acting for Reti-Hana, urged the court "
     "to reject the defence, telling the court that allegations leveled against his client had their genesis in "
     "the \u201cplain envy\u201d of his old comrades.", "plain envy", "Ana Moss"),
    ("resolve.spokesperson_body", "Schools are full.\n\nThe Association of Science Teachers in Harbour said the "
     "need was no surprise. A spokeswoman said: \"Rooms are overcrowded.\"", "Rooms are",
     "Association of Science Teachers in Harbour"),
    ("inverted.name_after", "Mere Tui runs the dairy.\n\n\"I loved the work,\" says the Te Awamutu resident.",
     "I loved", "Mere Tui"),
    ("subject.comparison_aside", "Mere Tui spoke.\n\nShe, like Rep. Tom Reti, D-Harbour on the floor, said she "
     "had \"never seen the like\".", "never seen", "Mere Tui"),
    ("resolve.title_alone", "Judge Ana Moss heard the case.\n\nThe Judge then spoke.\n\n\"Drugs are a scourge,\" "
     "continued the Judge.", "Drugs are", "Ana Moss"),
    ("subject.collective", "Traffic stopped.\n\n\"The road was closed for five hours,\" police said.", "The road",
     "police"),
    ("subject.person_then_role", "\"Cuts are coming,\" Tom Reti, an analyst at Harbour Securities told the paper.",
     "Cuts are", "Tom Reti"),
    ("subject.agent", "Peters' office said the plan was \"under way\".", "under way", "Peters' office"),
    ("subject.author", "Jones' foreword for the strategy argued the sector was \"ready to grow\".", "ready", "Jones"),
    ("subject.opening_document", "A briefing to the minister, released under the Act, said the talks were "
     "\"at an early stage\".", "at an early", "briefing"),
    ("subject.unnamed_before", "As the council met, one member of the Regional Council summed up the mood: "
     "\"We are tired of waiting.\"", "We are tired", "member of the Regional Council"),
    ("subject.trailing_document", "\"Talks are at an early stage,\" the letter says.", "Talks are", "letter"),
    ("subject.relative_who", "The motion was opposed by Cr Kevin Malcolm, who said the council should not "
     "\"pretend otherwise\".", "pretend", "Kevin Malcolm"),
    ("subject.possessor", "Land Minister Ana Moss declined the sale.\n\nAmong the Minister's reasons, she said, "
     "was \"the loss of native forest\".", "the loss", "Ana Moss"),
    ("subject.pronoun", "Ana Moss chairs the trust.\n\n\"We will appeal,\" she said.", "We will", "Ana Moss"),
    # when or how, between a subject and its verb, as wire copy writes it
    ("cue.before", "Ana Moss on Tuesday said the plan was \"a disgrace to the region\".", "a disgrace", "Ana Moss"),
    ("cue.before", "Ana Moss, in a statement, said the sale was \"the wrong call for us\".", "the wrong", "Ana Moss"),
    ("subject.appositive", "Josie Vidal, chief executive of the Minerals Council, said the sector was \"ready\" "
     "for the change.", "ready", "Josie Vidal"),
    ("subject.person_from_org", "Kelvyn Eglinton from Newmont Waihi Gold says the mine is \"good for the town\".",
     "good for", "Kelvyn Eglinton"),
    ("subject.trailing_name", "\"We are not against mining,\" Labour spokesperson Megan Woods said.", "We are not",
     "Megan Woods"),
    ("subject.group", "The plan stalled after environmental groups labelled it \"a disaster for the coast\".",
     "a disaster", "environmental groups"),
    ("subject.body", "\"The evidence was thin,\" the tribunal found.", "The evidence", "tribunal"),
    ("subject.role", "Regional mayor Ana Moss opened the meeting.\n\n\"Rates will rise,\" the mayor said.",
     "Rates will", "Ana Moss"),
    # subject after an inverted verb, and the cue stage's own rules
    ("inverted.document_after", "The talks were at an early stage, according to the briefing, and \"not yet "
     "formal\".", "not yet", "briefing"),
    ("inverted.unnamed_after", "\"It is a shame,\" said one woman who lives nearby.", "It is a shame", "woman"),
    ("inverted.pronoun_after", "Ana Moss chairs the trust.\n\n\"We will appeal,\" said she.", "We will", "Ana Moss"),
    ("inverted.role_then_name", "\"The coast is at risk,\" said the group's conservation advocate, Dr Mara "
     "Whitfield.", "The coast", "Mara Whitfield"),
    ("inverted.owner_role_after", "Sailors on top\n\nAmirul Adli wants his side to stay focused.\n\n\"We know what "
     "is at stake,\" said the Sailors' vice-captain.", "We know what", "Amirul Adli"),
    ("inverted.role_then_clause", "Chiefs meet\n\nChief Troy Knowlton said nations need a stake.\n\n\"We must "
     "be co-owners,\" said the chief representing a First Nation in southern Alberta.", "We must", "Troy Knowlton"),
    ("cue.own_account", "Retired\n\n\"It was a fine season,\" coach Ana Moss said.\n\nJerry Reid retired unhurt. "
     "Unhurt according to his reckoning, anyway: \"I was lucky.\"", "I was lucky", "Jerry Reid"),
    ("inverted.name_after", "\"The coast is at risk,\" said trust chief executive Aroha Tane.", "The coast",
     "Aroha Tane"),
    ("cue.before", "\"We will appeal,\" Ana Moss said.", "We will", "Ana Moss"),
    ("cue.according_to", "According to Ana Moss, the plan was \"dead in the water\".", "dead", "Ana Moss"),
    ("cue.inverted", "\"We will appeal,\" said Ana Moss.", "We will", "Ana Moss"),
    ("cue.opening_subject", "Regional councillor Sue Hart disagreed, saying the consent was \"rushed through\".",
     "rushed", "Sue Hart"),
    ("cue.dash", "\"This is about the national interest.\" — Chris Hipkins, Labour leader", "This is about",
     "Chris Hipkins"),
]

# Rows for the kind, speaker and resolution stages: (rule, text, quote's first words, speaker).
STAGE_CASES: list[tuple[str, str, str, str | None]] = [
    ("kind.continuation", "Ana Moss spoke first.\n\n\"We will appeal.\n\n\"We have the money,\" she said.",
     "We have the money", "Ana Moss"),
    ("kind.asked_question", "Host Jo Lee asked: \"Are you saying the minister misled the House?\"",
     "Are you saying", "Jo Lee"),
    ("kind.long_fragment", "Ana Moss spoke first.\n\nThe council acted in the spirit of \"making sure that the "
     "two boards respect each other\".", "making sure", "Ana Moss"),
    ("kind.opens_paragraph", "\"We will appeal,\" Ana Moss said.", "We will", "Ana Moss"),
    ("kind.labelled_question", "Reporter Jo Lee put questions to the minister.\n\nLee: \"Will the mine go "
     "ahead?\"", "Will the mine", None),
    ("kind.opens_sentence", "Ana Moss was blunt: \"The mine will not go ahead.\"", "The mine", "Ana Moss"),
    ("kind.after_comma_lead", "Ana Moss said, \"we do not have a deal on the table\".", "we do not", "Ana Moss"),
    ("kind.question_clause", "Asked if she was \"worried\", Ana Moss said no.", "worried", None),
    ("kind.put_question", "Ana Moss was pressed on whether the seabed was \"on the table\".", "on the table", None),
    ("kind.denial", "Ana Moss rejected claims the talks were \"secret\".", "secret", None),
    ("kind.self_label", "Ana Moss, a self-described \"kaitiaki\", said the river came first.", "kaitiaki",
     "Ana Moss"),
    ("kind.partial", "Ana Moss said the plan was \"a disaster\".", "a disaster", "Ana Moss"),
    ("kind.determined_label", "Ana Moss said, while the opposition attacked the \"hidden\" deal, that she "
     "was calm.", "hidden", None),
    ("kind.reported_fragment", "Ana Moss accepted she \"took a few gambles today\" and said she was sorry.",
     "took a few", "Ana Moss"),
    ("kind.scare", "The so-called \"pro-mining\" lobby met on Tuesday.", "pro-mining", None),
    ("kind.title_of_work", "Ana Moss said her album 'Someone to Watch Over Me' sold well.", "Someone to", None),
    ("speaker.question", "Asked if she was \"worried\", Ana Moss said no.", "worried", None),
    ("speaker.self_label", "Ana Moss, a self-described \"kaitiaki\", said the river came first.", "kaitiaki",
     "Ana Moss"),
    ("speaker.fragment_model", "Ana Moss chairs the trust.\n\nShe walks her dogs and is \"slightly cross\" "
     "about the plan.", "slightly cross", "Ana Moss"),
    ("speaker.scare", "The so-called \"pro-mining\" lobby met on Tuesday.", "pro-mining", None),
    ("speaker.partial_cue", "Ana Moss said the plan was \"a disaster\".", "a disaster", "Ana Moss"),
    ("speaker.partial_sentence", "Ana Moss accepted she \"took a few gambles today\" and said she was sorry.",
     "took a few", "Ana Moss"),
    ("speaker.partial_carried", "Ana Moss spoke at length.\n\nThe plan was wrong, saying it was \"a disaster\".",
     "a disaster", "Ana Moss"),
    ("speaker.quotation_cue", "\"We will appeal,\" Ana Moss said.", "We will", "Ana Moss"),
    ("speaker.words_of", "\"The seabed is not a quarry.\"\n\nThose were the words of scientist Dr Isabel "
     "Chambefort.", "The seabed", "Isabel Chambefort"),
    ("speaker.quotation_carried", "Ana Moss spoke at length.\n\n\"The seabed is not a quarry.\"", "The seabed",
     "Ana Moss"),
    ("resolve.pronoun_after_org", "Ana Moss chairs the board.\n\nNgahere Gold said the mine was safe.\n\n"
     "\"We are sure,\" she says.", "We are sure", "Ana Moss"),
    ("resolve.pronoun", "Ana Moss chairs the trust.\n\n\"We will appeal,\" she said.", "We will", "Ana Moss"),
    ("resolve.pronoun_not_asker", "Bill Hart, the minister, spoke to radio host Tom Reid on Monday.\n\n"
     "Reid asked him whether he would resign.\n\nReid said: \"People want an answer.\"\n\n"
     "\"I will not,\" he said.", "I will not", "Bill Hart"),
    ("resolve.pronoun_agrees", "Ana Moss chairs the trust.\n\nMr Tom Reid, its treasurer, said the books were "
     "sound.\n\n\"We will appeal,\" she said.", "We will", "Ana Moss"),
    ("resolve.pronoun_named_before", "After a week of submissions in the Environment Court, Judge Ana Moss "
     "halted the hearing.\n\n\"We will sit again in spring,\" she told the parties.", "We will sit", "Ana Moss"),
    ("resolve.pronoun_headline_subject", "Ana Moss discusses the plan\n\nShe explained: \"We work together.\"",
     "We work", "Ana Moss"),
    ("resolve.pronoun_they_group", "\"We will appeal,\" Ngahere Gold said.\n\nMr Tom Reid, its chair, said he "
     "agreed.\n\n\"We are sure,\" they said.", "We are sure", "Ngahere Gold"),
    ("resolve.person_alias", "Co-leader Debbie Ngarewa Packer spoke.\n\n\"We will fight,\" Ngarewa Packer said.",
     "We will", "Debbie Ngarewa Packer"),
    ("resolve.person_new", "\"We will appeal,\" Ana Moss said.", "We will", "Ana Moss"),
    ("resolve.surname_alias", "Ana Moss chairs the trust.\n\n\"We will appeal,\" Moss said.", "We will",
     "Ana Moss"),
    ("resolve.first_name", "Reg Turner farms nearby.\n\n\"It is gone,\" Reg says.", "It is gone", "Reg Turner"),
    ("resolve.named_in_text", "The trust met on Monday and heard from its chair, Ana Moss, about the plan.\n\n"
     "\"We will appeal,\" Moss said.", "We will", "Ana Moss"),
    ("resolve.surname_alone", "\"We will appeal,\" Moss said.", "We will", "Moss"),
    ("resolve.unnamed", "\"It is a shame,\" one resident said.", "It is a shame", "resident"),
    ("resolve.spokesperson_body", "\"We will appeal,\" a Harbour Rail spokesperson said.", "We will appeal",
     "Harbour Rail"),
    ("resolve.org_alias", "Lawyer Fleur Te Aho spoke.\n\n\"We will appeal,\" Te Aho said.", "We will",
     "Fleur Te Aho"),
    ("resolve.office_holder", "Chief Ombudsman, Ana Moss, has opened an inquiry.\n\n\"Delays are too common,\" "
     "the Chief Ombudsman said.", "Delays are", "Ana Moss"),
    ("resolve.body_named_before", "The Waitangi Tribunal sat on Monday.\n\n\"The Crown erred,\" the tribunal "
     "found.", "The Crown", "Waitangi Tribunal"),
    ("resolve.org_new", "\"We will appeal,\" Greenpeace said.", "We will", "Greenpeace"),
    ("resolve.statement_of_speaker", "Afren said in a statement it was \"reviewing\" the claims.\n\n\"No findings "
     "yet,\" the statement added.", "No findings", "Afren"),
    ("resolve.role_holder", "Regional mayor Ana Moss opened the meeting.\n\n\"Rates will rise,\" the mayor "
     "said.", "Rates will", "Ana Moss"),
    ("resolve.role_in_view", "Ana Moss chairs the board.\n\n\"We will appeal,\" the former netball captain said.",
     "We will", "Ana Moss"),
    ("resolve.role_named_before", "Two months after a fall, as Ana Moss steered her horse, the rider knew.\n\n"
     "\"That was the final tick,\" the three-times Olympic medallist told Reuters.", "That was", "Ana Moss"),
    ("cue.quoted_as", "Ana Moss quoted Tom Reid, the party's health spokesman, as saying: \"It is broken.\"",
     "It is broken", "Tom Reid"),
    ("resolve.role_named_next", "Rates row\n\nRates must rise by \"a fair share\", the finance chair has said.\n\n"
     "Ana Moss told the council the rise was needed.", "a fair share", "Ana Moss"),
    ("resolve.document_sender", "Harbour Water has issued an apology.\n\nMP Ana Moss posted a letter from the firm."
     "\n\n\"We are sorry,\" the letter said.", "We are sorry", "Harbour Water"),
    ("subject.role_in_body", "Club books queried\n\nA former treasurer for the Harbour Rowing Club has told an "
     "inquiry she was \"shocked\" by the books.\n\nAna Moss, who kept the accounts until 2019, said more.",
     "shocked", "Ana Moss"),
    ("resolve.role_titled", "Juror out\n\nThe trial was halted as Mr Justice Moss was about to sum up.\n\n\"It "
     "is a shame,\" the senior judge said.", "It is a shame", "Mr Justice Moss"),
    ("resolve.initials", "Title\n\nThe Harbour Department of Public Safety said it knew the \"basic facts\".\n\nDPS "
     "said it would call it \"an official complaint\".", "an official complaint",
     "Harbour Department of Public Safety"),
    ("subject.role_who", "Councillor Ana Moss spoke.\n\nThe councillor who represents Ratoath said: \"We lost.\"",
     "We lost", "Ana Moss"),
    ("subject.issued_by", "Harbour Freight spoke.\n\n\"We object,\" a statement released by Tane Rewiti said.",
     "We object", "Tane Rewiti"),
    ("subject.issued_by", "Burglaries\n\nA statement from Hampshire constabulary read: \"Lock your doors.\"",
     "Lock your", "Hampshire constabulary"),
    ("subject.issued_by", "Strike\n\nThe Harbour Seaway Management Corporation (HSMC) met the union.\n\n\"A strike "
     "would hurt,\" a statement by HSMC said.", "A strike", "Harbour Seaway Management Corporation"),
    ("subject.body_that", "Clinic shut\n\nKauri Health Trust said the clinic would close.\n\n\"We are short of "
     "nurses,\" the organization that runs the clinic said.", "We are short", "Kauri Health Trust"),
    ("resolve.role_head", "Northland MP Grant McCallum spoke.\n\n\"It is a good day,\" the first-term MP said.",
     "It is a good", "Grant McCallum"),
    ("resolve.relative_named_next", "Trial\n\nThe mother of a man on trial told the court it was \"a "
     "nightmare\".\n\nAna Moss, 54, was giving evidence for her son.", "a nightmare", "Ana Moss"),
    ("subject.kin", "Judge Ana Moss gave her reasons.\n\n\"He never said sorry,\" the dead man's nephew said.",
     "He never", "the dead man's nephew"),
    ("resolve.pronoun", "Judge Ana Moss gave her reasons.\n\nThe victim's aunt said she forgave him.\n\n\"I have to,\" "
     "she said.", "I have to", "The victim's aunt"),
    ("inverted.kin_after", "Judge Tom Reid spoke.\n\n\"She is at peace,\" said the adoptive father of the boy "
     "outside the court.", "She is at", "the adoptive father of the boy"),
    ("inverted.kin_after", "Judge Tom Reid spoke.\n\n\"We miss her,\" said the girl's uncle, Rawiri Tane.",
     "We miss", "Rawiri Tane"),
]

# The cue stage's rules that decide a verb is no speech (no attribution): (rule, text, verb).
REJECTIONS: list[tuple[str, str, str]] = [
    ("cue.noun_or_passive", "The plan was called a disaster.", "called"),
    ("cue.weak_alone", "It is what critics called a disaster.", "called"),
    ("cue.request_for", "The data the tribunal had asked for was late.", "asked"),
    ("cue.indirect_question", "Asked what the mayor said to them, Mrs Reid went on.", "said"),
]


# The fragment model's row is decided by a model sure of the speaker in view (the shipped weights:
# test_fragments.py); every other row by the rules alone.
_SURE_OF_SPEAKER = fragments.Model({"speaker": {"bias": 5.0}})


def _quote(text: str, start: str, model: fragments.Model | None = None) -> Quote:
    # The rules alone: where the ranker would take a cueless quotation over, see test_ranker.py.
    with ranker.using(None), fragments.using(model):
        quotes = [q for q in article(text).quotes if q.text.startswith(start)]
    assert quotes, f"no quote starting {start!r}"
    return quotes[0]


def _rules(quote: Quote) -> set[str]:
    evidence = quote.evidence
    assert evidence is not None
    return {evidence.decided_by, evidence.kind_by or "", evidence.resolved_by or "",
            *(evidence.cue_rule or "").split(" > ")}


@pytest.mark.parametrize(("rule", "text", "start", "speaker"), CASES + STAGE_CASES,
                         ids=[f"{c[0]}" for c in CASES + STAGE_CASES])
def test_rule_decides(rule: str, text: str, start: str, speaker: str | None) -> None:
    quote = _quote(text, start, _SURE_OF_SPEAKER if rule == fragments.RULE else None)
    assert rule in _rules(quote), quote.evidence
    assert quote.speaker == speaker


@pytest.mark.parametrize(("rule", "text", "verb"), REJECTIONS, ids=[c[0] for c in REJECTIONS])
def test_cue_rule_rejects(rule: str, text: str, verb: str) -> None:
    spans = sentences(text)
    match = next(m for m in SPEECH_VERB_RE.finditer(text) if m.group() == verb)
    index = bisect_right([s for s, _ in spans], match.start()) - 1
    decided = CUE.decide(CueContext(text, 0, index, *spans[index], match))
    assert decided is not None and decided.rule == rule and decided.value is REJECTED


def test_every_rule_has_a_case() -> None:
    tabled = {row[0] for row in CASES + STAGE_CASES + REJECTIONS}
    stages = (CUE, SUBJECT_BEFORE, SUBJECT_AFTER, KIND, SPEAKER, RESOLVE)
    missing = [name for ruler in stages for name in ruler.names if name not in tabled]
    assert not missing, f"rules without a table row: {missing}"


def test_resolution_by_kind_keeps_every_rule_in_order() -> None:
    dispatched = [name for ruler in RESOLVE_BY_KIND.values() for name in ruler.names]
    assert sorted(dispatched) == sorted(RESOLVE.names)
    for ruler in RESOLVE_BY_KIND.values():
        order = [RESOLVE.names.index(name) for name in ruler.names]
        assert order == sorted(order)


def test_cue_span_and_mention_are_the_words_of_the_text() -> None:
    text = "Green Party co-leader Chlöe Swarbrick spoke.\n\n\"It is wrong,\" she said."
    document = article(text)
    [quote] = document.quotes
    evidence = quote.evidence
    assert evidence is not None and evidence.cue is not None and evidence.mention is not None
    assert text[evidence.cue[0]:evidence.cue[1]] == "she said"
    assert text[evidence.mention[0]:evidence.mention[1]] == "Chlöe Swarbrick"
    assert evidence.mention_block == 0
    assert re.fullmatch(r"resolve\.pronoun", evidence.resolved_by or "")


# A headline names people as a caption does only where a role introduces them: (case, text, first
# words of the quote, the speaker it must get).
HEADLINES: list[tuple[str, str, str, str | None]] = [
    ("a_gerund_opens_the_headline", "Meeting Tane Rewiti was a dream come true\n\nThe first thing I remember is "
     "the heat.\n\n\"I loved the show,\" he said.", "I loved", "Tane Rewiti"),
    ("role_introduces_the_name", "Regional mayor Ana Moss scolds absent councillors\n\nThe mayor opened the "
     "meeting.\n\n\"Rates will rise,\" the mayor said.", "Rates will", "Ana Moss"),
    ("run_together_words_name_no_one", "Budget row Treasury Kwarteng Moss silent\n\nOfficials met.\n\n\"No "
     "comment,\" Moss said.", "No comment", "Moss"),
    ("a_given_name_and_surname_in_a_headline", "Budget row Treasury Ana Moss silent\n\nOfficials met.\n\n\"No "
     "comment,\" Moss said.", "No comment", "Ana Moss"),
]

# Names as other languages and other pages write them: (case, text, first words, speaker).
NAMES: list[tuple[str, str, str, str | None]] = [
    ("the_local_authority_is_the_council_named", "Wind farm\n\nHarbour District Council refused the farm on "
     "Monday.\n\nThe local authority said: \"The site is too exposed.\"", "The site", "Harbour District Council"),
    ("a_brand_before_a_given_name_is_no_part_of_it", "Ferry row\n\nHarbourLink Ana Moss said the talks had "
     "stalled.\n\n\"We are in difficult times,\" she said.", "We are in", "Ana Moss"),
    ("a_bodys_initials_then_words_name_the_body", "Flats\n\nWhen BBC News Online visited the flats, a tenant "
     "spoke.\n\n\"The lifts are broken.\"", "The lifts", None),
    ("a_named_apposition_after_someone_unnamed", "Fire\n\nA resident of the next house, Rua Last, said he "
     "saw smoke.\n\n\"The dog was barking,\" he said.", "The dog", "Rua Last"),
    ("irish_police_speak_as_a_force", "Crash\n\nGardaí said the crash happened \"at about 12.30am\".",
     "at about", "Gardaí"),
    ("a_relation_before_a_name_is_no_part_of_it", "Vigil\n\nDad Stafford Whiston spoke outside court.\n\n"
     "\"He is still gone,\" he said.", "He is still", "Stafford Whiston"),
    ("a_headline_that_is_a_name", "Ana Moss\n\nThe singer has sold a million records since 2009.\n\nShe said: "
     "\"It was overwhelming.\"", "It was", "Ana Moss"),
    ("a_relation_before_a_given_name_alone", "Vigil\n\nHer dad Rua Tane spoke outside court.\n\nDad Rua added: "
     "\"We have justice.\"", "We have", "Rua Tane"),
    ("a_common_acronym_opens_no_name", "Singer\n\nAna Moss won on TV Talent show Stars in 2009.\n\nShe said: "
     "\"It was overwhelming.\"", "It was", "Ana Moss"),
    ("a_dateline_is_no_speaker", "Blockade\n\nMEXICO CITY – Steelmaker Harbour Steel said on Friday the "
     "\"illegal blockade\" went on.", "illegal", "Harbour Steel"),
    ("a_shows_role_after_the_verb", "Album\n\nAna Moss has sold a million records.\n\n\"We are thrilled,\" said "
     "the Harbour's Got Talent host.", "We are", "Ana Moss"),
    ("the_cue_leading_into_the_quotation", "Question time\n\nAsked why Tom Reid had asked one question, Ana Moss "
     "said: \"It was a good question.\"", "It was a good", "Ana Moss"),
    ("a_bodys_lead_in_to_its_statement", "The Harbour Research Foundation is mourning a friend this week, and "
     "has released the following statement:\n\n\"We mourn our friend.\"", "We mourn", "Harbour Research Foundation"),
    ("a_demonym_is_no_name", "Singer\n\nAna Moss sang on Monday.\n\nThe Northern Irish singer admits she was "
     "\"conscious\" of it.", "conscious", "Ana Moss"),
    ("a_party_word_after_a_given_name_is_a_surname", "Rates\n\nTony Green is angry.\n\n\"There is no "
     "transparency,\" he said.", "There is no", "Tony Green"),
    ("a_title_word_after_a_given_name_is_a_surname", "Dry spell\n\nFarm leader Tom Lord said the grass was "
     "\"starting to brown\".\n\n\"We need rain,\" Mr Lord said.", "We need", "Tom Lord"),
    ("a_members_name_ends_at_the_seat_letters", "Visit\n\nRua Pene MP for Harbour and Hills Coast, toured the "
     "plant.\n\nMr Pene said: \"It is a fine plant.\"", "It is a fine", "Rua Pene"),
    ("the_body_a_copula_names_is_not_the_subject", "Fires\n\nAna Moss is the director of Harbour Fire. She says "
     "the fires come first.\n\n\"We protect lives,\" she says.", "We protect", "Ana Moss"),
    ("a_sentence_adverb_is_no_name", "Vote lost\n\nAfterwards, former mayor Ana Moss, who led the bid, said: "
     "\"It is sad.\"", "It is sad", "Ana Moss"),
    ("a_month_opens_a_given_name", "Inquest\n\nHis aunt April Rewiti told the court he was \"fine\".", "fine",
     "April Rewiti"),
    ("a_month_ends_a_name", "Vote\n\n\"We will leave,\" Theresa Moana May said.", "We will", "Theresa Moana May"),
    ("a_month_as_a_surname", "Vote\n\n\"We will leave,\" Theresa May said.", "We will", "Theresa May"),
    ("a_saints_possessive_names_a_body", "Strike\n\n\u201cNo,\u201d said the statement shared by spokeswoman "
     "Mere Tamati of St. Luke\u2019s Harbour.", "No", "Mere Tamati"),
    ("an_unnamed_judge_is_not_the_accused", "Tom Reti admitted neglect.\n\n\"I have,\" Reti said.\n\n\"Your "
     "neglect was gross,\" the judge said.", "Your neglect", None),
    ("a_body_s_initials_are_no_person", "Health Minister Tom Reti spoke.\n\nThe HSE has urged people to stay "
     "home.\n\nSpeaking at a hospital, he said the surge was a \"perfect storm\".", "perfect storm", "Tom Reti"),
    ("a_headline_topic_in_initials_is_no_one", "PMQs: 'No U-turns'\n\nTom Reti spoke.", "No U-turns", None),
    ("an_institution_then_a_topic_is_no_name", "Council Mergers: 'We Won't Give Up'\n\nThe party's MP Philip "
     "Donato said the fight goes on.\n\n\"We won't give up,\" Mr Donato said.", "We Won't Give Up", "Philip Donato"),
    ("the_place_people_are_in_is_no_subject", "Cuts loom\n\nOpposition councillors in Powys have criticised the "
     "budget.\n\nFor months, Councillor Aled Davies has prepared residents for cuts.\n\nHe said: \"We face a "
     "gap.\"", "We face a gap", "Aled Davies"),
    ("a_seat_s_member_is_a_role", "Housing\n\nMary Lou McDonald raised the crisis.\n\nThe Dublin Central TD "
     "read out testimonies of \"some of the hundreds of people\" who wrote in.", "some of the", "Mary Lou McDonald"),
    ("a_surname_right_after_the_verb_over_a_later_name", "Win\n\n\"I did not expect an award,\" joked Janeke "
     "during a TV interview.", "I did not expect", "Janeke"),
    ("whom_they_spoke_to_is_no_subject", "Founder\n\nKrystal Choo founded Wander in 2019.\n\nSpeaking to Business "
     "Insider from her office, the 29-year-old says it is simply \"insane\" how few women lead firms.", "insane",
     "Krystal Choo"),
    ("a_name_later_in_the_clause_after_a_role_is_not_its_holder", "Win\n\nAmirul Adli led the side.\n\n\"We go in "
     "hungry,\" said the 26-year-old, who wore the armband in the Young Lions fixture.", "We go in", "Amirul Adli"),
    ("the_company_after_a_dateline", "Flights cancelled\n\nMINNEAPOLIS \u2014 Sun Country Airlines apologised on "
     "Tuesday for six cancelled flights.\n\nIn its statement, the company said \"a step was missed\".",
     "a step was", "Sun Country Airlines"),
    ("the_ministry_of_a_portfolio", "Schools defy the Ministry of Education\n\nThree schools refused the orders "
     "of the Ministry of Education.\n\nThe orders are sent only in \"exceptional circumstances\", the Ministry "
     "said.", "exceptional", "Ministry of Education"),
    ("a_question_then_asks_and_a_name_is_theirs", "Growth\n\n\"Is slow growth a bad thing?\" asks Ana Moss.\n\n"
     "The new deputy mayor says it may be time to plan for it.", "Is slow growth", "Ana Moss"),
    ("a_legislators_letters_alone_are_a_role", "Melfort MLA Tom Reid toured the plant.\n\n\u201cI have 50 "
     "people waiting,\u201d the MLA said.", "I have 50", "Tom Reid"),
    ("he_after_a_woman_speaks_means_the_man_named_before", "\u201cWe are funding it,\u201d Ms Ana Moss said.\n\n"
     "Ms Moss also answered Northern MP Trevor Watts, who criticised the delay.\n\n"
     "\u201cThe design was finished last year,\u201d he said.", "The design was", "Trevor Watts"),
    ("a_capital_preposition_names_a_campaign", "The Society Against Cruel Traps has denied the claims, calling "
     "them a \u201cmishmash of half-truths\u201d.", "mishmash", "Society Against Cruel Traps"),
    ("a_surname_the_text_names_before_a_business_opening_with_it", "Tui Ngata has sold her firm.\n\n"
     "Her business, Ngata Wool, was bought by a rival.\n\nNgata, who lives in Clive, said it was time for "
     "\u201cyoung blood\u201d.", "young blood", "Tui Ngata"),
    ("a_party_then_a_post_nominal_before_the_name", "The plan was tabled.\n\nSFF MLC Ana Moss said the "
     "vote was close.\n\n\u201cWe will win,\u201d Ms Moss said.", "We will win", "Ana Moss"),
    ("an_opening_it_hides_no_one", "It is never easy to talk after a final, but Gowna manager Fintan Reilly "
     "managed it.\n\nThe team had learned from last year, he said.\n\n\u201cWe played well today.\u201d",
     "We played well", "Fintan Reilly"),
    ("a_paragraph_opening_he_hides_the_names_after", "Ana Moss chairs the board.\n\nHe said councillor Tom "
     "Reid was away.\n\n\"We will appeal,\" she said.", "We will", "Ana Moss"),
    ("a_dateline_in_capitals_without_its_dash", "Crash victim's father\n\nHARBOURTON Kevin Moss says he will never "
     "forgive the driver.\n\n\"It was his fault,\" Moss said.", "It was his fault", "Kevin Moss"),
    ("he_is_the_last_sentence_subject", "Judge weeps\n\nA judge wept yesterday.\n\nBut Mr Justice Moss first "
     "jailed Tom Reid for 30 years.\n\nThen he told the family: \"You have been dignified.\"", "You have been",
     "Mr Justice Moss"),
    ("a_judge_opening_a_paragraph_is_in_view", "Juror out\n\nTom Reid, 29, denies the charges.\n\nThe trial "
     "was halted as Mr Justice Moss was about to sum up.\n\nThe senior judge discharged a juror and gave his "
     "reasons.\n\nHe said a reporter had \"overheard\" something.", "overheard", "Mr Justice Moss"),
    ("two_straight_apostrophes_quote", "Board warned\n\nA letter from Ana Moss reached the board.\n\n''We expect "
     "better,'' Ms Moss wrote.", "We expect better", "Ana Moss"),
    ("no_name_after_an_article", "Harbour win\n\nHarbour manager Tom Reid was pleased.\n\nThe club added a Senior "
     "Championship to its league title.\n\nHe said the win was \"for the town\".", "for the town", "Tom Reid"),
    ("a_given_name_alone_of_one_full_name", "Report it\n\nThe message is from Andrew Dunn, the new crime "
     "manager.\n\nAndrew said: \"Tell us what you see.\"", "Tell us", "Andrew Dunn"),
    ("a_senedd_member_post_nominal", "School row\n\nLocal Senedd Member Tom Reid MS said parents were \"let "
     "down\".", "let down", "Tom Reid"),
    ("a_body_by_its_capitalised_head", "Council insists\n\nParents accuse Harbour County Council of delay.\n\n"
     "The Council says \"no decision has been taken\".", "no decision", "Harbour County Council"),
    ("an_irish_police_rank_is_a_title", "Garda Tom Reid gave evidence.\n\n\"I saw him,\" Garda Reid said.",
     "I saw him", "Tom Reid"),
    ("the_before_an_abbreviated_body", "The Harbour Water Board (HWB) refused to answer.\n\nThe HWB said it was "
     "\"due to a vacancy\".", "due to a vacancy", "Harbour Water Board"),
    ("a_body_that_announced_that_it", "Harbour Radio announced that it would \"cut two shows\".\n\nThe broadcaster "
     "added that \"jobs are safe\".", "jobs are safe", "Harbour Radio"),
    ("a_family_name_written_first", "The chief officer, Tavita Sina Reti, confirmed it.\n\n\"We wrote to him,\" "
     "Tavita said.", "We wrote", "Tavita Sina Reti"),
    ("a_dateline_glued_by_dashes", "Moss upbeat\n\nHARBOUR CITY--Coach Ana Moss said her side was \"tired\".\n\n"
     "\"We lost,\" said Moss.", "We lost", "Ana Moss"),
    ("she_after_an_outlet_is_a_person", "Housing refused\n\nSarah, whose name has been changed, spoke to ABC News "
     "this month.\n\nShe said the service was \"a brick wall\".", "a brick wall", "Sarah"),
    ("an_owner_before_an_email", "Harbour Rowing Club has been audited.\n\nAn internal Club email was seen by "
     "this reporter.\n\n\"The case is closed,\" the email said.", "The case is closed", "Harbour Rowing Club"),
    ("a_couple_shares_a_surname_mrs", "Her parents, Sarah and Tom Reid, spoke.\n\n\"It is time,\" Mr Reid said."
     "\n\n\"We want change,\" Mrs Reid said.", "We want change", "Sarah Reid"),
    ("a_couple_shares_a_surname_mr", "Her parents, Sarah and Tom Reid, spoke.\n\n\"We want change,\" Mrs Reid "
     "said.\n\n\"It is time,\" Mr Reid said.", "It is time", "Tom Reid"),
    ("a_surname_before_and_is_no_given_name", "Mitch Duke scored.\n\nFor Duke and Harry Souttar, it was a goal."
     "\n\n\"Mine,\" Souttar said.", "Mine", "Harry Souttar"),
    ("the_one_quoting_stays_in_view", "Ana Moss opened the debate.\n\nMs Moss quoted Tom Reid as saying: \"It is "
     "broken.\"\n\nShe urged ministers to \"wake up\".", "wake up", "Ana Moss"),
    ("the_cue_after_an_indirect_question", "Jane Reid met the Queen.\n\nAsked what Camilla said to them, "
     "Mrs Reid continued: \"She was kind.\"", "She was kind", "Jane Reid"),
    ("a_palace_is_no_he", "Tom Reid met officials. Buckingham Palace later confirmed the talks.\n\n\"We will "
     "act,\" he said.", "We will act", "Tom Reid"),
    ("any_verb_ending_the_sentence_after_a_quote", "Ana Moss met Tom Reid.\n\n\"You should have known,\" Moss "
     "pushed. \"Did you?\"", "You should", "Ana Moss"),
    ("a_verb_of_no_speech_after_a_quote", "Ana Moss met Tom Reid.\n\n\"I will go,\" Reid said.\n\n\"It was "
     "over,\" Moss collapsed.", "It was over", "Tom Reid"),
    ("a_party_after_and_the", "Leader Tom Reid told Fine Gael to act.\n\nAnd the Fianna Fail leader had words.\n\n"
     "He said: \"We are ready.\"", "We are ready", "Tom Reid"),
    ("a_nickname_inside_a_name", "Sean “Puff” Reid faces sentencing.\n\nReid said he was “reborn” now.", "reborn",
     "Sean Reid"),
    ("a_surname_the_headline_gives_in_full", "Premier looks back with Tom Reid\n\n\"Are you tired?\" Reid asked, "
     "smiling.", "Are you tired", "Tom Reid"),
    ("a_board_before_a_name", "The chair of Harbour City Health Board Ana Moss spoke.\n\n\"We are failing,\" "
     "she said.", "We are failing", "Ana Moss"),
    ("a_day_with_its_date_in_brackets", "Premier Ana Moss on Wednesday (Apr 23) urged voters to \"pick the best\" now.",
     "pick the best", "Ana Moss"),
    ("the_answer_after_the_question_put", "Coach Ana Moss spoke.\n\nWhen Moss was asked about the booing, she "
     "said it was sad given they had delivered \"one of our best wins\".", "one of our best", "Ana Moss"),
    ("has_written_to", "Party leader Ana Moss has written to council leaders \"urging\" them to act.", "urging",
     "Ana Moss"),
    ("an_apostrophe_either_way", "Judge Eugene O’Kelly sat.\n\n\"We can't,\" Judge O'Kelly told the court.",
     "We can't", "Eugene O’Kelly"),
    ("a_club_owns_its_player", "Midfielder Ryan Moss joined.\n\n\"I sit there,\" Victory's Moss said.", "I sit there",
     "Ryan Moss"),
    ("a_chief_executive_abbreviated", "CE Ana Moss apologised.\n\n\"It was not good enough,\" she said.",
     "It was not good", "Ana Moss"),
    ("the_company_the_story_opens_with", "Harbour Shipping Limited has cut 40 jobs.\n\nStaff were told on "
     "Monday.\n\nThe company said it was \"a hard call\" to make.", "a hard call", "Harbour Shipping"),
    ("a_name_then_on_a_day", "PM Reid warns of a storm\n\nThe storm is coming, said Prime Minister Tom Reid on "
     "Monday (Apr 28).\n\n\"It will test us,\" Mr Reid said.", "It will test us", "Tom Reid"),
    ("a_particle_that_is_a_given_name", "Law professor Al Reid spoke.\n\n\"He had to weigh it,\" said Prof Reid.",
     "He had to weigh", "Al Reid"),
    ("a_transcript_under_a_headline_name", "Rovers 31, City 21: Gus Moss press conference\n\nOpening statement:"
     "\n\n\"Okay, a disappointing loss.\"", "Okay, a disappointing", "Gus Moss"),
    ("a_role_of_a_known_body", "Jacinda Ardern spoke to reporters.\n\nAsked whether the next CEO of Oranga Tamariki "
     "should be Māori, she said \"it has to be responsive\".", "it has to be", "Jacinda Ardern"),
    ("a_reaction_list_with_hyphens", "Budget reactions\n\n* \"It fails students.\" - NSW Teachers Federation "
     "president Ana Moss", "It fails students", "Ana Moss"),
    ("a_calendar_day_is_no_one", "On Mother’s Day we met the owners.\n\n\"We argue,\" he said.", "We argue", None),
    ("a_golfer_called_day", "Golfer Jason Day finished fourth.\n\n\"I putted well,\" he said.", "I putted",
     "Jason Day"),
    ("welsh_particle", "Council leader Ana ap Rhys spoke.\n\n\"We erred,\" said Ms ap Rhys.", "We erred",
     "Ana ap Rhys"),
    ("aside_after_the_name", "\"Rates will rise,\" said Cllr Moss (Lab, Hillside & the Vale).", "Rates", "Moss"),
    ("plural_acronym_is_a_group", "What some MLAs are calling \"a fiasco\" went on.", "a fiasco", "MLAs"),
    ("club_before_a_role", "Match report\n\nHarbour City coach Ana Moss:\n\n\"We lost it late.\"", "We lost",
     "Ana Moss"),
    ("a_new_statement_speaks_as_itself", "Afren said in a statement it was \"reviewing\" it.\n\nA joint "
     "statement from Kora and Afren said \"go\".\n\n\"Not yet,\" the statement added.", "Not yet", "statement"),
    ("owner_named_in_passing", "Police searched leader Ana Moss's Wellington office.\n\n\"It was a raid,\" "
     "Mrs Moss said.", "It was a raid", "Ana Moss"),
    ("us_council_title", "\"We will table it,\" said Councilman Tom Reti, D-3rd.", "We will", "Tom Reti"),
    ("plural_title_before_a_surname", "Councillors Reti and Moss voted.\n\n\"We lost,\" Reti said.", "We lost",
     "Reti"),
    ("office_of_several_words", "City Corporation Counsel Ana Moss objected.\n\n\"It impairs us,\" Moss said.",
     "It impairs", "Ana Moss"),
    ("a_force_by_its_place", "Released through Harbour City police, the note was short.\n\n\"A van hit her,\" "
     "police said.", "A van hit", "Harbour City police"),
    ("a_spokesperson_for_a_body", "A spokeswoman for the Harbour Rail Authority said: \"We will appeal.\"",
     "We will", "Harbour Rail Authority"),
    ("a_body_s_spokesperson", "\"We will appeal,\" Harbour Rail's spokesperson said.", "We will", "Harbour Rail"),
    ("a_police_spokesman_stays_unnamed", "\"Inquiries go on,\" a Garda spokesman said.", "Inquiries",
     "Garda spokesman"),
    ("a_generic_body_stays_unnamed", "\"We will appeal,\" a Council spokesperson said.", "We will",
     "Council spokesperson"),
    ("the_nearest_statement_speaks", "A statement from the Harbour Nurses Union said they would strike.\n\n"
     "A statement from Harbour Hospital said it would talk.\n\n\"Strikes help no one,\" the statement said.",
     "Strikes help", "Harbour Hospital"),
    ("a_request_is_no_question_clause", "Judge Ana Moss sat.\n\nWhen asked to provide a report, the office sent "
     "something so \"useless\" that Moss wrote of it.", "useless", "Ana Moss"),
    ("a_desk_title_before_a_name", "\"It was close,\" Harbour News Political Editor Tom Reti said.", "It was close",
     "Tom Reti"),
    ("the_reporter_is_not_in_view", "\"I have not seen it,\" Premier Ana Moss said.\n\nThe reporter then asked if "
     "she was \"unprepared\".", "unprepared", None),
    ("an_institution_by_what_it_is", "Harbour Hospital met the nurses.\n\n\"Strikes help no one,\" the hospital "
     "said.", "Strikes", "Harbour Hospital"),
    ("letters_with_stops_after_a_name", "Ms. Ana Moss T.D., Minister for Harbours, spoke.\n\nMinister Moss "
     "said:\n\n\"We will build it.\"", "We will build", "Ana Moss"),
    ("a_body_by_its_fullest_name", "Harbour Water was fined on Monday.\n\nThe water company said it was "
     "\"disappointed\".\n\nThe case against Harbour Water Services Ltd began in May.", "disappointed",
     "Harbour Water Services"),
    ("the_watchdog_last_heard", "\"We act,\" Harbour Regulation Authority said.\n\n\"In many cases,\" "
     "the watchdog adds, \"they ignore us.\"", "In many cases", "Harbour Regulation Authority"),
    ("a_lone_word_a_partial_quoted_whole", "The \"groundbreaking\" verdict came on Friday.\n\nTom Reti was "
     "there.\n\nReti described the ruling as \"groundbreaking\".", "groundbreaking", "Tom Reti"),
    ("a_phrase_inside_a_partial", "The attack left him \"unable to stand\" on the road.\n\nJudge Ana Moss said "
     "he was left \"clearly unable to stand up\" there.", "unable to stand", "Ana Moss"),
    ("a_lone_word_inside_a_partial_is_not_its_source", "The \"secret\" talks began in May.\n\nAna Moss said "
     "talks were held \"largely in secret and on their terms\".", "secret", None),
    ("a_photo_credit_names_no_one", "The magistrate frowned.\n\nLawyers cite delay. Credit: Tom Reti\n\nThe "
     "magistrate is sympathetic. \"Everybody wants bail,\" the magistrate said.", "Everybody", None),
    ("a_given_name_after_and", "The Taoiseach and Mary Lou Reti clashed in the Dáil on Monday.\n\n\"It is "
     "staggering,\" Ms Reti said.", "It is", "Mary Lou Reti"),
    ("an_initial_opens_a_name", "\"Take care,\" said M Reti, director general of the agency.", "Take care",
     "M Reti"),
    ("a_party_member_before_a_name", "\"It is bad,\" said Liberal Democrat Tom Reti.", "It is bad", "Tom Reti"),
    ("an_unknown_given_name_before_a_known_one", "\"The herds are gone,\" said Kelembu Ole Reti, a shepherd.",
     "The herds", "Kelembu Ole Reti"),
    ("a_headline_quote_no_one_is_named_for", "'It has to stop' after another crash\n\n\"We see it every week,\" "
     "magistrate Ana Moss said.\n\nA lawyer, Tom Reid, said his client was sorry.", "It has to stop", None),
    ("a_lead_quotation_before_anyone_is_named", "Series win\n\n\"We played some poor shots.\"\n\nIndia captain "
     "Ana Moss said the side would improve.\n\n\"Injuries happen,\" Moss said.", "We played some", None),
    ("the_one_who_answered_last", "Tom Reti says talks go on.\n\nHarbour leader Bill Moss said the talks were in "
     "their final stages, and Reti agreed.\n\n\"It is substantial,\" he said.", "It is", "Tom Reti"),
    ("not_someone_inside_what_was_reported", "Tom Reti spoke.\n\nHe said when the Government announced a group, he "
     "asked to join it.\n\n\"Bureaucrats enable.\"", "Bureaucrats", "Tom Reti"),
    ("a_body_inside_the_role_before_the_name", "\"It will help,\" said head of HarbourParks scientific services, "
     "Mr Tom Reti, at a briefing.", "It will help", "Tom Reti"),
    ("a_title_case_role_in_a_long_body", "Ana Moss, Conservation Officer at the National Nature Reserve of the "
     "Plaine des Maures said, \"It is a catastrophe.\"", "It is", "Ana Moss"),
    ("a_councillor_s_short_title", "\"It was an epic journey,\" said Clr Tom Reti.", "It was", "Tom Reti"),
    ("an_owner_is_no_place", "\"We are heartbroken,\" Ms Moss' family said.", "We are", "family"),
    ("a_relation_before_a_given_name", "Sister Alexandra Reti said: \"She was our rock.\"", "She was",
     "Alexandra Reti"),
    ("a_request_is_no_question", "Premier Tom Reti wanted judges to act.\n\nAt the hearing, Judge George Moss read the "
     "remarks and asked the barrister to clarify them.\n\n\"I say that in great seriousness,\" he said.",
     "I say that", "George Moss"),
    ("the_family_of_someone_speaks", "The family of Mr Reti, from Hillside, said: \"We lost a son.\"", "We lost",
     "family of Mr Reti"),
    ("sports_role", "Harbour City striker Tom Reti said the side was \"flat\".", "flat", "Tom Reti"),
    ("a_party_before_the_name", "The leader of Sinn Féin Ana Moss said it was \"silly\".", "silly", "Ana Moss"),
    ("a_body_before_the_name", "A spokesman of the Harbour Ratepayers Committee Tui Reti said, \"No.\"", "No.",
     "Tui Reti"),
    ("a_given_name_that_is_a_word", "\"We will appeal,\" said Bill Moss.", "We will", "Bill Moss"),
    ("a_broadcaster_by_role", "Tom Reti, the presenter, spoke to Ana Moss.\n\n\"Why now?\" the host asked.\n\n"
     "\"Because,\" she said.\n\nThe KTV host interjected: \"Stop there.\"", "Stop there", "Tom Reti"),
    ("a_preposition_is_no_aside", "Ana Moss spoke.\n\nBriefings against Tom Reti, the treasurer, including claims "
     "he swore, said staff are \"lazy\".", "lazy", "Tom Reti"),
    ("a_role_to_be", "Ana Moss won.\n\n\"It was a witch hunt,\" the Green president-elect said.", "It was",
     "Ana Moss"),
    ("the_pm_is_a_role", "Prime Minister Ana Moss toured.\n\n\"No,\" the PM said.", "No,", "Ana Moss"),
    ("a_credit_run_into_a_name", "Chief Executive Tui Machin wrote to staff.\n\nPATui said: \"Stay calm.\"\n\n"
     "PAMachin said: \"We are open.\"", "We are open", "Tui Machin"),
    ("a_sentence_that_mentions_a_role_is_no_role", "Council in strife\n\nHarbour mayor Ana Moss spoke on Monday "
     "after Tom Reti announced an observer.\n\nLater the Harbour mayor called it \"punching down\".",
     "punching down", "Ana Moss"),
    ("a_business_by_what_it_is", "Harbour Foods had an outage. Chief Executive Tui Reti wrote to staff.\n\n"
     "Harbour Foods said it had told the regulator.\n\n\"We are protecting our network,\" the retailer said.",
     "We are protecting", "Harbour Foods"),
    ("a_business_after_a_verb_is_its_object", "Chair Ana Moss described the woes that plagued the company, saying "
     "it had been \"far from plan\".", "far from plan", "Ana Moss"),
    ("a_caption_once_is_no_label", "Ana Moss spoke first.\n\nTom Reti, Minister of Tourism\n\n\"We won it.\"",
     "We won it", "Ana Moss"),
    ("the_headline_subject_must_agree", "Tom Reti discusses the plan\n\nShe explained: \"We work.\"",
     "We work", None),
    ("a_headline_naming_in_passing", "Storm hits Ana Moss's farm\n\nShe explained: \"We work.\"",
     "We work", None),
]


@pytest.mark.parametrize(("case", "text", "start", "speaker"), HEADLINES, ids=[c[0] for c in HEADLINES])
def test_headline_names_people_only_with_their_roles(case: str, text: str, start: str, speaker: str | None) -> None:
    assert _quote(text, start).speaker == speaker


# A headline's own quotes: (case, text, first words, speaker, kind, the rule that decided).
HEADLINE_QUOTES: list[tuple[str, str, str, str | None, QuoteKind, str]] = [
    ("named_before_the_colon", "Harbour chair Ana Moss: year was 'far from plan'\n\nMoss spoke.", "far from plan",
     "Ana Moss", QuoteKind.PARTIAL, "speaker.headline_named"),
    ("repeated_in_the_story", "Council: 'We lost the vote fairly'\n\n\"We lost the vote fairly,\" Mayor Tui "
     "Reti said.", "We lost the vote", "Tui Reti", QuoteKind.DIRECT, "speaker.headline_repeated"),
    ("the_headline_subject_a_role", "Trade minister defends 'open door' to investors\n\nTrade Minister Tom Reti "
     "spoke.\n\n\"We trade,\" Reti said.", "open door", "Tom Reti", QuoteKind.PARTIAL, "speaker.headline_subject"),
    ("credited_after_a_dash", "Rates plan 'does not add up' - Reti\n\nTom Reti led the attack.", "does not add up",
     "Tom Reti", QuoteKind.PARTIAL, "speaker.headline_credited"),
    ("a_dash_before_a_word_no_one_has", "Rates plan 'does not add up' - Analysis\n\nTom Reti led the attack.",
     "does not add up", None, QuoteKind.PARTIAL, "speaker.headline_no_one"),
    ("no_one_known", "Rates rise to 'record' levels\n\nThe council met.", "record", None, QuoteKind.PARTIAL,
     "speaker.headline_no_one"),
    ("a_topic_label_before_the_colon", "Budget: Treasurer hails 'golden' year\n\nThe budget came out.", "golden",
     None, QuoteKind.PARTIAL, "speaker.headline_no_one"),
    ("a_clause_after_the_colon_names_its_own_speaker", "Ana Moss: Court hears 'no pressure' claim\n\nAna Moss "
     "waited.", "no pressure", None, QuoteKind.PARTIAL, "speaker.headline_no_one"),
    ("a_title_case_headline_opens_with_a_name", "Ana Moss Asks Minister If He Is 'Fit' To Serve\n\nAna Moss "
     "spoke.\n\n\"Are you?\" Moss asked.", "Fit", "Ana Moss", QuoteKind.PARTIAL, "speaker.headline_subject"),
]


def test_every_headline_rule_has_a_case() -> None:
    assert set(headlines.HEADLINE_SPEAKER.names) <= {row[5] for row in HEADLINE_QUOTES}


@pytest.mark.parametrize(("case", "text", "start", "speaker", "kind", "rule"), HEADLINE_QUOTES,
                         ids=[c[0] for c in HEADLINE_QUOTES])
def test_headline_quotes(case: str, text: str, start: str, speaker: str | None, kind: QuoteKind, rule: str) -> None:
    quote = _quote(text, start)
    assert (quote.speaker, quote.kind, quote.block) == (speaker, kind, 0)
    assert quote.evidence is not None and quote.evidence.decided_by == rule


@pytest.mark.parametrize(("case", "text", "start", "speaker"), NAMES, ids=[c[0] for c in NAMES])
def test_names_as_written(case: str, text: str, start: str, speaker: str | None) -> None:
    assert _quote(text, start).speaker == speaker


@pytest.mark.parametrize(("text", "subject"), [
    pytest.param("Ngahere Gold chief executive Ana Moss says the mine will open.", "Ana Moss",
                 id="a-company-then-a-role"),
    pytest.param("Moss, who is leaving as new chief executive Tom Reti takes over, detailed the year.", "Moss",
                 id="a-comma-ends-the-role"),
])
def test_the_name_a_sentence_opens_with(text: str, subject: str) -> None:
    ref, _ = sentence_subject(text, 0)
    assert ref is not None and ref.text == subject


def test_a_name_qualifying_a_noun_is_no_subject() -> None:
    """"The three-week Harbour Bailey hearing was halted": the hearing is the subject, not a person."""
    assert sentence_subject("The three-week Harbour Bailey hearing was halted.", 0) == (None, None)
    ref, _ = sentence_subject("The veteran Ana Moss was about to rule.", 0)
    assert ref is not None and ref.text == "Ana Moss"


# A fragment no one said that echoes one speaker's whole quotation: (case, text, fragment, speaker, kind).
ECHOES: list[tuple[str, str, str, str | None, QuoteKind]] = [
    ("echo-of-a-later-quotation", "MPs rejected calls over the \"existential threat\" to the NHS.\n\nAna Moss "
     "spoke.\n\n\"We face an existential threat to the NHS,\" Ms Moss said.", "existential threat", "Ana Moss",
     QuoteKind.PARTIAL),
    ("two-speakers-said-it", "MPs rejected the \"health emergency\" call.\n\n\"It is a health emergency,\" said "
     "Ana Moss.\n\n\"No health emergency exists,\" said Tom Reid.", "health emergency", None, QuoteKind.SCARE),
    ("too-short-to-echo", "The plan was \"bad\" this week.\n\n\"It was bad,\" said Ana Moss.", "bad",
     None, QuoteKind.SCARE),
    ("a-pull-quote-repeated-later", "Vaccines lag\n\n'Every change down south applies to us too.'\n\nThe roll-out "
     "is slow.\n\n\"Every change down south applies to us too,\" said Dr Ana Moss.", "Every change", "Ana Moss",
     QuoteKind.DIRECT),
]


@pytest.mark.parametrize(("case", "text", "start", "speaker", "kind"), ECHOES, ids=[c[0] for c in ECHOES])
def test_echoed_fragments(case: str, text: str, start: str, speaker: str | None, kind: QuoteKind) -> None:
    quote = _quote(text, start)
    assert (quote.speaker, quote.kind) == (speaker, kind)
    if speaker is not None:
        assert quote.evidence is not None and quote.evidence.decided_by == "speaker.echoed"


def test_a_role_is_what_follows_by() -> None:
    """"the statement shared by spokeswoman Mere Tamati": her role is "spokeswoman", not the statement's words."""
    assert clean_role("the statement shared by spokeswoman") == "spokeswoman"
    assert clean_role("the chief executive") == "chief executive"
