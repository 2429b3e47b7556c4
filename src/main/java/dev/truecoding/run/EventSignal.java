package dev.truecoding.run;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the streams that replay stored events (of every run) when a new one is stored on this
 * instance, after its transaction commits. Streams re-read the database after each wake-up and also after a
 * short wait, so events stored by another instance reach them too.
 */
@Component
class EventSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stored = lock.newCondition();

    /** Call after storing an event. */
    void signal() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    /** Waits until an event is stored on this instance, or {@code timeout} passes. */
    void await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            stored.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            lock.unlock();
        }
    }

    private void wake() {
        lock.lock();
        try {
            stored.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
