//! napi-host's integration tests. One binary; one module per area.

mod api;
mod bench;
mod cli;
mod conformance;
mod examples;
mod experimental;
mod hostile;
mod library;
mod wit;
