package org.dyad.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes small WARC files with jwarc's writer from the pages under {@code src/test/resources/warc/}:
 * a warcinfo record, two requests, an HTML response sent chunked and gzip-encoded, a plain-text
 * response, an image, a 404 page and a metadata record. Two records become articles.
 */
public final class WarcFixtures {
  /** When the fixture pages were fetched. */
  public static final Instant FETCHED = Instant.parse("2024-03-07T10:15:00Z");
  public static final String HARBOUR_URL = "https://coastal-ledger.example.com/2024/harbour-reopens";
  public static final String COOPERATIVE_URL = "https://coastal-ledger.example.com/2024/cooperative.txt";
  /** Records in the fixture, in order. */
  public static final int RECORDS = 8;

  private WarcFixtures() {}

  /** Writes the fixture archive, gzip-compressed per record or plain. */
  public static Path write(Path file, boolean gzip) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (WarcRecord r : records()) {
        w.write(r);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<WarcRecord> records() throws IOException {
    byte[] html = resource("harbour.html");
    HttpResponse harbour = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", "text/html; charset=utf-8")
        .addHeader("Content-Encoding", "gzip")
        .addHeader("Transfer-Encoding", "chunked")
        .body(null, chunked(gzip(html)))
        .build();
    HttpResponse coop = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/plain; charset=utf-8"), resource("cooperative.txt")).build();
    HttpResponse image = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3}).build();
    HttpResponse missing = new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML, "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8)).build();
    return List.of(
        new Warcinfo.Builder().date(FETCHED).fields(Map.of("software", List.of("dyad tests"))).build(),
        request(HARBOUR_URL),
        new WarcResponse.Builder(HARBOUR_URL).date(FETCHED).body(harbour).build(),
        request(COOPERATIVE_URL),
        new WarcResponse.Builder(COOPERATIVE_URL).date(FETCHED).body(coop).build(),
        new WarcResponse.Builder("https://coastal-ledger.example.com/logo.png").date(FETCHED).body(image).build(),
        new WarcResponse.Builder("https://coastal-ledger.example.com/gone").date(FETCHED).body(missing).build(),
        new WarcMetadata.Builder().date(FETCHED).body(MediaType.WARC_FIELDS, "outlinks: none\r\n".getBytes(StandardCharsets.UTF_8)).build());
  }

  private static WarcRequest request(String url) throws IOException {
    HttpRequest get = new HttpRequest.Builder("GET", url).build();
    return new WarcRequest.Builder(url).date(FETCHED).body(get).build();
  }

  /** The bytes in HTTP chunked transfer coding, in chunks of 100 bytes. */
  public static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += 100) {
      int n = Math.min(100, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WarcFixtures.class.getResourceAsStream("/warc/" + name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: /warc/" + name);
      }
      return in.readAllBytes();
    }
  }
}
