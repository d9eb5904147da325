package org.dyad.eval.dedup;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dyad.core.clean.Cleaner;
import org.dyad.model.CleanedArticle;
import org.dyad.model.ContentType;
import org.dyad.model.RawDocument;

/**
 * The duplicate-pair evaluation set: a corpus as read, plus for each of its articles one edited
 * copy per {@link Edit}, in an order shuffled by the seed. Two documents are duplicates when they tell
 * the same story; different stories (many on the same topic) are the negatives.
 *
 * @param entries every document with its story and how it was made
 * @param seed the seed of the edits and the order
 */
public record DuplicateSet(List<Entry> entries, long seed) {
  /** One document of the set. */
  public record Entry(String story, Edit edit, RawDocument document) {
    public Entry {
      requireNonNull(story, "story is null");
      requireNonNull(edit, "edit is null");
      requireNonNull(document, "document is null");
    }
  }

  public DuplicateSet {
    entries = List.copyOf(entries);
  }

  /**
   * @param corpus the articles as read (those that clean to no text are left out)
   * @param cleaner cleans the originals, to make copies from their text
   * @param knownCopies copies already in the corpus: the copy's id to its original's id
   */
  public static DuplicateSet build(List<RawDocument> corpus, Cleaner cleaner, Map<String, String> knownCopies, long seed) {
    Random random = new Random(seed);
    List<CleanedArticle> cleaned = new ArrayList<>();
    List<RawDocument> originals = new ArrayList<>();
    for (RawDocument d : corpus) {
      CleanedArticle c = cleaner.clean(d);
      if (!c.text().isBlank()) {
        cleaned.add(c);
        originals.add(d);
      }
    }
    List<String> headlines = cleaned.stream().map(DuplicateSet::headline).toList();
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < cleaned.size(); i++) {
      CleanedArticle c = cleaned.get(i);
      String story = knownCopies.getOrDefault(c.id(), c.id());
      entries.add(new Entry(story, Edit.ORIGINAL, originals.get(i)));
      List<String> others = new ArrayList<>(headlines);
      others.remove(i);
      CopyEditor editor = new CopyEditor(random, others);
      List<String> paragraphs = List.of(c.text().split("\n\n"));
      for (Edit edit : Edit.values()) {
        if (edit != Edit.ORIGINAL) {
          String id = "copy-" + edit.name().toLowerCase(Locale.ROOT) + "-" + c.id();
          String page = editor.copy(headline(c), paragraphs, edit);
          entries.add(new Entry(story, edit, new RawDocument(id, "dedup-eval", null, null, null, page, ContentType.TEXT, List.of())));
        }
      }
    }
    Collections.shuffle(entries, random);
    return new DuplicateSet(entries, seed);
  }

  private static String headline(CleanedArticle c) {
    if (c.title() != null && !c.title().isBlank()) {
      return c.title();
    }
    String lead = c.text().split("\n\n")[0];
    return lead.substring(0, Math.min(lead.length(), 60));
  }
}
