package org.dyad.core.entities;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.entities.RoleLexicon.Attachment;
import org.dyad.core.entities.RoleLexicon.Role;

/**
 * The parts of one agent phrase as {@link AgentPhraseMatcher} reads them, over tokens
 * {@code [first, end)}: the agents in text order around the head agent, the actor, and "former".
 */
final class AgentPhrase {
  int first;
  int end;
  String actor;
  String country;
  String actorName;
  boolean actorFromLeft;
  boolean former;
  final List<Role> left = new ArrayList<>();
  final Role head;
  final List<Role> right = new ArrayList<>();

  AgentPhrase(RoleLexicon.Match g) {
    first = g.first();
    end = g.end();
    head = g.role();
  }

  void setActor(String code, String country, String name) {
    this.actor = code;
    this.country = country;
    this.actorName = name;
    this.actorFromLeft = true;
  }

  /** The actor, "former" and left agents of a phrase coordinated before this one. */
  void shareLeft(AgentPhrase sibling) {
    if (sibling.actor != null) {
      setActor(sibling.actor, sibling.country, sibling.actorName);
      left.addAll(0, sibling.left);
      former |= sibling.former;
    }
  }

  /** The actor of a phrase coordinated after this one, when it came after its agent ("... in Ruritania"). */
  void shareRight(AgentPhrase sibling) {
    if (sibling.actor != null && !sibling.actorFromLeft) {
      setActor(sibling.actor, sibling.country, sibling.actorName);
    }
  }

  String actorName(EntityDictionaries d) {
    if (actorName != null) {
      return actorName;
    }
    String n = country == null ? null : d.countries().name(country);
    return n != null ? n : actor;
  }

  /**
   * The actor's code with the agents' codes: those marked {@code CODE~} before it, the others after
   * it in text order, no three-letter block twice; after "former" the agents give only ELI.
   */
  String code() {
    List<Role> all = new ArrayList<>(left);
    all.add(head);
    all.addAll(right);
    String code = actor;
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).attachment() == Attachment.BEFORE) {
        code = join(all.get(i).role(), code, true);
      }
    }
    if (former) {
      return join("ELI", code, false);
    }
    for (Role r : all) {
      if (r.attachment() != Attachment.BEFORE) {
        code = join(r.role(), code, false);
      }
    }
    return code;
  }

  private static String join(String role, String code, boolean inFront) {
    StringBuilder added = new StringBuilder();
    for (int i = 0; i + 3 <= role.length(); i += 3) {
      String block = role.substring(i, i + 3);
      if (!hasBlock(code, block)) {
        added.append(block);
      }
    }
    return inFront ? added + code : code + added;
  }

  private static boolean hasBlock(String code, String block) {
    for (int i = 0; i + 3 <= code.length(); i += 3) {
      if (code.startsWith(block, i)) {
        return true;
      }
    }
    return false;
  }
}
