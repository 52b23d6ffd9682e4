//! Real host memory behind video memory: one lazily reserved block per memory segment, and
//! page-granular system-memory copies for content that lives outside the segments (evicted
//! allocations, aperture-mapped allocations).
//!
//! This is one of the crate's unsafe edges: the blocks are raw mappings whose addresses are
//! handed to the UMD by `pfnLockCb`. Everything else in VidMm works in offsets and calls the
//! bounds-checked methods here.
//!
//! A segment's block is reserved on first touch (`mmap` with `MAP_NORESERVE`: an 8 GiB segment
//! costs address space only, and each page costs memory only once written). Freed ranges are
//! returned to the kernel with `madvise(MADV_DONTNEED)`, which also makes them read back as
//! zeros, so a new allocation never sees an old one's bytes. Under Miri (which cannot map
//! memory) the same contract is met with zeroed heap blocks.

use std::ptr::NonNull;
use std::sync::OnceLock;

/// The host page size the model uses for all video memory (4 KiB, as on x86 Windows). Internal:
/// the C API names it `WDDMSHIM_PAGE_SIZE` (`PAGE_SIZE` is the kernel headers' name).
/// cbindgen:ignore
pub const PAGE_SIZE: u64 = 4096;

/// A zero-initialised, page-aligned block of host memory of fixed size.
pub struct HostBlock {
    base: NonNull<u8>,
    len: usize,
}

// SAFETY: a HostBlock is plain memory owned by this value; all access goes through `&self`
// methods that copy bytes in or out (callers serialise those through VidMm's state lock) or
// hands out raw addresses whose use is the UMD's business, as on Windows.
unsafe impl Send for HostBlock {}
// SAFETY: as above.
unsafe impl Sync for HostBlock {}

impl HostBlock {
    /// Reserves `len` bytes (a multiple of the page size, > 0) of zeroed memory; `None` when the
    /// host refuses.
    pub fn reserve(len: u64) -> Option<HostBlock> {
        let len = usize::try_from(len).ok().filter(|&l| l > 0)?;
        let base = Self::map(len)?;
        Some(HostBlock { base, len })
    }

    #[cfg(not(miri))]
    fn map(len: usize) -> Option<NonNull<u8>> {
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing; no
        // existing memory is affected. MAP_NORESERVE defers the memory cost to first touch.
        let address = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if address == libc::MAP_FAILED { None } else { NonNull::new(address as *mut u8) }
    }

    #[cfg(miri)]
    fn map(len: usize) -> Option<NonNull<u8>> {
        let layout = std::alloc::Layout::from_size_align(len, PAGE_SIZE as usize).ok()?;
        // SAFETY: a non-zero-sized layout.
        NonNull::new(unsafe { std::alloc::alloc_zeroed(layout) })
    }

    /// The address of byte `offset`, for handing to a UMD; panics when out of range.
    pub fn address(&self, offset: u64) -> *mut u8 {
        assert!(offset < self.len as u64, "offset {offset:#x} outside a block of {:#x}", self.len);
        // SAFETY: in bounds, checked above.
        unsafe { self.base.as_ptr().add(offset as usize) }
    }

    fn check(&self, offset: u64, len: usize) -> usize {
        let end = offset.checked_add(len as u64).expect("range overflow");
        assert!(end <= self.len as u64, "range {offset:#x}+{len:#x} outside a block of {:#x}", self.len);
        offset as usize
    }

    /// Copies `len` bytes from `source` at `from` into this block at `to`.
    pub fn copy_from(&self, to: u64, source: &HostBlock, from: u64, len: u64) {
        let start = self.check(to, len as usize);
        let source_start = source.check(from, len as usize);
        // SAFETY: both ranges are inside their blocks (checked); two distinct blocks never
        // overlap, and a block copied onto itself is not a use made here.
        unsafe {
            std::ptr::copy(
                source.base.as_ptr().add(source_start),
                self.base.as_ptr().add(start),
                len as usize,
            )
        };
    }

    /// Returns a page-aligned range to the host and makes it read back as zeros.
    pub fn clear(&self, offset: u64, len: u64) {
        let start = self.check(offset, len as usize);
        #[cfg(not(miri))]
        {
            if start as u64 % PAGE_SIZE == 0 && len % PAGE_SIZE == 0 {
                // SAFETY: a page-aligned range inside this private anonymous mapping; after
                // MADV_DONTNEED its pages read back as zeros.
                let done = unsafe {
                    libc::madvise(
                        self.base.as_ptr().add(start) as *mut libc::c_void,
                        len as usize,
                        libc::MADV_DONTNEED,
                    )
                };
                if done == 0 {
                    return;
                }
            }
        }
        // SAFETY: inside the block (checked).
        unsafe { std::ptr::write_bytes(self.base.as_ptr().add(start), 0, len as usize) };
    }

    /// True when every byte of the range is zero (used by tests and by eviction, which keeps no
    /// system copy of content that was never written).
    pub fn is_zero(&self, offset: u64, len: u64) -> bool {
        let start = self.check(offset, len as usize);
        // SAFETY: inside the block (checked); read-only view for the duration of this call.
        let bytes = unsafe { std::slice::from_raw_parts(self.base.as_ptr().add(start), len as usize) };
        // Eight bytes at a time: eviction asks this of whole allocations.
        // SAFETY: every bit pattern is a valid u64.
        let (head, words, tail) = unsafe { bytes.align_to::<u64>() };
        head.iter().chain(tail).all(|&b| b == 0) && words.iter().all(|&w| w == 0)
    }
}

impl Drop for HostBlock {
    fn drop(&mut self) {
        #[cfg(not(miri))]
        // SAFETY: the mapping made in `map`, unmapped once.
        unsafe {
            libc::munmap(self.base.as_ptr() as *mut libc::c_void, self.len);
        }
        #[cfg(miri)]
        // SAFETY: the allocation made in `map` with the same layout, freed once.
        unsafe {
            std::alloc::dealloc(
                self.base.as_ptr(),
                std::alloc::Layout::from_size_align(self.len, PAGE_SIZE as usize).unwrap(),
            )
        };
    }
}

/// A memory segment's backing block, reserved on first use.
#[derive(Default)]
pub struct SegmentMemory {
    block: OnceLock<Option<HostBlock>>,
    size: u64,
}

impl SegmentMemory {
    /// Backing for a segment of `size` bytes; nothing is reserved yet.
    pub fn new(size: u64) -> Self {
        SegmentMemory { block: OnceLock::new(), size }
    }

    /// The block, reserving it now if this is the first use; `None` when the host refused.
    pub fn block(&self) -> Option<&HostBlock> {
        self.block.get_or_init(|| HostBlock::reserve(self.size)).as_ref()
    }

    /// The block if it was ever reserved (content never touched reads as zeros).
    pub fn touched(&self) -> Option<&HostBlock> {
        self.block.get().and_then(Option::as_ref)
    }
}
