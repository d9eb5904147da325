package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.nlp.Annotation;
import org.junit.jupiter.api.Test;

/**
 * Roles over hand-made parses of the shapes the parser gives a noun with a reduced passive clause:
 * the noun under the participle as its subject, the participle hung as the complement (xcomp) or the
 * clausal subject (csubj:pass) of the verb that acts on the noun.
 */
class RolesTest {
  private static final VerbPattern FREE = new VerbPattern("free", "*", null, "0841");
  private static final VerbPattern DETAIN = new VerbPattern("detain", "*", null, "173");

  /** "Chile freed the mayor detained in May", the participle a complement of "freed" with "mayor" its subject. */
  private static final Annotation COMPLEMENT = HandParse.of(
      "Chile/chile/NNP freed/free/VBD the/the/DT mayor/mayor/NN detained/detain/VBN in/in/IN May/may/NNP", "1 nsubj 0", "3 det 2", "4 nsubj 3", "1 xcomp 4", "6 case 5", "4 obl 6");

  @Test
  void theSubjectOfAParticipleComplementIsTheVerbsPatient() {
    assertEquals(3, Roles.object(COMPLEMENT, 1));
    assertEquals(new Roles(0, 3), Roles.of(COMPLEMENT, 1, Roles.object(COMPLEMENT, 1), FREE));
  }

  @Test
  void theSubjectOfABareParticipleIsItsPatientNotItsAgent() {
    assertEquals(new Roles(-1, 3), Roles.of(COMPLEMENT, 4, Roles.object(COMPLEMENT, 4), DETAIN));
  }

  @Test
  void theSubjectOfAParticipleClauseSubjectIsThePassivesPatient() {
    // "The prisoners held since May were freed by Chile"
    Annotation a = HandParse.of("The/the/DT prisoners/prisoner/NNS held/hold/VBN since/since/IN May/may/NNP"
        + " were/be/VBD freed/free/VBN by/by/IN Chile/chile/NNP",
        "1 det 0", "2 nsubj 1", "6 csubj:pass 2", "4 case 3", "2 obl 4", "6 aux:pass 5", "8 case 7", "6 obl 8");
    assertEquals(1, Roles.object(a, 6));
    assertEquals(new Roles(8, 1), Roles.of(a, 6, Roles.object(a, 6), FREE));
  }

  @Test
  void aDirectObjectOrAnAuxiliaryKeepsTheOrdinaryReading() {
    // "Chile freed the mayor, who was detained", with "mayor" an object: the complement clause does not replace it
    Annotation object = HandParse.of("Chile/chile/NNP freed/free/VBD the/the/DT mayor/mayor/NN Peru/peru/NNP"
        + " detained/detain/VBN", "1 nsubj 0", "3 det 2", "1 obj 3", "5 nsubj 4", "1 xcomp 5");
    assertEquals(3, Roles.object(object, 1));
    // "Chile said Peru had detained the mayor": a participle with its auxiliary is a clause, its subject the doer
    Annotation perfect = HandParse.of("Chile/chile/NNP said/say/VBD Peru/peru/NNP had/have/VBD detained/detain/VBN"
        + " the/the/DT mayor/mayor/NN", "1 nsubj 0", "1 xcomp 4", "4 nsubj 2", "4 aux 3", "6 det 5", "4 obj 6");
    assertEquals(-1, Roles.object(perfect, 1));
    assertEquals(new Roles(2, 6), Roles.of(perfect, 4, Roles.object(perfect, 4), DETAIN));
  }
}
