package org.dyad.core.read;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the page a feed item links to. {@link LocalPageFetcher} reads local pages only; a watcher
 * passes one that reads the hosts its user allowed.
 */
public interface PageFetcher {
  /**
   * The linked page, or a page without bytes whose issues say why it could not be read; empty when
   * the link is not one this fetcher may read (nothing was tried, the item's own text is used).
   *
   * @param base the folder a relative link is resolved against (may be null)
   */
  Optional<LocalPageFetcher.Page> fetch(String link, Path base);
}
