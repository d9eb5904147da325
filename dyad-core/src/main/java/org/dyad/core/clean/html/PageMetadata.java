package org.dyad.core.clean.html;

import java.time.LocalDate;

/** Metadata read off a page; every field may be null. */
record PageMetadata(String title, String source, LocalDate published, String author) {}
