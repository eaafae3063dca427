//! wgll checks a digital programme's repository against NHS England's What
//! Good Looks Like framework and the guidance under it, with Rego policies.
//!
//! The pipeline, one module per stage:
//! [`collect`] (a repository into the input document and source map) ->
//! [`evaluate`] (Rego over the input) -> [`findings`] (located) ->
//! [`report`] (human and machine formats). [`commands`] wires them to the CLI.

#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod audit;
pub mod collect;
pub mod commands;
pub mod config;
pub mod date;
pub mod evaluate;
pub mod findings;
pub mod maturity;
pub mod pipeline;
pub mod report;
pub mod settings;
pub mod snippet;
pub mod sourcemap;
pub mod waive;
pub mod yaml;
