//! What the process has used so far: CPU time and peak resident memory, for the build's
//! summary of its steps and for the benchmark that reads it. Each reading is `None` where the
//! system does not tell it.

use std::time::Duration;

/// The CPU time (user and system) of every thread of the process so far, those that ended
/// included: a step's share is the difference between two readings, whatever threads it ran.
pub fn process_cpu() -> Option<Duration> {
    cpu_clock(Clock::Process)
}

/// The CPU time of the calling thread so far: the share of one of two workers that run at once.
pub fn thread_cpu() -> Option<Duration> {
    cpu_clock(Clock::Thread)
}

enum Clock {
    Process,
    Thread,
}

fn cpu_clock(clock: Clock) -> Option<Duration> {
    #[cfg(unix)]
    {
        use rustix::time::{ClockId, clock_gettime};
        let t = clock_gettime(match clock {
            Clock::Process => ClockId::ProcessCPUTime,
            Clock::Thread => ClockId::ThreadCPUTime,
        });
        // The clocks count from zero, so neither field is negative.
        Some(Duration::new(
            u64::try_from(t.tv_sec).unwrap_or(0),
            u32::try_from(t.tv_nsec).unwrap_or(0),
        ))
    }
    #[cfg(not(unix))]
    {
        let _ = clock;
        None
    }
}

/// The process's peak resident memory so far, in bytes: `VmHWM` of /proc/self/status, on
/// systems that have it.
pub fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    let kib: u64 = line.trim().strip_suffix("kB")?.trim().parse().ok()?;
    Some(kib * 1024)
}

/// CPU time spent on one kind of work by threads that may run it at once: each adds the CPU
/// time its own thread spent in [`CpuShare::run`].
#[derive(Debug, Default)]
pub struct CpuShare(std::sync::atomic::AtomicU64);

impl CpuShare {
    /// Runs `work` on this thread, adding the CPU time it took to the share.
    pub fn run<T>(&self, work: impl FnOnce() -> T) -> T {
        let before = thread_cpu();
        let result = work();
        if let (Some(before), Some(after)) = (before, thread_cpu()) {
            let nanos = u64::try_from(after.saturating_sub(before).as_nanos()).unwrap_or(u64::MAX);
            self.0
                .fetch_add(nanos, std::sync::atomic::Ordering::Relaxed);
        }
        result
    }

    /// The CPU time added so far.
    pub fn total(&self) -> Duration {
        Duration::from_nanos(self.0.load(std::sync::atomic::Ordering::Relaxed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spins this thread until its own CPU clock has moved by `at_least`.
    #[cfg(unix)]
    fn spin(at_least: Duration) {
        let start = thread_cpu().expect("a thread CPU clock");
        let mut x = 0u64;
        while thread_cpu().expect("a thread CPU clock") - start < at_least {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(7));
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_process_clock_counts_what_a_thread_spent() {
        let before = process_cpu().expect("a process CPU clock");
        spin(Duration::from_millis(20));
        let spent = process_cpu().expect("a process CPU clock") - before;
        assert!(spent >= Duration::from_millis(20), "{spent:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_share_adds_what_each_thread_spent_in_it_and_nothing_else() {
        let share = CpuShare::default();
        std::thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| {
                    share.run(|| spin(Duration::from_millis(15)));
                    // Outside the share: not counted.
                    spin(Duration::from_millis(40));
                });
            }
        });
        let total = share.total();
        assert!(total >= Duration::from_millis(30), "{total:?}");
        // What the threads spent outside the share (80 ms) is not in it: 30 ms spun inside,
        // and far less than 80 ms more of a clock's reading and the loop's last round.
        assert!(total < Duration::from_millis(70), "{total:?}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_peak_memory_counts_what_is_held() {
        // Other tests run in this process at the same time: the peak is only known to be at
        // least what this one holds, in bytes (a reading in KiB would be 1024 times less).
        let held = std::hint::black_box(vec![1u8; 64 << 20]);
        let peak = peak_memory().expect("Linux reports VmHWM");
        assert!(peak >= 64 << 20, "{peak}");
        assert!(peak < 1 << 40, "{peak}");
        drop(held);
    }
}
