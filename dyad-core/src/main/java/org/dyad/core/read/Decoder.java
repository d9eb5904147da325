package org.dyad.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Issue;

/**
 * Turns the bytes of a page into text. Honours a byte-order mark, prefers strict UTF-8, falls back
 * to Windows-1252 with an issue, and refuses binary content with an issue instead of producing noise.
 */
public final class Decoder {
  private static final String STAGE = "read";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;

  /** Text and what was noticed while decoding. */
  public record Decoded(String text, List<Issue> issues) {
    public Decoded {
      issues = List.copyOf(issues);
    }
  }

  private Decoder() {}

  /**
   * Decodes with the charset a header declared (HTTP Content-Type), when it is known and the bytes
   * fit it; otherwise as {@link #decode(byte[])}.
   */
  public static Decoded decode(byte[] bytes, String declaredCharset) {
    Charset declared = charset(declaredCharset);
    if (declared == null || declared.equals(StandardCharsets.UTF_8) || bytes.length == 0 || bomCharset(bytes) != null
        || looksBinary(bytes)) {
      return decode(bytes);
    }
    try {
      return new Decoded(strict(bytes, declared), List.of());
    } catch (CharacterCodingException e) {
      return decode(bytes);
    }
  }

  private static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String strict(byte[] bytes, Charset cs) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  public static Decoded decode(byte[] bytes) {
    List<Issue> issues = new ArrayList<>();
    if (bytes.length == 0) {
      return new Decoded("", List.of(new Issue(STAGE, "empty", "the input has no bytes")));
    }
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), issues);
    }
    if (looksBinary(bytes)) {
      return new Decoded("", List.of(new Issue(STAGE, "binary",
          "the input looks binary (control bytes in its first " + SNIFF_BYTES + " bytes); nothing was read")));
    }
    try {
      return new Decoded(strict(bytes, StandardCharsets.UTF_8), issues);
    } catch (CharacterCodingException e) {
      issues.add(new Issue(STAGE, "invalid-utf8", "the input is not valid UTF-8; read as Windows-1252"));
      return new Decoded(new String(bytes, WINDOWS_1252), issues);
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** NUL bytes, or more than 10 % control bytes other than white space, in the first bytes. */
  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control * 10 > n;
  }
}
