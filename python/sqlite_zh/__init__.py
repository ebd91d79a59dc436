"""sqlite-zh: Chinese full-text search and text mining for SQLite.

    import sqlite3, sqlite_zh
    db = sqlite3.connect("news.db")
    sqlite_zh.load(db)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='zh')")

load() needs a Python whose sqlite3 module can load extensions (Debian's
/usr/bin/python3 can; some builds cannot: enable_load_extension is then
missing).  loadable_path() is the extension's path for any other way of
loading it (APSW, sqlite-utils --load-extension, the sqlite3 shell's .load).
"""
import os
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sqlite-zh")  # the release, as zh_version('release')
except PackageNotFoundError:  # not installed: run from the source tree
    __version__ = None


def loadable_path():
    """The path of the bundled extension, without its suffix, as SQLite's
    load_extension() takes it."""
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "zh")


def load(conn):
    """Loads the extension into the sqlite3 connection conn."""
    if not hasattr(conn, "enable_load_extension"):
        raise RuntimeError(
            "this Python's sqlite3 module cannot load extensions "
            "(built without it); use Debian's /usr/bin/python3, or APSW")
    conn.enable_load_extension(True)
    try:
        conn.load_extension(loadable_path())
    finally:
        conn.enable_load_extension(False)
