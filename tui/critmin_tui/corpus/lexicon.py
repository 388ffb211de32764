"""Every word list the attribution rules use, each defined once.

A rule reads its trigger words from here, so a convention's words are kept in one place and a
new word is one edit. Lists are frozensets of words (or, where marked, of phrases).
"""

from __future__ import annotations


def vocabulary(text: str, sep: str | None = None) -> frozenset[str]:
    """A vocabulary written as words separated by white space (or by ``sep``)."""
    return frozenset(w.strip() for w in text.replace("\n", "" if sep else " ").split(sep) if w.strip())


TITLES = vocabulary(
    """
    Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Hon Rt Right Honourable Minister Prime President Judge
    Justice Mayor Councillor Cr Senator Associate Deputy Chief Secretary Governor General Commissioner
    Inspector Detective Sergeant Constable Superintendent Captain Colonel Lord Lady Rev Reverend Bishop
    Father Ambassador Speaker Leader Vice Acting Attorney-General Treasurer Chancellor Premier Chair
    Chairman Chairwoman Chairperson Spokesperson Director Police State Foreign Affairs Trade Finance
    Resources Energy Defence Health Education Justice Transport Environment Conservation Climate Change
    Economic Development Regional US UK NZ Australian Opposition Labour National Green ACT Māori Maori
    Party First Co-leader co-leader
    Pou Taiao Tikanga Ārahi Arahi Kaiwhakahaere Kaihautū Kaihautu Tumuaki Tumu Whakarae Kaumātua Kaumatua
    Rangatira Kaitiaki Kaiarahi Kaiārahi Pouārahi Pouarahi Heamana Tiamana
    Attorney Assistant Solicitor Prosecutor Magistrate Coroner Sheriff Registrar Alderman Alderwoman Officer
    Trooper Coach Provost Rabbi Imam Taoiseach Tánaiste Tanaiste Reeve Warden Garda Lieutenant Pastor Corporal Admiral
    Councilman Councilwoman Councilmember Councilor Assemblyman Assemblywoman Assemblymember Congressman
    Congresswoman Supervisor Trustee Selectman Delegate Counsel
    Mr. Mrs. Ms. Dr. Prof. Hon. Rt. Gov. Sen. Rep. Lt. Sgt. Det. Insp. Supt. Capt. Col.
    Cllr Cllr. Clr Clr. Coun Coun. Atty Atty. Const. Cpl. Insp Supt Sgt Det
    """
)
HONORIFICS = vocabulary(
    """
    Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Hon Rt Mr. Mrs. Ms. Dr. Prof. Hon. Rt.
    """
)
# Honorifics that say nothing of a role (a reader is not told "Mr" is someone's role).
PLAIN_HONORIFICS = vocabulary("Mr Mrs Ms Miss Mx Dr Mr. Mrs. Ms. Dr.")
# Abbreviations whose full stop neither ends a sentence nor a run of capitalised words ("Dr. Smith").
ABBREVIATIONS = vocabulary("Mr Mrs Ms Dr St Prof Hon Rt No Jr Sr vs etc Gen Col Capt Sgt Insp Det Supt Gov Sen Rep Lt "
                           "Cllr Coun Atty Const Cpl")
# Letters after a name that are no part of it ("Gerald Butler QC", "Jane Doe KC", "John Smith Jr").
POST_NOMINALS = vocabulary("QC KC SC BL Jr Jr. Sr Sr. II III IV OBE CBE MBE KBE DBE ONZM MNZM CNZM KNZM DNZM QSO QSM "
                           "AO AC AM MP MSP MLA MHK TD JP PhD MS MPP MNA MHA MLC MEP")


