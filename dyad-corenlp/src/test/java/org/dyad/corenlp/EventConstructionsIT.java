package org.dyad.corenlp;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Refusals, intentions and appeals, empathy, host and visit, casualties of an attack named by a
 * noun, what an accusation is of, pronoun actors and reduced passive clauses, on CoreNLP's real parses (sentences written for this test). Each actor is written by its
 * country (first three letters), as the role code is not the point here.
 */
class EventConstructionsIT {
  /**
   * Each row: what it shows, the sentence, the events it must code and the fragments its events must
   * not contain ({@link EventSentences#assertFragments}; {@code -}: none).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      refusing to meet is a rejected meeting | Peru refused to meet Chilean officials on Tuesday. | PER>CHL:125:asserted | :040: :120:
      a negated future release is a refusal to release | Bolivia will not release the Peruvian prisoners. | BOL>PER:1243:asserted | :0841: :0353:
      declining to sign an agreement rejects it | Ecuador declined to sign the agreement with Colombia. | ECU>COL:127:asserted | :057:
      not being ready to send aid refuses aid | Norway is not ready to send aid to Chad. | NOR>TCD:122:asserted | -
      a negated past act stays negated | Kenya did not meet Uganda last week. | KEN>UGA:040:negated | :12
      a negated future use of force is no rejection | Paraguay will not attack Bolivia. | - | :12 :asserted
      a conditional refusal is not asserted | Mali would not lift sanctions on Niger if the talks failed. | - | :asserted
      wanting to help is an intent not an appeal | Ghana wants to help Togo. | GHA>TGO:033: | :020:
      wanting someone to help is an appeal for aid | Ghana wants Nigeria to help Togo. | GHA>NGA:023:asserted NGA>TGO:070:hypothetical | -
      urging talks with a third actor is an appeal to meet | Brazil urged Argentina to end the dispute and to hold talks with Uruguay. | BRA>ARG:026:asserted | BRA>URY ARG>URY:040:asserted
      calling on a country to act is an appeal not a statement | The Spanish foreign minister called on Morocco to free Spanish fishermen. | ESP>MAR:025:asserted | :010:
      condolences to a country are empathy | The Canadian prime minister expressed condolences to Japan on Friday. | CAN>JPN:018:asserted | -
      sorrow over an event in a city is empathy with its country | Italy expressed sorrow over the shooting in Kharkiv. | ITA>UKR:018:asserted | -
      hosting a visitor also codes the visit | Egypt hosted the Jordanian foreign minister on Sunday. | EGY>JOR:043:asserted JOR>EGY:042:asserted | -
      a visit does not code the host | The Jordanian foreign minister visited Egypt on Sunday. | JOR>EGY:042:asserted | :043:
      hosting a population is no visit | Jordan hosts more than one million Syrians. | - | :042:
      soldiers killed in shelling are its target | Three Syrian soldiers were killed in Turkish shelling on Monday. | TUR>SYR:194:asserted | -
      dying in an air strike by forces named after it | Two Afghan policemen died in an air strike by American forces. | USA>AFG:195:asserted | -
      wounded in a rocket attack by rebels | Five Iraqi soldiers were wounded in a rocket attack by Syrian rebels. | SYR>IRQ:194:asserted | -
      not giving permission is a refusal to yield | Peru will not give permission to Chilean warships to enter its ports. | PER>CHL:124: | :080:
      the content of an appeal is no statement to whom it names | The Ukrainian president called on European partners to increase pressure on Moscow. | - | :010:
      declining to say is a declined comment | The Turkish foreign minister declined to say whether Ankara would recognise the new government. | TUR>-:011:asserted | :010:
      an act that is the purpose of summoning someone is done by the one who summons, to the one summoned | Estonia summoned the Russian ambassador to protest against the airspace violation. | EST>RUS: | RUS>EST
      coordinated countries that agree to an act do it to each other | Kenya and Uganda agreed to hold talks on water sharing. | KEN>UGA:036:intended UGA>KEN:036:intended | -
      refusing to receive an envoy rejects the meeting | The Kenyan foreign minister refused to receive the Ugandan envoy. | KEN>UGA:125:asserted | :043: :042:
      rejecting a plan is no statement about what it names | Hungary rejected the peace plan for Ukraine. | HUN>UKR:127:asserted | :010:
      a telephone conversation of two leaders is a telephone discussion each way | Chilean President Ana Rojas and Peruvian President Luis Soto held a telephone conversation on Monday. | CHL>PER:041:asserted PER>CHL:041:asserted | -
      an accusation of spying is one of espionage | Chile on Monday accused Peru of spying on its navy. | CHL>PER:1125:asserted | -
      blame for war crimes is an accusation of war crimes | Bolivia blamed Peru for war crimes in the border war. | BOL>PER:1124:asserted | -
      the longest listed words decide the sub-code | Argentina accused Brazil of committing crimes against humanity. | ARG>BRA:1124:asserted | :1121:
      an accusation of something unlisted stays an accusation | Ecuador accused Colombia of meddling in its election. | ECU>COL:112:asserted | :1121: :1122: :1123: :1124: :1125:
      a pronoun subject is the last person of its gender named before | Kenyan Foreign Minister Ruth Achieng spoke in Nairobi on Monday. She condemned the Ugandan government over the border raid. | KEN>UGA:111:asserted | -
      a pronoun after a sentence adverb is still the person | Brazilian President Carlos Mendes arrived in Lima on Friday. Later he accused Bolivia of arming smugglers. | BRA>BOL:112:asserted | -
      a pronoun of the other gender than everyone named is no actor | Chilean Foreign Minister Ana Rojas met reporters in Santiago on Monday. He accused Bolivia of meddling. | - | CHL>BOL
      wanting a state of affairs is a wish not an appeal | `"We want a peaceful and united Bolivia," the Peruvian president said on Monday.` | - | PER>BOL:02
      a participle clause under the verb is its patient not the doer | Turkey on Tuesday freed the mayor of the Syrian border town of Azaz, a member of a Kurdish party detained in March, Syrian officials said. | TUR>SYR:0841:reported | SYR>SYR:173
      a participle clause as the passive subject is the patient | The Pakistani civilians arrested for crossing the border were released on Friday by the Indian government. | IND>PAK:0841:asserted | PAK>
      """)
  void codes(String what, String sentence, String present, String absent) {
    EventSentences.assertFragments(EventSentences.countries(sentence, LocalDate.of(2025, 4, 2)), present, absent);
  }
}
