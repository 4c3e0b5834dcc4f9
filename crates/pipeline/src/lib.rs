//! The crawl fleet's runtime: queues, the three stages, configuration and telemetry.
//!
//! Each worker binary loads [`config::Settings`], connects a [`bus::Bus`] and calls its stage's
//! `run` with a shutdown token; `crawlctl crawl` runs all three stages over a
//! [`bus::MemoryBus`] in one process. The stage logic is the same in both modes.
#![deny(missing_docs)]

pub mod bus;
pub mod cli;
pub mod config;
pub mod crawl_spec;
pub mod embedded;
pub mod runner;
pub mod sink;
pub mod stages;
pub mod telemetry;
pub mod workers;