# The head word of an organisation's name: its last word, or a first word before "of".
ORG_WORDS = vocabulary(
    """
    Ministry Department Council Party Government Cabinet Office Association Trust Union Commission
    Authority Agency Federation Society Inc Ltd Limited Group Bank University Institute Board Forum
    Service Services Network Chamber Company Corporation Court Tribunal Police Parliament Committee
    Foundation Centre Center Fund Alliance Coalition Greenpeace Iwi Rūnanga Runanga Hapū Ombudsman MBIE
    MFAT Treasury Industries Partners Holdings Club Collective Consortium Organisation Inquiry
    Administration Embassy Secretariat Directorate Unit Taskforce Caucus Incorporated Act Bill Agreement
    Framework Strategy Resources Minerals Mining Metals Gold Petroleum Exploration Energy Phosphate Organization
    Plc PLC plc LLC Corp Pty
    Palace Street Stadium Airport Station Cathedral Abbey Arena Square Avenue Road
    Hospital College Museum Library Prison Clinic School Academy Church Diocese Playground Bridge
    Championship League Cup Tournament Festival
    News Times Herald Gazette Tribune Journal Telegraph Radio Television TV Media Broadcasting Chronicle Press
    Magazine Newsroom
    """
)
# (The outlets' words: "ABC News", "Associated Press" carry a story or an interview; they are never "she".
# The places' line: they speak for who is in them, "Downing Street said", "Buckingham Palace said":
# a body's voice, never a person's "he". Hall, House, Park and Field end people's names as often.)


# Parties and bodies whose names read like people's ("New Zealand First").
KNOWN_ORGS = vocabulary(
    """
    New Zealand First|NZ First|Te Pāti Māori|Te Pati Maori|Labour|National|ACT|Greens|Green Party|
    The Opportunity Party|TOP|Federated Farmers|Forest & Bird|Forest and Bird|Greenpeace|Te Whatu Ora|
    Te Arawhiti|Ngāi Tahu|Waka Kotahi|Kāinga Ora|Oranga Tamariki|Fonterra|
    Fianna Fáil|Fianna Fail|Fine Gael|Sinn Féin|Sinn Fein|Social Democrats|SDLP|DUP|UUP|Plaid Cymru|SNP|
    Reform UK|Liberal Democrats|Lib Dems|Conservatives|Tories|Labor|Liberals|One Nation|NDP|Bloc Québécois|
    Democrats|Republicans|GOP|BJP|Congress|Aam Aadmi Party|AAP|ANC|Al Jazeera
    """,
    sep="|",
)


# Capitalised words that start sentences or name things, never people.
NOT_NAMES = vocabulary(
    """
    The A An But And Or So Yet However Meanwhile Earlier Later Today Yesterday Asked When While This
    That These Those It Its In On At For From With Without After Before During Since Under Over Speaking
    Responding Last Next New Zealand Zealander Zealanders United States America American Australia China
    Chinese Korea Koreans Japan Europe European Wellington Auckland Christchurch Washington DC Otago
    Taranaki Marlborough West Coast North South Island Pacific January February March April May June
    July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday He She They We I You Our Their His Her Photo Image Supplied Getty Images GDP Aotearoa Midday
    Report Morning Checkpoint Herald Stuff Newsroom ODT Newstalk ZB RNZ TVNZ Instagram Facebook Twitter
    X LinkedIn More Most Many Some Several Few Other Others Both All Each Every Any No Not Nor Only Just
    Even Also Still Then Now There Here What Who Why How Where Which Whether If Although Though Because
    As Once Until Unless Despite Like Unlike Instead Rather Such Former Almost About Around Nearly Over
    One Two Three Another Reaction According MP MPs CEO PM Question Pictured Much MLA MSP MPP MHA MNA MLC MEP TD MS
    Critics Opponents Campaigners Environmentalists Conservationists Residents Protesters Unions Experts
    Economists Scientists Advocates Leaders Locals Submitters Researchers
    Afterwards Afterward Thereafter Elsewhere Nevertheless Nonetheless Furthermore Moreover Overall Otherwise
    Outside Inside Beforehand Meantime TV PR HR AI EU UN
    """
)


PRONOUNS = vocabulary(
    """
    he she they He She They
    """
)


