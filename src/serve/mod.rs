//! `armguide serve`: builds the site, serves the output folder on loopback, watches the
//! inputs and rebuilds what an edit touched ([`rebuild`]), and tells open pages to reload
//! ([`http`] adds the script that asks). A broken edit leaves the last good site on disk and
//! in the browser, with the problems shown over the page until they are fixed.

pub mod http;
pub mod rebuild;

use std::io::Write;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher as _};
use thiserror::Error;

use crate::content::SourceError;
use crate::diagnostics::{Diagnostic, Severity};
use crate::site::{BuildError, BuildOptions};
use rebuild::Workspace;

/// How long the watcher waits for an editor to finish saving before rebuilding.
const DEBOUNCE: Duration = Duration::from_millis(20);
/// How many times in a row a rebuild runs again when files change while it reads them, before
/// it shows the change as an error: a file rewritten without pause is not settling.
const CHANGE_RETRIES: u32 = 3;

pub struct ServeOptions {
    pub build: BuildOptions,
    pub bind: IpAddr,
    pub port: u16,
}

#[derive(Debug, Error)]
pub enum ServeError {
    #[error("{0} is already in use; pass --port to choose another port")]
    PortTaken(SocketAddr),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot watch {path}: {source}")]
    Watch {
        path: PathBuf,
        source: notify::Error,
    },
    /// The site cannot be built at all (no site.toml, an output folder that is not ours).
    #[error(transparent)]
    Build(BuildError),
}

/// What the open pages are told: the build's version and, when the last rebuild failed, why.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct State {
    pub version: u64,
    pub errors: Vec<Shown>,
}

/// A diagnostic as the overlay shows it: its fields, and the text the terminal prints (with
/// the offending line and a caret under the place).
#[derive(Debug, Clone, serde::Serialize)]
pub struct Shown {
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    pub text: String,
}

/// What the server threads share with the watcher.
pub struct Shared {
    out: PathBuf,
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn version(&self) -> u64 {
        self.state.lock().expect("not poisoned").version
    }

    /// Publishes a rebuild's result and wakes the pages waiting for one.
    fn publish(&self, errors: Vec<Shown>) {
        let mut state = self.state.lock().expect("not poisoned");
        state.version += 1;
        state.errors = errors;
        self.changed.notify_all();
    }

    /// The state once its version differs from `since` (at once when `None`), or after `wait`.
    fn wait_for_change(&self, since: Option<u64>, wait: Duration) -> State {
        let state = self.state.lock().expect("not poisoned");
        let (state, _) = self
            .changed
            .wait_timeout_while(state, wait, |s| since == Some(s.version))
            .expect("not poisoned");
        state.clone()
    }
}

