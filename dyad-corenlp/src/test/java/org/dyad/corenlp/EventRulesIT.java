package org.dyad.corenlp;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The event coder's rules, verb patterns, target rules and discards on CoreNLP's real parses, one
 * construction a row (sentences written for this test). Each row: what it shows, the sentence, the
 * events it must code and the fragments its events must not contain
 * ({@link EventSentences#assertFragments}; {@code -}: none).
 */
class EventRulesIT {
  /** Each actor by its full code. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a statement about another country's attack is an accusation | The Kenyan government said that Somali militants had shelled a border town. | KENGOV>SOMREB:112:asserted | :010:
      admitting one's own attack claims responsibility | Turkey admitted that it had bombed Syrian positions. | TUR>SYR:015:asserted | -
      a pronoun subject of a reported clause is the reporter | Egypt said it freed Sudanese prisoners. | EGY>SDN:0841:reported | -
      an appeal takes its code from what is asked and the asked act is not asserted | The Cuban government urged Venezuela to help Haiti. | CUBGOV>VEN:023:asserted VEN>HTI:070:hypothetical | -
      a protest targets the country where it takes place | Chilean students staged a protest in Paris. | CHLEDU>FRA:141:asserted | -
      a place that an action is aimed at stands for its country (visited) | The Peruvian foreign minister visited Peshawar on Monday. | PERGOV>PAK:042:asserted | -
      a place that an action is aimed at stands for its country (shelled, and a negated bombing) | Iranian soldiers shelled farms near Herat, and Pakistan did not bomb Kandahar. | IRNMIL>AFG:194:asserted | PAK>AFG:195:asserted
      a place that an action is aimed at stands for its country (arrested dozens) | Afghan police arrested dozens in Herat. | AFGCOP>AFG:173:asserted | -
      a place that an action is aimed at stands for its country (local protesters are an actor of their own) | Afghan police arrested protesters in Herat. | AFGCOP>AFGOPP:173:asserted | -
      a meeting of two named actors in a city stays between them | Peru and Chile will meet in Peshawar next week. | - | >PAK:
      what is received from someone is their action | Bolivia received humanitarian aid from Peru on Monday. | PER>BOL:073:asserted | -
      an intention inside a statement keeps its intent code | The minister said that Norway is ready to boost support for Chad. | NOR>TCD:033:reported | -
      would in reported speech is an announced intention | Ghana announced that it would release Togolese prisoners. | GHA>TGO:0353: | hypothetical
      a well known leader carries the government code | Olaf Scholz visited Poland. | DEUGOV>POL:042:asserted | -
      a leader out of office on the article's date is an elite | Angela Merkel visited Poland. | DEUELI>POL:042:asserted | DEUGOV
      victims named as non-combatants are the civilians of the place | Turkish shelling near the Syrian border town of Tal Abyad on Friday killed five villagers, two of them women. | TUR>SYRCVL:19 | TUR>SYR:
      an attorney general is a judicial office not a military rank | The Chilean attorney general met the Peruvian foreign minister on Monday. | CHLJUD>PERGOV:040:asserted | MIL
      victims named by no such noun are the place's country | Turkish shelling near the Syrian border town of Tal Abyad on Friday killed two men. | TUR>SYR:19 | SYRCVL
      an object the lemmatiser changes still matches the lexicon's word (data) | Colombia shared customs data with Ecuador in March. | COL>ECU:064:asserted | -
      calling something of another a bad thing criticises the other | The Peruvian minister called the Bolivian decision a grave mistake. | PERGOV>BOL:111:asserted | :041:
      calling someone a good thing praises them (object with a loose name) | The Kenyan president called the Ugandan envoy a close friend of Kenya. | KENGOV>UGAGOV:051:asserted | :041:
      calling someone a neutral name is no judgement and no phone call | The Chilean minister called Peru the new host of the summit. | - | :041: :051: :111:
      meeting a deadline is no meeting | The Kenyan government said it had met the deadline for the census. | - | :04
      failing to meet targets set by someone is no rejected meeting | Chile failed to meet the targets set by the Peruvian ministry. | - | :04 :12
      meeting people named by a common noun is a meeting | The Chilean president met protesters outside the palace. | CHLGOV>CHLOPP:040:asserted | -
      a complaint is addressed to whom it is made to when its topic names no one | Ghana complained to Togo about the closed border crossings. | GHA>TGO:114:asserted | -
      two sides agreeing together to an uncoded act intend to cooperate with each other | Peru and Bolivia agreed to build a new bridge over the river. | PER>BOL:030:intended BOL>PER:030:intended | -
      """)
  void codesActors(String what, String sentence, String present, String absent) {
    EventSentences.assertFragments(EventSentences.actors(sentence, LocalDate.of(2023, 5, 10)), present, absent);
  }

  /** Sides the dictionaries do not code: named by their words, or unknown ("?") when the text names no doer. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a group named by a common noun of people is an uncoded side | Iran expelled the nuclear inspectors on Monday. | IRN>[nuclear inspectors]: | -
      an uncoded doer named by a noun of people | Shepherds attacked a Peruvian army patrol on Monday. | [Shepherds]>PER | ?>
      a passive killing with no doer has an unknown source | Three Kenyan policemen were killed near the Somali border on Sunday. | ?>KENCOP: | -
      a passive arrest in a country is by its authorities | An American teacher was detained in Moscow on Friday. | RUS>USAEDU:173 | ?>
      a passive killing in a country is still by an unknown doer | Three Kenyan policemen were killed in Somalia on Sunday. | ?>KENCOP:18 | SOM>
      an active verb without a subject has no unknown doer | Bombed the bridge near Herat twice last year. | - | ?>
      a place alone is no victim of an unknown doer | Shots were fired in central Kabul on Monday. | - | ?>
      a phrase that names no one takes the name in its apposition | The famous poet, Maria Lopez, denounced the Chilean army on Monday. | [Maria Lopez]>CHLMIL:111 | -
      a rights group is a side by its words | A small rights group accused the Bolivian police of torture on Monday. | [small rights group]>BOLCOP:112 | -
      a document speaks for its issuer | The Chilean navy released a report accusing Peruvian fishermen of piracy. | CHLMIL>PERAGR:112 | -
      the doer of a reduced passive on the target | The senators denounced the threats made by the Colombian army against farmers. | [senators]>COLMIL:111 | -
      a coercive act is aimed at the place it is done in, named when it has no country | The Indian army ordered a curfew across three districts of Kashmir on Monday. | INDMIL>[Kashmir]:172 | -
      a withdrawal is aimed at the place it is made from | The African Union withdrew its observers from Darfur in March. | IGOAFRAFU>[Darfur]:08 | -
      a reply is aimed at who made the request | Peru rejected a request from the Chilean navy to search its ports. | PER>CHLMIL:12 | -
      what is demanded from someone goes to them, named by their words | The Bolivian minister demanded an apology from the ambassador on Monday. | >[ambassador]:10 | -
      what a quantity counts is the side (freed dozens of prisoners) | Rebels freed dozens of prisoners on Monday. | >[prisoners]:084 | -
      declaring a suspension of aid is the cut | The Dutch government declared an immediate suspension of all military aid to Bolivia. | NLDGOV>BOL:162 | -
      criticism faced from someone is theirs | The Kenyan government faces growing criticism from Uganda over the dam. | UGA>KENGOV:111 | -
      approving an extradition is the extradition | A Spanish court approved the extradition of a Mexican banker to Mexico. | ESPJUD>MEX:063 | -
      a ceasefire agreed by two sides is each way | Chile and Peru agreed to a ceasefire on Monday. | CHL>PER:0871 PER>CHL:0871 | -
      measures lifted are aimed at whom they were imposed on | Japan lifted the sanctions imposed on Myanmar after the vote. | JPN>MMR:08 | -
      a common noun of two words names a side (central bank) | The central bank sued a Philippine bank over the theft on Monday. | [central bank]>PHL:115 | -
      calling for sanctions against someone threatens them with sanctions | The Kenyan minister called for sanctions against Uganda on Monday. | >UGA:1312 | :020:
      a deadline given is an ultimatum | The Peruvian president gave Chile a deadline to withdraw its ships. | >CHL:139 | -
      forces mobilized are what is shown not whom it is aimed at | Chile mobilized troops for a possible war against Peru. | CHL>PER:15 | -
      what is cut goes to or with someone, also through a coordinated object | Chile suspended gas exports and trade with Bolivia last week. | CHL>BOL:16 | -
      an event no side of which has a code is no political event | The young scientists helped the farmers with their harvest on Monday. | - | :07
      a person named in the text keeps an event without codes | Maria Lopez denounced the local fishermen on Monday. | [Maria Lopez]>[local fishermen]:111 | -
      a sum given in aid is aid | The Danish government provided $5 million in assistance to Haiti. | DNKGOV>HTI:070 | -
      medicine flown into a country is aid to it | The charity flew ten tons of medicine into Yemen on Monday. | >YEM:07 | -
      a refusal of an act the lexicon does not code is aimed at who asked for it | The Kenyan court refused to consider a petition from Uganda about the two suspects. | KENJUD>UGA:12 | -
      a refusal until another acts is aimed at that other | Kenyan doctors told reporters they will not end their protest until the Kenyan health ministry pays them. | >KEN:12 | -
      people counted are a side (CoreNLP's lemma of people is person) | Kenyan police detained 18 people after the fire on Saturday. | KENCOP>[18 people]:173 | -
      an object a pattern names for its sense is still the side it is done to | A court in Kenya banned two national newspapers on Monday. | >[two national newspapers]:172 | -
      a hyphenated event noun the tokenizer splits is still the lexicon's noun | Kenya and Uganda agreed to a cease-fire on Monday. | KEN>UGA:0871 UGA>KEN:0871 | -
      a name the parser hangs under a relational noun is the side (his counterpart X) | The Kenyan president hosted his counterpart Tanzanian President Samia Suluhu in Nairobi on Sunday. | KENGOV>TZAGOV:043 | -
      money contributed to a country is economic aid | Norway contributed 20 million dollars to Colombia for the peace fund. | NOR>COL:071 | -
      a strike by a role of society is political without a country | Nurses went on strike in several hospitals on Tuesday. | HLH>-:143 | -
      yielding to demands is aimed at who made them | The Chilean president conceded to the demands of the striking miners. | CHLGOV>[striking miners]:08 | -
      """)
  void namesUncodedSides(String what, String sentence, String present, String absent) {
    EventSentences.assertFragments(EventSentences.sides(sentence, LocalDate.of(2023, 5, 10)), present, absent);
  }

  /** Each actor by its country (first three letters), where the role code is not the point. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a scheduled action keeps its own code | Chile will supply weapons to Ecuador next month. | CHL>ECU:072:intended | -
      saying what another must do is a demand by what is asked | Peru said on Monday that Chile must withdraw its troops from the border. | PER>CHL:105:asserted | :087:reported
      saying what another should do is an appeal by what is asked | The Kenyan foreign minister said Uganda should resume talks with Rwanda. | KEN>UGA:026:asserted | :040:reported
      saying what one must do oneself is no demand | Iran said it must defend its borders. | - | :100: :105:
      an obligation nobody codes is a plain demand | Ghana's president said Togo must do more. | GHA>TGO:100:asserted | -
      what is demanded from someone is demanded of them | Ghana demanded an apology from Togo on Monday. | GHA>TGO:100:asserted | -
      agreeing to do for another what nobody codes is an intent to cooperate | Norway agreed to build a fishing research station with Iceland. | NOR>ISL:030:intended | -
      an aim to do what nobody codes is no intent to cooperate | Norway hopes to share fishing data with Iceland. | - | :030:
      a show of force held jointly is military cooperation between the sides | Chile and Peru held joint naval exercises off Arica in May. | CHL>PER:062:asserted PER>CHL:062:asserted | :15
      forces sent on a peacekeeping mission are military protection | Ghana deployed 300 soldiers to Mali on a peacekeeping mission. | GHA>MLI:074:asserted | :15
      an attack made in words is criticism | The Kenyan opposition leader launched a fierce attack on the Ugandan president, calling him a dictator. | KEN>UGA:111:asserted | :19
      an attack with weapons stays an attack | Kenyan troops attacked Somali positions near the border on Monday. | KEN>SOM:19 | :111:
      ordering someone to act is a demand | The Chilean government ordered the Bolivian ambassador to leave the country. | CHL>BOL:100:asserted | -
      an action someone says they will take is an intent | Chile said it will supply weapons to Ecuador. | CHL>ECU:033: | :072:
      a target under against when the pattern names none | Armenia mobilized against Azerbaijan on Tuesday. | ARM>AZE:150:asserted | -
      a verb with a particle | The Kenyan police cracked down on Somali traders. | KEN>SOM:175:asserted | -
      breaking ties reduces relations | Turkey severed ties with Israel on Monday. | TUR>ISR:161:asserted | -
      a negated action is kept but not asserted | Peru did not sever ties with Chile. | PER>CHL:161:negated | :asserted
      peacekeepers sent are military protection | France sent peacekeepers to Mali. | FRA>MLI:074:asserted | -
      asylum granted to a group of another country | Kenya granted asylum to Ugandan dissidents. | KEN>UGA:075:asserted | -
      harsh words are criticism | Argentina castigated Britain over the islands. | ARG>GBR:111:asserted | -
      a sport result is no assault | Brazil beat Argentina in the World Cup final on Sunday. | - | :18 :19
      fighting an abstraction is no fight | Nigeria will fight corruption with help from Britain. | - | :19
      a conditional threat is hypothetical | If talks fail, Serbia could impose sanctions on Kosovo. | - | :asserted
      an event named by a noun with its source and target | Georgia condemned the Russian attack on Ukraine. | RUS>UKR:190:asserted | -
      a noun event someone only fears is not asserted | Peru fears an attack on Bolivia by Chile. | CHL>BOL:190:hypothetical | :190:asserted
      talks between two actors go both ways | Talks between Armenia and Azerbaijan began on Monday. | ARM>AZE:040:asserted AZE>ARM:040:asserted | -
      meeting a deadline is no meeting | Chile met the deadline set by Peru for the border talks. | - | :040:
      being met with criticism is no meeting | The Bolivian plan was met with criticism from Peru. | - | :040:
      releasing a report is no release of persons | Chile released a report on Peru's fisheries on Monday. | - | :084
      releasing prisoners is a release of persons | Chile released Peruvian prisoners on Monday. | CHL>PER:0841:asserted | -
      calling something a name is no telephone call | The Chilean president called the Peruvian plan a disaster. | - | :041:
      calling an election is no telephone call | The Chilean president called an early election. | - | :041:
      calling for something is an appeal | The Chilean president called for talks with Peru. | CHL>PER:020:asserted | :041:
      calling someone to discuss something is a telephone call | The Chilean president called the Peruvian president to discuss trade. | CHL>PER:041:asserted | -
      backing down is yielding not support | Chile backed down after the Peruvian protests. | CHL>-:080:asserted | :051:
      seizing a chance is no seizure | Chilean leaders urged firms to seize the chance offered by the Peruvian market. | - | :192:
      suspending a ruling is no reduction of relations | Chile suspended a ruling against Peruvian fishermen. | - | :16
      sending a telegram is a message not aid | Chile sent a telegram to Peru on Monday. | CHL>PER:010:asserted | :070:
      forces massed to defend a country protect it | Chilean soldiers have massed to defend Peru. | CHL>PER:074:asserted | :052:
      warships sent to guard a country are the sender's protection | Britain sent warships to guard Kuwait. | GBR>KWT:074:asserted | -
      defending a decision is verbal | The Chilean president defended the decision. | CHL>-:052:asserted | :074:
      """)
  void codesCountries(String what, String sentence, String present, String absent) {
    EventSentences.assertFragments(EventSentences.countries(sentence, LocalDate.of(2024, 3, 6)), present, absent);
  }
}
