package org.dyad.model.nlp;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A sentence's dependency arcs, indexed once by governor and by dependent, so that a token's
 * dependents and its head are found without scanning the sentence. It is the list a {@link Sentence}
 * holds: immutable, no null arcs, and equal to (and hashing as) any list of the same arcs in the same
 * order, so the records holding it compare as before.
 */
final class Arcs extends AbstractList<Dependency> implements RandomAccess {
  private final List<Dependency> arcs;
  /** Each governor's arcs in dependent order (arcs to the same dependent in list order). */
  private final Map<Integer, List<Dependency>> byGovernor;
  /** Each dependent's first arc in list order. */
  private final Map<Integer, Dependency> byDependent;

  private Arcs(List<Dependency> arcs) {
    this.arcs = List.copyOf(arcs);
    Map<Integer, List<Dependency>> children = new HashMap<>();
    Map<Integer, Dependency> heads = new HashMap<>();
    for (Dependency d : this.arcs) {
      children.computeIfAbsent(d.governor(), g -> new ArrayList<>()).add(d);
      heads.putIfAbsent(d.dependent(), d);
    }
    children.replaceAll((g, list) -> {
      list.sort(Comparator.comparingInt(Dependency::dependent));
      return List.copyOf(list);
    });
    this.byGovernor = Map.copyOf(children);
    this.byDependent = Map.copyOf(heads);
  }

  /** The arcs as an indexed list; an {@code Arcs} is returned as it is. */
  static Arcs of(List<Dependency> arcs) {
    return arcs instanceof Arcs indexed ? indexed : new Arcs(arcs);
  }

  /** The arcs governed by a token, in dependent order; empty when none. */
  List<Dependency> children(int token) {
    return byGovernor.getOrDefault(token, List.of());
  }

  /** The first arc whose dependent is the token, or null. */
  Dependency head(int token) {
    return byDependent.get(token);
  }

  @Override
  public Dependency get(int index) {
    return arcs.get(index);
  }

  @Override
  public int size() {
    return arcs.size();
  }
}
