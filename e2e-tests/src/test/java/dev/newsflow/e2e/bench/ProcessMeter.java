package dev.newsflow.e2e.bench;

import java.nio.file.DirectoryStream;
import java.util.HashMap;
import java.util.Map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a process, read from /proc (Linux). */
final class ProcessMeter {
    /** USER_HZ: the unit of utime and stime in /proc/PID/stat, 100 on every Linux build in use. */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessMeter() {
    }

    /** User plus system CPU milliseconds of the process so far (its threads included), 0 when it is gone. */
    static long cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14 and 15)
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * CPU milliseconds so far of each JIT compiler thread of the process (threads named "C1/C2 CompilerThread"), by
     * thread id. The JVM starts and ends compiler threads as needed, so the CPU of one that ended is not seen here:
     * the difference of two readings is a lower bound of the compilers' work.
     */
    static Map<Long, Long> compilerMillis(long pid) {
        return threadMillis(pid, name -> name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre"));
    }

    /** As {@link #compilerMillis}, for the garbage collector's threads: the serial collector works in "VM Thread" (which also runs the other safepoint operations), G1 in "GC Thread#n", "G1 Conc#n", "G1 Refine#n", .... */
    static Map<Long, Long> gcMillis(long pid) {
        return threadMillis(pid, name -> name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread"));
    }

    private static Map<Long, Long> threadMillis(long pid, java.util.function.Predicate<String> named) {
        Map<Long, Long> millis = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (named.test(name)) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        millis.put(Long.parseLong(task.getFileName().toString()),
                                (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return millis;
        }
        return millis;
    }

    /** CPU milliseconds between two {@link #compilerMillis} (or {@link #gcMillis}) readings (threads new since count in full). */
    static long compilerMillisBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        return sum;
    }

    /** Peak resident set (VmHWM) in MB, or current (VmRSS) when {@code peak} is false. */
    static long rssMb(long pid, boolean peak) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(peak ? "VmHWM:" : "VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
