//! Throughput on two threads against one, measured in the same run: the same total number of
//! `pfnAllocateCb` + `pfnDeallocateCb` round trips (one device-owned allocation each) done by one
//! thread, by two threads on one device, and by two threads on two adapters. A ratio of 1.0
//! means two threads get as much done as one; 2.0 means they do not slow each other at all (on a
//! machine with two free cores).
//!
//! `cargo bench --bench scaling` prints the ratios, best of five runs each.

use std::hint::black_box;
use std::sync::Barrier;
use std::time::{Duration, Instant};

mod common;
use common::Device;

const TOTAL: usize = 200_000;
const LIVE: usize = 1_000;

fn round_trips(device: &Device, count: usize) {
    for _ in 0..count {
        device.deallocate(black_box(device.allocate()));
    }
}

/// The best of five times of `run`.
fn best(mut run: impl FnMut() -> Duration) -> Duration {
    (0..5).map(|_| run()).min().expect("five runs")
}

/// Runs `count` round trips on each device of `devices`, one thread each, all starting at once.
fn threads(devices: &[&Device], count: usize) -> Duration {
    let start = Barrier::new(devices.len() + 1);
    std::thread::scope(|scope| {
        for device in devices {
            let start = &start;
            scope.spawn(move || {
                start.wait();
                round_trips(device, count);
            });
        }
        start.wait();
        let began = Instant::now();
        // The scope joins the threads before it returns.
        began
    })
    .elapsed()
}

fn main() {
    let first = Device::new();
    let second = Device::new();
    let live: Vec<_> = (0..LIVE).map(|_| (first.allocate(), second.allocate())).collect();
    round_trips(&first, 10_000);
    round_trips(&second, 10_000);
    let one = best(|| threads(&[&first], TOTAL));
    let same_device = best(|| threads(&[&first, &first], TOTAL / 2));
    let two_adapters = best(|| threads(&[&first, &second], TOTAL / 2));
    let rate = |time: Duration| TOTAL as f64 / time.as_secs_f64();
    println!("round trips per second ({TOTAL} in all, {LIVE} live allocations per adapter):");
    println!("  one thread                       {:>12.0}", rate(one));
    println!(
        "  two threads, one device          {:>12.0}  ({:.2}x one thread)",
        rate(same_device),
        one.as_secs_f64() / same_device.as_secs_f64()
    );
    println!(
        "  two threads, two adapters        {:>12.0}  ({:.2}x one thread)",
        rate(two_adapters),
        one.as_secs_f64() / two_adapters.as_secs_f64()
    );
    for (a, b) in live {
        first.deallocate(a);
        second.deallocate(b);
    }
}