/// Runs the preview until the process is stopped; `ready` is called with the address once
/// the first build is done and the port is open.
pub fn run(opts: ServeOptions, ready: impl FnOnce(SocketAddr)) -> Result<(), ServeError> {
    let addr = SocketAddr::new(opts.bind, opts.port);
    let listener = TcpListener::bind(addr).map_err(|source| match source.kind() {
        std::io::ErrorKind::AddrInUse => ServeError::PortTaken(addr),
        _ => ServeError::Listen { addr, source },
    })?;
    let addr = listener
        .local_addr()
        .map_err(|source| ServeError::Listen { addr, source })?;

    let started = Instant::now();
    let (workspace, errors) = match Workspace::open(&opts.build) {
        Ok((workspace, report)) => {
            print_diagnostics(&report.warnings);
            println!(
                "Built {} files in {} ms",
                report.files,
                started.elapsed().as_millis()
            );
            (Some(workspace), Vec::new())
        }
        Err(BuildError::Content(diags)) => {
            print_diagnostics(&diags);
            println!("The site has errors; the preview shows them until they are fixed.");
            (None, errors_of(diags))
        }
        Err(e) => return Err(ServeError::Build(e)),
    };
    let out = match (
        &workspace,
        crate::config::Config::from_root(&opts.build.root),
    ) {
        (Some(ws), _) => ws.output().to_path_buf(),
        (None, Ok(config)) => crate::site::output_dir(&opts.build, &config),
        // site.toml itself is broken: nothing can be served until it is fixed.
        (None, Err(_)) => opts.build.root.join("public"),
    };
    let shared = Arc::new(Shared {
        out: out.clone(),
        state: Mutex::new(State { version: 0, errors }),
        changed: Condvar::new(),
    });

    let server =
        tiny_http::Server::from_listener(listener, None).map_err(|e| ServeError::Listen {
            addr,
            source: std::io::Error::other(e.to_string()),
        })?;
    let http_shared = Arc::clone(&shared);
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let shared = Arc::clone(&http_shared);
            // One thread per request: a page's status request waits for the next rebuild.
            std::thread::spawn(move || http::handle(&shared, request));
        }
    });

    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|source| ServeError::Watch {
        path: opts.build.root.clone(),
        source,
    })?;
    for path in watched(&opts.build.root) {
        watcher
            .watch(&path, RecursiveMode::Recursive)
            .map_err(|source| ServeError::Watch { path, source })?;
    }
    println!("Serving http://{addr}/ (Ctrl-C to stop)");
    let _ = std::io::stdout().flush();
    ready(addr);

    let mut workspace = workspace;
    // A batch to build again, and how many times in a row it was.
    let mut again: Option<(Vec<PathBuf>, Instant)> = None;
    let mut tries = 0;
    while let Some((paths, first_event)) = again.take().or_else(|| next_batch(&rx, &out)) {
        let errors = match workspace.as_mut() {
            Some(ws) => {
                let waited = first_event.elapsed();
                // Open pages reload as soon as the pages are on disk; the search index follows.
                let result = match ws.rebuild_pages(&paths) {
                    Ok(_) => {
                        shared.publish(Vec::new());
                        ws.finish()
                    }
                    Err(e) => Err(e),
                };
                // A file written while it was read (an editor that saves in two steps) is no
                // error of the site: the build waits for the save to settle and runs again.
                if tries < CHANGE_RETRIES && changed_while_built(&result) {
                    tries += 1;
                    let mut paths = paths;
                    settle(&rx, &out, &mut paths);
                    again = Some((paths, first_event));
                    continue;
                }
                tries = 0;
                let errors = rebuilt(result, waited, &paths, &opts.build.root);
                if errors.is_empty() {
                    continue;
                }
                errors
            }
            None => match Workspace::open(&opts.build) {
                Ok((ws, report)) => {
                    print_diagnostics(&report.warnings);
                    println!("Built {} files", report.files);
                    workspace = Some(ws);
                    Vec::new()
                }
                Err(e) => failed(e),
            },
        };
        shared.publish(errors);
    }
    Ok(())
}

/// Prints what a rebuild did and gives the errors the pages should show.
/// `waited` is the time from the batch's first file event to the rebuild's start.
fn rebuilt(
    result: Result<rebuild::Outcome, BuildError>,
    waited: Duration,
    paths: &[PathBuf],
    root: &Path,
) -> Vec<Shown> {
    match result {
        Ok(outcome) => {
            let shown: Vec<PathBuf> = paths
                .iter()
                .map(|p| crate::diagnostics::display_path(root, p))
                .collect();
            // The edited files' warnings; the others were printed by the first build, and a
            // site with many would bury the edit's own under them at every save.
            let (own, others): (Vec<Diagnostic>, Vec<Diagnostic>) = outcome
                .warnings
                .iter()
                .cloned()
                .partition(|d| shown.contains(&d.path));
            print_diagnostics(&own);
            if !others.is_empty() {
                println!("{} warning(s) in other files", others.len());
            }
            let names: Vec<String> = shown.iter().map(|p| p.display().to_string()).collect();
            let steps: Vec<String> = outcome
                .steps
                .iter()
                .map(|(n, d)| format!("{n} {} ms", d.as_millis()))
                .collect();
            let edited = outcome
                .edited_done
                .map(|d| format!("the edited page on disk {} ms, ", (waited + d).as_millis()))
                .unwrap_or_default();
            println!(
                "{}: {} page(s) rendered, {} file(s) written, {} removed; {edited}every page on disk {} ms, all {} ms after the first file event ({} ms of it waiting for the save to settle; {})",
                names.join(", "),
                outcome.rendered,
                outcome.written.len(),
                outcome.removed.len(),
                (waited + outcome.pages_done).as_millis(),
                (waited + outcome.total).as_millis(),
                waited.as_millis(),
                steps.join(", ")
            );
            Vec::new()
        }
        Err(e) => failed(e),
    }
}

