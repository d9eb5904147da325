package org.dyad.core.entities.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.core.entities.EntityDictionaries;
import org.junit.jupiter.api.Test;

class PhoenixConverterTest {
  /** A made-up dictionary in the Phoenix layout (Ruritania, code RUR). */
  private static final String ACTORS = String.join("\n",
      "RURITANIA_ [RUR]",
      "+RURITANIAN_",
      "+STRELSAU_",
      "RURITANIAN_NATIONAL_GUARD_",
      "+RNG",
      "\t[RURMIL]",
      "RUDOLF_ELPHBERG_ # a head of state",
      "+ELPHBERG_",
      "+PRESIDENT_ELPHBERG_",
      "+KING_RUDOLF_ELPHBERG_",
      "\t[RURELI 19700101-19891231]",
      "\t[RURGOV 19900101-19991231]",
      "\t[RURELI]",
      "OSRIC_",
      "\t[RURGOV 19900101-19991231]",
      "FALCON_ [RURREB]",
      "ZENDA_FRONT_ [RURREB]",
      "+GREEN_FRONT_",
      "OLD_GUARD_ [ZNDMIL]",
      "+GREEN_FRONT_",
      "ZENDA_PROVINCE_ [RURZND]",
      "");

  private static List<PhoenixConverter.Row> convert(List<String> dropped) throws IOException {
    PetrarchActors a = PetrarchDictionaryReader.readActors(new StringReader(ACTORS), "test.actors", p -> {}, false);
    return new PhoenixConverter(EntityDictionaries.own(), Set.of("falcon")::contains).convert(List.of(a), dropped::add);
  }

  @Test
  void keepsPeopleAndOrganisationsWithTheirDates() throws IOException {
    List<String> dropped = new ArrayList<>();
    StringWriter out = new StringWriter();
    PhoenixConverter.write(convert(dropped), List.of("test"), out);
    assertEquals(String.join("\n",
        "# test",
        "# format: name type codes aliases",
        "# version: 1",
        "Ruritanian National Guard\tORGANIZATION\tRURMIL\tRNG",
        "Rudolf Elphberg\tPERSON\tRURELI@1970-01-01..1989-12-31|RURGOV@1990-01-01..1999-12-31|RURELI\tElphberg",
        "Zenda Front\tORGANIZATION\tRURREB\t-",
        "Old Guard\tORGANIZATION\tZNDMIL\t-",
        ""), out.toString());
  }

  @Test
  void saysWhatItLeavesOut() throws IOException {
    List<String> dropped = new ArrayList<>();
    convert(dropped);
    assertEquals(List.of(
        "President Elphberg\ta title or country word in a person's name",
        "King Rudolf Elphberg\ta title or country word in a person's name",
        "Osric\ta single name that no full name of the person ends with",
        "Falcon\ta common word",
        "Green Front\tnamed by actors with other codes",
        "Green Front\tnamed by actors with other codes"), dropped);
  }

  @Test
  void writesNamesAsNewsDoes() {
    assertEquals("Ban Ki-Moon", PhoenixConverter.written("BAN KI-MOON", true));
    assertEquals("Isle of Man", PhoenixConverter.written("ISLE OF MAN", false));
    assertEquals("NATO", PhoenixConverter.written("NATO", false));
    assertEquals("U.N. Security Council", PhoenixConverter.written("THE U.N. SECURITY COUNCIL", false));
    assertEquals("NDS Chief", PhoenixConverter.written("NDS CHIEF", false));
  }
}
