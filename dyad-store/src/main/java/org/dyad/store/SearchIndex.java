package org.dyad.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene half of the store: full-text search over articles (title and text) and quotes. A
 * document is keyed by its id, so indexing the same article again replaces it; DuckDB stays the
 * record of truth and the index can always be rebuilt from it.
 */
final class SearchIndex implements AutoCloseable {
  static final String KIND_ARTICLE = "article";
  static final String KIND_QUOTE = "quote";
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final FSDirectory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private SearchIndex(FSDirectory dir, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.searchers = new SearcherManager(dir, null);
  }

  static SearchIndex open(Path folder, boolean readOnly) {
    try {
      FSDirectory dir = FSDirectory.open(folder);
      IndexWriter writer = readOnly ? null : new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()));
      if (writer != null) {
        writer.commit();
      }
      return new SearchIndex(dir, writer);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Removes one article and its quotes. Gone from searches after {@link #commit()}. */
  void remove(String articleKey) {
    try {
      writer.deleteDocuments(new Term("article", articleKey));
    } catch (IOException e) {
      throw new StoreException("cannot remove article " + articleKey + " from the index: " + e.getMessage(), e);
    }
  }

  /** Adds or replaces one article and its quotes. Visible to searches after {@link #commit()}. */
  void put(String articleKey, String title, String text, List<String> quotes) {
    try {
      writer.deleteDocuments(new Term("article", articleKey));
      writer.addDocument(doc(articleKey, KIND_ARTICLE, articleKey, title, text));
      for (int i = 0; i < quotes.size(); i++) {
        writer.addDocument(doc(articleKey + "#q" + i, KIND_QUOTE, articleKey, title, quotes.get(i)));
      }
    } catch (IOException e) {
      throw new StoreException("cannot index article " + articleKey + ": " + e.getMessage(), e);
    }
  }

  private static Document doc(String id, String kind, String articleKey, String title, String text) {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.YES));
    d.add(new StringField("kind", kind, Field.Store.YES));
    d.add(new StringField("article", articleKey, Field.Store.YES));
    d.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
    d.add(new TextField("text", text, Field.Store.YES));
    return d;
  }

  void commit() {
    try {
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot commit the search index: " + e.getMessage(), e);
    }
  }

  /** The article keys in the committed index. */
  Set<String> articleKeys() {
    Set<String> keys = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields fields = reader.storedFields();
      for (int i = 0; i < reader.maxDoc(); i++) {
        Document d = fields.document(i, Set.of("kind", "article"));
        if (KIND_ARTICLE.equals(d.get("kind"))) {
          keys.add(d.get("article"));
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot read the search index: " + e.getMessage(), e);
    }
    return keys;
  }

  /**
   * Searches titles, texts and quotes with Lucene's query syntax ("boost support", +Kabul -Moscow, title:talks):
   * the hits from {@code offset} on, best first, at most {@code limit}, and how many there are in all.
   */
  Slice<SearchHit> search(String query, int offset, int limit) {
    requireNonNull(query, "query is null");
    Query q = parse(query);
    IndexSearcher searcher = null;
    try {
      searcher = searchers.acquire();
      Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("[", "]"), new QueryScorer(q, "text"));
      List<SearchHit> hits = new ArrayList<>();
      TopDocs top = searcher.search(q, Math.max(1, offset + limit));
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = offset; i < docs.length; i++) {
        ScoreDoc sd = docs[i];
        Document d = searcher.storedFields().document(sd.doc);
        String text = d.get("text");
        String snippet = highlighter.getBestFragment(analyzer, "text", text);
        hits.add(new SearchHit(d.get("kind"), d.get("article"), d.get("title"), snippet == null ? head(text) : snippet, sd.score));
      }
      return new Slice<>(hits, searcher.count(q), offset);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new StoreException("search failed: " + e.getMessage(), e);
    } finally {
      release(searcher);
    }
  }

  private void release(IndexSearcher searcher) {
    if (searcher != null) {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new StoreException("search failed: " + e.getMessage(), e);
      }
    }
  }

  private Query parse(String query) {
    QueryParser parser = new QueryParser("text", analyzer);
    try {
      Query text = parser.parse(query);
      Query title = new QueryParser("title", analyzer).parse(query);
      return new BooleanQuery.Builder()
          .add(text, Occur.SHOULD)
          .add(title, Occur.SHOULD).build();
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad search query '" + query + "': " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  private static String head(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      dir.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index: " + e.getMessage(), e);
    }
  }
}
