//! The safe core: adapters, devices, resources, allocations and the handle table that names them.
//! No raw pointers and no `unsafe` (forbidden); everything here runs under Miri.
#![forbid(unsafe_code)]

pub mod faults;
pub mod handles;
pub mod model;
pub mod refusal;

pub use refusal::Refusal;

/// A list with one entry per allocation of one call (or per handle of one request): kept inline
/// for the usual one or two, so the common call allocates nothing; longer lists spill to the heap.
pub type PerCall<T> = smallvec::SmallVec<[T; 2]>;

/// A hash map keyed by an integer (a handle, an offset, an id): hashed by one multiply and a
/// fold, so both the bucket index (low bits) and the control byte (high bits) depend on every
/// bit of the key. The keys are the library's own, so there is no flooding to defend against.
pub type IntegerMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<IntegerHasher>>;

/// The hasher of [`IntegerMap`].
#[derive(Default)]
pub struct IntegerHasher(u64);

impl std::hash::Hasher for IntegerHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.write_u64(u64::from(value));
    }

    fn write_usize(&mut self, value: usize) {
        self.write_u64(value as u64);
    }

    fn write_u64(&mut self, value: u64) {
        let mixed = (self.0 ^ value).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = mixed ^ (mixed >> 29);
    }
}
