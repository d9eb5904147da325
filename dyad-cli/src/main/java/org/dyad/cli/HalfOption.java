package org.dyad.cli;

import org.dyad.eval.run.Half;
import org.dyad.eval.run.Selection;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --half A|B|all} of the evaluations over a split development set. */
final class HalfOption {
  @Option(names = "--half", paramLabel = "A|B|all", converter = HalfOption.Converter.class,
      description = "Score one half of the team's split (the MD5 of an item's key starting 0-7 is half A, read while "
          + "writing rules; B is never read) or all items. Default: every item, with A, B and all side by side.")
  Half half;

  /** The items to score, the first {@code limit} of them (0 = all). */
  Selection selection(int limit) {
    return new Selection(half, limit);
  }

  static final class Converter implements ITypeConverter<Half> {
    @Override
    public Half convert(String value) {
      return Half.parse(value);
    }
  }
}
