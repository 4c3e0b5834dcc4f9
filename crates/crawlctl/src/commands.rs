//! The subcommands' implementations.

use crate::{Cli, Command, CrawlArgs};
use anyhow::Context;
use crawl_core::jobs::{encode, CrawlMode};
use crawl_pipeline::bus::{AmqpBus, Bus, Outgoing, Queue, Route};
use crawl_pipeline::config::Settings;
use crawl_pipeline::crawl_spec::{read_seed_list, CrawlSpec};
use crawl_pipeline::embedded::{crawl, CrawlRequest, Progress};
use crawl_pipeline::sink::{ArticleSink, JsonlSink};
use crawl_state::Claimant;
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
            ref crawl,
            ref meili_url,
            ref out,
            rate,
        } => {
            let mut settings = load()?;
            if let Some(r) = rate {
                settings.fetch.host_rate = r;
            }
            let spec = crawl_spec(urls, None, crawl)?;
            crawl_command(settings, &spec, meili_url.as_deref(), out).await
        }
        Command::Seed {
            ref urls,
            ref file,
            ref crawl,
        } => {
            let spec = crawl_spec(urls, file.as_deref(), crawl)?;
            seed_command(load()?, &spec).await
        }
        Command::Stop { ref crawl_id } => stop_command(load()?, crawl_id).await,
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
            print_to_stdout(&serde_json::to_string_pretty(&x)?)?;
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
            print_to_stdout(&report.to_string())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Writes `text` and a newline to standard output. A reader that stops early (`crawlctl extract
/// page.html | head`) is not an error: the output it wanted has been written.
fn print_to_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("writing to standard output"))
        }
        _ => Ok(()),
    }
}

/// The crawl described by the command line: a crawl file's values, overridden by flags, plus
/// seeds from the arguments and the seed file.
fn crawl_spec(urls: &[String], file: Option<&Path>, args: &CrawlArgs) -> anyhow::Result<CrawlSpec> {
    let mut spec = match &args.crawl_file {
        Some(f) => CrawlSpec::from_file(f)?,
        None => CrawlSpec::default(),
    };
    spec.seeds.extend(urls.iter().cloned());
    if let Some(f) = file {
        spec.seeds.extend(read_seed_list(f)?);
    }
    if let Some(id) = &args.crawl_id {
        spec.crawl_id = Some(id.clone());
    }
    match args.mode.as_deref() {
        Some("news") => spec.mode = CrawlMode::News,
        Some(_) => spec.mode = CrawlMode::Site,
        None => {}
    }
    let o = &mut spec.scope;
    o.max_depth = args.max_depth.or(o.max_depth);
    o.allowed_hosts.extend(args.allow_hosts.iter().cloned());
    o.allowed_domains.extend(args.allow_domains.iter().cloned());
    o.include.extend(args.include.iter().cloned());
    o.exclude.extend(args.exclude.iter().cloned());
    o.max_pages_per_host = args.max_pages_per_host.or(o.max_pages_per_host);
    o.max_pages = args.max_pages.or(o.max_pages);
    o.max_entry_age_days = args.max_entry_age_days.or(o.max_entry_age_days);
    // Fix the id now so every seed (and the messages printed) share it.
    spec.crawl_id = Some(spec.crawl_id()?);
    Ok(spec)
}

async fn crawl_command(
    settings: Settings,
    spec: &CrawlSpec,
    meili_url: Option<&str>,
    out: &Path,
) -> anyhow::Result<ExitCode> {
    let seeds = spec.seed_jobs(settings.extractor.max_depth)?;
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
    if spec.mode == CrawlMode::News {
        eprintln!("news crawl: polling seeds, feeds and sitemaps until interrupted (Ctrl-C)");
    }
    let req = CrawlRequest { seeds };
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

async fn seed_command(settings: Settings, spec: &CrawlSpec) -> anyhow::Result<ExitCode> {
    let jobs = spec.seed_jobs(settings.extractor.max_depth)?;
    let bus = connect_bus(&settings).await?;
    // Seeds count as seen, so that links back to them do not fetch them a second time.
    let state = crawl_state::connect(crawl_pipeline::workers::state_config(&settings)).await?;
    for job in &jobs {
        let url = Url::parse(&job.url).with_context(|| format!("seed {}", job.url))?;
        state
            .first_visit(&job.crawl_id, &url, Claimant::seeding())
            .await?;
    }
    let messages: Vec<Outgoing> = jobs
        .iter()
        .map(|j| Outgoing::now(Queue::Fetch, encode(j)))
        .collect();
    let n = messages.len();
    Bus::Amqp(bus).publish_all(messages).await?;
    let crawl_id = jobs
        .first()
        .map(|j| j.crawl_id.as_str())
        .unwrap_or_default();
    let mode = match spec.mode {
        CrawlMode::News => "news crawl (polled until `crawlctl stop`)",
        CrawlMode::Site => "site crawl",
    };
    println!("seeded {n} URL(s) as {mode} {crawl_id}");
    Ok(ExitCode::SUCCESS)
}

async fn stop_command(settings: Settings, crawl_id: &str) -> anyhow::Result<ExitCode> {
    let state = crawl_state::connect(crawl_pipeline::workers::state_config(&settings)).await?;
    let n = state.stop_polls(crawl_id).await?;
    println!("crawl {crawl_id}: {n} scheduled poll(s) removed");
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
                "\n{:<24} {:>10} {:>10} {:>10} {:>8} {:>14}  skipped",
                "crawl", "discovered", "fetched", "articles", "errors", "polls (next)"
            );
            for id in crawls {
                match state.stats(&id).await {
                    Ok(st) => {
                        let skipped: Vec<String> =
                            st.skipped.iter().map(|(k, v)| format!("{k}={v}")).collect();
                        let polls = match state.polls(&id).await {
                            Ok((0, _)) => "-".to_string(),
                            Ok((n, Some(next))) => format!("{n} ({:.0}s)", next.as_secs_f64()),
                            Ok((n, None)) => n.to_string(),
                            Err(_) => "?".to_string(),
                        };
                        println!(
                            "{:<24} {:>10} {:>10} {:>10} {:>8} {:>14}  {}",
                            id,
                            st.discovered,
                            st.fetched,
                            st.articles,
                            st.errors,
                            polls,
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
