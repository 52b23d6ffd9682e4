//! Counts, not times: heap allocations per operation (a counting global allocator) and, under
//! callgrind, instructions per operation. Both are properties of the code, stable on a noisy
//! machine, unlike wall-clock time.
//!
//! `cargo bench --bench counts` prints the heap allocations and frees of one `pfnAllocateCb` +
//! `pfnDeallocateCb` round trip (one device-owned allocation, no private data, 5,000 live) and of
//! one `DxgkCbGetHandleData` (live and stale handles). `benches/instruction_counts.sh` runs the
//! same operations under `valgrind --tool=callgrind` at two repetition counts and prints the
//! instructions per operation (the difference of the two runs, so set-up cancels out).
//!
//! Arguments (after `--`): `OPERATION REPETITIONS` runs only that operation that many times
//! after the set-up and prints nothing (what the callgrind script uses); OPERATION is
//! `round-trip`, `lookup` or `stale-lookup`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};

use wddm_shim::abi::*;
use wddm_shim::ffi::dxgk::DxgkCbGetHandleData;

mod common;
use common::Device;

/// The system allocator, counting calls.
struct Counting;

static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);
static FREES: AtomicU64 = AtomicU64::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded contract.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        FREES.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded contract.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        FREES.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const LIVE: usize = 5_000;

/// The set-up every operation runs on: 5,000 live allocations, one freed (stale) handle.
struct Workload {
    device: Device,
    live: Vec<D3DKMT_HANDLE>,
    stale: D3DKMT_HANDLE,
}

impl Workload {
    fn new() -> Workload {
        let device = Device::new();
        let live = (0..LIVE).map(|_| device.allocate()).collect();
        let stale = device.allocate();
        device.deallocate(stale);
        Workload { device, live, stale }
    }

    fn run(&self, operation: &str, repetitions: u64) {
        let lookup = |handle| {
            let query = DXGKARGCB_GETHANDLEDATA {
                hObject: handle,
                Type: DXGK_HANDLE_ALLOCATION,
                Flags: DXGKCB_GETHANDLEDATAFLAGS::default(),
            };
            for _ in 0..repetitions {
                // SAFETY: a valid argument structure.
                black_box(unsafe { DxgkCbGetHandleData(black_box(&query)) });
            }
        };
        match operation {
            "round-trip" => {
                for _ in 0..repetitions {
                    self.device.deallocate(black_box(self.device.allocate()));
                }
            }
            "lookup" => lookup(self.live[LIVE / 2]),
            "stale-lookup" => lookup(self.stale),
            other => panic!("unknown operation {other:?}: round-trip, lookup or stale-lookup"),
        }
    }
}

impl Drop for Workload {
    fn drop(&mut self) {
        for &handle in &self.live {
            self.device.deallocate(handle);
        }
    }
}

/// Heap allocations and frees per operation, over `repetitions` after a warm-up.
fn heap_per_operation(workload: &Workload, operation: &str, repetitions: u64) -> (f64, f64) {
    workload.run(operation, 100);
    let (allocations, frees) = (ALLOCATIONS.load(Ordering::Relaxed), FREES.load(Ordering::Relaxed));
    workload.run(operation, repetitions);
    let per = |now: u64, before: u64| (now - before) as f64 / repetitions as f64;
    (per(ALLOCATIONS.load(Ordering::Relaxed), allocations), per(FREES.load(Ordering::Relaxed), frees))
}

fn main() {
    // `cargo bench` passes `--bench`; the callgrind script passes an operation and a count.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let workload = Workload::new();
    if let [operation, repetitions] = args.as_slice() {
        workload.run(operation, repetitions.parse().expect("REPETITIONS is a number"));
        return;
    }
    println!(
        "heap calls per operation ({LIVE} live allocations, one device-owned allocation, no private data):"
    );
    for (operation, what) in [
        ("round-trip", "pfnAllocateCb + pfnDeallocateCb"),
        ("lookup", "DxgkCbGetHandleData, live handle"),
        ("stale-lookup", "DxgkCbGetHandleData, stale handle"),
    ] {
        let (allocations, frees) = heap_per_operation(&workload, operation, 10_000);
        println!("  {what:<36} {allocations:>6.1} allocations, {frees:>6.1} frees");
    }
}
