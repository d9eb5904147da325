package org.dyad.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * The job's summary per Spark stage: the step of the job it belongs to (the job description the
 * driver set: "read and spread documents", "find copies", "analysis", ...), its name, its task count
 * and its wall time, so that a run shows whether the analysis was spread over the executors (one
 * task means one core did everything).
 */
final class StageTimes extends SparkListener {
  private final List<Stage> stages = new ArrayList<>();
  private final Map<Integer, String> steps = new HashMap<>();

  /** One completed stage. */
  record Stage(int id, String step, String name, int tasks, double seconds) {
    String line() {
      return String.format(Locale.ROOT, "stage %3d %-28s %-14s %4d task(s) %8.1f s", id, step, name, tasks, seconds);
    }
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart job) {
    String step = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
    scala.collection.Iterator<Object> ids = job.stageIds().iterator();
    while (ids.hasNext()) {
      steps.putIfAbsent((Integer) ids.next(), step == null ? "" : step);
    }
  }

  @Override
  public synchronized void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo s = completed.stageInfo();
    long start = s.submissionTime().isDefined() ? (Long) s.submissionTime().get() : 0L;
    long end = s.completionTime().isDefined() ? (Long) s.completionTime().get() : start;
    String name = s.name().replaceAll(" at .*", "");
    stages.add(new Stage(s.stageId(), steps.getOrDefault(s.stageId(), ""), name, s.numTasks(), (end - start) / 1000.0));
  }

  /** The completed stages, in completion order. */
  synchronized List<Stage> stages() {
    return List.copyOf(stages);
  }

  /** The completed stages of one step (job description). */
  synchronized List<Stage> step(String step) {
    return stages.stream().filter(s -> s.step().equals(step)).toList();
  }

  /** One line per completed stage, in completion order. */
  synchronized List<String> lines() {
    return stages.stream().map(Stage::line).toList();
  }

  /**
   * One line per step, in order: its stages, the task count of its widest stage (the analysis step's
   * is the number of tasks the documents were analysed in) and the summed wall time of its stages.
   */
  synchronized List<String> steps() {
    Map<String, List<Stage>> by = new java.util.LinkedHashMap<>();
    for (Stage s : stages) {
      by.computeIfAbsent(s.step(), k -> new ArrayList<>()).add(s);
    }
    List<String> out = new ArrayList<>();
    by.forEach((step, ss) -> out.add(String.format(Locale.ROOT, "step %-26s %3d stage(s), widest %4d task(s), %8.1f s",
        step.isEmpty() ? "(other)" : step, ss.size(), ss.stream().mapToInt(Stage::tasks).max().orElse(0),
        ss.stream().mapToDouble(Stage::seconds).sum())));
    return out;
  }
}
