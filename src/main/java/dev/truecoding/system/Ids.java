package dev.truecoding.system;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collision-resistant ids shaped like the seed's {@code cuid()}: a leading {@code c}, the time, a counter and
 * randomness in base 36, 25 characters. Sortable by creation time, safe in URLs, not guessable.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger COUNTER = new AtomicInteger(RANDOM.nextInt(36 * 36 * 36 * 36));
    private static final int LENGTH = 25;

    private Ids() {
    }

    public static String newId() {
        StringBuilder id = new StringBuilder(LENGTH).append('c');
        id.append(pad(Long.toString(System.currentTimeMillis(), 36), 8));
        id.append(pad(Integer.toString(Math.floorMod(COUNTER.getAndIncrement(), 36 * 36 * 36 * 36), 36), 4));
        while (id.length() < LENGTH) {
            id.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return id.toString();
    }

    public static boolean looksValid(String id) {
        return id != null && id.length() <= 64 && id.matches("[a-z0-9_-]+");
    }

    private static String pad(String value, int width) {
        return value.length() >= width ? value.substring(value.length() - width) : "0".repeat(width - value.length()) + value;
    }
}
