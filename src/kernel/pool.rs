//! Pool: `ExAllocatePool2` / `ExAllocatePoolWithTag` / `ExFreePoolWithTag` with Driver Verifier's
//! pool tracking: every block's size, tag, allocating routine, adapter and journal position is
//! kept until it is freed, so a free with the wrong tag, a double free, a free of an address the
//! pool never gave, and a block still allocated when its adapter is destroyed are each reported
//! precisely.

use std::alloc::Layout;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

use parking_lot::Mutex;

use super::irql::{self, APC_LEVEL, DISPATCH_LEVEL};
use super::report::{self, tag_text};
use crate::journal;

/// `POOL_FLAG_UNINITIALIZED`.
pub const POOL_FLAG_UNINITIALIZED: u64 = 0x2;
/// `POOL_FLAG_CACHE_ALIGNED`.
pub const POOL_FLAG_CACHE_ALIGNED: u64 = 0x8;
/// `POOL_FLAG_NON_PAGED`.
pub const POOL_FLAG_NON_PAGED: u64 = 0x40;
/// `POOL_FLAG_NON_PAGED_EXECUTE`.
pub const POOL_FLAG_NON_PAGED_EXECUTE: u64 = 0x80;
/// `POOL_FLAG_PAGED`.
pub const POOL_FLAG_PAGED: u64 = 0x100;
/// `POOL_FLAG_USE_QUOTA`, `POOL_FLAG_SESSION`, `POOL_FLAG_RAISE_ON_FAILURE`: accepted, no effect.
pub const POOL_FLAGS_ACCEPTED: u64 = 0x1 | 0x4 | 0x20;
/// `POOL_FLAG_UNUSED_REQUIRED_BITS` and the reserved required bits: a caller setting them gets NULL.
pub const POOL_FLAGS_INVALID_REQUIRED: u64 = 0xFFFF_F800 | 0x10 | 0x200 | 0x400;

/// What the caller asked for, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request {
    /// The routine (`"ExAllocatePool2"`).
    pub routine: &'static str,
    /// Bytes asked for.
    pub size: usize,
    /// The tag.
    pub tag: u32,
    /// Paged pool (may only be touched at APC_LEVEL or below).
    pub paged: bool,
    /// Zero-filled.
    pub zeroed: bool,
    /// Aligned to a cache line.
    pub cache_aligned: bool,
}

impl Request {
    /// Decodes `ExAllocatePool2`'s flags: exactly one of PAGED, NON_PAGED, NON_PAGED_EXECUTE;
    /// `None` (the call returns NULL) for anything else or a reserved required bit.
    pub fn from_pool2(flags: u64, size: usize, tag: u32) -> Result<Request, String> {
        let kinds = flags & (POOL_FLAG_PAGED | POOL_FLAG_NON_PAGED | POOL_FLAG_NON_PAGED_EXECUTE);
        if kinds.count_ones() != 1 {
            return Err(format!(
                "Flags {flags:#x} name {} of POOL_FLAG_PAGED / POOL_FLAG_NON_PAGED / POOL_FLAG_NON_PAGED_EXECUTE; exactly one is required",
                kinds.count_ones()
            ));
        }
        if flags & POOL_FLAGS_INVALID_REQUIRED != 0 {
            return Err(format!(
                "Flags {flags:#x} set reserved required bits {:#x}",
                flags & POOL_FLAGS_INVALID_REQUIRED
            ));
        }
        Ok(Request {
            routine: "ExAllocatePool2",
            size,
            tag,
            paged: kinds == POOL_FLAG_PAGED,
            zeroed: flags & POOL_FLAG_UNINITIALIZED == 0,
            cache_aligned: flags & POOL_FLAG_CACHE_ALIGNED != 0,
        })
    }

