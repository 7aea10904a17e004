package org.enlace.crm.it.arquillian;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** The heap before and at its peak while something runs, sampled every 50 ms (the benchmarks). */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final long before;
    private final AtomicLong peak;
    private final Thread thread;

    /** Collects the garbage first, so "before" is what the server holds at rest. */
    HeapSampler() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
        before = used();
        peak = new AtomicLong(before);
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        thread.start();
    }

    long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    long before() {
        return before;
    }

    long peak() {
        return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
