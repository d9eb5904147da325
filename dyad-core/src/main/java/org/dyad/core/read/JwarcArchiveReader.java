package org.dyad.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.model.ContentType;
import org.dyad.model.Issue;
import org.dyad.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC and WARC.gz files with jwarc. Each {@code response} record whose HTTP payload is HTML or
 * plain text (status 2xx) becomes a document with its target URL and the record's date as fetch
 * date; jwarc undoes chunked transfer and gzip or deflate content encoding. Every other record
 * is skipped and counted. A record that cannot be read becomes a document with its reason, and
 * reading goes on at the next record start found after it ({@link RecordStarts}).
 */
final class JwarcArchiveReader {
  private final long maxBytes;

  JwarcArchiveReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  void read(Path file, String name, Consumer<RawDocument> sink, ReadMonitor monitor) {
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      new Pass(file, name, reader, sink, monitor).run();
    } catch (IOException | RuntimeException e) {
      sink.accept(Documents.failed(name, file.toString(), "bad-warc", "the file is not a readable WARC: " + Documents.reason(e)));
    }
  }

  /** One pass over one archive; keeps the place to resume from after a broken record. */
  private final class Pass {
    private final Path file;
    private final String name;
    private final WarcReader reader;
    private final Consumer<RawDocument> sink;
    private final ReadMonitor monitor;
    private long cursor;
    private int number;

    Pass(Path file, String name, WarcReader reader, Consumer<RawDocument> sink, ReadMonitor monitor) {
      this.file = file;
      this.name = name;
      this.reader = reader;
      this.sink = sink;
      this.monitor = monitor;
      this.cursor = reader.position();
    }

    void run() throws IOException {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          if (!resume(e)) {
            return;
          }
          continue;
        }
        if (next.isEmpty()) {
          return;
        }
        number++;
        cursor = next.get().position();
        if (bomb(next.get())) {
          return;
        }
        record(next.get());
      }
    }

    /**
     * A compressed record that declares more bytes than {@link InflationGuard#MAX_RATIO} times the
     * whole file is a decompression bomb: skipping it would inflate all of it, so the archive stops
     * there with an issue (the records before it are kept).
     */
    private boolean bomb(WarcRecord r) throws IOException {
      long declared = r.body().size();
      long size = Files.size(file);
      if (reader.compression() != WarcCompression.GZIP || declared <= size * InflationGuard.MAX_RATIO) {
        return false;
      }
      sink.accept(Documents.failed(name + "#" + number, file + "@" + r.position(), "zip-bomb", "the WARC record at byte "
          + r.position() + " declares " + declared + " bytes, more than " + InflationGuard.MAX_RATIO + " times the " + size
          + "-byte archive; it and the records after it were not read"));
      return true;
    }

    /** Records the break and moves to the next record start; false when none follows. */
    private boolean resume(Exception e) throws IOException {
      number++;
      long from = Math.max(cursor, reader.position()); // jwarc moves its position once the previous record is consumed
      long at = RecordStarts.next(file, from + 1, reader.compression());
      String then = at < 0 ? "nothing readable follows" : "reading went on at byte " + at;
      sink.accept(Documents.failed(name + "#" + number, file + "@" + from, "broken-record",
          "a WARC record after byte " + from + " could not be read (" + Documents.reason(e) + "); " + then));
      if (at < 0) {
        return false;
      }
      reader.position(at);
      cursor = at;
      return true;
    }

    private void record(WarcRecord r) {
      if (!(r instanceof WarcResponse response)) {
        monitor.skipped(name, r.type() + " record");
        return;
      }
      String id = name + "#" + number;
      try {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
          monitor.skipped(name, "response that is not HTTP");
          return;
        }
        HttpResponse http = response.http();
        ContentType type = typeOf(http.contentType());
        if (http.status() / 100 != 2) {
          monitor.skipped(name, "HTTP status " + http.status() / 100 + "xx");
        } else if (type == null) {
          monitor.skipped(name, "payload " + http.contentType().base());
        } else {
          sink.accept(document(id, response, http, type));
        }
      } catch (IOException | RuntimeException e) {
        RawDocument d = Documents.failed(id, file + "@" + r.position(), "broken-record",
            "the WARC record at byte " + r.position() + " could not be read: " + Documents.reason(e));
        sink.accept(new RawDocument(d.id(), d.origin(), response.target(), null, null, Documents.day(r.date()), "",
            ContentType.TEXT, d.issues()));
      }
    }

    private RawDocument document(String id, WarcResponse response, HttpResponse http, ContentType type) throws IOException {
      List<Issue> issues = new ArrayList<>();
      byte[] bytes;
      try (InputStream in = http.bodyDecoded().stream()) {
        bytes = CappedBytes.read(in, maxBytes, issues);
      }
      Decoder.Decoded text = Decoder.decode(bytes, http.contentType().parameters().get("charset"));
      issues.addAll(text.issues());
      if (type == ContentType.TEXT && InputReader.looksLikeHtml(text.text())) {
        type = ContentType.HTML;
      }
      return new RawDocument(id, file + "@" + response.position(), response.target(), null, null,
          Documents.day(response.date()), text.text(), type, issues);
    }
  }

  /** HTML or plain text, or null for any other payload. */
  private static ContentType typeOf(MediaType media) {
    String base = media.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> ContentType.HTML;
      case "text/plain" -> ContentType.TEXT;
      default -> null;
    };
  }
}
