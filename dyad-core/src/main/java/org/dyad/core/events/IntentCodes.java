package org.dyad.core.events;

import java.util.List;

/**
 * The CAMEO "express intent" code for an action that is only intended ("ready to boost support"
 * is 033, not 070): cooperation maps into 03x by root, force into the threat of force (138).
 */
final class IntentCodes {
  /** Yielding acts with their own intent sub-codes: release 0353, easing sanctions 0351/0354, de-escalation 0356. */
  private static final java.util.Map<String, String> YIELD = java.util.Map.of("081", "0351", "084", "0353", "0841", "0353",
      "0842", "0353", "085", "0354", "087", "0356", "0871", "0356");

  /** The 124 sub-code by the third digit of a yielding code: 081 ease sanctions 1241 ... 087 de-escalate 1246. */
  private static final java.util.Map<Character, String> YIELD_REFUSED = java.util.Map.of('1', "1", '2', "2", '4', "3", '5', "4",
      '6', "5", '7', "6");

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

  /**
   * What asking for an act of each root is (CAMEO 02x appeals and 10x demands by what is asked): a
   * meeting 026/106, policy support 022/102, material cooperation 021/101, aid 023/103, yielding 025/105.
   */
  private static final java.util.Map<String, List<String>> ASKED = java.util.Map.of(
      "04", List.of("026", "106"), "05", List.of("022", "102"), "06", List.of("021", "101"),
      "07", List.of("023", "103"), "08", List.of("025", "105"));
  private static final List<String> ASKED_OTHERWISE = List.of("020", "100");

  /**
   * The threat (13x) of an act of the given code: force 138 (a conventional attack 1384), repression
   * 137, protest 133, reducing relations 1313, sanctions and embargoes 1312, cutting aid 1311, a ban,
   * curfew or state of emergency 132x, else 130.
   */
  static String threatFor(String code) {
    String exact = THREATS.get(code);
    if (exact != null) {
      return exact;
    }
    switch (code.substring(0, 2)) {
      case "15":
      case "18":
      case "20":
        return "138";
      case "19":
        return "1384";
      case "17":
        return "137";
      case "14":
        return "133";
      case "16":
        return "131";
      default:
        return "130";
    }
  }

  private static final java.util.Map<String, String> THREATS = java.util.Map.of("161", "1313", "162", "1312", "163", "1312",
      "164", "1311", "1721", "1321", "1722", "1322", "1723", "1323", "1724", "1324");

  /** The appeal (02x) for an action of the given code: aid 023, material cooperation 021, and so on. */
  static String appealFor(String code) {
    return ASKED.getOrDefault(code.substring(0, 2), ASKED_OTHERWISE).get(0);
  }

  /** The demand (10x) for an action of the given code: a meeting 106, policy support 102, cooperation 101, aid 103, yielding 105. */
  static String demandFor(String code) {
    return ASKED.getOrDefault(code.substring(0, 2), ASKED_OTHERWISE).get(1);
  }

  /**
   * The CAMEO reject code (12x) for refusing an act of the given code, the mirror of {@link #of}:
   * refusing to meet or negotiate 125, to mediate 126, to sign or settle 127, material cooperation
   * 121 (1211 economic, 1212 military), aid 122 (1221-1224 by kind), political reform 123 (1231-1234),
   * to yield 124 with its sub-codes by what is not yielded (sanctions 1241, dissent 1242, release
   * 1243, embargo 1244, international involvement 1245, de-escalation 1246), other diplomatic
   * cooperation 120; an intent code (03x) maps like the act it announces. Null for a code that is no
   * cooperation (roots 03 to 08): refusing it is no CAMEO rejection.
   */
  static String rejectFor(String code) {
    String root = code.substring(0, 2);
    if (root.equals("03")) {
      return rejectOfIntent(code);
    }
    switch (root) {
      case "04":
        return code.startsWith("045") ? "126" : "125";
      case "05":
        return code.equals("057") ? "127" : "120";
      case "06":
        return code.equals("061") ? "1211" : code.equals("062") ? "1212" : "121";
      case "07":
        return code.length() < 3 || code.equals("070") || code.equals("075") ? "122" : "122" + code.charAt(2);
      case "08":
        return rejectOfYield(code);
      default:
        return null;
    }
  }

  /** 031 to 1211..., 033x to 122x, 034x to 123x, 035x to 124x, 036 to 125, 037 to 127, 038/039 to 126. */
  private static String rejectOfIntent(String code) {
    String sub = code.length() > 3 ? code.substring(3) : "";
    switch (code.substring(0, 3)) {
      case "031":
        return sub.equals("1") || sub.equals("2") ? "121" + sub : "121";
      case "033":
        return "122" + sub;
      case "034":
        return "123" + sub;
      case "035":
        return "124" + sub;
      case "036":
        return "125";
      case "037":
        return "127";
      case "038":
      case "039":
        return "126";
      default:
        return "120";
    }
  }

  /** 081x to 1241, 082 to 1242, 083x to 123x, 084x to 1243, 085 to 1244, 086x to 1245, 087x to 1246, else 124. */
  private static String rejectOfYield(String code) {
    if (code.length() < 3 || code.equals("080")) {
      return "124";
    }
    char kind = code.charAt(2);
    if (kind == '3') {
      return "123" + code.substring(3);
    }
    String sub = YIELD_REFUSED.get(kind);
    return sub == null ? "124" : "124" + sub;
  }

  /** Meeting and negotiating go both ways. */
  static boolean isSymmetric(String code) {
    // meeting, negotiating, agreeing, cooperating and a ceasefire take two
    return code.startsWith("04") || code.equals("036") || code.equals("057") || code.startsWith("06")
        || code.equals("0871");
  }
}