ROLE_NOUNS = vocabulary(
    """
    spokesperson spokesman spokeswoman leader co-leader minister Minister CEO executive chair chairman
    chairwoman chairperson president President director Director secretary Secretary mayor Mayor
    councillor MP professor Professor manager economist officer founder co-founder commissioner head
    analyst lawyer researcher scientist adviser advisor partner owner negotiator member coordinator
    convenor organiser academic lecturer expert campaigner activist resident farmer teacher principal
    doctor nurse chief deputy governor ambassador envoy judge senator representative candidate whip
    co-chair trustee kaumātua kaumatua chairs leaders officials official geologist engineer consultant
    worker owner operator builder fisher fisherman Whip Leader Chair CEO Ombudsman commentator
    strategist submitter witness protester MP MPs advocate specialist volunteer author ecologist biologist
    historian planner diplomat negotiator opponent critic supporter
    premier treasurer chancellor taoiseach MS MSP MLA MPP MHA TD MNA MLC MEP
    magistrate coroner sheriff prosecutor attorney barrister solicitor backbencher detective inspector
    superintendent commander sergeant constable officer investigator auditor regulator watchdog coach
    captain player principal nurse doctor paramedic firefighter ranger
    defender striker midfielder goalkeeper keeper winger skipper quarterback batsman batter bowler pitcher
    jockey trainer referee umpire athlete sprinter golfer cyclist counsel medallist medalist champion Olympian finalist
    presenter host broadcaster interviewer anchor PM editor reporter correspondent journalist columnist
    Democrat Republican boss Boss manager Manager
    contractor CE
    """
)


# Who reports or asks for the outlet: "the reporter asked" is never the newsmaker in view.
JOURNALIST_ROLES = vocabulary("editor reporter correspondent journalist columnist presenter host interviewer anchor")


ARTICLES = vocabulary(
    """
    The A An But And So Yet
    """
)


CONNECTORS = vocabulary(
    """
    of and for the on
    """
)


# Lower-case words inside a surname: Dutch, German, French, Italian, Spanish and Portuguese, Māori,
# Welsh ("Ellen ap Gwynn"), Arabic ("Mohammed bin Salman").
NAME_PARTICLES = vocabulary(
    """
    van von de der du da di le la te del della dos das ap ab al bin
    """
)


IWI_PREFIXES = vocabulary(
    """
    Ngāti Ngati Ngāi Ngai Ngā Nga Ngāriki Te Āti Ati Rongomaiwahine Rangitāne Rangitane
    """
)


# Heads that are also surnames ("Simon Court"): an organisation only with a qualifier.
AMBIGUOUS_HEADS = vocabulary(
    """
    Court Bank Union Group Service Trust Fund Club Board
    """
)


# Titles that are also surnames, read as one at the end of a name ("Chris Bishop"), and title words
# that only qualify another title, so that at a name's end they are a surname ("Willow-Jean Prime").
# Words for where someone is from: no part of a name ("The Northern Irish singer"), unless a given name
# stands before one ("Bill English", "Tom Welsh").
DEMONYMS = vocabulary(
    """
    Irish Scottish Scots Welsh English British Northern Southern Eastern Western Canadian French German Italian
    Spanish Dutch Indian Pakistani Japanese Korean Russian Ukrainian Kiwi Aussie Samoan Tongan Fijian Asian
    African Scandinavian Nordic Polish Greek Turkish Mexican Brazilian Filipino Vietnamese Thai
    """
)
SURNAME_TITLES = vocabulary(
    """
    Bishop Judge Lord Green Chancellor Speaker Prime Deputy Associate Acting Vice Coach Officer
    """
)


