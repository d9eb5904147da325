package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.core.dating.VerbDater;
import org.dyad.core.nlp.Parses;
import org.dyad.model.ActorRef;
import org.dyad.model.CleanedArticle;
import org.dyad.model.DateMention;
import org.dyad.model.EntityMention;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Quote;
import org.dyad.model.nlp.Annotation;
import org.dyad.model.nlp.Dependency;
import org.dyad.model.nlp.Token;

/**
 * Codes events over the dependency parse: an action verb found in the verb-pattern dictionary,
 * its subject as the source (the agent in the passive), its object or prepositional complement as
 * the target, both resolved to coded actors; plus a verbal event (010) for each attributed statement
 * that was made (not an aim or an act someone is asked to do: {@link StatementCues}).
 */
public final class ParseEventCoder implements EventCoder {
  /**
   * Roots of material acts whose unnamed target is the place they are done in, as its country: aid 07
   * ("flew medicine into X"), yielding 08 ("declared a ceasefire in X"), protest 14, shows of force 15
   * ("put troops on alert along the border with X"), cuts 16 ("withdrew peacekeepers from X"),
   * coercion 17 ("ordered a curfew across districts of X"), force 18 to 20.
   */
  private static final Set<String> PLACED_ROOTS = Set.of("07", "08", "14", "15", "16", "17", "18", "19", "20");
  /** The prepositions of the place an act is done in ({@link #scene}). */
  private static final List<String> SCENE_PREPOSITIONS = List.of("in", "near", "into", "inside", "along", "across",
      "throughout", "around", "at");
  /** The prepositions of the place a withdrawal or cut is done from, or aid is sent to. */
  private static final java.util.Map<String, List<String>> SCENE_EXTRA = java.util.Map.of("07", List.of("to"), "08",
      List.of("from"), "16", List.of("from"));
  /**
   * CAMEO role codes of society rather than politics (farmers, business, schools, media, civilians,
   * criminals, labour, refugees, religion, health, multinationals, environment, settlers): alone,
   * without a country, they make no side political.
   */
  private static final Set<String> SOCIAL_ROLES = Set.of("AGR", "BUS", "EDU", "MED", "CVL", "CRM", "LAB", "REF", "REL",
      "HLH", "MNC", "ENV", "SET");
  /** Marks of a condition another must meet first ({@link #conditioned}). */
  private static final Set<String> CONDITIONS = Set.of("until", "till", "unless");
  /** Armed forces and their units ({@link #isForce}); plurals too, which CoreNLP leaves unlemmatised in names ("Forces"). */
  private static final Set<String> FORCES = Set.of("troop", "troops", "soldier", "army", "force", "forces", "police",
      "policeman", "reservist", "reserve", "brigade", "battalion", "division", "regiment", "unit", "military", "guard",
      "navy", "warship", "fleet", "jet", "aircraft", "tank", "militia", "marine", "paratrooper", "contingent",
      "gendarmerie", "commando");
  /** Nouns of a speech act whose from, by or of complement is who made it: the target of a reply to it. */
  private static final Set<String> SPEECH_ACT_NOUNS = Set.of("request", "demand", "offer", "proposal", "appeal", "bid",
      "plea", "call", "application", "petition", "invitation", "ultimatum", "suggestion", "initiative", "overture",
      "proposition", "motion", "complaint", "recommendation");
  /** How a participle of saying hangs beside an attack made in words ("..., calling him a liar"). */
  private static final Set<String> PARTICIPLE_LINKS = Set.of("advcl", "xcomp", "dep", "acl");
  /** Criticism (111): what an attack made in words is. */
  private static final String CRITICISM = "111";
  /** Military cooperation (062): what a show of force (15x) done jointly is. */
  private static final String JOINT_FORCE = "062";
  /** Modifiers that make coordinated doers act on each other. */
  private static final Set<String> RECIPROCAL = Set.of("joint", "jointly", "together", "mutual", "mutually", "bilateral",
      "bilaterally");
  /**
   * Roots of acts still coded when the text names no doer ("two soldiers were killed in Kunar",
   * "a journalist was arrested"): coercion 17, assault 18, fighting 19, mass violence 20, in the
   * passive, with the source unknown ({@link ActorRef#unknown()}) and the victim an actor.
   */
  private static final Set<String> UNKNOWN_DOER_ROOTS = Set.of("17", "18", "19", "20");
  /** Acts only a state's authorities do: bans and curfews (172), arrests (173), expulsions (174), repression (175). */
  private static final List<String> STATE_ACTS = List.of("172", "173", "174", "175");
  /** Praise (051), the positive judgement of {@link #judgement}. */
  private static final String PRAISE = "051";
  /** VADER compound score beyond which a name given is a judgement. */
  private static final double JUDGEMENT_POLARITY = 0.3;
  /** The dependents of a predicate noun that carry its judgement ("a grave mistake", "not a friend"). */
  private static final Set<String> JUDGING_MODIFIERS = Set.of("amod", "compound", "advmod", "neg", "det");
  private final VerbLexicon verbs;
  private final VerbMatcher matcher;
  private final Obligations obligations;
  private final OpenIntentions intentions;
  private final Events events;

