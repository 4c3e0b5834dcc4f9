//! The subcommands' implementations.

use crate::{Cli, Command};
use anyhow::{bail, Context};
use crawl_core::jobs::{encode, FetchJob, Resource};
use crawl_frontier::Scope;
use crawl_pipeline::bus::{AmqpBus, Bus, Outgoing, Queue, Route};
use crawl_pipeline::config::Settings;
use crawl_pipeline::embedded::{crawl, CrawlRequest, Progress};
use crawl_pipeline::sink::{ArticleSink, JsonlSink};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use tokio_util::sync::CancellationToken;
use url::Url;

pub(crate) async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let load = || Settings::load(cli.config.as_deref()).context("loading settings");
    match cli.command {
        Command::Crawl {
            ref urls,
            max_depth,
            ref meili_url,
            ref out,
            rate,
        } => {
            let mut settings = load()?;
            if let Some(r) = rate {
                settings.fetch.host_rate = r;
            }
            crawl_command(settings, urls, max_depth, meili_url.as_deref(), out).await
        }
        Command::Seed {
            ref urls,
            ref file,
            max_depth,
            ref crawl_id,
        } => seed_command(load()?, urls, file.as_deref(), max_depth, crawl_id.clone()).await,
        Command::Status => status_command(load()?).await,
        Command::Dead {
            ref action,
            ref queue,
            max,
        } => dead_command(load()?, action, queue, max).await,
        Command::Extract {
            ref file,
            ref url,
            ref content_type,
        } => {
            let html =
                std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
            let url =
                Url::parse(url).with_context(|| format!("--url {url:?} is not an absolute URL"))?;
            let x = crawl_extract::extract(&html, &url, content_type.as_deref());
            println!("{}", serde_json::to_string_pretty(&x)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            ref corpus,
            ref predictions,
            threads,
            limit,
        } => {
            let opts = crawl_eval::EvalOptions {
                corpus_dir: corpus.clone(),
                predictions: predictions.clone(),
                threads: threads.unwrap_or_else(|| {
                    std::thread::available_parallelism()
                        .map(|n| n.get())
                        .unwrap_or(1)
                }),
                limit,
            };
            let report = tokio::task::spawn_blocking(move || crawl_eval::run(&opts)).await??;
            println!("{report}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn parse_seeds(urls: &[String], file: Option<&Path>) -> anyhow::Result<Vec<Url>> {
    let mut raw: Vec<String> = urls.to_vec();
    if let Some(f) = file {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("reading seed file {}", f.display()))?;
        raw.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string),
        );
    }
    if raw.is_empty() {
        bail!("no seed URLs given (pass URLs or --file seeds.txt)");
    }
    raw.iter()
        .map(|s| {
            let base = Url::parse("http://invalid/").context("base URL")?;
            crawl_frontier::normalize(&base, s)
                .ok()
                .filter(|u| u.host_str() != Some("invalid") && s.contains("://"))
                .with_context(|| format!("seed {s:?} is not an absolute http(s) URL"))
        })
        .collect()
}

fn new_crawl_id() -> String {
    format!("c{}", chrono::Utc::now().format("%Y%m%dT%H%M%S"))
}

async fn crawl_command(
    settings: Settings,
    urls: &[String],
    max_depth: Option<u32>,
    meili_url: Option<&str>,
    out: &Path,
) -> anyhow::Result<ExitCode> {
    let seeds = parse_seeds(urls, None)?;
    let sink = match meili_url {
        Some(url) => {
            let mut s = settings.clone();
            s.indexer.meili_url = url.to_string();
            let cfg = crawl_pipeline::workers::index_config(&s);
            let index = crawl_index::connect(&cfg).await?;
            eprintln!(
                "writing articles to Meilisearch {url}, index {:?}",
                cfg.index_uid
            );
            ArticleSink::Meili(index)
        }
        None => {
            eprintln!("writing articles to {}", out.display());
            ArticleSink::Jsonl(JsonlSink::open(out)?)
        }
    };
    let shutdown = CancellationToken::new();
    crawl_pipeline::telemetry::cancel_on_signals(shutdown.clone());
    let req = CrawlRequest {
        seeds,
        max_depth: max_depth.unwrap_or(settings.extractor.max_depth),
        crawl_id: new_crawl_id(),
    };
    let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let show = move |p: Progress| {
        let line = format!(
            "fetched {:>6}  extracted {:>6}  articles {:>6}  errors {:>4}  pending {:>6}  {:>6.1} pages/s",
            p.fetched, p.extracted, p.articles, p.errors, p.pending, p.rate()
        );
        let mut err = std::io::stderr();
        if tty {
            let _ = write!(err, "\r{line}");
        } else {
            let _ = writeln!(err, "{line}");
        }
    };
    let last = crawl(&settings, req, sink, shutdown, show).await?;
    eprintln!(
        "\ndone: {} articles from {} fetched pages in {:.1}s ({} errors)",
        last.articles, last.fetched, last.elapsed_secs, last.errors
    );
    Ok(ExitCode::SUCCESS)
}

async fn connect_bus(settings: &Settings) -> anyhow::Result<AmqpBus> {
    Ok(AmqpBus::connect(settings.amqp_settings(), CancellationToken::new()).await?)
}

