package org.dyad.core.entities;

import java.io.StringReader;
import java.util.List;

/** For tests of other packages: a role table as the entity stage reads it. */
public final class TsvTableAccess {
  private TsvTableAccess() {}

  /** The phrases of a role table's text, after the role lexicon has read and checked it. */
  public static List<String> rolePhrases(String text) {
    TsvTable t = TsvTable.parse("test.tsv", new StringReader(text), "phrase", "role", "kinds");
    RoleLexicon roles = RoleLexicon.from(t);
    return t.rows().stream().map(r -> r.get(0)).filter(p -> roles.get(p) != null).toList();
  }
}
