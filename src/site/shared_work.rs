//! Two threads sharing one list of work in which each language has two tasks, its index and
//! then its edition (which needs what the index made).

use std::collections::VecDeque;
use std::sync::Mutex;

/// What the two threads share: the next language to index, the indexed languages whose
/// editions are still to make, and whether a task has failed.
struct List<A> {
    next: usize,
    indexed: VecDeque<(usize, A)>,
    failed: bool,
}

/// What one thread's tasks made, by language.
struct Made<A, B> {
    indexes: Vec<(usize, A)>,
    editions: Vec<(usize, B)>,
}

/// One task: a language's index, or its edition with what its index made.
enum Task<A> {
    Index(usize),
    Edition(usize, A),
}

/// Runs `index` for each of `count` languages and `edition` for each once its index is done,
/// on this thread and one more. A thread takes an indexed language's edition first, else the
/// next language's index, and waits for nothing: at the start both index, and a thread that
/// has made every edition there is indexes the next language rather than wait for the other's
/// index. After a task fails no other starts, and its error is returned once the task under
/// way on the other thread ends (this thread's, if both failed). Returns what the indexes made
/// and what the editions made, each in the languages' order.
pub(super) fn share<A, B, E>(
    count: usize,
    index: impl Fn(usize) -> Result<A, E> + Sync,
    edition: impl Fn(usize, A) -> Result<B, E> + Sync,
) -> Result<(Vec<A>, Vec<B>), E>
where
    A: Clone + Send,
    B: Send,
    E: Send,
{
    let list = Mutex::new(List {
        next: 0,
        indexed: VecDeque::new(),
        failed: false,
    });
    let lock = || {
        list.lock()
            .expect("no task panicked while holding the list")
    };
    let worker = || -> Result<Made<A, B>, E> {
        let mut made = Made {
            indexes: Vec::new(),
            editions: Vec::new(),
        };
        loop {
            let task = {
                let mut list = lock();
                match list.indexed.pop_front() {
                    _ if list.failed => break,
                    Some((n, made)) => Task::Edition(n, made),
                    None if list.next < count => {
                        list.next += 1;
                        Task::Index(list.next - 1)
                    }
                    None => break,
                }
            };
            let done = match task {
                Task::Index(n) => index(n).map(|index| {
                    lock().indexed.push_back((n, index.clone()));
                    made.indexes.push((n, index));
                }),
                Task::Edition(n, index) => {
                    edition(n, index).map(|edition| made.editions.push((n, edition)))
                }
            };
            if let Err(e) = done {
                lock().failed = true;
                return Err(e);
            }
        }
        Ok(made)
    };
    let (ours, theirs) = std::thread::scope(|scope| {
        let other = scope.spawn(worker);
        let ours = worker();
        match other.join() {
            Ok(theirs) => (ours, theirs),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    });
    let (mut made, theirs) = (ours?, theirs?);
    made.indexes.extend(theirs.indexes);
    made.editions.extend(theirs.editions);
    Ok((in_order(made.indexes), in_order(made.editions)))
}

/// What `made` holds, in the languages' order.
fn in_order<T>(mut made: Vec<(usize, T)>) -> Vec<T> {
    made.sort_by_key(|(n, _)| *n);
    made.into_iter().map(|(_, m)| m).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn every_language_is_indexed_then_made_once_and_the_results_come_in_its_order() {
        let log = Mutex::new(Vec::new());
        let (indexes, editions) = share(
            7,
            |n| {
                log.lock().unwrap().push(format!("index {n}"));
                Ok::<_, ()>(n * 10)
            },
            |n, indexed| {
                assert_eq!(indexed, n * 10, "the edition gets its own language's index");
                log.lock().unwrap().push(format!("edition {n}"));
                Ok(format!("zip {n}"))
            },
        )
        .unwrap();
        assert_eq!(indexes, [0, 10, 20, 30, 40, 50, 60]);
        assert_eq!(
            editions,
            (0..7).map(|n| format!("zip {n}")).collect::<Vec<_>>()
        );
        let log = log.into_inner().unwrap();
        assert_eq!(log.len(), 14);
        for n in 0..7 {
            let at = |task: &str| {
                log.iter()
                    .position(|l| *l == format!("{task} {n}"))
                    .unwrap()
            };
            assert!(at("index") < at("edition"), "{log:?}");
        }
    }

    /// Each index waits for the other to start: with one thread indexing, the first would wait
    /// in vain and fail.
    #[test]
    fn with_no_edition_to_make_both_threads_index() {
        let started = (Mutex::new(0), std::sync::Condvar::new());
        let result = share(
            2,
            |n| {
                let (count, changed) = &started;
                *count.lock().unwrap() += 1;
                changed.notify_all();
                let (count, wait) = changed
                    .wait_timeout_while(count.lock().unwrap(), Duration::from_secs(10), |c| *c < 2)
                    .unwrap();
                if wait.timed_out() {
                    return Err(format!("index {n} ran alone ({count} started)"));
                }
                Ok(n)
            },
            |_, _| Ok(()),
        );
        assert_eq!(result.unwrap().0, [0, 1]);
    }

    #[test]
    fn a_failed_edition_is_returned_and_no_task_starts_after_it() {
        let indexed = Mutex::new(0);
        let result = share(
            100,
            |n| {
                // Long enough that the other thread cannot index every language while the
                // first edition fails.
                std::thread::sleep(Duration::from_millis(2));
                *indexed.lock().unwrap() += 1;
                Ok(n)
            },
            |n, _| {
                if n == 0 {
                    Err(format!("edition {n} failed"))
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result.unwrap_err(), "edition 0 failed");
        let indexed = indexed.into_inner().unwrap();
        assert!(
            indexed < 10,
            "{indexed} languages indexed after the failure"
        );
    }

    #[test]
    fn a_failed_index_is_returned_and_its_language_gets_no_edition() {
        let made = Mutex::new(Vec::new());
        let result = share(
            3,
            |n| if n == 1 { Err("index 1 failed") } else { Ok(n) },
            |n, _| {
                made.lock().unwrap().push(n);
                Ok(())
            },
        );
        assert_eq!(result.unwrap_err(), "index 1 failed");
        assert!(!made.into_inner().unwrap().contains(&1));
    }
}
