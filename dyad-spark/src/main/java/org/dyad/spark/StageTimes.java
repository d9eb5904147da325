package org.dyad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * The job's summary per Spark stage: its name, its task count and its wall time, so that a run shows
 * whether the analysis was spread over the executors (one task means one core did everything).
 */
final class StageTimes extends SparkListener {
  private final List<String> lines = new ArrayList<>();

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo s = completed.stageInfo();
    long start = s.submissionTime().isDefined() ? (Long) s.submissionTime().get() : 0L;
    long end = s.completionTime().isDefined() ? (Long) s.completionTime().get() : start;
    String name = s.name().replaceAll(" at .*", "");
    lines.add(String.format(Locale.ROOT, "stage %d %-18s %4d task(s) %8.1f s", s.stageId(), name, s.numTasks(), (end - start) / 1000.0));
  }

  /** One line per completed stage, in completion order. */
  synchronized List<String> lines() {
    return List.copyOf(lines);
  }
}
