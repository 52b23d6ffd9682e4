//! MDLs of the driver's own memory: `IoAllocateMdl` describes a virtual range, and
//! `MmBuildMdlForNonPagedPool` / `MmMapLockedPagesSpecifyCache` give back its (already mapped)
//! address. The page numbers are the host's virtual page numbers: there is no physical memory
//! to name here.

use std::alloc::Layout;
use std::collections::HashMap;
use std::sync::LazyLock;

use parking_lot::Mutex;

/// `MDL` (48 bytes, the measured layout), followed by its page-number array.
#[repr(C)]
pub struct Mdl {
    /// `Next`.
    pub next: usize,
    /// `Size`: the MDL and its page array, in bytes.
    pub size: i16,
    /// `MdlFlags`.
    pub flags: i16,
    /// `Process`.
    pub process: usize,
    /// `MappedSystemVa`.
    pub mapped_system_va: usize,
    /// `StartVa`: the page-aligned start.
    pub start_va: usize,
    /// `ByteCount`.
    pub byte_count: u32,
    /// `ByteOffset`: the start's offset in its page.
    pub byte_offset: u32,
}
const _: () = assert!(std::mem::size_of::<Mdl>() == 48);

/// `MDL_MAPPED_TO_SYSTEM_VA`.
pub const MDL_MAPPED_TO_SYSTEM_VA: i16 = 0x0001;
/// `MDL_SOURCE_IS_NONPAGED_POOL`.
pub const MDL_SOURCE_IS_NONPAGED_POOL: i16 = 0x0004;
const PAGE: usize = 4096;

static MDLS: LazyLock<Mutex<HashMap<usize, Layout>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// Pages a range spans (`ADDRESS_AND_SIZE_TO_SPAN_PAGES`).
pub fn span_pages(address: usize, length: u32) -> usize {
    ((address & (PAGE - 1)) + length as usize).div_ceil(PAGE)
}

/// `IoAllocateMdl`: an MDL for `[address, address + length)`, or `None` (NULL) when the host has
/// no memory or the MDL's size would not fit its 16-bit `Size`.
pub fn allocate(address: usize, length: u32) -> Option<usize> {
    let pages = span_pages(address, length);
    let bytes = std::mem::size_of::<Mdl>() + pages * std::mem::size_of::<usize>();
    let size = i16::try_from(bytes).ok()?;
    let layout = Layout::from_size_align(bytes, 8).ok()?;
    // SAFETY: nonzero size.
    let memory = unsafe { std::alloc::alloc_zeroed(layout) } as *mut Mdl;
    if memory.is_null() {
        return None;
    }
    // SAFETY: a fresh, zeroed, suitably aligned allocation large enough for an Mdl.
    let mdl = unsafe { &mut *memory };
    mdl.size = size;
    mdl.start_va = address & !(PAGE - 1);
    mdl.byte_offset = (address & (PAGE - 1)) as u32;
    mdl.byte_count = length;
    MDLS.lock().insert(memory as usize, layout);
    Some(memory as usize)
}

/// Whether `mdl` is one `IoAllocateMdl` returned and not freed.
pub fn is_live(mdl: usize) -> bool {
    MDLS.lock().contains_key(&mdl)
}

/// `MmBuildMdlForNonPagedPool`: fills the page array and the system address.
pub fn build_for_nonpaged_pool(mdl: &mut Mdl, pages: &mut [usize]) {
    for (i, page) in pages.iter_mut().enumerate() {
        *page = mdl.start_va / PAGE + i;
    }
    mdl.mapped_system_va = mdl.start_va + mdl.byte_offset as usize;
    mdl.flags |= MDL_SOURCE_IS_NONPAGED_POOL;
}

/// `IoFreeMdl`; false for an MDL that is not live (reported by the caller).
pub fn free(mdl: usize) -> bool {
    let Some(layout) = MDLS.lock().remove(&mdl) else { return false };
    // SAFETY: allocated in `allocate` with `layout`, removed from the table, so freed once.
    unsafe { std::alloc::dealloc(mdl as *mut u8, layout) };
    true
}
