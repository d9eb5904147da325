package org.dyad.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dyad.core.testing.WarcFixtures;

/**
 * Hostile inputs for the whole pipeline. Small ones are committed under {@code src/test/resources/adversarial/};
 * the big, binary and compressed ones are made here at test time. Each case says which issue codes
 * may tell what was wrong with it (one of them must appear), or none when the input is odd but valid.
 */
final class AdversarialCorpus {
  /** One input: its file name, how to write it, and the issue codes of which at least one must appear. */
  record Case(String file, Writer writer, Set<String> codes) {
    @Override
    public String toString() {
      return file;
    }
  }

  interface Writer {
    void write(Path file) throws IOException;
  }

  private static final long GIB = 1L << 30;
  private static final String SENTENCE = "Officials in the harbour town said on Monday that the ferry would run again next week. ";

  private AdversarialCorpus() {}

  static List<Case> cases() {
    return List.of(
        new Case("empty.txt", f -> Files.write(f, new byte[0]), Set.of("empty")),
        new Case("whitespace.txt", f -> Files.writeString(f, " \t\n\r\n   \u00a0\u2003\n".repeat(500)), Set.of("empty")),
        new Case("binary.txt", AdversarialCorpus::binary, Set.of("binary")),
        new Case("invalid-utf8.txt", f -> Files.write(f, concat(SENTENCE.getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF}, SENTENCE.getBytes(StandardCharsets.UTF_8))), Set.of("invalid-utf8")),
        new Case("utf16le-bom.txt", f -> Files.write(f, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SENTENCE.getBytes(StandardCharsets.UTF_16LE))), Set.of()),
        new Case("utf16be-bom.txt", f -> Files.write(f, concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SENTENCE.getBytes(StandardCharsets.UTF_16BE))), Set.of()),
        new Case("windows-1252.txt", f -> Files.write(f, ("\u201cThe caf\u00e9 is closed,\u201d the mayor said on Monday \u2013 "
            + "a blow to the town\u2019s \u20ac5 coffee trade. ").repeat(3).getBytes(Charset.forName("windows-1252"))), Set.of("invalid-utf8")),
        resource("rtl-arabic.txt", Set.of("not-english")),
        resource("rtl-hebrew.html", Set.of("not-english")),
        new Case("page-50mb.html", f -> Files.writeString(f, bigPage(50 << 20)), Set.of("truncated", "too-long")),
        new Case("one-line-1mb.txt", f -> Files.writeString(f, SENTENCE.repeat((1 << 20) / SENTENCE.length())), Set.of("too-long")),
        new Case("nested-10000.html", f -> Files.writeString(f, "<html><body>" + "<div>".repeat(10_000) + "<p>" + SENTENCE + "</p>"
            + "</div>".repeat(10_000) + "</body></html>"), Set.of()),
        new Case("million-quotes.txt", f -> Files.writeString(f, "\"".repeat(1_000_000)), Set.of("too-long", "empty")),
        resource("no-punctuation.txt", Set.of()),
        resource("boilerplate-only.html", Set.of("empty", "no-main-text")),
        new Case("unclosed-quote.txt", AdversarialCorpus::unclosedQuote, Set.of()),
        new Case("bomb.txt.gz", f -> gzipBomb(f, new byte[0], 4 * GIB), Set.of("truncated")),
        new Case("bomb.jsonl.gz", f -> gzipBomb(f, "{\"id\":\"bomb\",\"text\":\"".getBytes(StandardCharsets.UTF_8), 4 * GIB), Set.of("zip-bomb")),
        new Case("bomb.warc.gz", f -> warcBomb(f, 4 * GIB), Set.of("zip-bomb")),
        resource("malformed.warc", Set.of("bad-warc", "broken-record")),
        resource("not-a-feed.rss", Set.of("bad-feed")),
        new Case("deep.jsonl", f -> Files.writeString(f, "{\"id\":\"deep\",\"text\":\"" + SENTENCE + "\",\"extra\":" + "[".repeat(100_000)
            + "]".repeat(100_000) + "}\n"), Set.of("bad-json")),
        new Case("nul-bytes.txt", f -> Files.writeString(f, SENTENCE + "\u0000\u0000" + SENTENCE), Set.of("binary")),
        new Case("nul-escaped.jsonl", f -> Files.writeString(f, "{\"id\":\"nul\",\"text\":\"" + SENTENCE + "\\u0000 " + SENTENCE + "\"}\n"), Set.of()),
        new Case("cr-only.txt", f -> Files.writeString(f, ("Ferry talks resume" + "\r\r" + SENTENCE + "\r" + SENTENCE).repeat(20)), Set.of()));
  }

  private static Case resource(String name, Set<String> codes) {
    return new Case(name, f -> {
      try (InputStream in = AdversarialCorpus.class.getResourceAsStream("/adversarial/" + name)) {
        if (in == null) {
          throw new IOException("missing test resource /adversarial/" + name);
        }
        Files.copy(in, f);
      }
    }, codes);
  }

  private static void binary(Path f) throws IOException {
    byte[] b = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(b);
    Files.write(f, b);
  }

  private static void unclosedQuote(Path f) throws IOException {
    StringBuilder sb = new StringBuilder("Harbour talks\n\n\u201cWe will not give up,");
    for (int i = 0; i < 200; i++) {
      sb.append(" the mayor told the council on Tuesday in paragraph ").append(i).append(".\n\n");
    }
    Files.writeString(f, sb.toString());
  }

  static String bigPage(int chars) {
    StringBuilder sb = new StringBuilder(chars + 256).append("<html><head><title>Long page</title></head><body><article>");
    while (sb.length() < chars) {
      sb.append("<p>").append(SENTENCE).append(SENTENCE).append("</p>\n");
    }
    return sb.append("</article></body></html>").toString();
  }

  /**
   * A gzip file whose members expand to {@code size} bytes of one letter after {@code head}: one
   * 16 MiB member compressed once and repeated, so the file stays a few MB.
   */
  static void gzipBomb(Path f, byte[] head, long size) throws IOException {
    byte[] member = WarcFixtures.gzip(filled(16 << 20));
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(WarcFixtures.gzip(head));
      for (long n = 0; n < size; n += 16 << 20) {
        out.write(member);
      }
    }
  }

  /** A WARC.gz response record declaring {@code size} payload bytes of one letter, compressed as in {@link #gzipBomb}. */
  static void warcBomb(Path f, long size) throws IOException {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n";
    long length = http.length() + size;
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        + "WARC-Date: 2026-11-29T00:00:00Z\r\nWARC-Target-URI: https://example.com/bomb\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + http;
    gzipBomb(f, header.getBytes(StandardCharsets.US_ASCII), size);
    try (OutputStream out = Files.newOutputStream(f, java.nio.file.StandardOpenOption.APPEND)) {
      out.write(WarcFixtures.gzip("\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    }
  }

  private static byte[] filled(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) 'a');
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bo.writeBytes(p);
    }
    return bo.toByteArray();
  }
}
