//! Shared harness for the fleet's end-to-end tests.
