/** The path of the bundled zh extension, without its suffix. */
export function getLoadablePath(): string;
/** Loads the zh extension into a better-sqlite3 Database. */
export function load(db: { loadExtension(path: string): unknown }): void;
