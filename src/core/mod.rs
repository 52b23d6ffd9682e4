//! The safe core: adapters, devices, resources, allocations and the handle table that names them.
//! No raw pointers and no `unsafe` (forbidden); everything here runs under Miri.
#![forbid(unsafe_code)]

pub mod faults;
pub mod handles;
pub mod model;

/// A list with one entry per allocation of one call (or per handle of one request): kept inline
/// for the usual one or two, so the common call allocates nothing; longer lists spill to the heap.
pub type PerCall<T> = smallvec::SmallVec<[T; 2]>;
