//! The parent side of an isolated audit: repositories are checked in worker
//! processes (`wgll audit --serve`, see [`super::worker`]), one per job, each
//! compiling the policies once and checking many repositories in turn.
//!
//! A worker that runs past the per-repository time budget or holds more than
//! the memory budget is killed; one that dies (an abort, a crash, the
//! system's out-of-memory killer) is seen dying. Either way that repository
//! becomes an error row saying why, a new worker takes the next repository,
//! and the rest of the portfolio completes. Threads in one process could
//! not give this: a hang cannot be interrupted and an abort ends them all.

use std::ffi::OsString;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::worker::Wire;
use super::{AuditOptions, RepoResult};

/// How to run workers, and what one repository may cost.
#[derive(Debug, Clone)]
pub struct Isolation {
    /// The program run as a worker: this executable.
    pub program: PathBuf,
    /// Its arguments: the audit's own plus `--serve`.
    pub args: Vec<OsString>,
    /// Environment it is given besides this process's (the audit's date).
    pub env: Vec<(OsString, OsString)>,
    /// How long one repository may take, from request to answer.
    pub repo_timeout: Duration,
    /// The most resident memory a worker may hold while checking one
    /// repository, in bytes.
    pub repo_memory: u64,
}

/// How often a waiting parent looks at its worker's memory.
const POLL: Duration = Duration::from_millis(25);

/// How long a new worker may take to compile its policies: far more than it
/// needs, as the parent has compiled the same policies already.
const STARTUP: Duration = Duration::from_secs(120);

/// How much of a worker's standard error is kept, for saying why it died.
const STDERR_TAIL: usize = 4096;

