package org.dyad.core.entities;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.CleanedArticle;
import org.dyad.model.EntityMention;
import org.dyad.model.nlp.Annotation;

/**
 * Resolves entities from Dyad's dictionaries and the annotator's coarse NER, without fine-grained
 * NER. Output mentions are sorted by start and never overlap. Types:
 * <ul>
 *   <li>PERSON: a named person; the span includes a title before the name ("Kremlin spokesman
 *       Dmitry Peskov"), {@code name} is the name alone; later surname mentions are linked.
 *   <li>COUNTRY: a country name or a demonym ("Afghan"), named by the country ("Afghanistan") with
 *       its ISO code as actor; a capital standing for its government ("Moscow said") is the country
 *       with actor country+GOV.
 *   <li>ORGANIZATION: a known or annotated organisation, a seat of power ("the Kremlin"), or a body
 *       every state has, with its country from context ("Ministry of Foreign Affairs (Russia)").
 *   <li>GROUP: an unnamed group or unnamed title holder ({@link GroupFinder}) with a country or
 *       organisation modifier ("Afghan security forces", AFGMIL; "Taliban fighters", AFGREB; "the
 *       Afghan president", AFGGOV), with a place after it ("police in Karachi", PAKCOP; "the mayor of
 *       Kandahar", AFGGOV), or a clearly collective group noun alone ("the militants": REB, or AFGREB
 *       with the article's country from {@link ContextCountry}).
 *   <li>LOCATION: a place, including a capital used as a place ("in Moscow"); no actor.
 * </ul>
 * Agents from a user's PETRARCH/TABARI agent dictionary join the actor of their noun phrase as those
 * dictionaries expect ({@link AgentPhraseMatcher}).
 * The dictionaries are described in the headers of the TSV files next to this class.
 *
 * <p>Case: a dictionary name (country, alias, capital, place, organisation, known person) matches
 * when the text writes it with at least one capital letter: "Iran", "IRAN" in a headline or wire
 * slug, "iRan" or "RuSSia" from a careless typist. All lower case never matches, even for a name
 * that is no English word ("iran"), because so many are ("turkey", "china", "chad", "jordan",
 * "bush") and a list of the safe ones would always be incomplete. Acronyms ("US") need two
 * capitals; names the dictionary writes in lower case ("al-Qaeda") match in any case. One exception:
 * a known person right after a capitalised title ("President obama", "Chancellor merkel") counts,
 * since the title says a person follows; "the president pruned a bush" has no person.
 * Groups of people held by someone ("Palestinian prisoners", "hostages from Nepal") are their
 * country alone ({@link GroupFinder}).
 */
public final class DictionaryEntityResolver implements EntityResolver {
  private final EntityDictionaries dictionaries;

  /** A resolver over the dictionaries shipped with Dyad. */
  public DictionaryEntityResolver() {
    this(EntityDictionaries.standard());
  }

  public DictionaryEntityResolver(EntityDictionaries dictionaries) {
    this.dictionaries = requireNonNull(dictionaries, "dictionaries is null");
  }

  @Override
  public List<EntityMention> resolve(CleanedArticle article, Annotation annotation) {
    requireNonNull(article, "article is null");
    requireNonNull(annotation, "annotation is null");
    if (annotation.tokens().isEmpty()) {
      return List.of();
    }
    EntityDictionaries dictionaries = this.dictionaries.on(article.published());
    TokenText tt = new TokenText(article.text(), annotation);
    dictionaries = StateOrCountry.read(dictionaries, tt);
    DatelineReader dateline = DatelineReader.read(article, tt, dictionaries.gazetteer());
    AffiliationReader reader = new AffiliationReader(dictionaries, annotation.mentions(), dateline.country());
    List<Candidate> all = new ArrayList<>(new DictionaryMatcher(dictionaries, reader).match(tt, dateline.end()));
    all.addAll(new AgentPhraseMatcher(dictionaries, reader).match(tt));
    PersonRoleFinder persons = new PersonRoleFinder(dictionaries, reader);
    all.addAll(new NerCandidates(dictionaries, reader, persons).from(tt, annotation.mentions()));
    List<Candidate> chosen = MentionSelector.select(all, tt.size());
    chosen = new AcronymLinker(reader).link(tt, chosen);
    BodyTitleLinker bodies = new BodyTitleLinker(dictionaries.roles());
    chosen = bodies.definite(tt, bodies.link(tt, chosen));
    chosen = ContextCountry.fill(chosen, dateline.country(), dictionaries.roles());
    chosen = new PersonLinker(dictionaries).link(tt, chosen);
    chosen = new RoleNounLinker(dictionaries, reader).link(tt, chosen);
    return toMentions(tt, chosen);
  }

  private static List<EntityMention> toMentions(TokenText tt, List<Candidate> chosen) {
    List<EntityMention> out = new ArrayList<>(chosen.size());
    int lastEnd = 0;
    for (Candidate c : chosen) {
      EntityMention m = c.toMention(tt);
      if (m.start() >= lastEnd) {
        out.add(m);
        lastEnd = m.end();
      }
    }
    return List.copyOf(out);
  }
}
