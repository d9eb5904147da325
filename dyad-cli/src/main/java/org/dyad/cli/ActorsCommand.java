package org.dyad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad actors}: the people, organisations and countries of the corpus, with mention counts and titles. */
@Command(name = "actors", aliases = "entities", mixinStandardHelpOptions = true,
    description = "Entities across the stored corpus: one id per person, organisation or country, with mention counts, actor codes, how the country was reached (name, title, organisation, dateline, context) and titles seen.")
final class ActorsCommand implements Callable<Integer> {
  @Mixin
  StoreQuery store;

  @Option(names = "--type", description = "PERSON, ORGANIZATION, COUNTRY, LOCATION or GROUP.")
  String type;

  @Option(names = "--limit", defaultValue = "30", description = "At most this many. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Override
  public Integer call() {
    return store.printPage(q -> q.actors(type, 0, limit), "entities", new TextTable("entity:36", "type:12", "actor:8", "country from:12", "mentions:8", "articles:8", "titles:60"),
        r -> new Object[] {r.entityId(), r.type(), r.actor(), r.countryFrom(), r.mentions(), r.articles(), String.join("; ", r.titles())});
  }
}