  private final EventDiscards discards;
  /** Events named by nouns, with Dyad's own verb patterns only (a user's verb dictionary replaces both). */
  private final NounEventCoder nouns;
  /** Deaths and wounds in an attack named by a noun, with the same noun patterns (null with a user's verbs). */
  private final CasualtyCoder casualties;

  /** With Dyad's bundled discards (sport, figures of speech). */
  public ParseEventCoder(VerbLexicon verbs, Codebook codebook) {
    this(verbs, codebook, EventDiscards.standard());
  }

  public ParseEventCoder(VerbLexicon verbs, Codebook codebook, EventDiscards discards) {
    this.verbs = requireNonNull(verbs, "verbs is null");
    this.matcher = new VerbMatcher(verbs);
    this.events = new Events(requireNonNull(codebook, "codebook is null"));
    this.discards = requireNonNull(discards, "discards is null");
    this.obligations = new Obligations(matcher, events);
    this.intentions = new OpenIntentions(matcher, events);
    this.nouns = verbs instanceof VerbDictionary ? new NounEventCoder(VerbDictionary.nouns(), events) : null;
    this.casualties = verbs instanceof VerbDictionary ? new CasualtyCoder(VerbDictionary.nouns(), events) : null;
  }

  @Override
  public List<Event> code(CleanedArticle article, Annotation parsed, List<EntityMention> entities, List<DateMention> dates,
      List<Quote> quotes) {
    Annotation a = ConjunctLifter.lift(parsed);
    ActorFinder actors = new ActorFinder(a, entities);
    List<Event> out = new ArrayList<>();
    for (Token t : a.tokens()) {
      if (Parses.isVerb(t) && verbs.hasVerb(a, t.index())) {
        codeVerb(article, a, t.index(), actors, dates, quotes, out);
      }
    }
    obligations.code(article, a, actors, dates, quotes, out);
    intentions.code(article, a, actors, dates, quotes, out);
    if (nouns != null) {
      out.addAll(nouns.code(article, a, actors, dates, quotes));
      out.addAll(casualties.code(article, a, actors, dates, quotes));
    }
    out.addAll(new StatementCoder(events).code(StatementCues.made(a, quotes), entities, List.copyOf(out),
        q -> Warnings.isGloomy(a, q, actors)));
    Set<String> people = new HashSet<>();
    entities.stream().filter(e -> "PERSON".equals(e.type())).forEach(e -> people.add(e.name()));
    out.removeIf(e -> !isCoded(e.source()) && !isCoded(e.target()) && !isNamed(e.source(), people)
        && !isNamed(e.target(), people) && !isProtestBySociety(e));
    out.sort(Comparator.comparingInt(Event::start).thenComparing(Event::code));
    return distinct(out);
  }