COMPASS_SURNAMES = vocabulary(  # and other sentence words that end a name after a given one ("Daryl Last")
    """
    West North South East Last Most Still
    """
)
# A day or month after "on" ends a name's run: "Prime Minister Lawrence Wong on Monday".
CALENDAR_NAMES = vocabulary("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov
    Dec""")
# A run ending in one of these after a possessive or a word that is no given name is a day on the
# calendar ("Father's Day", "Anzac Day", "New Year's Eve"), never a person ("Jason Day" is one).
CALENDAR_WORDS = vocabulary("Day Eve Week Weekend Night Month")


QUALIFIERS = vocabulary(
    """
    High Supreme District Environment Employment Family Youth Coroners Appeal Appeals Criminal Land
    World Reserve Central Credit Trade Labour Student Public Health Māori Maori Waitangi Sports Rugby
    Football Golf Rotary
    """
)


# Speech verbs (and "according to") that attribute words to a speaker, in every tense a reporter
# uses; phrases separated by "|".
SPEECH_VERBS = vocabulary(
    """
    said|says|say|told|tells|added|adds|adding|stressed|stresses|explained|explains|argued|argues|insisting|
    claimed|claims|claiming|noting|describing|affirmed|affirms|reaffirmed|reaffirms|welcomed|welcomes|hailed|
    branded|dubbed|confirmed|confirms|noted|notes|warned|warns|insisted|insists|acknowledged|
    admitted|admits|asserted|maintained|maintains|conceded|concedes|declared|announced|announces|
    wrote|writes|replied|replies|responded|responds|suggested|suggests|stated|states|continued|
    agreed|agrees|urged|urges|believes|believed|thinks|thought|recalled|observed|emphasised|
    emphasized|countered|commented|remarked|revealed|reckons|reckoned|predicted|predicts|promised|
    described|describes|labelled|called|calling|saying|telling|asked|asks|pointed out|went on|according to|
    accused|slammed|criticised|questioned|acknowledges|concluded|reiterated|cautioned|estimated|
    expects|expected|hopes|hoped|wants|wanted|spoke|speaks|speaking|According to|dismissed|advised|advises|
    recommended|recommends|warning|arguing|urging|posted on|posted to|tweeted|found|finds|framed|
    remarking|explaining|stressing|admitting|conceding|declaring|announcing|replying|responding|stating|
    acknowledging|revealing|predicting|promising|commenting|recalling|observing|emphasising|emphasizing|
    countering|cautioning|recommending|writing|finding|expressed|ruled|rules|testified|testifies|alleged|alleges|
    told reporters|summed up|joked|jokes|quipped|quips|laughed|shouted|yelled|exclaimed|boasted|boasts|
    complained|complains|complaining|lamented|laments|pleaded|demanded|demands|vowed|vows|vowing|pledged|
    pledges|threatened|mused|recounted|reflected|clarified|interjected|retorted|snapped|assured|reassured|
    contended|contends|speculated|texted|emailed|added that|wrote in|told the court|
    testifying|alleging|adds|stressing|repeated|repeats|mouthed|has written|have written|had written
    """,
    sep="|",
)
# Verbs of manner that introduce speech only before a colon: "Souttar smiled: ..." ("she smiled at him" does not).
COLON_VERBS = vocabulary(
    """
    smiled smiles grinned grins grin smile laughs laugh sighed sighs shrugged shrugs beamed beams nodded
    nods winked chuckled chuckles smirked grimaced winced gasped groaned sobbed wept cried cries whispered
    whispers shouts yells scoffed scoffs
    """
)
# Verbs whose object names a listener or a thing, never the speaker ("told RNZ", "called it").
NO_INVERSION = vocabulary(
    """
    told tells telling called labelled described describes accused slammed criticised questioned asked
    asks wants wanted expects expected hopes hoped thinks thought dismissed welcomed welcomes hailed branded dubbed
    """
)
# Verbs that only attribute with a named subject: "called" in "what critics called" is no speech.
WEAK_VERBS = vocabulary(
    """
    called labelled described describes accused slammed criticised questioned wants wanted expects
    expected hopes hoped thinks thought believes believed asked asks estimated dismissed warning arguing urging
    found finds framed welcomed welcomes hailed branded dubbed finding expressed alleged alleges
    """
)
# Verbs that report someone's speech ("Simms said locals had told him": the locals are reported).
REPORTING_VERBS = vocabulary("said says say told tells")
# "the panel found", "the strategy noted": a body or a document speaks, by what it is.
BODIES = vocabulary("panel committee tribunal court board inquiry review study survey strategy plan document framework "
                    "investigation audit inquest council jury")
# What an institution is called in place of its name ("the union said", "the hospital said"): the one
# the text names with that head ("Harbour Nurses Union"), else itself, unnamed.
INSTITUTIONS = vocabulary("union hospital trust agency department ministry association charity party organisation "
                          "organization foundation commission authority institute university college school club "
                          "society federation government")
# Nouns that mean whatever body the story is about ("the organization said"): the last one named.
ANY_BODY_NOUNS = vocabulary("organisation organization")
# The words of a labour body's name ("Minnesota Nurses Association", "Teamsters"): what "the union" means
# when no body is named with "union".
LABOUR_WORDS = vocabulary("Union Unions Association Federation Workers Employees Teamsters Guild Unite Unifor "
                          "Brotherhood Syndicate Alliance")
# What a business is called in place of its name ("the retailer said", "the airline added").
COMPANY_NOUNS = vocabulary("company firm retailer airline carrier supermarket chain giant insurer lender bank "
                           "operator developer miner manufacturer brand business startup provider supplier "
                           "conglomerate telco broadcaster publisher utility grocer automaker carmaker regulator "
                           "watchdog")
# A place's own head word, ending its name ("Molyneux Park", "Dempster Highway", "Belmont Hills Reserve").
PLACE_HEADS = vocabulary(
    """
    Park Reserve Highway Motorway Freeway Drive Crescent Terrace Boulevard Parade Hills Valley River Creek
    Lake Beach Bay Harbour Island Islands Peninsula Mountain Mountains Forest Gardens Estate Village Suburb
    County Shire Heights Springs Falls Point Wharf Quay Reef Glacier Canyon Desert
    """
)
# Company nouns that name a public body's role ("the watchdog"): what NOT_BUSINESS_WORDS leave out is meant.
OVERSEER_NOUNS = vocabulary("regulator watchdog")
# The words of a public body's name: what "the authority" ("the local authority", "the planning authority")
# means when no body is named with "Authority".
PUBLIC_BODY_WORDS = vocabulary("Council Authority Board Commission Government Department Ministry Agency Shire "
                               "Corporation Executive Service")
# Words in a body's name that make it no business: "the airline" or "the company" is never the union.
NOT_BUSINESS_WORDS = vocabulary(
    "Union Unions Council Ministry Department Party Government Police Court Commission Association Federation "
    "Parliament Committee Tribunal Agency Authority Embassy Workers Employees"
)
# A verb after these is passive or relative, not speech by the word before ("was called").
PASSIVE_MARKERS = vocabulary("was were is are been being be which that")
# Words between a subject and its verb that are not the subject ("Officials have previously said").
# "is" and "was" only reach here before a participle ("is urging"): a passive verb is dropped first.
AUXILIARIES = vocabulary(
    """
    have has had will would also later previously earlier then today yesterday
    repeatedly publicly privately recently is are was were
    """
)
# "having their say", "a word of warning": after a determiner a speech verb is a noun.
DETERMINERS = vocabulary("their his her its our my your a an")
# Words a long role before a name may hold besides role nouns and capitals ("former senior ...").
ROLE_FILLERS = vocabulary("and former senior deputy chief principal associate acting of the a an")
# Unnamed groups that speak, by what they are ("environmental groups labelled it").
GROUP_NOUNS = vocabulary(
    """
    groups critics opponents campaigners environmentalists conservationists residents protesters unions
    experts economists scientists advocates leaders locals
    """
)
# A force or a family that speaks as one body ("police said", "the family said").
COLLECTIVES = vocabulary("police Police family families relatives Gardaí Gardai gardaí gardai")
# Words that never open an unnamed group ("what critics called").
NOT_GROUP_MODIFIERS = vocabulary("what said says say told tells")

# Who speaks for someone: "Peters' office", "a spokesperson for the council".
AGENT_HEADS = vocabulary("office|spokesperson|spokesman|spokeswoman|press secretary", sep="|")
SPOKESPERSONS = vocabulary("spokesperson spokesman spokeswoman")
SPOKESPERSON_ENDINGS = tuple(SPOKESPERSONS)  # for str.endswith, which takes a tuple: made once
# Capitalised words for a body that name none in particular: "a Garda spokesman" is "a police spokesman".
GENERIC_BODIES = vocabulary("Garda Gardaí Gardai Police Government Council Ministry Department Court Army")
# A named writer's piece speaks for its writer ("Jones' foreword for the strategy argued").
AUTHOR_NOUNS = vocabulary("foreword letter statement submission speech column post email memo op-ed affidavit evidence")
# Documents that speak ("The statement said"); phrases separated by "|".
DOCUMENTS = vocabulary(
    "statement|joint statement|letter|report|release|press release|minute|paper|briefing|submission|memo|email",
    sep="|",
)
# What an organisation issues in its own voice ("the statement added" is the company's words); a
# briefing or a report speaks as itself.
ISSUED_STATEMENTS = vocabulary("statement|press release|media release|news release|release", sep="|")
# Roles whose holder a court or crime report names by a title ("Justice Moss" is "the judge"), with
# the titles each is written as.
TITLED_ROLES: dict[str, tuple[str, ...]] = {
    "judge": ("Judge", "Justice"), "magistrate": ("Magistrate",), "coroner": ("Coroner",),
    "detective": ("Detective", "Det"), "sheriff": ("Sheriff",),
}
# What a sender writes in their own voice ("the email goes on" is its sender's words).
SENT_DOCUMENTS = vocabulary("letter email e-mail memo note statement release post tweet message")
# Cheap prechecks: the document rules are tried only where one of these words stands.
DOCUMENT_WORDS = vocabulary("statement letter report release minute paper briefing submission memo email")
# Qualifiers of a speaking document ("the Cabinet paper", "an open letter").
DOCUMENT_QUALIFIERS = vocabulary("Cabinet open joint official leaked internal")
# What a document was: "released by both governments".
DOCUMENT_PARTICIPLES = vocabulary("released published sent issued leaked obtained tabled prepared written seen")
# Someone unnamed who speaks, by what they are ("one official said", "said one woman").
UNNAMED_PEOPLE = vocabulary(
    """
    official source insider diplomat staffer adviser advisor executive resident miner woman man person local
    shopper worker parent retiree farmer voter neighbour
    """
)
# Roles that name someone unnamed only after "one", "another", "a" or "an" ("one Minister told the ABC");
# after "the" they are a role, whoever holds it ("the minister said").
UNNAMED_ROLES = vocabulary(
    """
    minister Minister backbencher MP member spokesperson spokesman spokeswoman leader officer witness juror
    student teacher nurse doctor driver passenger customer
    """
)
# Words before an unnamed person that describe them ("a senior official") and words that say whom
# they speak for, kept in the name ("a council spokesperson", "one NHS leader").
UNNAMED_DESCRIBERS = vocabulary("senior former local long-time older young elderly top")
# Someone named only by whose relative or friend they are ("the victim's boyfriend", "his mother").
KIN_NOUNS = vocabulary(
    """
    mother father mum mom dad sister brother son daughter wife husband boyfriend girlfriend fiance fiancee
    fiancé fiancée grandmother grandfather grandson granddaughter aunt uncle niece nephew cousin widow widower
    stepmother stepfather stepson stepdaughter stepsister stepbrother mother-in-law father-in-law
    sister-in-law brother-in-law daughter-in-law son-in-law great-grandmother great-grandfather friend
    relative sibling twin
    """
)
# Words before such a relative that say which one ("the biological mother", "his late wife").
KIN_DESCRIBERS = vocabulary("biological late elder older younger eldest youngest twin best close longtime long-time "
                            "former estranged grieving heartbroken distraught adoptive foster")
UNNAMED_AFFILIATIONS = vocabulary("government ministry council industry police hospital school union company")

# Verbs of a question put to someone (the words quoted after them are the question's).
# Verbs that may end a sentence after a quotation and a name without saying it: '"...," Smith died.'
NOT_SPEECH_TAILS = vocabulary("died arrived left resigned retired succeeded failed appeared returned remained "
                              "survived collapsed recovered finished started")
QUESTION_PARTICIPLES = vocabulary("asked Asked Questioned Pressed Quizzed Challenged questioned pressed")
PRESSED_VERBS = vocabulary("pressed asked questioned quizzed challenged")
PRESS_WORDS = vocabulary("pressed asked asks questioned quizzed challenged wondered")
ASKING_VERBS = vocabulary("asked asks questioned wondered")
INTERVIEWER_VERBS = vocabulary("put it to|asked|pressed|questioned|challenged|quizzed|suggested to|reminded", sep="|")
# Participles after a denial that bring back the subject's own words ("rejects that, saying ...").
SPEAKING_PARTICIPLES = vocabulary("saying calling describing adding arguing insisting labelling labeling noting "
                                  "warning claiming telling")


def alternation(words: frozenset[str]) -> str:
    """A regular-expression alternation of the words, longest first (so phrases win over their prefixes)."""
    import re

    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
