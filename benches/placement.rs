//! Segment placement: the TLSF `RangeAllocator` against a first-fit baseline, side by side.
//!
//! Each criterion group holds one comparison, so read the report as ratios between the entries
//! of a group (this shared VM varies too much for absolute numbers to mean anything):
//!
//! * `placement/empty_pair`: allocate + free of 16 units (64 KiB) on an empty 1 GiB segment.
//! * `placement/churn_90`, `placement/churn_95`: one churn step (an allocation while below the
//!   target occupancy, otherwise the free of a random live range; a failed allocation frees a
//!   random live range) with the vidmm.md b.2 size mix, after a warm-up that lets
//!   fragmentation settle.
//! * `placement/failure_95`: the "does not fit" decision on a segment churned at 95%, for a
//!   request one unit larger than the largest hole: `certainly_fails` (bitmaps only), the full
//!   failing `allocate`, and the baseline's failing first-fit search.
//!
//! Run quickly with `cargo bench --bench placement -- --quick`.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use wddm_shim::vidmm::allocator::{Range, RangeAllocator};

/// 1 GiB of 4 KiB units.
const SEGMENT: u64 = 1 << 18;

/// First-fit over the free blocks in address order, with coalescing on free: the simple
/// structure a TLSF is meant to beat. Exact sizes, no rounding.
struct FirstFit {
    /// Free blocks, offset to size.
    free: BTreeMap<u64, u64>,
    /// Live ranges, offset to size.
    live: BTreeMap<u64, u64>,
}

impl FirstFit {
    fn new(capacity: u64) -> Self {
        FirstFit { free: BTreeMap::from([(0, capacity)]), live: BTreeMap::new() }
    }

    fn allocate(&mut self, size: u64, alignment: u64) -> Option<Range> {
        let mask = alignment - 1;
        let (start, block, offset) = self.free.iter().find_map(|(&start, &block)| {
            let offset = (start + mask) & !mask;
            (offset + size <= start + block).then_some((start, block, offset))
        })?;
        self.free.remove(&start);
        if offset > start {
            self.free.insert(start, offset - start);
        }
        if offset + size < start + block {
            self.free.insert(offset + size, start + block - offset - size);
        }
        self.live.insert(offset, size);
        Some(Range { offset, size })
    }

    fn free(&mut self, offset: u64) -> bool {
        let Some(size) = self.live.remove(&offset) else {
            return false;
        };
        let (mut start, mut merged) = (offset, size);
        if let Some((&prev, &prev_size)) = self.free.range(..offset).next_back() {
            if prev + prev_size == offset {
                self.free.remove(&prev);
                start = prev;
                merged += prev_size;
            }
        }
        if let Some(next_size) = self.free.remove(&(offset + size)) {
            merged += next_size;
        }
        self.free.insert(start, merged);
        true
    }

    fn largest_free(&self) -> u64 {
        self.free.values().copied().max().unwrap_or(0)
    }
}

/// What the churn driver needs from an allocator.
trait Placer {
    fn place(&mut self, size: u64) -> Option<u64>;
    fn release(&mut self, offset: u64);
}

impl Placer for RangeAllocator {
    fn place(&mut self, size: u64) -> Option<u64> {
        self.allocate(size, 1, false).map(|r| r.offset)
    }

    fn release(&mut self, offset: u64) {
        assert!(self.free(offset));
    }
}

impl Placer for FirstFit {
    fn place(&mut self, size: u64) -> Option<u64> {
        self.allocate(size, 1).map(|r| r.offset)
    }

    fn release(&mut self, offset: u64) {
        assert!(self.free(offset));
    }
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn log_uniform(&mut self, lo: u64, hi: u64) -> u64 {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        let (l, h) = ((lo as f64).ln(), ((hi + 1) as f64).ln());
        ((l + (h - l) * unit).exp() as u64).clamp(lo, hi)
    }

    /// vidmm.md b.2: 70% 4–64 KiB, 25% 64 KiB–1 MiB, 5% 1–16 MiB, in 4 KiB units.
    fn vidmm_size(&mut self) -> u64 {
        match self.below(100) {
            0..70 => self.log_uniform(1, 16),
            70..95 => self.log_uniform(16, 256),
            _ => self.log_uniform(256, 4096),
        }
    }
}

/// A segment held at a target occupancy (in requested units) by random churn.
struct Churn<P> {
    placer: P,
    live: Vec<(u64, u64)>,
    requested: u64,
    goal: u64,
    rng: XorShift,
    allocations: u64,
    failures: u64,
}

