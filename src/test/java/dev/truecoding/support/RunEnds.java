package dev.truecoding.support;

import dev.truecoding.run.RunEnded;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every {@link RunEnded} a context published, by run, for module tests that {@code @Import} it. Runs end on their
 * job's thread, which Modulith's thread-bound {@code PublishedEvents} does not see.
 */
public class RunEnds {

    private final List<RunEnded> ended = new CopyOnWriteArrayList<>();

    @EventListener
    void on(RunEnded event) {
        ended.add(event);
    }

    public List<RunEnded> of(String runId) {
        return ended.stream().filter(event -> event.runId().equals(runId)).toList();
    }
}