  /**
   * True when a side has an actor code. An event none of whose sides has one ("the Bruins beat the
   * Devils", "Google offers an extension", "a scientist helped the farmers") is no political event:
   * a side without a code, or with only a role of society and no country ({@link #SOCIAL_ROLES}), is
   * kept only beside one with a code, or when it is a person named in the text.
   */
  private static boolean isCoded(ActorRef side) {
    return side != null && side.actor() != null && !side.actor().isEmpty() && !SOCIAL_ROLES.contains(side.actor());
  }

  /**
   * True for a protest (14x) by a role of society ("teachers went on strike", "students staged a
   * sit-in"): a strike or a demonstration is political by its kind, even where the text names no
   * country.
   */
  private static boolean isProtestBySociety(Event e) {
    return e.code().startsWith("14") && e.source() != null && e.source().actor() != null
        && SOCIAL_ROLES.contains(e.source().actor());
  }

  /** True when a side is a person the entity stage found by name (a politician no dictionary knows yet). */
  private static boolean isNamed(ActorRef side, Set<String> people) {
    return side != null && people.contains(side.name());
  }

  /**
   * One event per report: the same source, target, code and modality over overlapping evidence (a
   * partial quote inside an indirect statement, two cues of one sentence) is kept once, the first.
   */
  static List<Event> distinct(List<Event> sorted) {
    List<Event> out = new ArrayList<>();
    for (Event e : sorted) {
      boolean seen = false;
      for (Event k : out) {
        seen |= k.code().equals(e.code()) && k.modality().equals(e.modality()) && k.source().sameAs(e.source())
            && sameTarget(k.target(), e.target()) && k.start() < e.end() && e.start() < k.end();
      }
      if (!seen) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean sameTarget(ActorRef a, ActorRef b) {
    return a == null ? b == null : a.sameAs(b);
  }

  private void codeVerb(CleanedArticle article, Annotation a, int verb, ActorFinder actors, List<DateMention> dates,
      List<Quote> quotes, List<Event> out) {
    if (casualties != null && casualties.attackNoun(a, verb) >= 0) {
      return;
    }
    int object = Roles.object(a, verb);
    List<VerbPattern> match = matcher.patterns(a, verb, object);
    if (match.isEmpty() || discards.discards(a, verb, dependents(a, verb), match.get(0).code())
        || Refusals.refusesCodedAct(matcher, a, verb) || NonEvents.ownIntention(matcher, a, verb)
        || NonEvents.wishOnly(a, verb, match.get(0).code())) {
      return;
    }
    if (NonEvents.naming(a, verb, match.get(0).code())) {
      judgement(article, a, verb, actors, dates, quotes, out);
      return;
    }
    for (VerbPattern p : match) {
      int from = out.size();
      codePattern(article, a, verb, object, p, actors, dates, quotes, out);
      Events.tag(out, from, p.entry());
    }
  }

  private void codePattern(CleanedArticle article, Annotation a, int verb, int object, VerbPattern p, ActorFinder actors,
      List<DateMention> dates, List<Quote> quotes, List<Event> out) {
    Roles roles = Roles.of(a, verb, object, p);
    if (p.reversed()) {
      roles = new Roles(roles.target(), roles.source());
    }
    List<ActorRef> sources = actors.actors(roles.source());
    if (sources.isEmpty()) {
      sources = actors.actors(Deployments.sender(a, verb));
    }
    if (sources.isEmpty()) {
      sources = ConjunctLifter.cueSpeaker(a, verb, quotes);
    }
    if (sources.isEmpty()) {
      sources = actors.phraseActor(roles.source());
    }
    boolean unknownDoer = sources.isEmpty() && roles.source() < 0 && isPassive(a, verb)
        && UNKNOWN_DOER_ROOTS.contains(p.code().substring(0, 2));
    if (unknownDoer) {
      sources = stateAuthority(a, verb, p.code(), actors);
    }
    if (sources.isEmpty()) {
      return;
    }
    if (Warnings.isComment(a, verb, p.code(), sources, actors)) {
      comment(article, a, verb, sources, actors, dates, quotes, out);
      return;
    }
    List<ActorRef> targets = targets(a, verb, object, p, roles, actors, p.mutual() && sources.size() > 1);
    if (p.code().equals("043") && Visits.hostsCountedPeople(a, roles.target(), targets)
        || NonEvents.callsNoOne(a, verb, p.code(), targets) || NonEvents.meetsNoOne(a, verb, p.code(), object, actors)
        || unknownDoer && !namesPatient(actors, roles)) {
      return;
    }
    VerbDater.Dated date = ConjunctLifter.date(article, a, verb, dates);
    int[] evidence = evidence(a, verb, roles);
    Optional<Refusals.Refusal> refusal = Refusals.of(a, verb, p.code(), quotes);
    if (refusal.isPresent()) {
      if (targets.isEmpty()) {
        targets = conditioned(a, verb, actors);
      }
      int[] head = evidence(a, refusal.get().head(), new Roles(-1, -1));
      evidence = new int[] {Math.min(evidence[0], head[0]), Math.max(evidence[1], head[1])};
      // coordinated sides that fail or refuse to do together what is done together reject it each way
      emit(sources, targets, refusal.get().code(), p.mutual() || reciprocal(a, verb, object) || IntentCodes.isSymmetric(p.code()), date,
          refusal.get().modality(), evidence, out);
      return;
    }
    Modality modality = Modalities.of(a, verb, quotes);
    boolean intended = modality == Modality.INTENDED && !Modalities.isScheduled(a, verb)
        || modality == Modality.REPORTED && Modalities.isIntention(a, verb);
    // a show of force done jointly ("held joint military exercises") is military cooperation between the sides
    String base = p.code().startsWith("15") && reciprocal(a, verb, object) ? JOINT_FORCE : p.code();
    String own = Modalities.threatHead(a, verb) >= 0 ? IntentCodes.threatFor(base)
        : intended ? IntentCodes.of(base) : appeal(a, verb, base);
    String code = Accusations.refine(a, verb, object, verbalAttack(a, verb, object, own) ? CRITICISM : own);
    code = Deployments.refine(a, verb, code, sources);
    emit(sources, targets, code, p.mutual() || reciprocal(a, verb, object), date, modality, evidence, out);
    if (code.equals("043")) {
      Visits.addVisits(events, sources, targets, date, modality, evidence, out);
    }
  }

  /**
   * A warning that threatens no one is a pessimistic comment (012) about what it warns of ("warned
   * of famine in Sudan"); one with a clause is left to the statement coder, which codes its quote.
   */
  private void comment(CleanedArticle article, Annotation a, int verb, List<ActorRef> sources, ActorFinder actors,
      List<DateMention> dates, List<Quote> quotes, List<Event> out) {
    if (Parses.child(a, verb, "ccomp") < 0) {
      int subject = Parses.child(a, verb, "nsubj");
      emit(sources, Warnings.topicActors(a, verb, actors), "012", false, ConjunctLifter.date(article, a, verb, dates),
          Modalities.of(a, verb, quotes), evidence(a, verb, new Roles(subject, -1)), out);
    }
  }

  /**
   * The targets: the target node's actors, else an actor the pattern's object names ("received the
   * Iranian envoy"), else (a pattern without preposition) the first complement under the lexicon's
   * target prepositions, else the country of a place in the target phrase, else for protest, coercion
   * and force the country of the place where it happens. Coordinated sources of a mutual pattern act
   * on each other: only the last applies.
   */
  private List<ActorRef> targets(Annotation a, int verb, int object, VerbPattern p, Roles roles, ActorFinder actors,
      boolean eachOther) {
    boolean ownForces = p.code().startsWith("15") && roles.target() == object && isForce(a, object);
    List<ActorRef> targets = eachOther || ownForces ? List.of() : actors.actors(roles.target());
    if (targets.isEmpty() && !eachOther) {
      targets = actors.madeBy(roles.target());
    }
    if (targets.isEmpty() && !eachOther) {
      targets = actors.imposedOn(object);
    }
    if (targets.isEmpty() && !eachOther) {
      targets = asker(a, object, actors);
    }
    if (targets.isEmpty() && !eachOther) {
      targets = answered(a, verb, actors);
    }
    if (targets.isEmpty() && !eachOther && p.object() != null && object >= 0) {
      targets = actors.actors(object);
    }
    if (targets.isEmpty() && !eachOther && p.prep() == null) {
      targets = sideOf(actors, Roles.firstOblique(a, verb, object, verbs.targetPrepositions()));
    }
    if (targets.isEmpty() && !eachOther) {
      targets = actors.placeIn(roles.target());
    }
    if (targets.isEmpty() && !eachOther) {
      // also when the pattern's own complement names no one ("complained about the arrests to X")
      targets = sideOf(actors, Roles.firstOblique(a, verb, object, extraPrepositions(p.code())));
    }
    if (targets.isEmpty() && !eachOther) {
      targets = actors.actors(purposeObject(a, verb));
    }
    String root = p.code().substring(0, 2);
    if (targets.isEmpty() && !eachOther && root.equals("12")) {
      targets = refusedOnes(a, verb, actors);
    }
    if (targets.isEmpty() && PLACED_ROOTS.contains(root)) {
      targets = placed(actors, actors.phraseActor(roles.target()), scene(a, verb, object, root));
    }
    if (targets.isEmpty() && !eachOther) {
      targets = actors.phraseActor(roles.target());
    }
    if (targets.isEmpty() && !eachOther && roles.target() < 0 && !isForce(a, object)) {
      // an object the pattern names to choose its sense is still whom the act is done to when it names
      // people ("banned the newspaper", "expelled the diplomats"); armed forces sent are not
      targets = actors.phraseActor(object);
    }
    return targets;
  }

  /**
   * True when a noun names armed forces or their units ("mobilized troops", "put the army on
   * alert"): in a show of force (15x) they are what is shown, not whom it is aimed at.
   */
  private static boolean isForce(Annotation a, int node) {
    return node >= 0 && FORCES.contains(a.tokens().get(node).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** The actors a node names, else the people or group its phrase names without a code. */
  private static List<ActorRef> sideOf(ActorFinder actors, int node) {
    List<ActorRef> out = actors.actors(node);
    return out.isEmpty() ? actors.phraseActor(node) : out;
  }

  /**
   * Whose request, offer or proposal the object is, when the object is such a speech act ("refused a
   * request from X", "rejected the proposal of X", "accepted an offer by X"): its complement under
   * from, by or of; empty otherwise.
   */
  private static List<ActorRef> asker(Annotation a, int object, ActorFinder actors) {
    if (object < 0 || !SPEECH_ACT_NOUNS.contains(a.tokens().get(object).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return List.of();
    }
    for (String prep : List.of("from", "by", "of")) {
      List<ActorRef> out = sideOf(actors, Roles.oblique(a, object, prep));
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * The doer of a passive act that names none: for an act only a state's authorities do, done in a
   * place of a known country ("a journalist was arrested in Iran", "two papers were banned in Egypt"),
   * that country, as CAMEO coders code it; else the unknown side.
   */
  private static List<ActorRef> stateAuthority(Annotation a, int verb, String code, ActorFinder actors) {
    if (STATE_ACTS.stream().anyMatch(code::startsWith)) {
      List<ActorRef> country = actors.placeOf(Roles.oblique(a, verb, "in"));
      if (!country.isEmpty()) {
        return country;
      }
    }
    return List.of(ActorRef.unknown());
  }

  /**
   * Calling someone something is a judgement of them when the words say which way ("called Chile a
   * reliable partner": praise, 051; "called the Bolivian decision a grave mistake": criticism of
   * Bolivia, 111): the polarity of the predicate noun with its modifiers by VADER's lexicon (compound
   * score beyond +-0.3); a neutral name ("called him the new envoy") is none.
   */
  private void judgement(CleanedArticle article, Annotation a, int verb, ActorFinder actors, List<DateMention> dates,
      List<Quote> quotes, List<Event> out) {
    int[] given = NonEvents.nameGiven(a, verb);
    int named = given[0];
    int predicate = given[1];
    int subject = Parses.child(a, verb, "nsubj");
    if (named < 0 || subject < 0) {
      return;
    }
    java.util.SortedMap<Integer, String> words = new java.util.TreeMap<>(java.util.Map.of(predicate, a.tokens().get(predicate).word()));
    for (Dependency d : a.children(predicate)) {
      if (JUDGING_MODIFIERS.contains(d.relation())) {
        words.put(d.dependent(), a.tokens().get(d.dependent()).word());
      }
    }
    double polarity = org.dyad.core.tone.Vader.compound(String.join(" ", words.values()));
    String code = polarity <= -JUDGEMENT_POLARITY ? CRITICISM : polarity >= JUDGEMENT_POLARITY ? PRAISE : null;
    List<ActorRef> sources = sideOf(actors, subject);
    List<ActorRef> targets = sideOf(actors, named);
    if (code == null || sources.isEmpty() || targets.isEmpty()) {
      return;
    }
    events.addEach(sources, targets, code, ConjunctLifter.date(article, a, verb, dates), Modalities.of(a, verb, quotes),
        evidence(a, verb, new Roles(subject, named)), out);
  }

  /**
   * Whose request a verb answers through a complement ("yielded to the demands of X", "acted on a
   * request from X"): the asker of the first speech act under a preposition of the verb; empty when none.
   */
  private static List<ActorRef> answered(Annotation a, int verb, ActorFinder actors) {
    for (Dependency d : a.children(verb)) {
      List<ActorRef> out = d.relation().startsWith("obl") ? asker(a, d.dependent(), actors) : List.of();
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * Whom a refusal with a condition is aimed at: the one who must act first ("will not end their
   * protest until the ministry pays them", "unless X lifts its tariffs", "until our wages are paid by
   * X"): the subject, or the passive agent, of the until/unless clause; empty otherwise.
   */
  private static List<ActorRef> conditioned(Annotation a, int verb, ActorFinder actors) {
    for (Dependency d : a.children(verb)) {
      int mark = d.relation().startsWith("advcl") ? Parses.child(a, d.dependent(), "mark") : -1;
      String m = mark >= 0 ? a.tokens().get(mark).lemma().toLowerCase(java.util.Locale.ROOT) : "";
      if (CONDITIONS.contains(m)) {
        int agent = Roles.agent(a, d.dependent());
        int subject = Parses.child(a, d.dependent(), "nsubj");
        List<ActorRef> out = sideOf(actors, agent >= 0 ? agent : subject);
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    return List.of();
  }

  /**
   * Whom a refusal is aimed at when the refused act is one the lexicon does not code ("refused to
   * consider a petition from X", "would not answer an appeal by X", "refused to hand over X"):
   * who made the request the act is about, else the act's own object or "to" complement.
   */
  private static List<ActorRef> refusedOnes(Annotation a, int verb, ActorFinder actors) {
    int act = Parses.child(a, verb, "xcomp");
    if (act < 0) {
      return List.of();
    }
    int object = Parses.child(a, act, "obj");
    int to = Roles.oblique(a, act, "to");
    for (int node : new int[] {object, to}) {
      List<ActorRef> out = asker(a, node, actors);
      if (out.isEmpty()) {
        out = actors.actors(node);
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * The target of a material act that names no actor as its target, by the place it is done in: the
   * people it is done to, when a phrase names them, with the country of the place ("freed prisoners
   * from a jail in X": the prisoners, X's country); else the place's country; else the place by its
   * name ("across districts of Kashmir"); else the people alone.
   */
  private static List<ActorRef> placed(ActorFinder actors, List<ActorRef> people, int scene) {
    List<ActorRef> place = actors.placeOf(scene);
    if (place.isEmpty()) {
      place = actors.placeIn(scene);
    }
    if (!people.isEmpty()) {
      return place.isEmpty() ? people : List.of(new ActorRef(people.get(0).name(), place.get(0).actor()));
    }
    return place.isEmpty() ? actors.placeNamed(scene) : place;
  }

  /**
   * Prepositions whose complement is the target of a cooperative or yielding act when the lexicon's
   * own give none: what is given, offered, promised or asked goes "to" someone (02 to 08); what is
   * withdrawn goes "from" someone (08 yield); what is cut goes "to", "from" or "with" someone (16 reduce relations); what is asked or demanded
   * is asked "from" someone, or is an act "of" someone (02 appeals, 10 demands: "demanded an
   * apology from X", "called for the withdrawal of X's troops"); a complaint or protest (11) is
   * addressed "to" someone.
   */
  private static List<String> extraPrepositions(String code) {
    String root = code.substring(0, 2);
    if (root.equals("02")) {
      return List.of("to", "from", "of");
    }
    if (root.equals("10")) {
      return List.of("from", "of");
    }
    if (root.equals("11")) {
      return List.of("to"); // disapproval addressed to someone: "complained to X about ..."
    }
    if (root.equals("16")) {
      return List.of("to", "from", "with"); // "halted exports to X", "cut ties with X"
    }
    boolean cooperative = root.compareTo("02") >= 0 && root.compareTo("08") <= 0;
    boolean withdrawing = root.equals("08") || root.equals("16");
    return cooperative && withdrawing ? List.of("to", "from") : cooperative ? List.of("to") : withdrawing ? List.of("from") : List.of();
  }

  /**
   * The object of the word an act is the purpose of, when that word leaves the act to its subject
   * ("summoned the US envoy to complain": the complaint goes to the envoy); -1 otherwise.
   */
  private static int purposeObject(Annotation a, int verb) {
    org.dyad.model.nlp.Dependency up = a.head(verb);
    if (up == null || up.governor() < 0 || !(up.relation().equals("xcomp") || up.relation().equals("advcl"))
        || !Roles.hasMarkTo(a, verb) || Parses.child(a, verb, "obj") >= 0
        || Constructions.standard().controlsObject(a.tokens().get(up.governor()).lemma())) {
      return -1;
    }
    return Parses.child(a, up.governor(), "obj");
  }

  /**
   * The place where a material act happens ("protested in Beijing", "shelled farms near Herat",
   * "ordered a curfew across districts of X"): the complement under a preposition of place
   * ({@link #SCENE_PREPOSITIONS}, for some roots also "to" or "from") of the verb, else of its
   * object; -1 if none.
   */
  private static int scene(Annotation a, int verb, int object, String root) {
    List<String> preps = new java.util.ArrayList<>(SCENE_PREPOSITIONS);
    preps.addAll(SCENE_EXTRA.getOrDefault(root, List.of()));
    for (String prep : preps) {
      int place = Roles.oblique(a, verb, prep);
      if (place < 0 && object >= 0) {
        place = Roles.oblique(a, object, prep);
      }
      if (place >= 0) {
        return place;
      }
    }
    return -1;
  }

  /**
   * An attack made in words: a use of force (19x) whose verb or object has a participle of saying beside it
   * ("launched a scathing attack on the minister, calling him a liar"; "attacked the plan, saying
   * ..."). News calls harsh criticism an attack; CAMEO codes it as criticism (111).
   */
  private static boolean verbalAttack(Annotation a, int verb, int object, String code) {
    if (!code.startsWith("19")) {
      return false;
    }
    for (int node : new int[] {verb, object}) {
      for (Dependency d : node < 0 ? List.<Dependency>of() : a.children(node)) {
        Token t = a.tokens().get(d.dependent());
        if (PARTICIPLE_LINKS.contains(d.relation()) && t.pos().equals("VBG")
            && org.dyad.core.quotes.CueVerbs.cuesAny(t.lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A passive verb, with its auxiliary or reduced ("were killed", "the prisoners held since May"). */
  private static boolean isPassive(Annotation a, int verb) {
    return Parses.child(a, verb, "nsubj:pass", "aux:pass") >= 0 || Roles.isBareParticiple(a, verb);
  }

  /** True when the act's own patient is an actor (not only a place it happened at). */
  private static boolean namesPatient(ActorFinder actors, Roles roles) {
    return !actors.actors(roles.target()).isEmpty() || !actors.phraseActor(roles.target()).isEmpty();
  }

  /**
   * True when coordinated doers of the act do it to each other: they agree on it ("Jordan and Britain
   * agreed to hold exercises") or do it jointly ("held joint exercises", "will work together").
   */
  static boolean reciprocal(Annotation a, int verb, int object) {
    int head = Modalities.intentHead(a, verb);
    if (head >= 0 && a.tokens().get(head).lemma().equals("agree")) {
      return true;
    }
    for (int node : new int[] {verb, object}) {
      if (node >= 0 && a.children(node).stream().anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("advmod"))
          && RECIPROCAL.contains(a.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** One event per source and target; coordinated sources of a symmetric code without target, each way. */
  private void emit(List<ActorRef> sources, List<ActorRef> targets, String code, boolean mutual, VerbDater.Dated date,
      Modality modality, int[] evidence, List<Event> out) {
    if (targets.isEmpty() && sources.size() > 1 && (mutual || IntentCodes.isSymmetric(code))) {
      for (ActorRef s : sources) {
        for (ActorRef o : sources) {
          if (s != o) {
            out.add(events.event(s, o, code, date, modality, evidence));
          }
        }
      }
      return;
    }
    events.addEach(sources, targets, code, date, modality, evidence, out);
  }

  /**
   * An appeal refined by what is asked for (CAMEO 021-028): "urged Russia to help" asks for aid (023),
   * "urged X to end the war and to hold talks" for a meeting (026): the first coded act among the
   * complement and the acts coordinated with it.
   */
  private String appeal(Annotation a, int verb, String code) {
    int asked = Parses.child(a, verb, "xcomp");
    if (asked < 0) {
      asked = Roles.markedClause(a, verb, "on");
    }
    boolean demand = code.equals("100");
    if (!code.equals("020") && !demand || asked < 0) {
      return code;
    }
    List<Integer> acts = new ArrayList<>(List.of(asked));
    acts.addAll(Parses.children(a, asked, "conj"));
    Parses.children(a, verb, "conj").stream().filter(c -> Roles.infinitiveConjunct(a, c) == verb).forEach(acts::add);
    for (int act : acts) {
      List<VerbPattern> m = matcher.act(a, act);
      if (!m.isEmpty()) {
        return demand ? IntentCodes.demandFor(m.get(0).code()) : IntentCodes.appealFor(m.get(0).code());
      }
    }
    return code;
  }

  /** Lemmas of the verb's dependents other than its subjects, and of their own dependents. */
  private static Set<String> dependents(Annotation a, int verb) {
    Set<String> out = new HashSet<>();
    for (Dependency d : a.children(verb)) {
      if (!d.relation().startsWith("nsubj")) {
        out.add(a.tokens().get(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT));
        for (Dependency e : a.children(d.dependent())) {
          out.add(a.tokens().get(e.dependent()).lemma().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static int[] evidence(Annotation a, int verb, Roles roles) {
    int from = verb;
    int to = verb;
    for (int n : new int[] {roles.source(), roles.target()}) {
      if (n >= 0) {
        int[] span = Parses.nameSpan(a, n);
        from = Math.min(from, span[0]);
        to = Math.max(to, span[1] - 1);
      }
    }
    return new int[] {a.tokens().get(from).start(), a.tokens().get(to).end()};
  }

}
