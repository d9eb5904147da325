package org.dyad.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who an event belongs to when the parse or the phrase misleads: a speaker's own act coordinated
 * into the clause it reports, an actor inside a relational phrase ("Russia's allies"), a country
 * that hosts counted people rather than visitors (sentences written for this test).
 */
class EventAttachmentIT {
  private static final LocalDate DAY = LocalDate.of(2023, 5, 10);

  /**
   * Each row: what it shows, the sentence, the events it must code and the fragments its events must
   * not contain, each actor by its full code ({@link EventSentences#assertFragments}; {@code -}: none).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", textBlock = """
      a speech act joined after the reported clause belongs to the speaker | The Peruvian foreign minister said on Monday that Chileans should decide their own future through a referendum, and accused Bolivia of meddling in the vote. | PERGOV>BOL:112:asserted | CHL>BOL
      a judging cue verb joined after a reported past clause belongs to the speaker | The Kenyan foreign minister said on Monday that Somalia had postponed the elections, and denounced Ethiopia for its border raids. | KENGOV>ETH:111:asserted | SOM>ETH
      an ask joined after a reported copula clause takes the speaker's subject | The Mexican president said on Friday that Mexico was on course to finish the census by June, but asked the Mexican army to prepare plans for a delay. | MEXGOV>MEXMIL:020:asserted | MEX>MEXMIL
      a speech act joined to a statement of a pronoun takes the resolved speaker | Chilean Defence Minister Ana Rojas spoke in Santiago on Monday. She said that Chile was ready to act, and accused Peru of planning an attack on its ports. | CHLMIL>PER :1123:asserted | CHL>PER:112
      a true conjunct of the reported clause keeps its inner subject (no comma, same form) | The Kenyan foreign minister said Russia would withdraw its troops and meet Ukraine. | RUS>UKR:04 | KENGOV>UKR:04
      a true conjunct of the reported clause keeps its inner subject (same past form, no speech act) | The Kenyan foreign minister said that Russia expelled Ukrainian diplomats last year, and shelled Ukrainian ports. | - | KENGOV>UKR:19
      an actor inside a relational phrase is not its actor (allies) | Russia's allies condemned the Georgian government. | - | RUS
      an actor inside a relational phrase is not its actor (neighbours) | Foreign ministers of Brazil's neighbouring countries condemned the Venezuelan government. | - | BRA
      an actor inside a relational phrase is not its actor (critics) | Critics of the Turkish government condemned Greece. | - | TUR
      an actor heading or possessing an ordinary phrase stays its actor | Russia's foreign minister condemned the Georgian government. | RUSGOV>GEOGOV:111:asserted | -
      who is blamed is the target not what for (blamed X for Y) | Chile blamed Peru for the blackout. | CHL>PER:112:asserted | -
      who is blamed is the target not what for (blamed Y on X) | Chile blamed the blackout on Peru. | CHL>PER:112:asserted | -
      a call on someone parsed as a particle is still an appeal | Chilean minister Ana Rojas called on Brazil to provide economic assistance to Haiti. | CHLGOV>BRA:023:asserted BRA>HTI:070:hypothetical | :041:
      the one called on to act is the source of the asked act | Kenyan spokesman Paul Otieno called on the United States to provide economic and humanitarian assistance to Somalia, and urged Washington to lift its sanctions against the country. | USA>SOM:070:hypothetical | KENGOV>SOM:070
      hosting counted people is no visit (Syrians) | Jordan already hosts about two million Syrians. | - | :043: :042:
      hosting counted people is no visit (refugees) | Lebanon hosts thousands of Syrian refugees. | - | :043:
      hosting counted officials is a visit | Jordan hosted two Syrian officials on Monday. | JOR>SYRGOV:043:asserted SYRGOV>JOR:042:asserted | -
      a noun before a bare participle is what was done to not the doer | Ecuadorian police freed a Peruvian mayor, a veteran union organiser arrested in March. | - | PERGOV>
      a simple past tagged as participle at the root keeps its subject | Chile freed 30 Peruvian fishermen on Monday. | - | >CHL
      a date is no complement of a pattern (a call on Friday is a phone call) | The Chilean president called the Peruvian president on Friday to discuss the floods. | CHLGOV>PERGOV:041:asserted | :020:
      two officials of one government named apart are two sides | The Kenyan prime minister John Mwangi rejected a proposal by Interior Minister Paul Otieno on Monday. | KENGOV>KENGOV:12 | -
      one person named twice is no second side | Vladimir Putin said on Monday that Putin would meet Ukraine. | - | RUSGOV>RUSGOV
      what a counted object counts is the pattern's object | Chile returned hundreds of looted artifacts to Peru in May. | CHL>PER:0842:asserted | -
      """)
  void attaches(String what, String sentence, String present, String absent) {
    EventSentences.assertFragments(EventSentences.actors(sentence, DAY), present, absent);
  }

  @Test
  void theSpeakersActJoinedToTheStatementTakesTheStatementsDate() {
    String dates = EventSentences.events("The Mexican president said on Friday that Mexico was on course to finish the"
        + " census by June, but asked the Mexican army to prepare plans for a delay.", DAY, "020").stream()
        .map(Event::date).toList().toString();
    assertTrue(dates.equals("[2023-05-05]"), dates);
  }
}
