//! Holder package for the `side_by_side` benchmark; it has no library code.