async fn seed_command(
    settings: Settings,
    urls: &[String],
    file: Option<&Path>,
    max_depth: Option<u32>,
    crawl_id: Option<String>,
) -> anyhow::Result<ExitCode> {
    let seeds = parse_seeds(urls, file)?;
    let crawl_id = crawl_id.unwrap_or_else(new_crawl_id);
    let depth = max_depth.unwrap_or(settings.extractor.max_depth);
    let bus = connect_bus(&settings).await?;
    // Seeds count as seen, so that links back to them do not fetch them a second time.
    let state = crawl_state::connect(crawl_pipeline::workers::state_config(&settings)).await?;
    for u in &seeds {
        state.first_visit(&crawl_id, u).await?;
    }
    let messages: Vec<Outgoing> = seeds
        .iter()
        .map(|u| {
            Outgoing::now(
                Queue::Fetch,
                encode(&FetchJob {
                    url: u.to_string(),
                    depth: 0,
                    crawl_id: crawl_id.clone(),
                    scope: Scope::same_host(u, depth),
                    resource: Resource::Page,
                }),
            )
        })
        .collect();
    let n = messages.len();
    Bus::Amqp(bus).publish_all(messages).await?;
    println!("seeded {n} URL(s) as crawl {crawl_id}");
    Ok(ExitCode::SUCCESS)
}

async fn status_command(settings: Settings) -> anyhow::Result<ExitCode> {
    let bus = connect_bus(&settings).await?;
    println!("{:<40} {:>10}", "queue", "messages");
    for (name, count) in bus.queue_depths().await? {
        println!("{name:<40} {count:>10}");
    }
    match crawl_state::connect(crawl_pipeline::workers::state_config(&settings)).await {
        Ok(state) => print_crawl_state(&*state).await,
        Err(e) => println!("\ncrawl state: {e}"),
    }
    let cfg = crawl_pipeline::workers::index_config(&settings);
    match crawl_index::connect(&cfg).await {
        Ok(index) => match index.document_count().await {
            Ok(n) => println!("\nindex {:?} at {}: {n} documents", cfg.index_uid, cfg.url),
            Err(e) => println!("\nindex {:?}: {e}", cfg.index_uid),
        },
        Err(e) => println!("\nindex: {e}"),
    }
    Ok(ExitCode::SUCCESS)
}

async fn print_crawl_state(state: &dyn crawl_state::StateStore) {
    match state.crawls(20).await {
        Ok(crawls) if !crawls.is_empty() => {
            println!(
                "\n{:<24} {:>10} {:>10} {:>10} {:>8}  skipped",
                "crawl", "discovered", "fetched", "articles", "errors"
            );
            for id in crawls {
                match state.stats(&id).await {
                    Ok(st) => {
                        let skipped: Vec<String> =
                            st.skipped.iter().map(|(k, v)| format!("{k}={v}")).collect();
                        println!(
                            "{:<24} {:>10} {:>10} {:>10} {:>8}  {}",
                            id,
                            st.discovered,
                            st.fetched,
                            st.articles,
                            st.errors,
                            skipped.join(" ")
                        );
                    }
                    Err(e) => println!("{id:<24} {e}"),
                }
            }
        }
        Ok(_) => println!("\nno crawls recorded"),
        Err(e) => println!("\ncrawl state: {e}"),
    }
    match state.hosts(20).await {
        Ok(hosts) if !hosts.is_empty() => {
            println!(
                "\n{:<40} {:>14} {:>14}",
                "host", "next fetch in", "backoff left"
            );
            for h in hosts {
                println!(
                    "{:<40} {:>13.1}s {:>14}",
                    h.host,
                    h.next_allowed_in.as_secs_f64(),
                    h.backoff_remaining
                        .map(|b| format!("{:.1}s", b.as_secs_f64()))
                        .unwrap_or_else(|| "-".into())
                );
            }
        }
        Ok(_) => {}
        Err(e) => println!("\nhost state: {e}"),
    }
}

fn queue_named(name: &str) -> anyhow::Result<Queue> {
    Queue::ALL
        .into_iter()
        .find(|q| q.name() == name)
        .with_context(|| format!("unknown queue {name:?}; accepted: fetch, page, article"))
}

async fn dead_command(
    settings: Settings,
    action: &str,
    queue: &str,
    max: usize,
) -> anyhow::Result<ExitCode> {
    let q = queue_named(queue)?;
    let bus = connect_bus(&settings).await?;
    let letters = bus.drain_dead(q, max).await?;
    if letters.is_empty() {
        println!("no dead letters in {}", bus.dead_queue_name(q));
        return Ok(ExitCode::SUCCESS);
    }
    let replay = action == "replay";
    for (body, reason, acker) in letters {
        let preview: String = String::from_utf8_lossy(&body).chars().take(160).collect();
        println!(
            "reason: {}\n  {preview}",
            reason.as_deref().unwrap_or("(none)")
        );
        if replay {
            Bus::Amqp(bus.clone())
                .publish_all(vec![Outgoing {
                    queue: q,
                    body,
                    attempt: 0,
                    route: Route::Now,
                }])
                .await?;
            acker
                .ack(Default::default())
                .await
                .context("acking the replayed dead letter")?;
        } else {
            acker
                .nack(crawl_pipeline::bus::requeue_options())
                .await
                .context("returning the dead letter to its queue")?;
        }
    }
    if replay {
        println!("replayed to {}", bus.queue_name(q));
    }
    Ok(ExitCode::SUCCESS)
}
