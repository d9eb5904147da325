package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.core.testing.ParsedText;
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
  private static final ParsedText COMPLEMENT = ParsedText.of("Chile freed the mayor detained in May")
      .verb("freed", "free").tag("detained", "VBN", "detain").tag("in", "IN")
      .dep("freed", "nsubj", "Chile").dep("mayor", "det", "the").dep("detained", "nsubj", "mayor")
      .dep("freed", "xcomp", "detained").dep("May", "case", "in").dep("detained", "obl", "May");

  private static Roles roles(ParsedText p, String verb, VerbPattern pattern) {
    Annotation a = p.build();
    int v = p.index(verb);
    return Roles.of(a, v, Roles.object(a, v), pattern);
  }

  @Test
  void theSubjectOfAParticipleComplementIsTheVerbsPatient() {
    assertEquals(COMPLEMENT.index("mayor"), Roles.object(COMPLEMENT.build(), COMPLEMENT.index("freed")));
    assertEquals(new Roles(COMPLEMENT.index("Chile"), COMPLEMENT.index("mayor")), roles(COMPLEMENT, "freed", FREE));
  }

  @Test
  void theSubjectOfABareParticipleIsItsPatientNotItsAgent() {
    assertEquals(new Roles(-1, COMPLEMENT.index("mayor")), roles(COMPLEMENT, "detained", DETAIN));
  }

  @Test
  void theSubjectOfAParticipleClauseSubjectIsThePassivesPatient() {
    ParsedText p = ParsedText.of("The prisoners held since May were freed by Chile")
        .tag("held", "VBN", "hold").tag("were", "VBD", "be").tag("freed", "VBN", "free").tag("by", "IN")
        .dep("prisoners", "det", "The").dep("held", "nsubj", "prisoners").dep("freed", "csubj:pass", "held")
        .dep("May", "case", "since").dep("held", "obl", "May").dep("freed", "aux:pass", "were")
        .dep("Chile", "case", "by").dep("freed", "obl", "Chile");
    assertEquals(p.index("prisoners"), Roles.object(p.build(), p.index("freed")));
    assertEquals(new Roles(p.index("Chile"), p.index("prisoners")), roles(p, "freed", FREE));
  }

  @Test
  void aDirectObjectOrAnAuxiliaryKeepsTheOrdinaryReading() {
    // "Chile freed the mayor Peru detained", with "mayor" an object: the complement clause does not replace it
    ParsedText object = ParsedText.of("Chile freed the mayor Peru detained").verb("freed", "free")
        .tag("detained", "VBN", "detain").dep("freed", "nsubj", "Chile").dep("mayor", "det", "the")
        .dep("freed", "obj", "mayor").dep("detained", "nsubj", "Peru").dep("freed", "xcomp", "detained");
    assertEquals(object.index("mayor"), Roles.object(object.build(), object.index("freed")));
    // "Chile said Peru had detained the mayor": a participle with its auxiliary is a clause, its subject the doer
    ParsedText perfect = ParsedText.of("Chile said Peru had detained the mayor").verb("said", "say").verb("had", "have")
        .tag("detained", "VBN", "detain").dep("said", "nsubj", "Chile").dep("said", "xcomp", "detained")
        .dep("detained", "nsubj", "Peru").dep("detained", "aux", "had").dep("mayor", "det", "the")
        .dep("detained", "obj", "mayor");
    assertEquals(-1, Roles.object(perfect.build(), perfect.index("said")));
    assertEquals(new Roles(perfect.index("Peru"), perfect.index("mayor")), roles(perfect, "detained", DETAIN));
  }

  /** "Bolivia sued Chile in a Lima court against X" shapes: a complement hung under the venue's noun. */
  private static ParsedText venue(String venuePrep) {
    return ParsedText.of("Bolivia filed a claim " + venuePrep + " a court against the Chilean minister")
        .verb("filed", "file").tag(venuePrep, "IN").tag("against", "IN")
        .dep("filed", "nsubj", "Bolivia").dep("claim", "det", "a").dep("filed", "obj", "claim")
        .dep("court", "case", venuePrep).dep("court", "det", "a").dep("filed", "obl:" + venuePrep, "court")
        .dep("minister", "case", "against").dep("minister", "det", "the").dep("minister", "amod", "Chilean")
        .dep("court", "nmod:against", "minister");
  }

  @Test
  void aComplementHungUnderTheVenueIsTheVerbsComplement() {
    VerbPattern claimAgainst = new VerbPattern("file", "claim", "against", "115");
    ParsedText in = venue("in");
    assertEquals(new Roles(in.index("Bolivia"), in.index("minister")), roles(in, "filed", claimAgainst));
    Annotation a = in.build();
    assertEquals(in.index("minister"),
        Roles.firstOblique(a, in.index("filed"), in.index("claim"), java.util.List.of("against", "with")));
  }

  @Test
  void aComplementUnderAnotherNounIsNoComplementOfTheVerb() {
    // "Bolivia filed a claim near a court against ...": "near" marks no venue the act is done at
    ParsedText near = venue("near");
    Annotation a = near.build();
    assertEquals(-1, Roles.firstOblique(a, near.index("filed"), near.index("claim"), java.util.List.of("against")));
  }
}
