//! The `armguide` command: parses arguments, calls the library, prints diagnostics once, and
//! exits 0 on success, 1 on content errors, 2 on usage errors.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

mod check_output;

use armguide::check;
use armguide::diagnostics::Diagnostic;
use armguide::site::{self, BuildError, BuildOptions, BuildReport};
use armguide::translations;
use clap::{Parser, Subcommand};

/// mimalloc instead of the system's allocator: a build's steps each allocate and free a few
/// hundred megabytes on two threads; measured on the 14,500-page corpus, mimalloc spends about
/// 8% less CPU time for the same peak memory. Its version 2 without transparent huge pages
/// (Cargo.toml): measured on the same corpus, version 3's peak resident memory was 175-185 MiB
/// where version 2's is 140-150 MiB, at the same CPU time, because version 3 returns freed
/// memory to the system only a second later.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (the 16th of `mi_option_e` in version 2's mimalloc.h;
/// libmimalloc-sys names no constant for it).
#[cfg(feature = "mimalloc")]
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system after 1 ms instead of mimalloc's 10, unless
/// `MIMALLOC_PURGE_DELAY` says otherwise. A build frees large blocks fast (pages read back,
/// rewritten and compressed for the offline editions on one thread while the other indexes):
/// measured on the 14,500-page corpus, three runs each, the peak resident memory was 150-156
/// MiB at 10 ms, 133-137 MiB at 1 ms and 117-121 MiB at 0, where the system calls of purging at
/// once cost 0.3 s of 7.3.
#[cfg(feature = "mimalloc")]
#[allow(unsafe_code)]
fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one of mimalloc's options, which it reads on every purge; any value is
        // valid for this one.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 1) };
    }
}

#[derive(Parser)]
#[command(
    name = "armguide",
    version,
    about = "Builds the multilingual patient guide to Korea's advanced regenerative medicine system"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder.
    Build {
        /// The site's folder (holding site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Write here instead of site.toml's output_dir (relative to the root).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Canonical base URL, overriding site.toml's base_url.
        #[arg(long)]
        base_url: Option<String>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Add two pseudo-locales for checking the interface: en-XA (every message accented
        /// and 30% longer) and ar-XB (every message mirrored, right to left).
        #[arg(long)]
        pseudo: bool,
    },
    /// Preview the site: build it, serve it on this computer, and rebuild what each edit
    /// touches; open pages reload themselves.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Write here instead of site.toml's output_dir (relative to the root).
        #[arg(long)]
        output: Option<PathBuf>,
        /// The port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// The address to listen on. Only this computer can connect to the default; another
        /// address opens the preview to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
    },
    /// Query the site's search index from the terminal.
    Search {
        /// What to look for.
        query: String,
        /// The language whose index to search (default: the site's default language).
        #[arg(long)]
        lang: Option<String>,
        /// How many results to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// `text` for people, `json` for programs (exact scores, as tantivy computed them).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Run every validation of a build, and the checks for editors, writing nothing.
    ///
    /// Beyond a build: Markdown a reader would see broken (empty links, images without alt
    /// text, skipped heading levels), glossary names two terms share and terms no page uses,
    /// a contact given two phone numbers, and an export older than 180 days.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Fail on warnings too, and on any open translation work (missing pages included).
        #[arg(long)]
        strict: bool,
        /// `text` for people (diagnostics on stderr), `json` for CI (one document on stdout:
        /// diagnostics, changes and a summary).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The previous institutions export: list the institutions whose status changed since.
        #[arg(long, value_name = "FILE")]
        previous: Option<PathBuf>,
    },
    /// Per language: pages translated, missing, stale.
    ///
    /// For every language but the source: pages current, stale, untracked, missing and
    /// orphaned, the words to translate, the source_hash to paste, and for a stale page the
    /// paragraphs of the source changed since the translated revision (from git history).
    Translations {
        /// The site's folder (holding site.toml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Only this language (default: every language but the source).
        #[arg(long)]
        lang: Option<String>,
        /// `text` for people, `json` for programs (the fields are documented in
        /// armguide::translations).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

fn main() -> ExitCode {
    #[cfg(feature = "mimalloc")]
    tune_allocator();
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            pseudo,
        } => {
            let opts = BuildOptions {
                root,
                output,
                base_url,
                drafts,
                write: true,
                today: None,
                pseudo,
            };
            finish(site::build(&opts), false, "Built")
        }
        Command::Serve {
            root,
            output,
            port,
            bind,
            drafts,
        } => {
            // Absolute, so that the watcher's paths and the site's compare as they are.
            let root = std::path::absolute(&root).unwrap_or(root);
            let opts = armguide::serve::ServeOptions {
                build: BuildOptions {
                    root,
                    output,
                    drafts,
                    write: true,
                    ..BuildOptions::default()
                },
                bind,
                port,
            };
            match armguide::serve::run(opts, |_| {}) {
                Ok(()) => ExitCode::SUCCESS,
                Err(armguide::serve::ServeError::Build(e)) => fail(e),
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Search {
            query,
            lang,
            limit,
            root,
            format,
        } => {
            let opts = BuildOptions {
                root,
                write: false,
                ..BuildOptions::default()
            };
            let hits = site::search_index(&opts, lang.as_deref())
                .and_then(|index| Ok(index.hits(&query, limit)?));
            match hits {
                Ok(hits) if matches!(format, Format::Json) => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&hits).expect("plain data serializes")
                    );
                    ExitCode::SUCCESS
                }
                Ok(hits) => {
                    if hits.is_empty() {
                        println!("no results for {query:?}");
                    }
                    for (rank, hit) in hits.iter().enumerate() {
                        println!(
                            "{:>3}. [{}] {}\n     {}  (score {:.4})",
                            rank + 1,
                            hit.kind,
                            hit.title,
                            hit.url,
                            hit.score
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
        Command::Check {
            root,
            strict,
            format,
            previous,
        } => {
            let opts = BuildOptions {
                root,
                write: false,
                ..BuildOptions::default()
            };
            match check::run(&opts, previous.as_deref(), strict) {
                Ok(checked) if matches!(format, Format::Json) => {
                    println!("{}", check_output::json(&checked, strict));
                    exit_code(checked.failed(strict))
                }
                Ok(checked) => {
                    check_output::text(&checked, strict);
                    exit_code(checked.failed(strict))
                }
                Err(e) => fail(e),
            }
        }
        Command::Translations { root, lang, format } => {
            match translations::run(&root, lang.as_deref()) {
                Ok(report) if matches!(format, Format::Json) => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&report).expect("plain data serializes")
                    );
                    ExitCode::SUCCESS
                }
                Ok(report) => {
                    // A reader piping into `head` closes the pipe early; that is not a failure.
                    let _ = write!(std::io::stdout().lock(), "{report}");
                    ExitCode::SUCCESS
                }
                Err(e) => fail(e),
            }
        }
    }
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub(crate) fn print_all(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{}", d.render());
    }
}

