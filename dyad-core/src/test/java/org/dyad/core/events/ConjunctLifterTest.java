package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which verbs are speech acts that a reporter's conjunct may be (the quote stage's cue verbs and the stance acts). */
class ConjunctLifterTest {
  @ParameterizedTest
  @ValueSource(strings = {"say", "add", "ask", "urge", "call", "accuse", "blame", "warn", "demand", "deny", "reject",
      "criticize", "criticise", "condemn", "praise", "welcome", "announce", "insist", "stress", "tell", "appeal", "invite",
      "threaten", "vow", "promise", "pledge", "note", "complain", "dismiss", "thank", "request", "denounce", "suggest"})
  void cueVerbsAndStanceActsAreSpeechActs(String lemma) {
    assertTrue(ConjunctLifter.isSpeechAct(lemma), lemma);
  }

  @ParameterizedTest
  @ValueSource(strings = {"shell", "expel", "meet", "withdraw", "open", "leave", "sign"})
  void actsThatAreNoSpeechAreNot(String lemma) {
    assertFalse(ConjunctLifter.isSpeechAct(lemma), lemma);
  }
}
