package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.ActorRef;
import org.dyad.model.Event;

/**
 * Merges reports of one event across articles: events with the same date, code, modality (asserted
 * and reported count as one: both say it happened), source
 * and target are one event, where an actor matches the same actor at another level ({@code RUS} and
 * {@code RUSGOV}: one code is a prefix of the other). The merged record keeps the most specific
 * codes seen, counts the mentions and lists the articles, like GDELT's NumMentions but per event.
 * Events without a date merge only with undated events of the same article.
 */
public final class EventMerger {
  /** One report: an event and the article it came from. */
  public record Report(String articleId, Event event) {
    public Report {
      requireNonNull(articleId, "articleId is null");
      requireNonNull(event, "event is null");
    }
  }

  private static final class Group {
    Event event;
    int mentions;
    final Set<String> articles = new LinkedHashSet<>();
  }

  private static final Set<String> HAPPENED = Set.of("asserted", "reported");

  private EventMerger() {}

  /** The merged events in order of first report. */
  public static List<MergedEvent> merge(List<Report> reports) {
    requireNonNull(reports, "reports is null");
    List<Group> groups = new ArrayList<>();
    Map<String, List<Group>> byDayAndCode = new HashMap<>(); // only these can merge: no scan over every group
    for (Report r : reports) {
      List<Group> candidates = byDayAndCode.computeIfAbsent(r.event().date() + "|" + r.event().code(), k -> new ArrayList<>());
      Group g = candidates.stream().filter(x -> same(x, r)).findFirst().orElse(null);
      if (g == null) {
        g = new Group();
        g.event = r.event();
        groups.add(g);
        candidates.add(g);
      } else {
        g.event = moreSpecific(g.event, r.event());
      }
      g.mentions++;
      g.articles.add(r.articleId());
    }
    return groups.stream().map(g -> new MergedEvent(g.event, g.mentions, List.copyOf(g.articles))).toList();
  }

  private static boolean same(Group g, Report r) {
    Event a = g.event;
    Event b = r.event();
    boolean dated = a.date() != null && b.date() != null;
    boolean sameDay = dated ? a.date().equals(b.date()) : a.date() == null && b.date() == null && g.articles.contains(r.articleId());
    return sameDay && a.code().equals(b.code()) && sameModality(a.modality(), b.modality())
        && sameActor(a.source(), b.source()) && sameActor(a.target(), b.target());
  }

  /** Asserted and reported (told inside a statement) both say the event happened; others must be equal. */
  static boolean sameModality(String a, String b) {
    return a.equals(b) || HAPPENED.contains(a) && HAPPENED.contains(b);
  }

  /** The same actor, allowing another level: one code is a prefix of the other. Unknown actors never match. */
  static boolean sameActor(ActorRef a, ActorRef b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    String x = a.actor();
    String y = b.actor();
    return x != null && y != null && (x.startsWith(y) || y.startsWith(x));
  }

  /** The event with the longer (more specific) actor codes; the first on a tie. */
  private static Event moreSpecific(Event kept, Event other) {
    return length(other) > length(kept) ? other : kept;
  }

  private static int length(Event e) {
    return codeLength(e.source()) + codeLength(e.target());
  }

  private static int codeLength(ActorRef r) {
    return r == null || r.actor() == null ? 0 : r.actor().length();
  }
}