fn finish(result: Result<BuildReport, BuildError>, strict: bool, verb: &str) -> ExitCode {
    match result {
        Ok(report) => {
            print_all(&report.warnings);
            summary(&report, verb);
            if strict && !report.warnings.is_empty() {
                eprintln!(
                    "error: {} warning(s), and --strict makes warnings fail",
                    report.warnings.len()
                );
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

/// Prints why a command failed and gives its exit status.
fn fail(error: BuildError) -> ExitCode {
    match error {
        BuildError::Content(diags) => {
            print_all(&diags);
            let errors = diags
                .iter()
                .filter(|d| d.severity == armguide::diagnostics::Severity::Error)
                .count();
            eprintln!(
                "error: {errors} error(s), {} warning(s); nothing was written",
                diags.len() - errors
            );
            ExitCode::from(1)
        }
        e @ (BuildError::Usage(_) | BuildError::Output(_)) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
        e @ (BuildError::Search(_) | BuildError::Offline(_)) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

pub(crate) fn summary(report: &BuildReport, verb: &str) {
    let total: std::time::Duration = report.steps.iter().map(|(_, d)| *d).sum();
    let place = report
        .output
        .as_ref()
        .map(|p| format!(" into {}", p.display()))
        .unwrap_or_default();
    println!(
        "{verb} {} files{place} in {:.2} s",
        report.files,
        total.as_secs_f64()
    );
    for (lang, pages, fallbacks) in &report.languages {
        let note = if *fallbacks > 0 {
            format!(" ({fallbacks} shown in the default language)")
        } else {
            String::new()
        };
        println!("  {lang:<8} {pages:>5} pages{note}");
    }
    let steps = milliseconds(&report.steps);
    println!("  steps: {}", steps.join(", "));
    if !report.cpu.is_empty() {
        let total: std::time::Duration = report.cpu.iter().map(|(_, d)| *d).sum();
        let within = milliseconds(&report.cpu_within);
        let cpu: Vec<String> = milliseconds(&report.cpu)
            .into_iter()
            .zip(&report.cpu)
            .map(|(step, (name, _))| {
                if *name == armguide::site::SEARCH_AND_EDITIONS && !within.is_empty() {
                    format!("{step} ({})", within.join(", "))
                } else {
                    step
                }
            })
            .collect();
        println!(
            "  cpu time of each step ({:.2} s in all): {}",
            total.as_secs_f64(),
            cpu.join(", ")
        );
    }
    if !report.peaks.is_empty() {
        let peaks: Vec<String> = report
            .peaks
            .iter()
            .map(|(n, b)| format!("{n} {:.0} MiB", *b as f64 / (1024.0 * 1024.0)))
            .collect();
        println!("  peak memory after each step: {}", peaks.join(", "));
    }
    println!("  {} warning(s)", report.warnings.len());
}

/// `name 123 ms` for each step.
fn milliseconds(steps: &[(&str, std::time::Duration)]) -> Vec<String> {
    steps
        .iter()
        .map(|(n, d)| format!("{n} {:.0} ms", d.as_secs_f64() * 1000.0))
        .collect()
}
