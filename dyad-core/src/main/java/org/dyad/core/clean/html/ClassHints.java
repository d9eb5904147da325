package org.dyad.core.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class, id and role say about whether it holds the article text. */
final class ClassHints {
  private static final String EDGE_START = "(?:^|[\\s_\\-])";
  private static final String EDGE_END = "(?:$|[\\s_\\-])";

  /** Parts of a page that are never body text. */
  private static final Pattern FURNITURE = Pattern.compile(EDGE_START + "(?:comments?|commentlist|disqus|"
      + "share|sharing|sharebar|social|socials|related|recommended|recommendations|newsletter|subscribe|"
      + "subscription|sidebar|widget|widgets|promo|promos|promotion|advert|advertisement|ads?|adslot|adunit|"
      + "sponsored|sponsor|breadcrumbs?|cookies?|consent|popup|modal|footer|masthead|menu|navbar|nav|"
      + "navigation|tags|taglist|byline|bylines|caption|credits?|toolbar|pagination|pager|signup|login|"
      + "outbrain|taboola|trending|popular|most|author-?bio|bio|meta|print|hidden|skip|rating|"
      + "read-?more|more-?stories|next|prev|previous|paywall|banner|tooltip|sr-only|visually-hidden|"
      + "screen-reader-text|hide|offscreen|overlay|follow|author-?info|about-?author|disclaimer)" + EDGE_END);

  private static final Pattern POSITIVE = Pattern.compile(EDGE_START + "(?:article|articlebody|article-?body|"
      + "body|content|entry|entry-?content|main|post|post-?body|post-?content|story|story-?body|text|"
      + "blog|page|prose|rich-?text)" + EDGE_END);

  private static final Pattern NEGATIVE = Pattern.compile(EDGE_START + "(?:combx|community|contact|foot|"
      + "footnote|header|head|shoutbox|links|list|linklist|card|cards|teaser|module|headline|feed|"
      + "aside|author|date|time|timestamp|photo|image|gallery|video|media|figure)" + EDGE_END);

  private ClassHints() {}

  static String describe(Element e) {
    String role = e.attr("role");
    return (e.className() + " " + e.id() + " " + role).toLowerCase(Locale.ROOT).trim();
  }

  /** Whether the element's class, id or role names a part that is never body text. */
  static boolean isFurniture(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("dialog") || role.equals("alert")) {
      return true;
    }
    String hints = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return !hints.isBlank() && FURNITURE.matcher(hints).find();
  }

  /** Whether the element says it is the article body. */
  static boolean isArticleBody(Element e) {
    return e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** +25 per positive sign, -25 per negative sign. */
  static double weight(Element e) {
    String hints = describe(e);
    if (hints.isEmpty()) {
      return 0;
    }
    double w = 0;
    if (POSITIVE.matcher(hints).find()) {
      w += 25;
    }
    if (NEGATIVE.matcher(hints).find() || FURNITURE.matcher(hints).find()) {
      w -= 25;
    }
    return w;
  }
}
