//! The reads of memory a C caller owns, each checked before any reference exists: the null-checked
//! borrows of an argument structure and the one copy of a UMD buffer. Every entry point and
//! every step that follows a caller's pointer goes through these.

use crate::abi::UINT;
use crate::core::Refusal;
use crate::journal;

/// Borrows a required input structure from C.
///
/// # Safety
/// `ptr` is NULL or points to a valid, initialized `T` that stays alive and unaliased by writers
/// for `'a` (the duration of the call).
pub unsafe fn arg_ref<'a, T>(ptr: *const T, name: &'static str) -> Result<&'a T, Refusal> {
    // SAFETY: non-NULL was checked; validity and lifetime are the caller's contract above.
    unsafe { ptr.as_ref() }.ok_or_else(|| Refusal::invalid_arg(journal::text!("{} is NULL", name)))
}

/// Borrows a required in/out structure from C.
///
/// # Safety
/// `ptr` is NULL or points to a valid `T` that nothing else accesses for `'a`.
pub unsafe fn arg_mut<'a, T>(ptr: *mut T, name: &'static str) -> Result<&'a mut T, Refusal> {
    // SAFETY: non-NULL was checked; exclusivity and lifetime are the caller's contract above.
    unsafe { ptr.as_mut() }.ok_or_else(|| Refusal::invalid_arg(journal::text!("{} is NULL", name)))
}

/// Copies the UMD's buffer of `size` bytes at `data` (its private driver data): empty for size 0;
/// `E_INVALIDARG` for NULL with a size, or a size above
/// `WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE`. `what` names the buffer, asked only for a refusal.
///
/// # Safety
/// `data` is NULL or readable for `size` bytes.
pub unsafe fn capture(
    data: *const core::ffi::c_void,
    size: UINT,
    what: impl Fn() -> String,
) -> Result<Vec<u8>, Refusal> {
    use crate::abi::WDDMSHIM_MAX_PRIVATE_DRIVER_DATA_SIZE as LIMIT;
    if size == 0 {
        return Ok(Vec::new());
    }
    if size > LIMIT {
        return Err(Refusal::invalid_arg(format!(
            "{}Size {size} is above the limit of {LIMIT} bytes",
            what()
        )));
    }
    if data.is_null() {
        let what = what();
        return Err(Refusal::invalid_arg(format!("{what} is NULL but {what}Size is {size}")));
    }
    // SAFETY: non-NULL and readable for `size` bytes (the caller's contract).
    Ok(unsafe { std::slice::from_raw_parts(data as *const u8, size as usize) }.to_vec())
}