    /// Decodes a `POOL_TYPE` (`ExAllocatePoolWithTag` and friends).
    pub fn from_pool_type(
        routine: &'static str,
        pool_type: i32,
        size: usize,
        tag: u32,
        zeroed: bool,
    ) -> Result<Request, String> {
        let base = pool_type & !0x200 & !0x20; // NonPagedPoolNx (512) and the session bit (32)
        let (paged, cache_aligned) = match base {
            0 | 2 => (false, false),
            1 => (true, false),
            4 | 6 => (false, true),
            5 => (true, true),
            _ => return Err(format!("PoolType {pool_type} is not a POOL_TYPE a driver may use")),
        };
        Ok(Request { routine, size, tag, paged, zeroed, cache_aligned })
    }
}

/// A live block.
#[derive(Clone, Debug)]
struct Block {
    layout: Layout,
    size: usize,
    tag: u32,
    routine: &'static str,
    adapter: u64,
    sequence: u64,
}

static BLOCKS: LazyLock<Mutex<HashMap<usize, Block>>> = LazyLock::new(|| Mutex::new(HashMap::new()));
static LEAKED_AT_ADAPTER_DESTROY: AtomicU32 = AtomicU32::new(0);

/// The byte uninitialized pool is filled with, so a driver reading memory it never wrote sees
/// a pattern and not zeros by luck.
pub const UNINITIALIZED_FILL: u8 = 0xCD;

/// Allocates a block for `request`, or `None` when the host has no memory (STATUS-less: the
/// routine returns NULL). A paged request above APC_LEVEL or any request above DISPATCH_LEVEL
/// is an error (reported; the block is still given).
pub fn allocate(request: Request) -> Option<usize> {
    let irql = irql::current();
    let limit = if request.paged { APC_LEVEL } else { DISPATCH_LEVEL };
    if irql > limit {
        report::error(
            request.routine,
            format!(
                "{} pool of {} bytes, tag {}, allocated at IRQL {irql} ({}); the limit is IRQL {limit}",
                if request.paged { "paged" } else { "nonpaged" },
                request.size,
                tag_text(request.tag),
                irql::name(irql)
            ),
        );
    }
    if request.tag == 0 {
        report::error(request.routine, "tag 0: every pool block needs a nonzero tag".into());
    }
    let align = if request.cache_aligned { 64 } else { 16 };
    let layout = Layout::from_size_align(request.size.max(1), align).ok()?;
    // SAFETY: the layout has a nonzero size.
    let memory = unsafe { std::alloc::alloc(layout) };
    if memory.is_null() {
        return None;
    }
    let fill = if request.zeroed { 0 } else { UNINITIALIZED_FILL };
    // SAFETY: `memory` is a fresh allocation of `layout.size()` bytes.
    unsafe { std::ptr::write_bytes(memory, fill, layout.size()) };
    let address = memory as usize;
    BLOCKS.lock().insert(
        address,
        Block {
            layout,
            size: request.size,
            tag: request.tag,
            routine: request.routine,
            adapter: journal::current_adapter(),
            sequence: journal::next_sequence(),
        },
    );
    Some(address)
}

/// Frees the block at `address`; `tag` is the tag `ExFreePoolWithTag` was given (`None` for
/// `ExFreePool`). A wrong tag is reported (BAD_POOL_CALLER 0x0A on Windows) and the block is
/// freed; an address that is not a live block is reported (a double free, or not pool memory)
/// and nothing is touched.
pub fn free(routine: &'static str, address: usize, tag: Option<u32>) {
    let irql = irql::current();
    if address == 0 {
        report::error(routine, "P is NULL (BAD_POOL_CALLER 0x46 on Windows)".into());
        return;
    }
    let block = BLOCKS.lock().remove(&address);
    let Some(block) = block else {
        report::error(
            routine,
            format!(
                "{address:#x} is not an allocated pool block: freed twice, or never allocated from pool (BAD_POOL_CALLER on Windows)"
            ),
        );
        return;
    };
    if irql > DISPATCH_LEVEL {
        report::error(routine, format!("block {address:#x} freed at IRQL {irql} ({})", irql::name(irql)));
    }
    if let Some(tag) = tag {
        if tag != block.tag {
            report::error(
                routine,
                format!(
                    "block {address:#x} ({} bytes from {} at journal #{}) freed with tag {} but allocated with tag {} (BAD_POOL_CALLER 0x0A on Windows)",
                    block.size,
                    block.routine,
                    block.sequence,
                    tag_text(tag),
                    tag_text(block.tag)
                ),
            );
        }
    }
    super::timer::check_freed(routine, address, block.size);
    // SAFETY: `address` was allocated by `allocate` with `block.layout` and is removed from the
    // table, so it is freed once.
    unsafe { std::alloc::dealloc(address as *mut u8, block.layout) };
}

