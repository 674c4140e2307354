//! The actorgraph command line: parses arguments, calls the library, prints
//! one-line errors. Exit codes: 0 success, 1 finished but skipped malformed
//! records, 2 error.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use actorgraph::app::{self, BuildOptions, ExportFormat, Reporter, TripleFormat};
use actorgraph::export::{Filter, Labels, Period, Style};
use actorgraph::extract::Extractor;
use actorgraph::lexicon::Lexicon;

/// Extraction allocates many small, short-lived vectors per sentence;
/// mimalloc's thread-local free lists serve them faster than glibc's
/// malloc (measured in docs/performance.md), for more memory. The
/// `mimalloc` feature (on by default) chooses it.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn Arabic and English news into a knowledge graph of who does what to whom.
#[derive(Parser)]
#[command(name = "actorgraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Extra lexicon table (TSV, see docs/lexicons.md); repeatable.
    #[arg(long = "lexicon", global = true, value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// Never show a progress bar.
    #[arg(long, global = true)]
    quiet: bool,
    /// Worker threads for extraction (default: one per core).
    #[arg(long, global = true, value_name = "N")]
    threads: Option<usize>,
}

#[derive(Subcommand)]
enum Command {
    /// Extract from articles, merge into a store, and write exports.
    Build {
        /// .txt files, .jsonl files, folders, or - for JSONL on stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Folder for the exports (and the store, as DIR/graph.store, unless --store).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Store file to merge into (created if missing).
        #[arg(long)]
        store: Option<PathBuf>,
        /// Node labels in the diagram.
        #[arg(long, value_enum, default_value_t = LabelArg::Both)]
        labels: LabelArg,
        /// Do not render graph.svg even if Graphviz is installed.
        #[arg(long)]
        no_render: bool,
    },
    /// Print the triples of articles, one per line.
    Extract {
        /// .txt files, .jsonl files, folders, or - for JSONL on stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = TripleArg::Jsonl)]
        format: TripleArg,
    },
    /// Write a store as a diagram, a page, a timeline or Neo4j files.
    Export {
        #[arg(long)]
        store: PathBuf,
        #[arg(long, value_enum)]
        format: ExportArg,
        /// Output folder.
        #[arg(long)]
        out: PathBuf,
        /// Only edges with at least this many triples.
        #[arg(long, default_value_t = 1)]
        min_count: usize,
        /// Only the network around this actor id (repeatable).
        #[arg(long)]
        actor: Vec<String>,
        /// Hops from --actor to keep.
        #[arg(long, default_value_t = 1)]
        depth: usize,
        /// Only this relation (repeatable).
        #[arg(long)]
        relation: Vec<String>,
        /// Only this class (repeatable): a PLOVER type (ASSAULT), a quad
        /// class (verbal-coop), cooperation or conflict.
        #[arg(long)]
        class: Vec<String>,
        /// Only evidence dated on or after this day (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Only evidence dated on or before this day (YYYY-MM-DD).
        #[arg(long)]
        until: Option<String>,
        /// Only edges among the N actors with the most triples.
        #[arg(long)]
        top: Option<usize>,
        /// Draw all relations between two actors as one labelled edge.
        #[arg(long)]
        bundle: bool,
        /// Timeline periods (with --format timeline).
        #[arg(long, value_enum, default_value_t = PeriodArg::Month)]
        by: PeriodArg,
        #[arg(long, value_enum, default_value_t = LabelArg::Both)]
        labels: LabelArg,
    },
    /// Write a store into a running Neo4j over Bolt (idempotent: MERGE on ids and keys).
    Push {
        #[arg(long)]
        store: PathBuf,
        /// bolt://HOST:PORT (or neo4j://).
        #[arg(long)]
        uri: String,
        #[arg(long, default_value = "neo4j")]
        user: String,
        /// Name of the environment variable holding the password (never on the command line).
        #[arg(long, value_name = "VAR")]
        password_env: String,
        #[arg(long, default_value = "neo4j")]
        database: String,
        /// Rows per transaction.
        #[arg(long, default_value_t = 1000)]
        batch: usize,
        /// Only the network around this actor id (repeatable).
        #[arg(long)]
        actor: Vec<String>,
        /// Only this relation (repeatable).
        #[arg(long)]
        relation: Vec<String>,
        /// Only edges with at least this many triples.
        #[arg(long, default_value_t = 1)]
        min_count: usize,
    },
    /// Combine stores (built on different machines, say) into one.
    Merge {
        /// Stores to combine.
        #[arg(required = true)]
        stores: Vec<PathBuf>,
        /// The store to write (replaced; name it among the inputs to merge into it).
        #[arg(short, long)]
        out: PathBuf,
    },
    /// Show what a store holds: counts, relations, strongest dyads.
    Stats {
        #[arg(long)]
        store: PathBuf,
        /// How many dyads to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Score the extractor against gold records (docs/quality.md).
    Eval {
        /// Gold JSONL files.
        #[arg(required = true)]
        gold: Vec<PathBuf>,
        /// Print this many misses and false alarms with their sentences.
        #[arg(long, default_value_t = 0)]
        show: usize,
    },
    /// Show which actor and role each phrase resolves to.
    Resolve {
        /// Phrases such as "President Erdogan" or "الرئيس التركي".
        #[arg(required = true)]
        texts: Vec<String>,
        /// Resolve office-holders as of this date (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
        #[arg(long, value_enum, default_value_t = ResolveArg::Text)]
        format: ResolveArg,
        /// List every mention in each phrase, not the one actor the phrase
        /// as a whole describes.
        #[arg(long)]
        mentions: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum LabelArg {
    En,
    Ar,
    Both,
}

#[derive(Clone, Copy, ValueEnum)]
enum TripleArg {
    Jsonl,
    Tsv,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportArg {
    Dot,
    Svg,
    Png,
    Csv,
    Timeline,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum PeriodArg {
    Day,
    Month,
    Year,
}

#[derive(Clone, Copy, ValueEnum)]
enum ResolveArg {
    Text,
    Jsonl,
}

impl From<LabelArg> for Labels {
    fn from(l: LabelArg) -> Labels {
        match l {
            LabelArg::En => Labels::En,
            LabelArg::Ar => Labels::Ar,
            LabelArg::Both => Labels::Both,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if let Some(e) = err.downcast_ref::<actorgraph::Error>() {
                if e.is_broken_pipe() {
                    return ExitCode::SUCCESS;
                }
            }
            if let Some(e) = err.downcast_ref::<std::io::Error>() {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
            }
            eprintln!(
                "actorgraph: error: {}",
                format!("{err:#}").replace('\n', " ")
            );
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start worker threads")?;
    }
    let show = !cli.quiet && std::io::stderr().is_terminal();
    let lexicon = || -> anyhow::Result<Lexicon> { Ok(Lexicon::with_files(&cli.lexicons)?) };
    match cli.command {
        Command::Build {
            inputs,
            out,
            store,
            labels,
            no_render,
        } => {
            let lex = lexicon()?;
            let opts = BuildOptions {
                inputs,
                out,
                store,
                labels: labels.into(),
                render: !no_render,
            };
            let total =
                actorgraph::ingest::total_bytes(&actorgraph::ingest::sources(&opts.inputs)?);
            let summary = app::build(&opts, &lex, &Reporter::new(show, total))?;
            eprintln!(
                "actorgraph: {} -> {}",
                summary.line(),
                app::store_path(&opts)?.display()
            );
            Ok(exit_for(&summary))
        }
        Command::Extract { inputs, format } => {
            let lex = lexicon()?;
            let format = match format {
                TripleArg::Jsonl => TripleFormat::Jsonl,
                TripleArg::Tsv => TripleFormat::Tsv,
            };
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let summary = app::extract(&inputs, &lex, format, &Reporter::new(show, 0), &mut out)?;
            out.flush()?;
            if !cli.quiet {
                eprintln!("actorgraph: {}", summary.line());
            }
            Ok(exit_for(&summary))
        }
        Command::Export {
            store,
            format,
            out,
            min_count,
            actor,
            depth,
            relation,
            class,
            since,
            until,
            top,
            bundle,
            by,
            labels,
        } => {
            for d in [&since, &until].into_iter().flatten() {
                anyhow::ensure!(
                    actorgraph::ingest::valid_date(d),
                    "{d:?} is not a YYYY-MM-DD date"
                );
            }
            let period = match by {
                PeriodArg::Day => Period::Day,
                PeriodArg::Month => Period::Month,
                PeriodArg::Year => Period::Year,
            };
            let format = match format {
                ExportArg::Dot => ExportFormat::Dot,
                ExportArg::Svg => ExportFormat::Svg,
                ExportArg::Png => ExportFormat::Png,
                ExportArg::Csv => ExportFormat::Csv,
                ExportArg::Timeline => ExportFormat::Timeline(period),
                ExportArg::Html => ExportFormat::Html,
            };
            let filter = Filter {
                min_count,
                actors: actor,
                depth,
                relations: relation,
                classes: class,
                since,
                until,
                top,
            };
            let style = Style {
                labels: labels.into(),
                bundle,
                links: false,
            };
            let files = app::export(&store, format, &filter, style, &out)?;
            for f in files {
                println!("{}", f.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Push {
            store,
            uri,
            user,
            password_env,
            database,
            batch,
            actor,
            relation,
            min_count,
        } => {
            let password = std::env::var(&password_env).map_err(|_| {
                anyhow::anyhow!(
                    "environment variable {password_env} (named by --password-env) is not set"
                )
            })?;
            let store = actorgraph::store::Store::load(&store)?;
            let filter = Filter {
                min_count,
                actors: actor,
                relations: relation,
                ..Filter::default()
            };
            let opts = actorgraph::export::PushOptions {
                uri,
                user,
                password,
                database,
                batch,
            };
            let s = actorgraph::export::push(&store, &filter, &opts)?;
            eprintln!(
                "actorgraph: pushed {} actors, {} documents, {} events, {} relations to {}",
                s.actors, s.documents, s.events, s.relations, opts.uri
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Merge { stores, out } => {
            let docs = app::merge(&stores, &out, &Reporter::new(show, 0))?;
            eprintln!(
                "actorgraph: merged {} stores, {docs} documents -> {}",
                stores.len(),
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Stats { store, top, json } => {
            let stats = app::stats(&store, top)?;
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &stats)?;
                writeln!(out)?;
            } else {
                writeln!(
                    out,
                    "documents\t{}\ntriples\t{}\nactors\t{}\nedges\t{}",
                    stats.documents, stats.triples, stats.actors, stats.edges
                )?;
                writeln!(out, "\nrelation\ttriples")?;
                for (r, n) in &stats.relations {
                    writeln!(out, "{r}\t{n}")?;
                }
                writeln!(out, "\ndyad\ttriples")?;
                for (a, b, n) in &stats.top_dyads {
                    writeln!(out, "{a}–{b}\t{n}")?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { gold, show } => {
            let lex = lexicon()?;
            let ex = Extractor::new(&lex);
            let mut out = std::io::stdout().lock();
            for g in &gold {
                let report = actorgraph::eval::evaluate(g, &ex)?;
                writeln!(out, "{}", report.render(&g.display().to_string(), show))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Resolve {
            texts,
            date,
            format,
            mentions,
        } => {
            if let Some(d) = &date {
                anyhow::ensure!(
                    actorgraph::ingest::valid_date(d),
                    "--date {d:?} is not a YYYY-MM-DD date"
                );
            }
            let lex = lexicon()?;
            let ex = Extractor::new(&lex);
            let mut out = std::io::stdout().lock();
            for text in &texts {
                let found = if mentions {
                    ex.resolve(text, date.as_deref())
                } else {
                    ex.describe(text, date.as_deref()).into_iter().collect()
                };
                match format {
                    ResolveArg::Jsonl => {
                        if found.is_empty() {
                            writeln!(
                                out,
                                "{}",
                                serde_json::json!({"text": text, "id": null, "name": null, "role": null, "country": null})
                            )?;
                        }
                        for r in &found {
                            writeln!(out, "{}", serde_json::to_string(r)?)?;
                        }
                    }
                    ResolveArg::Text => {
                        if found.is_empty() {
                            writeln!(out, "{text}\t-")?;
                        }
                        for r in &found {
                            let cell = |v: &Option<String>| v.as_deref().unwrap_or("-").to_string();
                            writeln!(
                                out,
                                "{}\t{}\t{}\t{}\t{}",
                                r.text,
                                cell(&r.id),
                                cell(&r.name),
                                cell(&r.role),
                                cell(&r.country)
                            )?;
                        }
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn exit_for(summary: &app::Summary) -> ExitCode {
    if summary.had_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
