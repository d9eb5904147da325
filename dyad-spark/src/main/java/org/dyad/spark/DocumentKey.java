package org.dyad.spark;

/** Where a document comes from: its file and its place in that file, the order the command reads in. */
final class DocumentKey {
  private DocumentKey() {
  }

  static String of(String file, int record) {
    return file + "#" + record;
  }
}