/// Checks `repos` in `jobs` worker processes; results in `repos`' order.
pub(super) fn run(
    repos: &[PathBuf],
    isolation: &Isolation,
    jobs: usize,
    options: &AuditOptions,
    done: &(dyn Fn() + Sync),
) -> Vec<RepoResult> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<RepoResult>>> = Mutex::new(vec![None; repos.len()]);
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, repos.len().max(1)) {
            scope.spawn(|| {
                let mut worker: Option<Worker> = None;
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = repos.get(i) else { break };
                    let result = check(&mut worker, path, isolation).unwrap_or_else(|reason| {
                        super::not_checked(
                            crate::collect::repository_name(path),
                            path,
                            options,
                            reason,
                        )
                    });
                    results.lock().unwrap_or_else(PoisonError::into_inner)[i] = Some(result);
                    done();
                }
                if let Some(worker) = worker {
                    worker.finish();
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .into_iter()
        .zip(repos)
        .map(|(result, path)| {
            result.unwrap_or_else(|| {
                super::not_checked(
                    crate::collect::repository_name(path),
                    path,
                    options,
                    "not checked: its worker thread ended early".into(),
                )
            })
        })
        .collect()
}

/// One repository in the worker, starting one if there is none; on failure
/// the worker is gone and the error says why.
fn check(
    slot: &mut Option<Worker>,
    path: &Path,
    isolation: &Isolation,
) -> Result<RepoResult, String> {
    // A worker keeps memory its allocator has freed: one already over the
    // budget from an earlier repository is replaced, not let loose on the
    // next one and blamed on it.
    if let Some(worker) = slot.as_ref()
        && resident_bytes(worker.child.id()).is_some_and(|held| held > isolation.repo_memory)
        && let Some(worker) = slot.take()
    {
        worker.finish();
    }
    let worker = match slot {
        Some(worker) => worker,
        None => {
            let mut worker = Worker::spawn(isolation)
                .map_err(|e| format!("cannot start a worker process: {e}"))?;
            if let Err(e) = worker.ready() {
                worker.kill();
                return Err(e);
            }
            slot.insert(worker)
        }
    };
    let outcome = worker.check(path, isolation);
    if outcome.is_err()
        && let Some(worker) = slot.take()
    {
        worker.kill();
    }
    outcome
}

/// A running worker process.
struct Worker {
    child: Child,
    requests: Option<ChildStdin>,
    answers: Receiver<String>,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Worker {
    fn spawn(isolation: &Isolation) -> std::io::Result<Self> {
        let mut child = Command::new(&isolation.program)
            .args(&isolation.args)
            .envs(isolation.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let requests = child.stdin.take();
        let (send, answers) = std::sync::mpsc::channel();
        if let Some(stdout) = child.stdout.take() {
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    if send.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        let stderr = Arc::new(Mutex::new(Vec::new()));
        if let Some(mut pipe) = child.stderr.take() {
            let tail = Arc::clone(&stderr);
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n @ 1..) = pipe.read(&mut buf) {
                    let mut tail = tail.lock().unwrap_or_else(PoisonError::into_inner);
                    tail.extend_from_slice(&buf[..n]);
                    let excess = tail.len().saturating_sub(STDERR_TAIL);
                    tail.drain(..excess);
                }
            });
        }
        Ok(Self {
            child,
            requests,
            answers,
            stderr,
        })
    }

    /// Waits for the worker to say it is ready.
    fn ready(&mut self) -> Result<(), String> {
        match self.answers.recv_timeout(STARTUP) {
            Ok(line) if line == super::worker::READY => Ok(()),
            Ok(line) => Err(format!(
                "wgll's worker did not start: {}",
                line.chars().take(300).collect::<String>()
            )),
            Err(RecvTimeoutError::Disconnected) => Err(self.died()),
            Err(RecvTimeoutError::Timeout) => Err(format!(
                "wgll's worker did not start within {} s",
                STARTUP.as_secs()
            )),
        }
    }

    fn check(&mut self, path: &Path, isolation: &Isolation) -> Result<RepoResult, String> {
        let request = super::worker::encode_path(path);
        let sent = self.requests.as_mut().map(|stdin| {
            stdin
                .write_all(request.as_bytes())
                .and_then(|()| stdin.write_all(b"\n"))
                .and_then(|()| stdin.flush())
        });
        if !matches!(sent, Some(Ok(()))) {
            return Err(self.died());
        }
        let start = Instant::now();
        loop {
            match self.answers.recv_timeout(POLL) {
                Ok(line) => {
                    return serde_json::from_str::<Wire>(&line)
                        .map(RepoResult::from)
                        .map_err(|e| {
                            format!("its worker gave an answer that cannot be read: {e}")
                        });
                }
                Err(RecvTimeoutError::Disconnected) => return Err(self.died()),
                Err(RecvTimeoutError::Timeout) => {
                    if start.elapsed() > isolation.repo_timeout {
                        return Err(format!(
                            "did not finish within {} s, the audit's time budget for one \
                             repository (--repo-timeout); its worker was stopped",
                            isolation.repo_timeout.as_secs_f64()
                        ));
                    }
                    if let Some(held) = resident_bytes(self.child.id())
                        && held > isolation.repo_memory
                    {
                        return Err(format!(
                            "held {} MiB, over {} MiB, the audit's memory budget for one \
                             repository (--repo-memory); its worker was stopped",
                            held >> 20,
                            isolation.repo_memory >> 20
                        ));
                    }
                }
            }
        }
    }

    /// Why the worker stopped answering: how it ended and the last thing it
    /// said.
    fn died(&mut self) -> String {
        // The answer pipe closed: the process has ended or is ending.
        let status = wait_briefly(&mut self.child);
        let said = {
            let tail = self.stderr.lock().unwrap_or_else(PoisonError::into_inner);
            String::from_utf8_lossy(&tail)
                .lines()
                .rev()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(300).collect::<String>())
        };
        let how = status.map_or_else(|| "stopped answering".to_string(), describe);
        match said {
            Some(said) => format!("wgll's worker {how} on this repository: {said}"),
            None => format!("wgll's worker {how} on this repository"),
        }
    }

    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Closes the request pipe, so the worker ends, and reaps it.
    fn finish(mut self) {
        drop(self.requests.take());
        if wait_briefly(&mut self.child).is_none() {
            self.kill();
        }
    }
}

/// The child's exit status, waiting up to a second for it.
fn wait_briefly(child: &mut Child) -> Option<ExitStatus> {
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if start.elapsed() < Duration::from_secs(1) => std::thread::sleep(POLL),
            _ => return None,
        }
    }
}

/// How a worker ended, in words.
fn describe(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return match signal {
                6 => "aborted (SIGABRT)".into(),
                9 => "was killed (SIGKILL, perhaps by the system's out-of-memory killer)".into(),
                11 => "crashed (SIGSEGV)".into(),
                n => format!("ended on signal {n}"),
            };
        }
    }
    match status.code() {
        Some(code) => format!("exited with code {code}"),
        None => "ended".into(),
    }
}

/// A process's resident memory, where the system says (Linux's /proc).
fn resident_bytes(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
