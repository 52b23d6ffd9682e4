//! Time as the kernel gives it: system time in 100 ns units since 1601-01-01 (UTC), interrupt
//! time and the performance counter from the host's monotonic clock.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// 100 ns intervals between 1601-01-01 and 1970-01-01.
pub const EPOCH_DIFFERENCE_100NS: i64 = 116_444_736_000_000_000;
/// `KeQueryPerformanceCounter`'s frequency: 10 MHz, as on current Windows.
pub const PERFORMANCE_FREQUENCY: i64 = 10_000_000;

/// `KeQuerySystemTime(Precise)`.
pub fn system_time_100ns() -> i64 {
    let since_unix = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    EPOCH_DIFFERENCE_100NS + (since_unix.as_nanos() / 100) as i64
}

fn monotonic() -> Duration {
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid timespec to write.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut now) };
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

/// `KeQueryInterruptTime` and the performance counter: 100 ns since the host booted.
pub fn interrupt_time_100ns() -> u64 {
    (monotonic().as_nanos() / 100) as u64
}

/// `KeStallExecutionProcessor`: busy-waits, as on Windows.
pub fn stall(microseconds: u32) {
    let until = Instant::now() + Duration::from_micros(u64::from(microseconds));
    while Instant::now() < until {
        std::hint::spin_loop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_time_counts_from_1601() {
        // 2020-01-01 is 132223104000000000 in FILETIME units.
        assert!(system_time_100ns() > 132_223_104_000_000_000);
        let a = interrupt_time_100ns();
        stall(200);
        assert!(interrupt_time_100ns() >= a + 2_000);
    }
}
