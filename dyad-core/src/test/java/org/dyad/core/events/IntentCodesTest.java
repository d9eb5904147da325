package org.dyad.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntentCodesTest {
  /** "act>reject" for each code. */
  private static String rejects(String... codes) {
    return List.of(codes).stream().map(c -> c + ">" + IntentCodes.rejectFor(c)).collect(Collectors.joining(" "));
  }

  @Test
  void aRefusedActIsRejectedByWhatIsRefused() {
    assertEquals("040>125 042>125 046>125 045>126 051>120 057>127", rejects("040", "042", "046", "045", "051", "057"));
    assertEquals("060>121 061>1211 062>1212 064>121", rejects("060", "061", "062", "064"));
    assertEquals("070>122 071>1221 072>1222 073>1223 074>1224 075>122", rejects("070", "071", "072", "073", "074", "075"));
  }

  @Test
  void aRefusalToYieldTakesTheSubCodeOfWhatIsNotYielded() {
    assertEquals("080>124 081>1241 0813>1241 082>1242 0841>1243 0842>1243 085>1244 0862>1245 0871>1246 0832>1232",
        rejects("080", "081", "0813", "082", "0841", "0842", "085", "0862", "0871", "0832"));
  }

  @Test
  void aRefusedIntentionMapsLikeTheActItAnnounces() {
    assertEquals("030>120 0312>1212 0333>1223 0341>1231 0353>1243 036>125 037>127 039>126",
        rejects("030", "0312", "0333", "0341", "0353", "036", "037", "039"));
  }

  @Test
  void refusingNoCooperationIsNoRejection() {
    assertNull(IntentCodes.rejectFor("190"));
    assertNull(IntentCodes.rejectFor("111"));
    assertNull(IntentCodes.rejectFor("010"));
  }

  @Test
  void everyRejectCodeIsInTheCodebook() {
    Codebook book = Codebook.standard();
    for (String c : List.of("04", "040", "045", "057", "061", "062", "074", "081", "0814", "083", "0834", "0841", "085",
        "0863", "0874", "031", "0314", "0334", "0344", "0356", "038")) {
      String r = IntentCodes.rejectFor(c);
      assertTrue(r != null && book.contains(r), c + " -> " + r);
    }
  }

  @Test
  void aDemandIsCodedByWhatIsDemandedAsAnAppealIs() {
    String demands = List.of("040", "051", "061", "073", "0871", "190", "010").stream()
        .map(c -> c + ">" + IntentCodes.demandFor(c) + "/" + IntentCodes.appealFor(c)).collect(Collectors.joining(" "));
    assertEquals("040>106/026 051>102/022 061>101/021 073>103/023 0871>105/025 190>100/020 010>100/020", demands);
  }

  @Test
  void aThreatIsCodedByWhatIsThreatened() {
    String threats = List.of("190", "195", "180", "173", "141", "161", "163", "1723", "040").stream()
        .map(c -> c + ">" + IntentCodes.threatFor(c)).collect(Collectors.joining(" "));
    assertEquals("190>1384 195>1384 180>138 173>137 141>133 161>1313 163>1312 1723>1323 040>130", threats);
  }
}
