//! The runtime callbacks a UMD calls most, through the C ABI, each beside a baseline measured in
//! the same run (read the ratios, not the absolute times: this shared VM varies):
//!
//! * `allocate_round_trip`: `pfnAllocateCb` + `pfnDeallocateCb` of one device-owned allocation
//!   on the default adapter with 5,000 live allocations (the whole path: validation, handle
//!   table, the reference KMD's Create/Open/Close/Destroy, VidMm placement, the journal), beside
//!   the floor any bookkeeping pays: an insert and an erase in a mutex-guarded `HashMap` of
//!   5,000 records.
//! * `get_handle_data`: `DxgkCbGetHandleData` on a live handle, on a stale one, beside a
//!   mutex-guarded `HashMap<u32, usize>` lookup.
//!
//! Run quickly with `cargo bench --bench callbacks -- --quick`.

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::Mutex;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use wddm_shim::abi::*;
use wddm_shim::ffi::dxgk::DxgkCbGetHandleData;

mod common;
use common::Device;

/// Live allocations (and baseline records) while the operations are measured.
const LIVE: usize = 5_000;

fn allocate_round_trip(c: &mut Criterion) {
    let device = Device::new();
    let live: Vec<D3DKMT_HANDLE> = (0..LIVE).map(|_| device.allocate()).collect();
    let map: Mutex<HashMap<u32, [u64; 8]>> = Mutex::new((0..LIVE as u32).map(|k| (k, [0; 8])).collect());
    let mut group = c.benchmark_group("allocate_round_trip");
    group.bench_function("pfnAllocateCb+pfnDeallocateCb", |b| {
        b.iter(|| device.deallocate(black_box(device.allocate())))
    });
    let mut key = LIVE as u32;
    group.bench_function("baseline: locked HashMap insert+erase", |b| {
        b.iter(|| {
            key = key.wrapping_add(1) | 1 << 31;
            map.lock().unwrap().insert(black_box(key), [key as u64; 8]);
            black_box(map.lock().unwrap().remove(&key))
        })
    });
    group.finish();
    for handle in live {
        device.deallocate(handle);
    }
}

fn get_handle_data(c: &mut Criterion) {
    let device = Device::new();
    let live: Vec<D3DKMT_HANDLE> = (0..LIVE).map(|_| device.allocate()).collect();
    let stale = device.allocate();
    device.deallocate(stale);
    let map: Mutex<HashMap<u32, usize>> = Mutex::new(live.iter().map(|&h| (h, h as usize)).collect());
    let query = |handle| DXGKARGCB_GETHANDLEDATA {
        hObject: handle,
        Type: DXGK_HANDLE_ALLOCATION,
        Flags: DXGKCB_GETHANDLEDATAFLAGS::default(),
    };
    let live_query = query(live[LIVE / 2]);
    let stale_query = query(stale);
    let mut group = c.benchmark_group("get_handle_data");
    // SAFETY (both): a valid argument structure.
    group.bench_function("DxgkCbGetHandleData live", |b| {
        b.iter(|| unsafe { DxgkCbGetHandleData(black_box(&live_query)) })
    });
    group.bench_function("DxgkCbGetHandleData stale", |b| {
        b.iter(|| unsafe { DxgkCbGetHandleData(black_box(&stale_query)) })
    });
    group.bench_function("baseline: locked HashMap<u32, usize>::get", |b| {
        b.iter(|| map.lock().unwrap().get(black_box(&live[LIVE / 2])).copied())
    });
    group.finish();
    for handle in live {
        device.deallocate(handle);
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));
    targets = allocate_round_trip, get_handle_data
}
criterion_main!(benches);
