//! CPU time and memory of the processes under test, from Linux's `/proc` (running processes)
//! and `wait4` (a child that ends by itself).

use std::io;

/// CPU and memory use of one process.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Usage {
    /// User plus system CPU time, seconds, all threads.
    pub cpu_secs: f64,
    /// Peak resident set size (high-water mark), bytes.
    pub peak_rss_bytes: u64,
}

/// User and system time in clock ticks from the text of `/proc/<pid>/stat`.
///
/// The command name (field 2) is in parentheses and may hold spaces or parentheses itself, so
/// fields are counted from the last `)`.
pub fn parse_stat_ticks(stat: &str) -> Option<(u64, u64)> {
    let after = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    // After the name: state is field 3, utime field 14, stime field 15.
    let utime = fields.get(11)?.parse().ok()?;
    let stime = fields.get(12)?.parse().ok()?;
    Some((utime, stime))
}

/// A `kB` value such as `VmHWM:    1234 kB` from the text of `/proc/<pid>/status`, in bytes.
pub fn parse_status_bytes(status: &str, key: &str) -> Option<u64> {
    status.lines().find_map(|line| {
        let rest = line.strip_prefix(key)?.strip_prefix(':')?;
        let kb: u64 = rest.split_whitespace().next()?.parse().ok()?;
        Some(kb * 1024)
    })
}

/// Clock ticks per second of `/proc`'s CPU times.
pub fn clock_ticks_per_sec() -> f64 {
    // SAFETY: sysconf only reads a system constant.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
    if ticks > 0 {
        ticks as f64
    } else {
        100.0
    }
}

/// CPU seconds so far and peak RSS so far of the running process `pid`.
pub fn read(pid: u32) -> io::Result<Usage> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, format!("{what} of {pid}"));
    let (utime, stime) = parse_stat_ticks(&stat).ok_or_else(|| bad("/proc/<pid>/stat"))?;
    let peak = parse_status_bytes(&status, "VmHWM").ok_or_else(|| bad("VmHWM"))?;
    Ok(Usage {
        cpu_secs: (utime + stime) as f64 / clock_ticks_per_sec(),
        peak_rss_bytes: peak,
    })
}

/// Process ids whose command name (`/proc/<pid>/comm`) is `comm`.
pub fn find_by_name(comm: &str) -> Vec<u32> {
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| c.trim_end() == comm)
        })
        .collect()
}

/// Waits for child `pid` to end and returns its exit code (`None` when killed by a signal)
/// and its final CPU and peak RSS as the kernel accounted them (`wait4`'s rusage).
///
/// The child must have been started with `std::process::Command` and must not be waited for
/// by anything else. This blocks: call it on a blocking thread.
pub fn wait_with_usage(pid: u32) -> io::Result<(Option<i32>, Usage)> {
    let pid = libc::pid_t::try_from(pid)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "pid out of range"))?;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; wait4 fills it and status for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = loop {
        // SAFETY: valid pointers to locals; pid is our child.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == -1 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
            continue;
        }
        break r;
    };
    if r == -1 {
        return Err(io::Error::last_os_error());
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let code = if libc::WIFEXITED(status) {
        Some(libc::WEXITSTATUS(status))
    } else {
        None
    };
    Ok((
        code,
        Usage {
            cpu_secs: secs(usage.ru_utime) + secs(usage.ru_stime),
            // ru_maxrss is in kilobytes on Linux.
            peak_rss_bytes: u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_fields_are_counted_after_the_name() {
        let stat = "4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 500 0 0 0 \
                    123 45 0 0 20 0 3 0 100 1000000 200 18446744073709551615";
        assert_eq!(parse_stat_ticks(stat), Some((123, 45)));
        assert_eq!(parse_stat_ticks("garbage"), None);
    }

    #[test]
    fn status_values_in_bytes() {
        let status = "Name:\tfetcher\nVmHWM:\t   20480 kB\nVmRSS:\t   10240 kB\n";
        assert_eq!(parse_status_bytes(status, "VmHWM"), Some(20480 * 1024));
        assert_eq!(parse_status_bytes(status, "VmRSS"), Some(10240 * 1024));
        assert_eq!(parse_status_bytes(status, "VmSwap"), None);
    }

    #[test]
    fn this_process_can_be_read() {
        let u = read(std::process::id()).unwrap();
        assert!(u.peak_rss_bytes > 0);
        assert!(u.cpu_secs >= 0.0);
    }

    #[test]
    // The child is reaped by wait4 inside wait_with_usage, not by Child::wait.
    #[allow(clippy::zombie_processes)]
    fn a_child_is_accounted_by_wait4() {
        let child = std::process::Command::new("sh")
            .args(["-c", "exit 3"])
            .spawn()
            .unwrap();
        let (code, usage) = wait_with_usage(child.id()).unwrap();
        assert_eq!(code, Some(3));
        assert!(usage.peak_rss_bytes > 0);
    }
}
