//! The safe core: adapters, devices, resources, allocations and the handle table that names them.
//! No raw pointers and no `unsafe`; everything here runs under Miri.

pub mod faults;
pub mod handles;
pub mod model;
