package org.dyad.core.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Language guesses from the optimaize n-gram profiles (built once; thread-safe after that). A text
 * that mixes languages (a page in Spanish quoting English names and phrases) rarely reaches the
 * detector's own near-certainty, so for a text of {@value #SURE_CHARS} characters or more the most
 * likely language is taken from a probability of {@value #LIKELY} on.
 */
public final class OptimaizeLanguageGuesser implements LanguageGuesser {
  private static final int MIN_CHARS = 40;
  private static final int SAMPLE_CHARS = 4000;
  static final int SURE_CHARS = 200;
  static final double LIKELY = 0.7;
  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  public OptimaizeLanguageGuesser() {
    try {
      detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(new LanguageProfileReader().readAllBuiltIn())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load language profiles", e);
    }
  }

  @Override
  public String guess(String text) {
    if (text.length() < MIN_CHARS) {
      return null;
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    LdLocale lang;
    List<DetectedLanguage> likely;
    synchronized (detector) {
      TextObject t = texts.forText(sample);
      lang = detector.detect(t).orNull();
      likely = lang == null && text.length() >= SURE_CHARS ? detector.getProbabilities(t) : List.of();
    }
    if (lang == null && !likely.isEmpty() && likely.get(0).getProbability() >= LIKELY) {
      lang = likely.get(0).getLocale();
    }
    return lang == null ? null : lang.getLanguage();
  }
}
