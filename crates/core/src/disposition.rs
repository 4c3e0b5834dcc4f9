//! What happens to a delivery once its handler is done: the one place that decides.
//!
//! Every stage error type implements [`Classify`] with an exhaustive match, so a new error
//! variant cannot compile without a decision. [`decide`] turns that class and the number of
//! earlier attempts into an ack, a delayed retry or a dead-letter.

use std::time::Duration;

/// How a failure should be treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureClass {
    /// Worth trying again later (timeouts, 5xx, broker or index unavailable).
    Transient,
    /// Will fail the same way every time (undecodable, invalid document): dead-letter now.
    Permanent,
}

/// An error that knows whether retrying can help.
pub trait Classify: std::fmt::Display {
    /// Transient or permanent.
    fn class(&self) -> FailureClass;
}

/// The retry budget of a queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Delays of the successive retries; its length is the retry budget.
    pub delays: Vec<Duration>,
}

impl RetryPolicy {
    /// The delay of retry number `index` (zero past the budget).
    pub fn delay(&self, index: usize) -> Duration {
        self.delays.get(index).copied().unwrap_or_default()
    }
}

/// What to do with a delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disposition {
    /// Done: acknowledge.
    Ack,
    /// Republish to the retry wait queue `delay_index` (whose TTL is `policy.delays[i]`), then ack.
    Retry {
        /// Index into [`RetryPolicy::delays`].
        delay_index: usize,
        /// The attempt number the retry will carry.
        attempt: u32,
    },
    /// Publish to the dead-letter queue with `reason`, then ack.
    DeadLetter {
        /// Why the message is given up on, stored in the `x-death-reason` header.
        reason: String,
    },
}

/// Decides the fate of a delivery that was attempted `attempt` times before (0 on first try).
pub fn decide<E: Classify>(
    outcome: Result<(), &E>,
    attempt: u32,
    policy: &RetryPolicy,
) -> Disposition {
    match outcome {
        Ok(()) => Disposition::Ack,
        Err(e) => match e.class() {
            FailureClass::Permanent => Disposition::DeadLetter {
                reason: e.to_string(),
            },
            FailureClass::Transient => {
                let index = attempt as usize;
                if index < policy.delays.len() {
                    Disposition::Retry {
                        delay_index: index,
                        attempt: attempt + 1,
                    }
                } else {
                    Disposition::DeadLetter {
                        reason: format!("retry budget of {} exhausted: {e}", policy.delays.len()),
                    }
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct E(FailureClass);
    impl std::fmt::Display for E {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "boom")
        }
    }
    impl Classify for E {
        fn class(&self) -> FailureClass {
            self.0
        }
    }

    fn policy() -> RetryPolicy {
        RetryPolicy {
            delays: vec![Duration::from_secs(1), Duration::from_secs(10)],
        }
    }

    #[test]
    fn success_acks() {
        assert_eq!(decide::<E>(Ok(()), 5, &policy()), Disposition::Ack);
    }

    #[test]
    fn permanent_dead_letters_at_once() {
        let d = decide(Err(&E(FailureClass::Permanent)), 0, &policy());
        assert_eq!(
            d,
            Disposition::DeadLetter {
                reason: "boom".into()
            }
        );
    }

    #[test]
    fn transient_retries_with_growing_delay_then_dead_letters() {
        let e = E(FailureClass::Transient);
        assert_eq!(
            decide(Err(&e), 0, &policy()),
            Disposition::Retry {
                delay_index: 0,
                attempt: 1
            }
        );
        assert_eq!(
            decide(Err(&e), 1, &policy()),
            Disposition::Retry {
                delay_index: 1,
                attempt: 2
            }
        );
        match decide(Err(&e), 2, &policy()) {
            Disposition::DeadLetter { reason } => assert!(reason.contains("exhausted")),
            other => panic!("expected dead letter, got {other:?}"),
        }
    }
}
