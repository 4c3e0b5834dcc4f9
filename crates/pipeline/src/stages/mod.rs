//! The pipeline's stages. Each is pure handling logic behind [`crate::runner::Stage`]; the
//! runner does the queue work.

pub mod extract;
pub mod fetch;
pub mod index;
mod parse_pool;
pub mod polls;

/// Adds `n` to one of the crawl's progress counters. Best effort: a counter lost while Redis
/// is away must not fail a job whose real work (a fetch, published links) is already done,
/// which would repeat that work.
pub(crate) async fn count(
    state: &dyn crawl_state::StateStore,
    crawl_id: &str,
    stat: crawl_state::Stat,
    n: u64,
) {
    if let Err(e) = state.record(crawl_id, stat, n).await {
        tracing::warn!(event = "crawl_stat_not_counted", crawl = crawl_id, ?stat, error = %e);
    }
}
