package dev.truecoding.deploy.builtin;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Which port serves each slug. A route can be held while its app is swapped or (re)started: requests then wait
 * for the new port instead of failing, up to a limit. With PGlite the old and new process cannot share the
 * database, so a swap is: hold, stop old, check new, release.
 */
public final class Routes {

    /** {@code port} 0 while held. */
    private record Route(String projectId, int port) {
    }

    /** What a request for a slug finds: -1 unknown slug, 0 held too long, else the port. */
    public static final int UNKNOWN = -1;
    public static final int UNAVAILABLE = 0;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Route> bySlug = new HashMap<>();

    public void set(String slug, String projectId, int port) {
        put(slug, new Route(projectId, port));
    }

    public void hold(String slug, String projectId) {
        put(slug, new Route(projectId, 0));
    }

    public void remove(String slug) {
        lock.lock();
        try {
            bySlug.remove(slug);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The project a slug belongs to, or null. */
    public String projectOf(String slug) {
        lock.lock();
        try {
            Route route = bySlug.get(slug);
            return route == null ? null : route.projectId();
        } finally {
            lock.unlock();
        }
    }

    /** The port serving {@code slug}, waiting up to {@code maxWait} while the route is held. */
    public int awaitPort(String slug, Duration maxWait) throws InterruptedException {
        long left = maxWait.toNanos();
        lock.lock();
        try {
            while (true) {
                Route route = bySlug.get(slug);
                if (route == null) {
                    return UNKNOWN;
                }
                if (route.port() > 0) {
                    return route.port();
                }
                if (left <= 0) {
                    return UNAVAILABLE;
                }
                left = changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    private void put(String slug, Route route) {
        lock.lock();
        try {
            bySlug.put(slug, route);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
