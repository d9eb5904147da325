package org.dyad.core.events;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One CAMEO event code with its Goldstein value, GDELT quad class and PLOVER category.
 *
 * @param code the CAMEO code, 2 to 4 digits ("01", "036", "0211")
 * @param name the short CAMEO name
 * @param goldstein the Goldstein conflict/cooperation value, in [-10, 10]
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param plover the PLOVER event category, e.g. {@code ACCUSE}
 * @param ploverMode the PLOVER mode, e.g. {@code disapprove}, or null where there is none
 */
public record CameoCode(
    String code, String name, double goldstein, int quadClass, String plover, String ploverMode) {

  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");

  public CameoCode {
    requireNonNull(code, "code is null");
    requireNonNull(name, "name is null");
    requireNonNull(plover, "plover is null");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("code must be 2 to 4 digits: '" + code + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank for code " + code);
    }
    if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
      throw new IllegalArgumentException(
          "goldstein must be in [-10, 10] for code " + code + ": " + goldstein);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException(
          "quadClass must be 1 to 4 for code " + code + ": " + quadClass);
    }
    if (plover.isBlank()) {
      throw new IllegalArgumentException("plover is blank for code " + code);
    }
    if (ploverMode != null && ploverMode.isBlank()) {
      throw new IllegalArgumentException("ploverMode is blank (use null) for code " + code);
    }
  }

  /** The two-digit cue category this code belongs to, e.g. "03" for "036". */
  public String root() {
    return code.substring(0, 2);
  }

  /** True for the twenty two-digit cue categories. */
  public boolean isRoot() {
    return code.length() == 2;
  }
}
