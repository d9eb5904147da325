package org.dyad.eval.dedup;

import static java.util.Objects.requireNonNull;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Makes an edited copy of an article's headline and paragraphs, as a syndicating site or a
 * scraper would: other furniture, paragraphs moved, a sentence cut, another headline, other spacing.
 * The random source is given, so a seed fixes the whole set.
 */
final class CopyEditor {
  private static final List<String> TOP = List.of("Skip to main content", "Home | World | Business | Sport", "Latest news",
      "Advertisement", "Sign in", "Menu", "All news", "Breaking");
  private static final List<String> BOTTOM = List.of("Share this post", "Follow us on social media", "Read more", "Tags: World, Politics",
      "Copyright 2021 World Desk Syndication", "Comments are closed.", "Subscribe to our newsletter");
  private static final Pattern DATELINE = Pattern.compile("^.{0,60}?(?: - | -- | \u2014 | \u2013 |/TASS/\\. |\\): )");
  private final Random random;
  private final List<String> otherHeadlines;

  /** @param otherHeadlines headlines of other stories, for "related stories" furniture */
  CopyEditor(Random random, List<String> otherHeadlines) {
    this.random = requireNonNull(random, "random is null");
    this.otherHeadlines = List.copyOf(otherHeadlines);
  }

  /** The copy as a plain-text page. */
  String copy(String headline, List<String> paragraphs, Edit edit) {
    List<String> body = new ArrayList<>(paragraphs);
    String title = headline;
    boolean all = edit == Edit.ALL;
    if (edit == Edit.REORDER || all) {
      reorder(body);
    }
    if (edit == Edit.DROP_SENTENCE || all) {
      dropSentence(body);
    }
    if (edit == Edit.HEADLINE || all) {
      title = otherHeadline(body.get(0), headline);
    }
    List<String> blocks = new ArrayList<>();
    if (edit == Edit.FURNITURE || all) {
      blocks.add(pick(TOP, 2 + random.nextInt(2)));
    }
    blocks.add(title);
    blocks.addAll(body);
    if (edit == Edit.FURNITURE || all) {
      blocks.add("Related stories\n" + pick(otherHeadlines, 2));
      blocks.add(pick(BOTTOM, 2 + random.nextInt(2)));
    }
    String page = String.join("\n\n", blocks);
    return edit == Edit.WHITESPACE || all ? respace(page) : page;
  }

  private void reorder(List<String> body) {
    if (body.size() >= 3) {
      int i = 1 + random.nextInt(body.size() - 2);
      String p = body.get(i);
      body.set(i, body.get(i + 1));
      body.set(i + 1, p);
    }
  }

  private void dropSentence(List<String> body) {
    List<int[]> candidates = new ArrayList<>();
    for (int p = 0; p < body.size(); p++) {
      List<String> s = sentences(body.get(p));
      for (int k = p == 0 ? 1 : 0; k < s.size(); k++) {
        candidates.add(new int[] {p, k});
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    int[] c = candidates.get(random.nextInt(candidates.size()));
    List<String> s = new ArrayList<>(sentences(body.get(c[0])));
    s.remove(c[1]);
    if (s.isEmpty()) {
      body.remove(c[0]);
    } else {
      body.set(c[0], String.join(" ", s).strip());
    }
  }

  private static List<String> sentences(String paragraph) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    it.setText(paragraph);
    List<String> out = new ArrayList<>();
    for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = paragraph.substring(start, end).strip();
      boolean continues = !s.isEmpty() && !out.isEmpty() && !Character.isUpperCase(s.charAt(0)) && s.charAt(0) != '"' && s.charAt(0) != '\u201C';
      if (continues) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + s); // "Feb. 21": an abbreviation, not a sentence end
      } else if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** A headline made from the lead's first words, as a desk that rewrites headlines might. */
  private String otherHeadline(String lead, String headline) {
    String[] words = DATELINE.matcher(lead).replaceFirst("").split("\\s+");
    int n = Math.min(words.length, 6 + random.nextInt(4));
    String h = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll("[,.;:]+$", "");
    return h.isBlank() || h.equals(headline) ? "UPDATE 1-" + headline : h;
  }

  private String pick(List<String> pool, int n) {
    List<String> copy = new ArrayList<>(pool);
    java.util.Collections.shuffle(copy, random);
    return String.join("\n", copy.subList(0, Math.min(n, copy.size())));
  }

  private String respace(String page) {
    StringBuilder sb = new StringBuilder(page.length() + 64);
    for (char ch : page.toCharArray()) {
      if (ch == ' ') {
        int r = random.nextInt(20);
        sb.append(r == 0 ? "  " : r == 1 ? "\u00A0" : r == 2 ? " \t" : " ");
      } else if (ch == '\n') {
        sb.append(random.nextInt(4) == 0 ? " \r\n" : "\r\n");
      } else {
        sb.append(ch);
      }
    }
    return sb.toString().replace("\r\n\r\n", "\r\n\r\n\r\n");
  }
}