fn failed(error: BuildError) -> Vec<Shown> {
    match error {
        BuildError::Content(diags) => {
            print_diagnostics(&diags);
            println!("The last good site is still served; fix the errors above to update it.");
            errors_of(diags)
        }
        other => {
            eprintln!("error: {other}");
            errors_of(vec![Diagnostic::error("", None, other.to_string())])
        }
    }
}

fn errors_of(diags: Vec<Diagnostic>) -> Vec<Shown> {
    diags
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| Shown {
            text: d.render(),
            diagnostic: d,
        })
        .collect()
}

fn print_diagnostics(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{}", d.render());
    }
}

/// Waits for an edit, then gathers the events that follow it within [`DEBOUNCE`] (an editor's
/// save is often several: write a temporary file, rename it, change its mode), with the time
/// the first arrived; `None` once the watcher is gone.
fn next_batch(
    rx: &mpsc::Receiver<notify::Result<notify::Event>>,
    out: &Path,
) -> Option<(Vec<PathBuf>, Instant)> {
    loop {
        let mut paths = Vec::new();
        gather(rx.recv().ok()?, out, &mut paths);
        let first = Instant::now();
        if !settle(rx, out, &mut paths) {
            return None;
        }
        if !paths.is_empty() {
            return Some((paths, first));
        }
    }
}

/// Adds to `paths` what the events of the next [`DEBOUNCE`] name; `false` when the watcher
/// has stopped.
fn settle(
    rx: &mpsc::Receiver<notify::Result<notify::Event>>,
    out: &Path,
    paths: &mut Vec<PathBuf>,
) -> bool {
    let until = Instant::now() + DEBOUNCE;
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(event) => gather(event, out, paths),
            Err(mpsc::RecvTimeoutError::Timeout) => break,
            Err(mpsc::RecvTimeoutError::Disconnected) => return false,
        }
    }
    true
}

/// Whether a rebuild failed only because files changed while it read them.
fn changed_while_built(result: &Result<rebuild::Outcome, BuildError>) -> bool {
    let Err(BuildError::Content(diags)) = result else {
        return false;
    };
    let mut errors = diags.iter().filter(|d| d.severity == Severity::Error);
    errors.clone().next().is_some() && errors.all(SourceError::is_change)
}

/// The paths of an event that changed something: reads (the build's own among them) are left
/// out, or every build would start another.
fn gather(event: notify::Result<notify::Event>, out: &Path, paths: &mut Vec<PathBuf>) {
    let Ok(event) = event else { return };
    if matches!(
        event.kind,
        notify::EventKind::Access(_) | notify::EventKind::Other
    ) {
        return;
    }
    for path in event.paths {
        if relevant(&path, out) && !paths.contains(&path) {
            paths.push(path);
        }
    }
}

/// The site's inputs that exist: site.toml, content/, locales/, themes/ and the export.
fn watched(root: &Path) -> Vec<PathBuf> {
    let mut paths = vec![
        root.join("site.toml"),
        root.join("content"),
        root.join("locales"),
        root.join("themes"),
    ];
    if let Ok(config) = crate::config::Config::from_root(root) {
        paths.push(root.join(&config.institutions));
    }
    paths.retain(|p| p.exists());
    paths
}

/// Leaves out the output folder and the files editors leave while saving (`.x.swp`, `x~`,
/// vim's `4913` probe).
fn relevant(path: &Path, out: &Path) -> bool {
    if path.starts_with(out) {
        return false;
    }
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    !(name.starts_with('.') || name.ends_with('~') || name == "4913")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_changed_while_read_make_a_rebuild_run_again() {
        let changed = SourceError::Changed("content/en/guide.md".into()).diagnostic();
        let broken = Diagnostic::error("content/en/faq.md", None, "bad front matter");
        let warning = Diagnostic::warning("content/en/faq.md", None, "untracked translation");
        let failed = |diags: Vec<Diagnostic>| Err(BuildError::Content(diags));
        assert!(changed_while_built(&failed(vec![changed.clone()])));
        assert!(changed_while_built(&failed(vec![
            changed.clone(),
            warning.clone()
        ])));
        assert!(!changed_while_built(&failed(vec![changed, broken])));
        assert!(!changed_while_built(&failed(vec![warning])));
        assert!(!changed_while_built(&Err(BuildError::Usage(
            "no site".into()
        ))));
    }
}
