//! The safe core: adapters, devices, resources, allocations and the handle table that names them.
//! No raw pointers and no `unsafe` (forbidden); everything here runs under Miri.
#![forbid(unsafe_code)]

pub mod faults;
pub mod handles;
pub mod model;