/// Live blocks attributed to `adapter` (0: all).
pub fn live_blocks(adapter: u64) -> usize {
    BLOCKS.lock().values().filter(|b| adapter == 0 || b.adapter == adapter).count()
}

/// The pool leak report at adapter teardown: every block allocated during `adapter`'s work
/// and still allocated is journaled (address, size, tag, routine, when) and counted; the
/// blocks stay allocated (the driver may still own them) but are no longer attributed to it.
/// Returns how many there were.
pub fn report_leaks(adapter: u64) -> usize {
    let mut blocks = BLOCKS.lock();
    let mut leaked: Vec<(usize, Block)> =
        blocks.iter().filter(|(_, b)| b.adapter == adapter).map(|(a, b)| (*a, b.clone())).collect();
    leaked.sort_by_key(|(_, b)| b.sequence);
    for (address, block) in &leaked {
        journal::record_note(
            adapter,
            "leak report",
            journal::text!(
                "error: pool block {:#x} of {} bytes, tag {}, from {} at journal #{}, still allocated when its adapter was destroyed (DRIVER_VERIFIER_DETECTED_VIOLATION 0xC4/0x62 on Windows)",
                address,
                block.size,
                journal::Arg::PoolTag(block.tag),
                block.routine,
                block.sequence
            ),
        );
        if let Some(b) = blocks.get_mut(address) {
            b.adapter = u64::MAX;
        }
    }
    LEAKED_AT_ADAPTER_DESTROY.fetch_add(leaked.len() as u32, Ordering::Relaxed);
    leaked.len()
}

/// Pool blocks found still allocated at their adapter's destruction, process-wide.
pub fn leaked_at_adapter_destroy() -> u32 {
    LEAKED_AT_ADAPTER_DESTROY.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pool2_flags_need_exactly_one_pool_kind() {
        assert!(Request::from_pool2(POOL_FLAG_NON_PAGED, 8, 1).is_ok());
        assert!(Request::from_pool2(0, 8, 1).is_err());
        assert!(Request::from_pool2(POOL_FLAG_PAGED | POOL_FLAG_NON_PAGED, 8, 1).is_err());
        assert!(Request::from_pool2(POOL_FLAG_PAGED | 0x1000, 8, 1).is_err());
        let r = Request::from_pool2(POOL_FLAG_PAGED | POOL_FLAG_UNINITIALIZED, 8, 1).unwrap();
        assert!(r.paged && !r.zeroed);
    }

    #[test]
    fn a_block_is_tracked_until_freed_and_a_wrong_tag_is_reported() {
        let request = Request::from_pool2(POOL_FLAG_NON_PAGED, 40, 0x6C70_6D58).unwrap();
        let address = allocate(request).unwrap();
        // SAFETY: a live 40-byte block.
        assert!(unsafe { std::slice::from_raw_parts(address as *const u8, 40) }.iter().all(|&b| b == 0));
        assert!(BLOCKS.lock().contains_key(&address));
        let errors = report::total_errors();
        free("ExFreePoolWithTag", address, Some(0x1234_5678));
        assert!(report::total_errors() > errors);
        assert!(!BLOCKS.lock().contains_key(&address));
        free("ExFreePool", address, None);
        assert!(report::total_errors() > errors + 1, "a double free is reported");
    }
}
