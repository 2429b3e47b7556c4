/**
 * The durable-run kernel: work that outlives a request and an instance (generating an app, deploying it, and
 * next changing it). A feature describes one {@link dev.truecoding.run.RunKind}: its stages, its table, the work
 * of each stage; the kernel runs it as a db-scheduler job (attempts, revival after a crash, giving up, the
 * sweep of runs whose job vanished), stores its events ({@code run_events}), replays them over SSE from
 * {@code Last-Event-ID}, draws its stages on a page, and publishes {@link dev.truecoding.run.RunEnded} once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Runs", allowedDependencies = "system")
package dev.truecoding.run;
