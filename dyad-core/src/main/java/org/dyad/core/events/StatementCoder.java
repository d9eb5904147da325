package org.dyad.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.quotes.CueVerbs;
import org.dyad.model.ActorRef;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Quote;

/**
 * The verbal events of attributed statements, after the action verbs are coded. A statement by a
 * coded speaker about a use of force (QuadClass 4) by another country's actor is an accusation
 * (112, speaker to that actor); a speaker that claims or admits its own use of force claims
 * responsibility (015, speaker to the target). A statement that holds no coded event (of any
 * modality: "would not help" is its content too) is a plain statement (010) towards the first other
 * actor it names, or a pessimistic comment (012) when it is a warning that threatens no one
 * ("warned that the country could face a wave of refugees"); none when it is the content of the speaker's own coded verbal act (appeal, demand,
 * criticism, rejection: "called on X to ..."). A statement whose cue is "declined" or
 * "refused" ("declined to say whether") is a declined comment (011), whatever it holds.
 */
final class StatementCoder {
  /** Roots of verbal acts whose verb may cue a statement. */
  private static final java.util.Set<String> VERBAL = java.util.Set.of("02", "10", "11", "12");
  /** Words of speech that are no cue of a statement, whose refusal is a declined comment. */
  private static final java.util.Set<String> SPEECH = java.util.Set.of("comment", "elaborate", "discuss", "disclose",
      "specify", "identify", "name", "give");
  private final Events events;

  StatementCoder(Events events) {
    this.events = events;
  }

  /**
   * The verbal events of the statements; {@code gloomy} tells the warnings that threaten no one
   * ({@link Warnings#isGloomy}), which are pessimistic comments.
   */
  List<Event> code(List<Quote> quotes, List<EntityMention> entities, List<Event> actions, Predicate<Quote> gloomy) {
    List<Event> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.speaker() == null || q.speaker().actor() == null || insideDeclined(q, quotes)) {
        continue;
      }
      ActorRef speaker = new ActorRef(q.speaker().name(), q.speaker().actor());
      int[] span = {Math.min(q.start(), q.speaker().start()), Math.max(q.end(), q.speaker().end())};
      VerbDater.Dated date = new VerbDater.Dated(q.date(), q.dateSource());
      if (declines(q)) {
        out.add(events.event(speaker, firstOther(q, entities, speaker), "011", date, Modality.ASSERTED, span));
        continue;
      }
      List<Event> inside = actions.stream().filter(e -> e.start() < q.end() && q.start() < e.end()).toList();
      for (Event e : inside) {
        claim(q, speaker, e).ifPresent(code -> out.add(events.event(speaker,
            code.equals("112") ? e.source() : e.target(), code, date, Modality.ASSERTED, span)));
      }
      if (inside.isEmpty() && !appeals(speaker, span, actions)) {
        String code = gloomy.test(q) ? "012" : "010";
        out.add(events.event(speaker, firstOther(q, entities, speaker), code, date, Modality.ASSERTED, span));
      }
    }
    return out;
  }

  /** 112 when the speaker reports another's use of force, 015 when it claims its own; else none. */
  private static java.util.Optional<String> claim(Quote q, ActorRef speaker, Event e) {
    if (e.quadClass() != 4 || !e.modality().equals(Modality.REPORTED.label()) || !e.source().known()) {
      return java.util.Optional.empty();
    }
    boolean own = sameCountry(e.source().actor(), speaker.actor());
    String cue = q.cue() == null ? "" : q.cue().toLowerCase(Locale.ROOT);
    if (!own) {
      return java.util.Optional.of("112");
    }
    boolean claims = cue.startsWith("claim") || cue.startsWith("admit") || cue.startsWith("acknowledg");
    return claims && e.target() != null ? java.util.Optional.of("015") : java.util.Optional.empty();
  }

  /**
   * True when the statement is the content of a verbal act of the speaker that is coded already: an
   * appeal, demand, criticism or rejection (roots 02, 10 to 12: "called on X to increase pressure on
   * Y", "rejected the plan for Y"), whose verb is the statement's cue: that act codes it, towards whom
   * it is made, not a plain statement to Y. A threat (13) is not one: the statement of "warned that
   * it would retaliate against X" is kept beside the threat.
   */
  private static boolean appeals(ActorRef speaker, int[] span, List<Event> actions) {
    return actions.stream().anyMatch(e -> VERBAL.contains(e.root()) && e.source().sameAs(speaker)
        && e.start() < span[1] && span[0] < e.end());
  }

  /**
   * "declined to say whether", "refused to comment on": CAMEO's 011 (decline comment), when what is
   * declined is speech (a verb of saying, or one of {@link #SPEECH}); "refused to meet" refuses an
   * act, which the act's rejection codes (125).
   */
  private static boolean declines(Quote q) {
    String cue = q.cue() == null ? "" : q.cue().toLowerCase(Locale.ROOT);
    if (!cue.startsWith("declin") && !cue.startsWith("refus")) {
      return false;
    }
    String[] words = q.text().strip().toLowerCase(Locale.ROOT).split("\\s+", 3);
    String declined = words.length > 1 && words[0].equals("to") ? words[1] : words[0];
    return CueVerbs.contains(declined) || SPEECH.contains(declined);
  }

  /** "declined to say whether ...": the statement "say" opens is the one declined, no statement of its own. */
  private static boolean insideDeclined(Quote q, List<Quote> quotes) {
    return quotes.stream().anyMatch(d -> d != q && declines(d) && d.start() <= q.start() && q.end() <= d.end());
  }

  private static ActorRef firstOther(Quote q, List<EntityMention> entities, ActorRef speaker) {
    for (EntityMention e : entities) {
      if (e.start() >= q.start() && e.end() <= q.end() && e.actor() != null && !sameCountry(e.actor(), speaker.actor())) {
        return new ActorRef(e.name(), e.actor());
      }
    }
    return null;
  }

  static boolean sameCountry(String a, String b) {
    return a != null && b != null && a.length() >= 3 && b.length() >= 3 && a.substring(0, 3).equals(b.substring(0, 3));
  }
}
