package org.dyad.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dyad.core.time.SpanMerger.Candidate;

/**
 * Joins an annotator expression that came out in pieces. CoreNLP's entity mentions can cut one
 * SUTime expression in two ("Friday" and "night", both {@code 2021-08-20TNI}; "Thanksgiving" and
 * "Day"; "fiscal" and "2021"). Two neighbouring pieces, with only spaces between them, become one
 * candidate when they carry the same value, when the second is the word "Day" of a holiday name,
 * or when one has no value and the joined phrase resolves by the rules.
 */
final class FragmentJoiner {
  private final DateRules rules;

  FragmentJoiner(DateRules rules) {
    this.rules = rules;
  }

  /** The candidates with neighbouring pieces joined, sorted by start. */
  List<Candidate> join(List<Candidate> pieces, String text) {
    List<Candidate> sorted = new ArrayList<>(pieces);
    sorted.sort(Comparator.comparingInt(Candidate::start));
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : sorted) {
      Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && belongTogether(last, c, text)) {
        String value = last.value() != null ? last.value() : c.value();
        String type = last.value() != null ? last.type() : c.type();
        out.set(out.size() - 1, new Candidate(last.start(), c.end(), type, value, true));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private boolean belongTogether(Candidate a, Candidate b, String text) {
    if (b.start() < a.end() || !text.substring(a.end(), b.start()).isBlank()
        || b.start() - a.end() > 2) {
      return false;
    }
    if (a.value() != null && Objects.equals(a.value(), b.value())) {
      return true;
    }
    if (text.substring(b.start(), b.end()).equals("Day") && "DATE".equals(a.type())) {
      return true;
    }
    return (a.value() == null || b.value() == null)
        && rules.resolve(text.substring(a.start(), b.end()), null).isPresent();
  }
}
