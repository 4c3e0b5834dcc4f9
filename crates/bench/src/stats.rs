//! The report's arithmetic: percentiles of latencies and the rate of a stage from its counter
//! sampled over time.

/// The `p`-th percentile (0..=100) of `values` by nearest rank, or `None` when there are none.
pub fn percentile(values: &[f64], p: f64) -> Option<f64> {
    if values.is_empty() || !p.is_finite() {
        return None;
    }
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    let rank = (p.clamp(0.0, 100.0) / 100.0 * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

/// A stage's counter (jobs handled, documents indexed...) sampled at times in seconds since
/// the run began.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CounterSeries {
    samples: Vec<(f64, f64)>,
}

/// How fast a stage went while it was busy.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StageRate {
    /// The counter's final value.
    pub total: f64,
    /// When the counter first moved (seconds since the run began).
    pub first_at: f64,
    /// When it reached its final value.
    pub done_at: f64,
    /// Items per second between those two samples.
    pub per_sec: f64,
}

impl CounterSeries {
    /// An empty series.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `value` at `at` seconds; samples must come in time order.
    pub fn push(&mut self, at: f64, value: f64) {
        self.samples.push((at, value));
    }

    /// The last value recorded, 0 before any sample.
    pub fn last(&self) -> f64 {
        self.samples.last().map(|s| s.1).unwrap_or(0.0)
    }

    /// The stage's busy-period rate: from the first sample where the counter is above zero to
    /// the first sample where it reached its final value, counting only what was done between
    /// them (so the sampling interval does not inflate the rate). `None` when the counter never
    /// moved or moved within a single sample.
    pub fn rate(&self) -> Option<StageRate> {
        let total = self.last();
        if total <= 0.0 {
            return None;
        }
        let (first_at, at_first) = *self.samples.iter().find(|s| s.1 > 0.0)?;
        let (done_at, _) = *self.samples.iter().find(|s| s.1 >= total)?;
        let span = done_at - first_at;
        if span <= 0.0 {
            return None;
        }
        Some(StageRate {
            total,
            first_at,
            done_at,
            per_sec: (total - at_first) / span,
        })
    }
}

/// Bytes as mebibytes, for the report.
pub fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), Some(50.0));
        assert_eq!(percentile(&v, 99.0), Some(99.0));
        assert_eq!(percentile(&v, 100.0), Some(100.0));
        assert_eq!(percentile(&v, 0.0), Some(1.0));
        assert_eq!(percentile(&[3.0, 1.0, 2.0], 50.0), Some(2.0));
        assert_eq!(percentile(&[], 50.0), None);
        assert_eq!(percentile(&[f64::NAN], 50.0), None);
    }

    #[test]
    fn stage_rate_counts_only_the_busy_period() {
        let mut s = CounterSeries::new();
        for (t, v) in [
            (0.0, 0.0),
            (1.0, 0.0),
            (2.0, 10.0),
            (3.0, 60.0),
            (4.0, 110.0),
        ] {
            s.push(t, v);
        }
        s.push(5.0, 110.0);
        let r = s.rate().unwrap();
        assert_eq!(r.total, 110.0);
        assert_eq!(r.first_at, 2.0);
        assert_eq!(r.done_at, 4.0);
        assert_eq!(r.per_sec, 50.0);
    }

    #[test]
    fn no_rate_without_progress() {
        let mut s = CounterSeries::new();
        assert!(s.rate().is_none());
        s.push(0.0, 0.0);
        s.push(1.0, 0.0);
        assert!(s.rate().is_none());
        // Everything within one sample: no span to divide by.
        s.push(2.0, 5.0);
        assert!(s.rate().is_none());
    }
}
