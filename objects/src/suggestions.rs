//! "Did you mean" suggestions, as CPython computes them for NameError,
//! AttributeError, ImportError and unexpected keyword arguments: the
//! candidate with the smallest Levenshtein distance (a case change costs 1,
//! any other edit 2), within a third of the characters involved.

/// Cost of inserting, deleting or substituting a character.
const MOVE_COST: usize = 2;
/// Cost of substituting a character by its other case.
const CASE_COST: usize = 1;
/// Candidate lists longer than this get no suggestion.
const MAX_CANDIDATE_ITEMS: usize = 750;
/// Names longer than this get no suggestion.
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between `a` and `b`, or `max_cost + 1` once it is known to
/// exceed `max_cost`.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    a.drain(..pre);
    b.drain(..pre);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a.truncate(a.len() - post);
    b.truncate(b.len() - post);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `wrong`, if one is close enough.
pub fn best_match<'a>(candidates: impl IntoIterator<Item = &'a str>, wrong: &str) -> Option<String> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if candidates.len() > MAX_CANDIDATE_ITEMS {
        return None;
    }
    let wrong_len = wrong.chars().count();
    if wrong_len > MAX_STRING_SIZE {
        return None;
    }
    let mut best = wrong_len;
    let mut suggestion: Option<&str> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max = ((c.chars().count() + wrong_len + 3) * MOVE_COST / 6).min(best.saturating_sub(1));
        let d = levenshtein(wrong, c, max);
        if d > max {
            continue;
        }
        if suggestion.is_none() || d < best {
            suggestion = Some(c);
            best = d;
        }
    }
    suggestion.map(String::from)
}

/// Whether `name` is a standard-library module (for "Did you forget to
/// import ...?").
pub fn is_stdlib_module(name: &str) -> bool {
    STDLIB_MODULES.binary_search(&name).is_ok()
}

/// `sys.stdlib_module_names` of CPython 3.13, sorted.
const STDLIB_MODULES: &[&str] = &[
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2",
    "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022",
    "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle",
    "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel",
    "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
    "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io",
    "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec",
    "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle",
    "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random",
    "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket",
    "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct",
    "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
    "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "antigravity",
    "argparse", "array", "ast", "asyncio", "atexit", "base64", "bdb", "binascii", "bisect",
    "builtins", "bz2", "cProfile", "calendar", "cmath", "cmd", "code", "codecs", "codeop",
    "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
    "contextvars", "copy", "copyreg", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm",
    "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
    "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools",
    "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
    "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "importlib", "inspect", "io",
    "ipaddress", "itertools", "json", "keyword", "linecache", "locale", "logging", "lzma",
    "mailbox", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msvcrt", "multiprocessing",
    "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os",
    "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib", "poplib",
    "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr",
    "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib",
    "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve",
    "shlex", "shutil", "signal", "site", "smtplib", "socket", "socketserver", "sqlite3",
    "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
    "tarfile", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter",
    "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
    "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uuid", "venv",
    "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xml", "xmlrpc",
    "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_like_cpython() {
        assert_eq!(best_match(["print", "len"], "prnt").as_deref(), Some("print"));
        assert_eq!(best_match(["beta", "alpha"], "betta").as_deref(), Some("beta"));
        assert_eq!(best_match(["xyz"], "abc"), None);
        assert_eq!(best_match(["Foo"], "foo").as_deref(), Some("Foo"));
        assert!(is_stdlib_module("sys") && is_stdlib_module("collections") && !is_stdlib_module("numpy"));
    }

    #[test]
    fn stdlib_list_is_sorted() {
        assert!(STDLIB_MODULES.windows(2).all(|w| w[0] < w[1]));
    }
}
