package org.dyad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dyad.core.testing.ParsedText;
import org.dyad.model.CleanedArticle;
import org.dyad.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Direct quotes on hand-made parses of invented texts, one row each: the text ({@code ¶} a paragraph
 * break), the people ({@code phrase=name;...}), the verbs ({@code word=lemma ...}), the arcs
 * ({@code rel(governor, dependent) ...}) and the quotes found as {@code [text] cue speaker}.
 */
class DirectQuotesTest {
  private static final Pattern ARC = Pattern.compile("([\\w:]+)\\(([^,]+), ([^)]+)\\)");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      “We are ready,” said Ana Ruiz. “The rest can wait.”                        | Ana Ruiz=Ana Ruiz | said=say are=be wait=wait | obj(said, Ruiz) compound(Ruiz, Ana) | [We are ready, The rest can wait.] said Ana Ruiz
      “We are ready,” said Ana Ruiz. “The rest can wait,” she added.             | Ana Ruiz=Ana Ruiz | said=say added=add         | obj(said, Ruiz) compound(Ruiz, Ana) nsubj(added, she) | [We are ready,] said Ana Ruiz / [The rest can wait,] added Ana Ruiz
      “We are ready,” said Ana Ruiz.¶“The rest can wait until the summer.”       | Ana Ruiz=Ana Ruiz | said=say wait=wait          | obj(said, Ruiz) compound(Ruiz, Ana) | [We are ready,] said Ana Ruiz / [The rest can wait until the summer.] said Ana Ruiz
      “The rest can wait,” Ruiz said on “Harbour Talk at Noon.”                  | Ruiz=Ana Ruiz     | said=say wait=wait          | nsubj(said, Ruiz) | [The rest can wait,] said Ana Ruiz
      Ruiz spoke. The pier was a “slow-motion wreck,” and the ferries were late. | Ruiz=Ana Ruiz     | spoke=speak                 | nsubj(spoke, Ruiz) nsubj(wreck, pier) cop(wreck, was) | ``
      “We will not wait for the minister,” Ruiz said.                            | Ruiz=Ana Ruiz     | said=say wait=wait          | nsubj(said, minister) appos(minister, Ruiz) | [We will not wait for the minister,] said Ana Ruiz
      “The rest can wait,” said Ana Ruiz, who runs the port.                     | Ana Ruiz=Ana Ruiz | said=say wait=wait runs=run | xcomp(said, Ruiz) compound(Ruiz, Ana) acl:relcl(Ruiz, runs) | [The rest can wait,] said Ana Ruiz
      Lind spoke first. “Who would have believed it?” Ruiz said, smiling.        | Lind=Eva Lind;Ruiz=Ana Ruiz | spoke=speak said=say | nsubj(spoke, Lind) nsubj(said, Ruiz) | [Who would have believed it?] said Ana Ruiz
      Ruiz answered her critics on Monday.¶“The port will stay open for everyone.” | Ruiz=Ana Ruiz   | answered=answer stay=stay   | nsubj(answered, Ruiz) obj(answered, critics) | [The port will stay open for everyone.] answered Ana Ruiz
      “The end came slowly,” the foot said.                                      | -=-               | said=say came=come          | nsubj(said, foot) det(foot, the) | [The end came slowly,] said -
      “We stay,” sixty percent of the council said.                              | -=-               | said=say                    | nsubj(said, percent) nummod(percent, sixty) nmod(percent, council) case(council, of) det(council, the) | [We stay,] said sixty percent of the council
      Ruiz called the new pier “dangerous.”                                      | Ruiz=Ana Ruiz     | called=call                 | nsubj(called, Ruiz) xcomp(called, dangerous) dep(dangerous, pier) | [the new pier “dangerous.”] called Ana Ruiz
      As Ana Ruiz put it, “the harbour never sleeps.”                            | Ana Ruiz=Ana Ruiz | put=put sleeps=sleep        | nsubj(put, Ruiz) obj(put, it) ccomp(put, sleeps) | [the harbour never sleeps.] put it Ana Ruiz
      Ruiz attacked the plan.¶“It will fail within a year.”                      | Ruiz=Ana Ruiz     | attacked=attack fail=fail   | nsubj(attacked, Ruiz) obj(attacked, plan) | [It will fail within a year.] attacked Ana Ruiz
      “KALMAR (Wire” Ruiz said the ferries were late.                            | Ruiz=Ana Ruiz     | said=say                    | nsubj(said, Ruiz) | ``
      Senator Ana Ruiz spoke.¶“We stay,” the senator said.                       | Senator Ana Ruiz=Ana Ruiz | said=say spoke=speak | nsubj(spoke, Ruiz) nsubj(said, senator) det(senator, the) | [We stay,] said Ana Ruiz
      The band played the song “We were never told the harbour would close.”     | -=-               | played=play told=tell close=close | nsubj(played, band) obj(played, song) det(song, the) | ``
      Ruiz wrote a memoir titled “Nobody asked the ferry crews.”                 | Ruiz=Ana Ruiz     | wrote=write titled=title asked=ask | nsubj(wrote, Ruiz) obj(wrote, memoir) acl(memoir, titled) | ``
      Ruiz told the show “The ferries will run again.”                           | Ruiz=Ana Ruiz     | told=tell run=run           | nsubj(told, Ruiz) obj(told, show) det(show, the) | [The ferries will run again.] told Ana Ruiz
      In the report, “We found the pier unsafe,” Ruiz said.                      | Ruiz=Ana Ruiz     | said=say found=find         | nsubj(said, Ruiz) | [We found the pier unsafe,] said Ana Ruiz
      """)
  void quotes(String text, String people, String verbs, String arcs, String expected) {
    String t = text.replace("¶", "\n\n");
    ParsedText p = ParsedText.of(t);
    for (String person : people.split(";")) {
      String[] kv = person.split("=");
      if (!kv[0].equals("-")) {
        p.person(kv[0].strip(), kv[1].strip());
      }
    }
    for (String verb : verbs.split("\\s+")) {
      String[] kv = verb.split("=");
      p.verb(kv[0], kv[1]);
    }
    Matcher m = ARC.matcher(arcs);
    while (m.find()) {
      p.dep(m.group(2).strip(), m.group(1), m.group(3).strip());
    }
    CleanedArticle article = new CleanedArticle("t", null, null, null, LocalDate.of(2030, 5, 8), null, t, "en", List.of());
    List<Quote> quotes = new ParseQuoteAttributor().attribute(article, p.build(), p.entities(), List.of());
    String found = quotes.stream().filter(Quote::direct)
        .map(q -> "[" + q.text() + "] " + q.cue() + " " + (q.speaker() == null ? "-" : q.speaker().name()))
        .collect(Collectors.joining(" / "));
    assertEquals(expected == null ? "" : expected, found);
  }
}