impl<P: Placer> Churn<P> {
    fn new(placer: P, target: f64, seed: u64, warmup: usize) -> Self {
        let mut churn = Churn {
            placer,
            live: Vec::new(),
            requested: 0,
            goal: (SEGMENT as f64 * target) as u64,
            rng: XorShift(seed | 1),
            allocations: 0,
            failures: 0,
        };
        while churn.requested < churn.goal {
            churn.step();
        }
        for _ in 0..warmup {
            churn.step();
        }
        (churn.allocations, churn.failures) = (0, 0);
        churn
    }

    fn free_random(&mut self) {
        let (offset, size) = self.live.swap_remove(self.rng.below(self.live.len() as u64) as usize);
        self.placer.release(offset);
        self.requested -= size;
    }

    fn step(&mut self) {
        if self.requested < self.goal {
            let size = self.rng.vidmm_size();
            self.allocations += 1;
            match self.placer.place(size) {
                Some(offset) => {
                    self.live.push((offset, size));
                    self.requested += size;
                }
                None => {
                    self.failures += 1;
                    self.free_random();
                }
            }
        } else {
            self.free_random();
        }
    }
}

fn empty_pair(c: &mut Criterion) {
    let mut group = c.benchmark_group("placement/empty_pair");
    let mut tlsf = RangeAllocator::new(SEGMENT);
    group.bench_function("tlsf", |b| {
        b.iter(|| {
            let r = tlsf.allocate(black_box(16), 1, false).unwrap();
            tlsf.free(black_box(r.offset))
        })
    });
    let mut first_fit = FirstFit::new(SEGMENT);
    group.bench_function("first_fit", |b| {
        b.iter(|| {
            let r = first_fit.allocate(black_box(16), 1).unwrap();
            first_fit.free(black_box(r.offset))
        })
    });
    group.finish();
}

/// Steps of churn before measuring: long enough for the failure rate to settle (it keeps
/// rising for ~600k steps with the TLSF; the first-fit baseline is too slow for that, and
/// its scan cost is already representative after a few hundred thousand steps).
const TLSF_WARMUP: usize = 600_000;
const FIRST_FIT_WARMUP: usize = 100_000;

fn churn_at(c: &mut Criterion, target: f64, name: &str) {
    let mut group = c.benchmark_group(name);
    let mut tlsf = Churn::new(RangeAllocator::new(SEGMENT), target, 90, TLSF_WARMUP);
    group.bench_function("tlsf", |b| b.iter(|| tlsf.step()));
    let mut first_fit = Churn::new(FirstFit::new(SEGMENT), target, 90, FIRST_FIT_WARMUP);
    group.bench_function("first_fit", |b| b.iter(|| first_fit.step()));
    group.finish();
    for (label, allocations, failures) in
        [("tlsf", tlsf.allocations, tlsf.failures), ("first_fit", first_fit.allocations, first_fit.failures)]
    {
        println!(
            "{name}/{label}: {failures} of {allocations} allocations failed ({:.2}%) while measuring",
            failures as f64 * 100.0 / allocations.max(1) as f64
        );
    }
}

fn churn_90(c: &mut Criterion) {
    churn_at(c, 0.90, "placement/churn_90");
}

fn churn_95(c: &mut Criterion) {
    churn_at(c, 0.95, "placement/churn_95");
}

fn failure_95(c: &mut Criterion) {
    let mut group = c.benchmark_group("placement/failure_95");
    let mut tlsf = Churn::new(RangeAllocator::new(SEGMENT), 0.95, 95, TLSF_WARMUP);
    let too_big = tlsf.placer.largest_free() + 1;
    assert!(tlsf.placer.certainly_fails(too_big, 1));
    println!(
        "tlsf at 95%: {} free blocks, largest {} units, probing {too_big}",
        tlsf.placer.free_blocks(),
        too_big - 1
    );
    group.bench_function("tlsf_certainly_fails", |b| {
        b.iter(|| tlsf.placer.certainly_fails(black_box(too_big), black_box(1)))
    });
    group.bench_function("tlsf_allocate_fails", |b| {
        b.iter(|| tlsf.placer.allocate(black_box(too_big), black_box(1), false))
    });
    let mut first_fit = Churn::new(FirstFit::new(SEGMENT), 0.95, 95, FIRST_FIT_WARMUP);
    let too_big = first_fit.placer.largest_free() + 1;
    println!("first_fit at 95%: {} free blocks, probing {too_big}", first_fit.placer.free.len());
    group.bench_function("first_fit_search_fails", |b| {
        b.iter(|| first_fit.placer.allocate(black_box(too_big), black_box(1)))
    });
    assert!(first_fit.placer.allocate(too_big, 1).is_none());
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
}

criterion_group! {
    name = placement;
    config = config();
    targets = empty_pair, churn_90, churn_95, failure_95
}
criterion_main!(placement);
