package org.dyad.core.events;

/**
 * The CAMEO "express intent" code for an action that is only intended ("ready to boost support"
 * is 033, not 070): cooperation maps into 03x by root, force into the threat of force (138).
 */
final class IntentCodes {
  /** Yielding acts with their own intent sub-codes: release 0353, easing sanctions 0351/0354, de-escalation 0356. */
  private static final java.util.Map<String, String> YIELD = java.util.Map.of("081", "0351", "084", "0353", "0841", "0353",
      "0842", "0353", "085", "0354", "087", "0356", "0871", "0356");

  private IntentCodes() {}

  static String of(String code) {
    String yield = YIELD.get(code);
    if (yield != null) {
      return yield;
    }
    switch (code.substring(0, 2)) {
      case "04":
        return "036";
      case "05":
        return "032";
      case "06":
        return "031";
      case "07":
        return "033";
      case "08":
        return "035";
      case "15":
      case "18":
      case "19":
      case "20":
        return "138";
      case "14":
      case "16":
      case "17":
        return "130";
      default:
        return code;
    }
  }

  /** The appeal (02x) for an action of the given code: aid 023, material cooperation 021, and so on. */
  static String appealFor(String code) {
    switch (code.substring(0, 2)) {
      case "04":
        return "026";
      case "05":
        return "022";
      case "06":
        return "021";
      case "07":
        return "023";
      case "08":
        return "025";
      default:
        return "020";
    }
  }

  /** Meeting and negotiating go both ways. */
  static boolean isSymmetric(String code) {
    return code.startsWith("04") || code.equals("036") || code.equals("057") || code.equals("060");
  }
}
