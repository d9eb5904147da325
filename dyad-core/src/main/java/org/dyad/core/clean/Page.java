package org.dyad.core.clean;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Issue;

/**
 * What an extractor read off a page, before the shared cleaning steps (furniture, repeated blocks,
 * dateline) run over its paragraphs.
 *
 * @param title the headline, or null
 * @param source the site or agency name, or null
 * @param published the publish date from metadata, or null
 * @param author author names without junk, or null
 * @param paragraphs body paragraphs in reading order, each trimmed and non-empty
 */
public record Page(String title, String source, LocalDate published, String author, List<String> paragraphs, List<Issue> issues) {
  public Page {
    paragraphs = List.copyOf(paragraphs);
    issues = List.copyOf(issues);
  }
}
