package dev.sportello.benchmarks;

/** CPU time of this JVM and of the whole machine, for the benchmarks' per-operation CPU figures. */
final class CpuTime {
    private CpuTime() {
    }

    /** CPU time of this JVM, in milliseconds. */
    static long jvmMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : 0;
    }

    /** Busy CPU time of the whole machine (all cores) from /proc/stat, in milliseconds; 0 elsewhere. */
    static long machineBusyMillis() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }
}
